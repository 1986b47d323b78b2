import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { Strategy, StrategyMetric, Target } from "../../src/model/strategy.js";
import { strategy } from "../../src/scores/strategy.js";
import { emptyDataset } from "./dataset-fixture.js";

const Y1 = { start: "2025-04-01", end: "2026-03-31" };
const Y2 = { start: "2026-04-01", end: "2027-03-31" };
const Y3 = { start: "2027-04-01", end: "2028-03-31" };
const atLeast = (value: number, period: Target["period"]): Target => ({
  value,
  direction: "at-least",
  period,
});

function withMetrics(metrics: StrategyMetric[], extra: Partial<Dataset> = {}): Dataset {
  const s: Strategy = {
    id: "s-1",
    organisationId: "org-1",
    title: "Innovation partnership PPIE strategy 2025 to 2028",
    period: { start: Y1.start, end: Y3.end },
    objectives: [{ id: "o-1", pillar: "capability", title: "Skills", metrics }],
  };
  return { ...emptyDataset(), strategies: [s], ...extra };
}

const training = (n: number, date: string) =>
  Array.from({ length: n }, (_, i) => ({
    id: `t-${date}-${i}`,
    organisationId: "org-1",
    staffRef: `staff-${date}-${i}`,
    course: "Involving people",
    date,
  }));

describe("strategy: which target applies (issue 12)", () => {
  it("staff trained in 2026-27 is not off track against a target that ended on 31 March 2026", () => {
    const ds = withMetrics(
      [
        {
          id: "m-trained",
          kind: "staff-trained-count",
          title: "Staff trained",
          unit: "count",
          target: atLeast(20, Y1),
          targets: [],
          observations: [],
        },
      ],
      { training: [...training(25, "2025-06-01"), ...training(3, "2026-06-01")] },
    );
    const row = strategy(ds, { period: "2026-27" }).components.metrics[0]!;
    expect(row.value).toBe(3);
    expect(row.target).toBeNull();
    expect(row.status).toBe("no-data");
    expect(row.statusReason).toBe(
      "No target applies to 2026-04-01 to 2027-03-31: the metric's target is for 2025-04-01 to 2026-03-31.",
    );
  });

  it("a trajectory: each year is judged against its own target; the single target still works", () => {
    const ds = withMetrics(
      [
        {
          id: "m-trained",
          kind: "staff-trained-count",
          title: "Staff trained",
          unit: "count",
          target: atLeast(30, Y3),
          targets: [atLeast(20, Y1), atLeast(10, Y2)],
          observations: [],
        },
      ],
      {
        training: [
          ...training(15, "2025-06-01"),
          ...training(12, "2026-06-01"),
          ...training(31, "2027-06-01"),
        ],
      },
    );
    const rows = ["2025-26", "2026-27", "2027-28"].map(
      (period) => strategy(ds, { period }).components.metrics[0]!,
    );
    expect(rows.map((r) => [r.value, r.target?.value, r.status])).toEqual([
      [15, 20, "off-track"],
      [12, 10, "met"],
      [31, 30, "met"],
    ]);
    expect(rows[1]!.trajectory.map((t) => t.value)).toEqual([20, 10, 30]);
    expect(rows[1]!.finalTarget?.value).toBe(30);
    expect(rows[1]!.previousStatus).toBe("off-track");
  });
});

describe("strategy: printed numbers never contradict the status (issue 12)", () => {
  const observedMetric = (
    unit: StrategyMetric["unit"],
    value: number,
    target: number,
  ): StrategyMetric => ({
    id: "m",
    kind: "own-kind",
    title: "m",
    unit,
    targets: [atLeast(target, Y1)],
    observations: [{ period: Y1, value }],
  });
  it("a score of 0.18 against 0.2 is not written 0.2 against 0.2", () => {
    const row = strategy(withMetrics([observedMetric("score", 0.18, 0.2)]), { period: "2025-26" })
      .components.metrics[0]!;
    expect(row.status).toBe("off-track");
    expect(row.statusReason).toBe("0.18 is below the target of at least 0.20.");
  });
  it("89.96% against 90% is not written 90.0% against 90.0%", () => {
    const row = strategy(withMetrics([observedMetric("percent", 89.96, 90)]), {
      period: "2025-26",
    }).components.metrics[0]!;
    expect(row.statusReason).toBe("89.96% is below the target of at least 90.00%.");
  });
  it("2 stages against 2.5 are rounded alike", () => {
    const row = strategy(withMetrics([observedMetric("count", 2, 2.5)]), { period: "2025-26" })
      .components.metrics[0]!;
    expect(row.statusReason).toBe("2.0 is below the target of at least 2.5.");
  });
});

describe("strategy: roll-up trends and observation notes (issue 12)", () => {
  it("a pillar's share has a trend against the previous period", () => {
    const ds = withMetrics([
      {
        id: "m-a",
        kind: "own-a",
        title: "A",
        unit: "count",
        targets: [atLeast(5, Y1), atLeast(6, Y2)],
        observations: [
          { period: Y1, value: 4 },
          {
            period: Y2,
            value: 7,
            note: "From the library enquiry log.",
            evidence: "https://example.org/log",
          },
        ],
      },
      {
        id: "m-b",
        kind: "own-b",
        title: "B",
        unit: "count",
        targets: [atLeast(5, Y1), atLeast(6, Y2)],
        observations: [
          { period: Y1, value: 5 },
          { period: Y2, value: 2 },
        ],
      },
    ]);
    const c = strategy(ds, { period: "2026-27" }).components;
    expect(c.pillars.capability).toMatchObject({ share: 50, previousShare: 50, trend: "flat" });
    expect(c.overall).toMatchObject({ share: 50, previousShare: 50, trend: "flat" });
    expect(c.metrics[0]).toMatchObject({
      status: "met",
      previousStatus: "off-track",
      note: "From the library enquiry log.",
      evidence: "https://example.org/log",
    });
    expect(c.metrics[1]).toMatchObject({ note: null, evidence: null, previousStatus: "met" });
  });

  it("demo: the multi-year strategy has a target for each of its three years", () => {
    const rows = ["2024-25", "2025-26", "2026-27"].map((period) =>
      strategy(demoDataset, { period }).components.metrics.map((m) => m.target?.period.end),
    );
    expect(rows.map((r) => [...new Set(r)])).toEqual([
      ["2025-03-31"],
      ["2026-03-31"],
      ["2027-03-31"],
    ]);
  });
});
