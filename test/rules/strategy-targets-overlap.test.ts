import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "strategy/targets-overlap";
const Y1 = { start: "2025-04-01", end: "2026-03-31" };
const Y2 = { start: "2026-04-01", end: "2027-03-31" };

function withTargets(single: boolean, ...periods: { start: string; end: string }[]) {
  return dataset((d) => {
    const m = at(at(at(d.strategies, 0).objectives, 0).metrics, 0);
    if (!single) delete m.target;
    m.targets = periods.map((period, i) => ({ value: 10 + i, direction: "at-least", period }));
  });
}

describe(CODE, () => {
  it("passes one target per year, with or without a single target for another year", () => {
    expect(withCode(withTargets(false, Y1, Y2), CODE)).toEqual([]);
    expect(withCode(withTargets(true, Y1), CODE)).toEqual([]);
  });
  it("flags two targets for the same period", () => {
    expect(withCode(withTargets(false, Y1, Y1), CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["strategies", 0, "objectives", 0, "metrics", 0, "targets", 1, "period"],
        message:
          "Metric m-capability of strategy s-1: target 2 of its targets (2025-04-01 to 2026-03-31) overlaps target 1 of its targets (2025-04-01 to 2026-03-31).",
        hint: "Give each target its own period (one per year, say), or remove the duplicate.",
      },
    ]);
  });
  it("flags a target of the trajectory that overlaps the single target", () => {
    const found = withCode(withTargets(true, { start: "2027-01-01", end: "2027-03-31" }), CODE);
    expect(found.map((d) => [d.path, d.message])).toEqual([
      [
        ["strategies", 0, "objectives", 0, "metrics", 0, "targets", 0, "period"],
        "Metric m-capability of strategy s-1: target 1 of its targets (2027-01-01 to 2027-03-31) overlaps its target (2026-04-01 to 2027-03-31).",
      ],
    ]);
  });
});
