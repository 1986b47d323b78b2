import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "strategy/pillar-no-metric";

describe(CODE, () => {
  it("passes a strategy with a metric under every pillar", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a pillar whose objectives have no metric", () => {
    const ds = dataset((d) => {
      at(at(d.strategies, 0).objectives, 2).metrics = [];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["strategies", 0, "objectives"],
        message: 'The "community" pillar of strategy s-1 has objectives but no metric.',
        hint: "Add at least one metric (e.g. active-contributors-count or representation-vs-population) to an objective under this pillar.",
      },
    ]);
  });
  it("flags a missing pillar only with requireAllPillars", () => {
    const ds = dataset((d) => at(d.strategies, 0).objectives?.splice(3, 1));
    expect(withCode(ds, CODE)).toEqual([]);
    expect(
      withCode(ds, CODE, { rules: { [CODE]: { options: { requireAllPillars: true } } } }).map(
        (x) => x.message,
      ),
    ).toEqual(['The "impact" pillar of strategy s-1 has no objective and no metric.']);
  });
});
