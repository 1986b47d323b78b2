import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { StrategyMetric, Target } from "../../src/model/strategy.js";
import { buildReport } from "../../src/reports/index.js";
import type { Block, MetricBlock, Report } from "../../src/reports/report.js";
import { render } from "../../src/render/index.js";
import { emptyDataset } from "../scores/dataset-fixture.js";
import { engagementDataset } from "../scores/engagement-fixture.js";
import { seldomHeardDataset } from "../scores/seldom-heard-fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";
const Y1 = { start: "2025-04-01", end: "2026-03-31" };
const Y2 = { start: "2026-04-01", end: "2027-03-31" };
const Y3 = { start: "2027-04-01", end: "2028-03-31" };
const atLeast = (value: number, period: Target["period"]): Target => ({
  value,
  direction: "at-least",
  period,
});
const observed = (
  id: string,
  unit: StrategyMetric["unit"],
  targets: Target[],
  observations: StrategyMetric["observations"],
): StrategyMetric => ({ id, kind: `own-${id}`, title: id, unit, targets, observations });

/** The innovation partnership's strategy of the issue: 2025-2028, all four pillars. */
function partnership(metrics: Partial<Record<"capability" | "impact", StrategyMetric[]>>): Dataset {
  return {
    ...emptyDataset(),
    strategies: [
      {
        id: "s-ip",
        organisationId: "org-1",
        title: "Innovation partnership PPIE strategy 2025 to 2028",
        period: { start: Y1.start, end: Y3.end },
        objectives: [
          { id: "o-cap", pillar: "capability", title: "Skills", metrics: metrics.capability ?? [] },
          { id: "o-imp", pillar: "impact", title: "Difference", metrics: metrics.impact ?? [] },
        ],
      },
    ],
  };
}

