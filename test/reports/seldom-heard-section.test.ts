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
      group: "Young carers",
      involved: "15",
      active: "15",
      reached: "withheld",
      previous: "12",
      change: "+3",
    });
    // learning-disability's 0 is below 10, so deaf-bsl's 14 is withheld too: the headline of
    // people from any group would otherwise give the 0 away; a change of a withheld count too
    expect(rows[1]).toEqual({
      group: "Deaf bsl",
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
    expect(text).toContain("No one from this group was involved in 2025-26: Learning disability.");
  });

  it("names the groups with a withheld number together where the rule hides zeros", () => {
    const text = section(report("strategy"))
      .filter((b) => b.type === "paragraph")
      .map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(text).toContain(
      "The number of people involved in 2025-26 from each of these groups is withheld under the small-number rule, and may be none: Deaf bsl and Learning disability.",
    );
  });

  it("protects each column across every organisation, so the headline gives no withheld count away", () => {
    // org-1 names young carers (15 involved), org-2 the homeless (3 involved): the headline of
    // 18 minus a shown 15 would give the homeless's 3 away
    const more = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `c-homeless-${i + 1}`,
        roles: ["member-of-public" as const],
        seldomHeard: ["homeless"],
      }));
    const r = buildReport(
      "strategy",
      seldomHeardDataset((d) => {
        moreYoungCarers(d);
        const [org1, org2] = d.organisations ?? [];
        if (org1) org1.seldomHeardGroups = ["young-carers"];
        if (org2) org2.seldomHeardGroups = ["homeless"];
        d.contributors = [...(d.contributors ?? []), ...more(2)];
        const a1 = d.activities?.find((a) => a.id === "a-1");
        if (a1)
          a1.contributors = [
            ...(a1.contributors ?? []),
            ...more(2).map((c) => ({
              contributorId: c.id,
              minutes: 60,
              payment: { status: "offered" as const },
            })),
          ];
      }),
      { generatedAt, period: "2025-26" },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const blocks = section(r.value);
    const headline = blocks.find((b) => b.type === "metric" && b.id === "seldom-heard-involved");
    const cells = (id: string) => {
      const t = blocks.find((b) => b.type === "table" && b.id === id);
      if (t?.type !== "table") throw new Error(id);
      return t.rows.map((row) => row.involved?.text);
    };
    const shown = [...cells("seldom-heard-org-1"), ...cells("seldom-heard-org-2")];
    expect(headline?.type === "metric" ? headline.display : "").toBe("18");
    // one withheld count beside the headline could be worked out: none or at least two are
    expect(shown.filter((t) => t === "withheld")).toHaveLength(2);
  });

  it("shows each group by its id made readable", () => {
    const blocks = section(report("strategy", { disclosure: "hes-2018" }));
    expect(table(blocks).map((r) => r.group)).toEqual([
      "Young carers",
      "Deaf bsl",
      "Learning disability",
      "Anyone from these groups (each person once)",
    ]);
  });

  it("states the report's rule under the table, rounding and zeros included", () => {
    const footnote = (disclosure: NonNullable<ReportOptions["disclosure"]>) => {
      const t = section(report("strategy", { disclosure })).find(
        (b) => b.type === "table" && b.id === "seldom-heard",
      );
      return t?.type === "table" ? (t.footnote ?? "") : "";
    };
    expect(footnote("ukhsa-5")).toContain("rounded to the nearest 5");
    expect(footnote("hes-2018")).toContain("Zeros are shown.");
    expect(footnote("hes-2018")).not.toMatch(/below \d+ are withheld/u);
    expect(footnote("tre-10")).toContain("a change is shown only when both its counts are");
    // the count of hidden figures is one column's, not the table's: left out
    expect(footnote("tre-10")).not.toContain("In this table");
  });

  it("says which period's figure may not be shown in the headline's trend", () => {
    // 4 involved in 2025-26 (withheld), 3 + 10 more the year before (shown)
    const r = buildReport(
      "strategy",
      seldomHeardDataset((d) => {
        const old = Array.from({ length: 10 }, (_, i) => ({
          id: `c-old-${i + 1}`,
          roles: ["carer" as const],
          seldomHeard: ["young-carers"],
        }));
        d.contributors = [...(d.contributors ?? []), ...old];
        const a0 = d.activities?.find((a) => a.id === "a-0");
        if (a0)
          a0.contributors = [
            ...(a0.contributors ?? []),
            ...old.map((c) => ({
              contributorId: c.id,
              minutes: 60,
              payment: { status: "offered" as const },
            })),
          ];
      }),
      { generatedAt, period: "2025-26" },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const m = section(r.value).find((b) => b.type === "metric" && b.id === "seldom-heard-involved");
    if (m?.type !== "metric") throw new Error("no headline");
    expect(m.display).toBe("withheld");
    expect(m.trend).toEqual({
      direction: "none",
      text: "no figure that may be shown for this period",
    });
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
