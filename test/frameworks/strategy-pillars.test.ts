import { describe, expect, it } from "vitest";
import {
  STRATEGY_METRIC_KIND_IDS,
  STRATEGY_PILLAR_IDS,
  strategyMetricKinds,
  strategyPillars,
  UCLPARTNERS_PPIE_2025_2028_IDS,
} from "../../src/frameworks/index.js";

describe("strategy pillars", () => {
  it("are the four UCLPartners pillars", () => {
    expect(STRATEGY_PILLAR_IDS).toEqual(UCLPARTNERS_PPIE_2025_2028_IDS);
    expect(strategyPillars.map((p) => p.id)).toEqual([...STRATEGY_PILLAR_IDS]);
  });
  it("have 20 metric kinds, each under one pillar, each listed once", () => {
    expect(strategyMetricKinds.map((k) => k.id)).toEqual([...STRATEGY_METRIC_KIND_IDS]);
    expect(new Set(STRATEGY_METRIC_KIND_IDS).size).toBe(20);
    expect(strategyPillars.map((p) => p.metricKinds.length)).toEqual([5, 5, 6, 4]);
    for (const pillar of strategyPillars) {
      expect([...pillar.metricKinds]).toEqual(
        strategyMetricKinds.filter((k) => k.pillar === pillar.id).map((k) => k.id),
      );
    }
  });
  it("put representation under community and depth under capacity", () => {
    const pillarOf = (id: string) => strategyMetricKinds.find((k) => k.id === id)?.pillar;
    expect(pillarOf("representation-vs-population")).toBe("community");
    expect(pillarOf("involvement-depth-distribution")).toBe("capacity");
    expect(pillarOf("payment-timeliness")).toBe("capability");
    expect(pillarOf("feedback-loop-closed-share")).toBe("impact");
    expect(pillarOf("seldom-heard-reach")).toBe("community");
    expect(pillarOf("agenda-share")).toBe("capacity");
  });
});
