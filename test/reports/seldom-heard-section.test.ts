import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/model/dataset.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Block, Report } from "../../src/reports/report.js";
import { seldomHeardDataset } from "../scores/seldom-heard-fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

/** Twelve more young carers at the 2025-26 workshop, and ten at the one the year before. */
function moreYoungCarers(d: DatasetInput): void {
  const extra = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i + 1}`,
      roles: ["carer" as const],
      seldomHeard: ["young-carers"],
    }));
  d.contributors = [...(d.contributors ?? []), ...extra(12, "c-new"), ...extra(10, "c-old")];
  const took = (contributorId: string) => ({
    contributorId,
    minutes: 60,
    payment: { status: "offered" as const },
  });
  for (const a of d.activities ?? []) {
    const ids = a.id === "a-1" ? extra(12, "c-new") : extra(10, "c-old");
    a.contributors = [...(a.contributors ?? []), ...ids.map((c) => took(c.id))];
  }
}

function report(kind: "strategy" | "impact", opts: Partial<ReportOptions> = {}, more = true) {
  const r = buildReport(kind, seldomHeardDataset(more ? moreYoungCarers : undefined), {
    generatedAt,
    period: "2025-26",
    ...opts,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

function section(r: Report): Block[] {
  const i = r.sections.findIndex(
    (b) => b.type === "heading" && b.text === "Reach to seldom-heard groups",
  );
  expect(i).toBeGreaterThan(-1);
  const end = r.sections.findIndex((b, j) => j > i && b.type === "heading" && b.level === 2);
  return r.sections.slice(i, end === -1 ? undefined : end);
}

function table(blocks: Block[]) {
  const t = blocks.find((b) => b.type === "table" && b.id === "seldom-heard");
  if (t?.type !== "table") throw new Error("no table");
  return t.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, c]) => [k, c.text] as const)),
  );
}

describe("the seldom-heard reach section", () => {
  it("shows each named group's people involved, active and reached against the previous period", () => {
    const rows = table(section(report("strategy")));
    expect(rows[0]).toEqual({
      group: "young-carers",
      involved: "15",
      active: "15",
      reached: "withheld",
      previous: "12",
      change: "+3",
    });
    // every other count is below 10: withheld, and so is any change worked out from it
    expect(rows[1]).toEqual({
      group: "deaf-bsl",
      involved: "withheld",
      active: "withheld",
      reached: "withheld",
      previous: "withheld",
      change: "withheld",
    });
    expect(rows.at(-1)).toMatchObject({
      group: "Anyone from these groups (each person once)",
      involved: "16",
      previous: "13",
    });
  });

  it("is in the impact report too", () => {
    expect(table(section(report("impact")))[0]?.involved).toBe("15");
  });

  it("names the groups with no one involved when the small-number rule shows zeros", () => {
    const text = section(report("strategy", { disclosure: "hes-2018" }))
      .filter((b) => b.type === "paragraph")
      .map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(text).toContain("No one from this group was involved in 2025-26: learning-disability.");
  });

  it("names the groups with a withheld number together where the rule hides zeros", () => {
    const text = section(report("strategy"))
      .filter((b) => b.type === "paragraph")
      .map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(text).toContain(
      "Fewer than 10 people, and possibly no one, from each of these groups were involved in 2025-26: deaf-bsl and learning-disability. The exact numbers are withheld under the small-number rule.",
    );
  });

  it("says so when no organisation names seldom-heard groups", () => {
    const r = buildReport(
      "strategy",
      seldomHeardDataset((d) => {
        for (const o of d.organisations ?? []) o.seldomHeardGroups = [];
      }),
      { generatedAt, period: "2025-26" },
    );
    if (!r.ok) throw new Error("no report");
    expect(section(r.value)[1]).toEqual({
      type: "paragraph",
      text: "No organisation in the dataset names the groups it counts as seldom heard, so reach to them cannot be shown.",
    });
  });
});
