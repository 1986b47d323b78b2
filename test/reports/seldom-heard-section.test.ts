import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/model/dataset.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Block, Report } from "../../src/reports/report.js";
import { seldomHeardDataset } from "../scores/seldom-heard-fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

/** Twelve more young carers and deaf BSL users at the 2025-26 workshop, ten of each the year before. */
function moreYoungCarers(d: DatasetInput): void {
  const extra = (n: number, prefix: string, group: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${group}-${i + 1}`,
      roles: ["carer" as const],
      seldomHeard: [group],
    }));
  const now = [...extra(12, "c-new", "young-carers"), ...extra(12, "c-new", "deaf-bsl")];
  const before = [...extra(10, "c-old", "young-carers"), ...extra(10, "c-old", "deaf-bsl")];
  d.contributors = [...(d.contributors ?? []), ...now, ...before];
  const took = (contributorId: string) => ({
    contributorId,
    minutes: 60,
    payment: { status: "offered" as const },
  });
  for (const a of d.activities ?? []) {
    const ids = a.id === "a-1" ? now : before;
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
    // learning-disability's 0 is below 10, so deaf-bsl's 14 is withheld too: the headline of
    // people from any group would otherwise give the 0 away; a change of a withheld count too
    expect(rows[1]).toEqual({
      group: "deaf-bsl",
      involved: "withheld",
      active: "withheld",
      reached: "withheld",
      previous: "withheld",
      change: "withheld",
    });
    expect(rows[2]?.involved).toBe("withheld");
    expect(rows.at(-1)).toMatchObject({
      group: "Anyone from these groups (each person once)",
      involved: "28",
      previous: "23",
      change: "+5",
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
      "The number of people involved in 2025-26 from each of these groups is withheld under the small-number rule, and may be none: deaf-bsl and learning-disability.",
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
