import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { ImpactRecord } from "../../src/model/impact.js";
import type { Strategy, StrategyMetric } from "../../src/model/strategy.js";
import { strategy } from "../../src/scores/strategy.js";
import { activity, emptyDataset } from "./dataset-fixture.js";

const FY = { start: "2025-04-01", end: "2026-03-31" };
const H1 = "2025-04-01..2025-09-30";
const metric = (
  id: string,
  kind: string,
  unit: StrategyMetric["unit"],
  value?: number,
  extra: Partial<StrategyMetric> = {},
): StrategyMetric => ({
  id,
  kind,
  title: id,
  unit,
  observations: [],
  targets: [],
  ...(value === undefined ? {} : { target: { value, direction: "at-least" as const, period: FY } }),
  ...extra,
});
const rec = (id: string, date: string): ImpactRecord => ({
  id,
  activityIds: [],
  contributorIds: [],
  date,
  type: "materials",
  youSaid: "Hard to read.",
  weDid: "Rewrote it.",
  direction: "positive",
  status: "observed",
  evidence: [],
});

function small(
  metrics: Record<"capability" | "capacity" | "community" | "impact", StrategyMetric[]>,
): Dataset {
  const s: Strategy = {
    id: "s-1",
    organisationId: "org-1",
    title: "Our strategy",
    period: FY,
    objectives: (Object.keys(metrics) as (keyof typeof metrics)[]).map((pillar) => ({
      id: `o-${pillar}`,
      pillar,
      title: pillar,
      metrics: metrics[pillar],
    })),
  };
  return {
    ...emptyDataset(),
    strategies: [s],
    activities: [
      activity("a1", "2025-05-01", {
        contributors: [{ contributorId: "c1", minutes: 180, payment: { status: "declined" } }],
      }),
      activity("a0", "2025-01-10", {
        contributors: [{ contributorId: "c1", minutes: 60, payment: { status: "declined" } }],
      }),
    ],
    impacts: [
      rec("i1", "2025-05-01"),
      rec("i2", "2025-06-01"),
      rec("i3", "2025-09-01"),
      rec("i0", "2025-02-01"),
    ],
    training: [
      { id: "t1", organisationId: "org-1", staffRef: "s-9", course: "Intro", date: "2025-06-01" },
    ],
  };
}

