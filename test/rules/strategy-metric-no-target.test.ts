import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "strategy/metric-no-target";

describe(CODE, () => {
  it("passes metrics with targets", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a metric with no target", () => {
    const ds = dataset((d) => delete at(at(at(d.strategies, 0).objectives, 2).metrics, 0).target);
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["strategies", 0, "objectives", 2, "metrics", 0, "target"],
        message: 'Metric m-community ("Metric for community") of strategy s-1 has no target.',
        hint: "Add a target: a value, at-least or at-most, and the period it applies to.",
      },
    ]);
  });
});

describe("strategy/metric-no-target: a trajectory counts as a target", () => {
  it("does not flag a metric whose only targets are in `targets`", () => {
    const ds = dataset((d) => {
      const m = at(at(at(d.strategies, 0).objectives, 0).metrics, 0);
      const t = m.target;
      delete m.target;
      if (t) m.targets = [t];
    });
    expect(withCode(ds, "strategy/metric-no-target")).toEqual([]);
  });
});