function report(ds: Dataset, period: string): Report {
  const r = buildReport("strategy", ds, { generatedAt, period, asOf: "2028-06-30" });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
const metric = (r: Report, id: string): MetricBlock => {
  const b = r.sections.find((x): x is MetricBlock => x.type === "metric" && x.id === id);
  if (!b) throw new Error(`no metric ${id}`);
  return b;
};

const threeMetrics = partnership({
  capability: [
    observed("Staff trained", "count", [atLeast(20, Y1)], [{ period: Y1, value: 12 }]),
    observed("Sessions", "count", [atLeast(4, Y1)], [{ period: Y1, value: 5 }]),
    observed(
      "Enquiries answered",
      "count",
      [atLeast(30, Y1)],
      [
        {
          period: Y1,
          value: 31,
          note: "From the library enquiry log",
          evidence: "https://example.org/enquiries-2025-26",
        },
      ],
    ),
  ],
});

describe("strategy report: roll-ups (issue 12)", () => {
  it("the headline roll-up and the pillars have no status of their own, and say which metrics are off track", () => {
    const r = report(threeMetrics, "2025-26");
    const overall = metric(r, "strategy-overall");
    expect(overall.status).toBeUndefined();
    const pillar = metric(r, "pillar-capability");
    expect(pillar.status).toBeUndefined();
    expect(pillar.display).toBe("66.7%");
    expect(pillar.detail).toBe(
      "2 met, 0 on track, 1 off track and 0 with no data, of 3 metrics. 1 of 3 assessed metrics off track: Staff trained 12 against at least 20.",
    );
  });

  it("pillars and the whole strategy have a trend against the previous period", () => {
    const ds = partnership({
      capability: [
        observed(
          "Staff trained",
          "count",
          [atLeast(20, Y1), atLeast(25, Y2)],
          [
            { period: Y1, value: 12 },
            { period: Y2, value: 26 },
          ],
        ),
      ],
    });
    const r = report(ds, "2026-27");
    expect(metric(r, "pillar-capability").trend).toEqual({
      direction: "up",
      text: "+100.0 percentage points since the previous period (0.0%, against the targets that applied then)",
    });
    expect(metric(r, "strategy-overall").trend?.direction).toBe("up");
  });
});

describe("strategy report: metrics (issue 12)", () => {
  it("shows the note and evidence of a hand-recorded value next to it", () => {
    const m = metric(report(threeMetrics, "2025-26"), "strategy-Enquiries answered");
    expect(m.display).toBe("31");
    expect(m.detail).toContain(
      "Value recorded by hand for the period. Note: From the library enquiry log. Evidence: https://example.org/enquiries-2025-26.",
    );
    expect(render(report(threeMetrics, "2025-26"), "html")).toContain(
      "From the library enquiry log",
    );
  });

  it("rounds value and target alike: 2 stages against 2.5, a score of 0.18 against 0.2", () => {
    const ds = partnership({
      impact: [
        observed("Stages", "count", [atLeast(2.5, Y1)], [{ period: Y1, value: 2 }]),
        observed("Score", "score", [atLeast(0.2, Y1)], [{ period: Y1, value: 0.18 }]),
      ],
    });
    const r = report(ds, "2025-26");
    expect([metric(r, "strategy-Stages").display, metric(r, "strategy-Stages").target]).toEqual([
      "2.0",
      "at least 2.5 by 31 March 2026",
    ]);
    expect([metric(r, "strategy-Score").display, metric(r, "strategy-Score").target]).toEqual([
      "0.18",
      "at least 0.20 by 31 March 2026",
    ]);
  });

  it("shows the end-of-strategy target of a trajectory beside this year's", () => {
    const ds = partnership({
      capability: [
        observed(
          "Staff trained",
          "count",
          [atLeast(20, Y1), atLeast(25, Y2), atLeast(30, Y3)],
          [{ period: Y1, value: 21 }],
        ),
      ],
    });
    const m = metric(report(ds, "2025-26"), "strategy-Staff trained");
    expect(m.target).toBe("at least 20 by 31 March 2026");
    expect(m.detail).toContain("End-of-strategy target: at least 30 by 31 March 2028.");
  });
});

describe("strategy report: the multi-year view (issue 12)", () => {
  const years = (r: Report) => {
    const table = r.sections.find(
      (b): b is Extract<Block, { type: "table" }> =>
        b.type === "table" && b.id === "strategy-years",
    );
    const chart = r.sections.find(
      (b): b is Extract<Block, { type: "chart" }> =>
        b.type === "chart" && b.id === "strategy-years-chart",
    );
    return { table, chart };
  };
  it("a table and a chart of each pillar per year of the strategy", () => {
    const ds = partnership({
      capability: [
        observed(
          "Staff trained",
          "count",
          [atLeast(20, Y1), atLeast(25, Y2), atLeast(30, Y3)],
          [
            { period: Y1, value: 21 },
            { period: Y2, value: 20 },
          ],
        ),
      ],
    });
    const { table, chart } = years(report(ds, "2026-27"));
    expect(table?.columns.map((c) => c.label)).toEqual(["Pillar", "2025-26", "2026-27", "2027-28"]);
    expect(table?.rows[0]).toEqual({
      pillar: { text: "Capability" },
      y0: { text: "100.0%", value: 100 },
      y1: { text: "0.0%", value: 0 },
      y2: { text: "no data", value: null },
    });
    expect(table?.rows.at(-1)).toEqual({
      pillar: { text: "Metrics judged" },
      y0: { text: "1 of 1", value: 1 },
      y1: { text: "1 of 1", value: 1 },
      y2: { text: "0 of 1", value: 0 },
    });
    expect(chart?.categories).toEqual(["2025-26", "2026-27", "2027-28"]);
    expect(chart?.series.map((s) => s.name)).toEqual([
      "Capability",
      "Capacity",
      "Community",
      "Impact",
    ]);
    expect(chart?.description).toContain(
      "Capability 100.0% in 2025-26, 0.0% in 2026-27, no data in 2027-28",
    );
  });

  it("demo: a scorecard for each year of the three-year strategy, each with the year-by-year view", () => {
    for (const period of ["2024-25", "2025-26", "2026-27"]) {
      const r = buildReport("strategy", demoDataset, { generatedAt, period });
      if (!r.ok) throw new Error(period);
      const { table } = years(r.value);
      expect(table?.columns.map((c) => c.label)).toEqual([
        "Pillar",
        "2024-25",
        "2025-26",
        "2026-27",
      ]);
      expect(r.value.title).toBe(`PPIE strategy scorecard, ${period}`);
      // the demo's records end on 7 May 2026: its last year is shown as the year so far
      expect(table?.footnote).toContain(
        "The figures are as of 7 May 2026: 2026-27 shows the year so far.",
      );
      const warned = r.value.sections.some(
        (b) =>
          b.type === "paragraph" &&
          b.tone === "warning" &&
          b.text.startsWith("The figures are as of 7 May 2026, before this period ends"),
      );
      expect(warned).toBe(period === "2026-27");
    }
  });
});

describe("strategy report: the year-by-year view of unusual strategy periods", () => {
  it("cuts a strategy longer than ten years, and says so; leaves out one that ends before it starts", () => {
    const long = partnership({});
    long.strategies[0]!.period = { start: "2020-04-01", end: "2040-03-31" };
    const r = report(long, "2025-26");
    const table = r.sections.find((b) => b.type === "table" && b.id === "strategy-years");
    expect(table?.type === "table" && table.columns.length).toBe(11);
    expect(r.sections).toContainEqual({
      type: "paragraph",
      text: "Only the first 10 years of Innovation partnership PPIE strategy 2025 to 2028 are shown.",
    });
    const inverted = partnership({});
    inverted.strategies[0]!.period = { start: "2026-03-31", end: "2025-04-01" };
    const r2 = buildReport("strategy", inverted, { generatedAt, period: "2025-26" });
    expect(r2.ok).toBe(true);
    expect(
      r2.ok && r2.value.sections.some((b) => b.type === "heading" && b.text === "Year by year"),
    ).toBe(false);
    expect(
      r2.ok && r2.value.sections.some((b) => b.type === "table" && b.id === "strategy-years"),
    ).toBe(false);
  });
});

describe("strategy report: a count of people from seldom-heard groups", () => {
  /**
   * org-1's strategy with one metric: people from seldom-heard groups involved, at least 10;
   * `extra` more young carers at the 2025-26 workshop.
   */
  const withMetric = (extra: number) =>
    seldomHeardDataset((d) => {
      const more = Array.from({ length: extra }, (_, i) => ({
        id: `c-more-${i + 1}`,
        roles: ["carer" as const],
        seldomHeard: ["young-carers"],
      }));
      d.contributors = [...(d.contributors ?? []), ...more];
      const a1 = d.activities?.find((a) => a.id === "a-1");
      if (a1)
        a1.contributors = [
          ...(a1.contributors ?? []),
          ...more.map((c) => ({
            contributorId: c.id,
            minutes: 60,
            payment: { status: "offered" as const },
          })),
        ];
      d.strategies = [
        {
          id: "s-1",
          organisationId: "org-1",
          title: "Strategy",
          period: { start: "2024-04-01", end: "2027-03-31" },
          objectives: [
            {
              id: "o-1",
              pillar: "community",
              title: "Reach",
              metrics: [
                {
                  id: "m-seldom",
                  kind: "seldom-heard-reach",
                  title: "People from seldom-heard groups involved",
                  unit: "count",
                  targets: [{ value: 10, direction: "at-least", period: Y1 }],
                },
              ],
            },
          ],
        },
      ];
    });
  const ds = withMetric(0);

  it("goes through the small-number rule: value, previous value and status sentence", () => {
    // 4 involved in 2025-26 and 3 the year before: both below tre-10's threshold
    const r = buildReport("strategy", ds, { generatedAt, period: "2025-26" });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const m = metric(r.value, "strategy-m-seldom");
    expect(m).toMatchObject({ value: null, display: "withheld", status: "off-track" });
    expect(m.detail).toContain(
      "The number (withheld under the small-number rule) is below the target of at least 10.",
    );
    expect(m.trend).toEqual({
      direction: "none",
      text: "no figure that may be shown for this period",
    });
    const pillar = metric(r.value, "pillar-community");
    expect(pillar.detail).toContain(
      "People from seldom-heard groups involved (number withheld under the small-number rule) against at least 10",
    );
    const changes = r.value.sections.find((b) => b.type === "table" && b.id === "strategy-changes");
    if (changes?.type !== "table") throw new Error("no changes table");
    expect(changes.rows[0]).toMatchObject({
      previous: { text: "withheld", value: null },
      current: { text: "withheld", value: null },
      change: { text: "withheld", value: null },
    });
    // no raw 4 or 3 in anything the report prints about the metric
    const text = JSON.stringify([m, pillar, changes]);
    expect(text).not.toMatch(/\b[34] (is|against|since)\b/u);
  });

  it("shows the count where the rule lets it be shown, rounded where the rule rounds", () => {
    // 14 involved in 2025-26
    const shown = (disclosure: "fft" | "ukhsa-5") => {
      const r = buildReport("strategy", withMetric(10), {
        generatedAt,
        period: "2025-26",
        disclosure,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
      return metric(r.value, "strategy-m-seldom");
    };
    expect(shown("fft")).toMatchObject({ value: 14, display: "14", status: "met" });
    expect(shown("fft").detail).toContain("14 is at or above the target of at least 10.");
    expect(shown("ukhsa-5")).toMatchObject({ value: 15, display: "15" });
    expect(shown("ukhsa-5").detail).toContain("15 is at or above the target of at least 10.");
  });
});

describe("a bursary-places metric in the scorecard", () => {
  it("follows the small-number rule, as the engagement report's bursary places counted from holders do", () => {
    // the engagement worked example: 6 bursary places in 2025-26, below tre-10's threshold
    const ds = engagementDataset();
    ds.strategies = [
      {
        id: "s-1",
        organisationId: "o-trust",
        title: "Strategy",
        period: { start: "2025-04-01", end: "2026-03-31" },
        objectives: [
          {
            id: "ob-1",
            pillar: "capability",
            title: "Fund places",
            metrics: [
              {
                id: "bursaries",
                kind: "bursary-places",
                title: "Bursary places",
                unit: "count",
                target: {
                  value: 10,
                  direction: "at-least",
                  period: { start: "2025-04-01", end: "2026-03-31" },
                },
                targets: [],
                observations: [],
              },
            ],
          },
        ],
      },
    ];
    const r = buildReport("strategy", ds, { generatedAt, period: "2025-26" });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(metric(r.value, "strategy-bursaries")).toMatchObject({
      value: null,
      display: "withheld",
    });
    const open = buildReport("strategy", ds, { generatedAt, period: "2025-26", disclosure: "fft" });
    if (!open.ok) throw new Error(JSON.stringify(open.diagnostics));
    expect(metric(open.value, "strategy-bursaries")).toMatchObject({ value: 6, display: "6" });
  });
});