describe("strategy", () => {
  it("worked example: met, on track, off track and no data -> 100 × 2 / 3", () => {
    const ds = small({
      capability: [metric("m-trained", "staff-trained-count", "count", 10)],
      capacity: [metric("m-hours", "contributor-hours", "hours", 2)],
      community: [metric("m-partners", "community-partners-count", "count", 12)],
      impact: [metric("m-impacts", "impact-log-entries", "count", 4)],
    });
    const s = strategy(ds, { period: H1 });
    expect(s.value).toBeCloseTo(200 / 3, 10);
    const byId = Object.fromEntries(s.components.metrics.map((m) => [m.metricId, m]));
    expect(byId["m-hours"]).toMatchObject({
      value: 3,
      valueFrom: "computed",
      previousValue: 1,
      trend: "up",
      status: "met",
    });
    expect(byId["m-impacts"]).toMatchObject({ value: 3, previousValue: 1, status: "on-track" });
    expect(byId["m-impacts"]!.progress!.elapsedShare).toBeCloseTo(183 / 365, 12);
    expect(byId["m-impacts"]!.progress!.expected).toBeCloseTo((4 * 183) / 365, 12);
    expect(byId["m-trained"]).toMatchObject({ value: 1, status: "off-track" });
    expect(byId["m-partners"]).toMatchObject({ value: null, valueFrom: "none", status: "no-data" });
    expect(s.components.pillars.capacity).toMatchObject({
      metrics: 1,
      met: 1,
      share: 100,
      status: "assessed",
    });
    expect(s.components.pillars.impact).toMatchObject({ onTrack: 1, share: 100 });
    expect(s.components.pillars.capability).toMatchObject({ offTrack: 1, share: 0 });
    expect(s.components.pillars.community).toMatchObject({
      noData: 1,
      share: null,
      status: "no-data",
    });
    expect(s.components.overall).toMatchObject({
      metrics: 4,
      met: 1,
      onTrack: 1,
      offTrack: 1,
      noData: 1,
    });
    expect(s.components.previousPeriod).toEqual({ start: "2024-10-01", end: "2025-03-31" });
    expect(s.diagnostics).toEqual([]);
  });

  it("observations give values for kinds the dataset cannot compute; at-most targets", () => {
    const ds = small({
      capability: [],
      capacity: [],
      community: [
        metric("m-partners", "community-partners-count", "count", undefined, {
          target: { value: 12, direction: "at-least", period: FY },
          observations: [{ period: FY, value: 12 }],
        }),
        metric("m-wait", "days-to-first-contact", "days", undefined, {
          target: { value: 10, direction: "at-most", period: FY },
          observations: [{ period: FY, value: 14 }],
        }),
      ],
      impact: [],
    });
    const s = strategy(ds, { period: "2025-26" });
    expect(s.components.metrics.map((m) => [m.metricId, m.value, m.valueFrom, m.status])).toEqual([
      ["m-partners", 12, "observation", "met"],
      ["m-wait", 14, "observation", "off-track"],
    ]);
    expect(s.value).toBe(50);
    expect(s.components.pillars.capability).toMatchObject({
      metrics: 0,
      status: "no-data",
      share: null,
    });
  });

  it("metrics without a target, or before the target period, have no status", () => {
    const ds = small({
      capability: [metric("m-trained", "staff-trained-count", "count")],
      capacity: [],
      community: [],
      impact: [
        metric("m-impacts", "impact-log-entries", "count", undefined, {
          target: {
            value: 1,
            direction: "at-least",
            period: { start: "2026-04-01", end: "2027-03-31" },
          },
        }),
      ],
    });
    const s = strategy(ds, { period: "2025-26" });
    expect(s.components.metrics.map((m) => m.status)).toEqual(["no-data", "no-data"]);
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["strategy/no-assessable-metrics"]);
  });

  it("no strategy, and an unparseable period", () => {
    expect(strategy(emptyDataset(), { period: "2025-26" }).diagnostics.map((d) => d.code)).toEqual([
      "strategy/no-strategy",
    ]);
    const bad = strategy(demoDataset, { period: "twenty-twenty-five" });
    expect(bad.value).toBeNull();
    expect(bad.diagnostics.map((d) => d.code)).toEqual(["strategy/invalid-period"]);
  });

  it("demo dataset: every metric of the demo strategy gets a value for 2025-26", () => {
    const s = strategy(demoDataset, { period: "2025-26" });
    expect(s.components.metrics).toHaveLength(11);
    expect(s.components.metrics.every((m) => m.value !== null)).toBe(true);
    const partners = s.components.metrics.find((m) => m.metricId === "m-partners")!;
    expect(partners).toMatchObject({
      value: 10,
      valueFrom: "observation",
      previousValue: 7,
      trend: "up",
    });
    expect(s.value as number).toBeGreaterThan(0);
    const org = strategy(demoDataset, { period: "2025-26", scope: "organisation" });
    const hours = (x: typeof s) =>
      x.components.metrics.find((m) => m.kind === "contributor-hours")!.value as number;
    expect(hours(org)).toBeLessThan(hours(s));
  });
});

describe("strategy budget totals", () => {
  it("gives no value and an error when the budget would pass Number.MAX_SAFE_INTEGER", () => {
    const ds = small({
      capability: [metric("m-budget", "ppie-budget-allocated", "pence", 1)],
      capacity: [],
      community: [],
      impact: [],
    });
    ds.budgets = Array.from({ length: 90_072 }, (_, i) => ({
      id: `b${i}`,
      organisationId: "org-1",
      category: "payments" as const,
      period: FY,
      amount: { pence: 100_000_000_000, currency: "GBP" },
    }));
    const s = strategy(ds, { period: "2025-26" });
    expect(s.components.metrics[0]?.value).toBeNull();
    expect(
      s.diagnostics.filter((d) => d.code === "strategy/total-too-large").map((d) => d.path),
    ).toEqual([["budgets"]]);
  });
});
