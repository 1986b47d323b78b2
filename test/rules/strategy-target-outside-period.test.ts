import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "strategy/target-outside-period";

function setPeriod(start: string, end: string) {
  return dataset((d) => {
    const t = at(at(at(d.strategies, 0).objectives, 0).metrics, 0).target;
    if (t) t.period = { start, end };
  });
}

describe(CODE, () => {
  it("passes a target period equal to the strategy's", () => {
    expect(withCode(setPeriod("2025-04-01", "2027-03-31"), CODE)).toEqual([]);
  });
  it("flags a target period that runs past the strategy", () => {
    expect(withCode(setPeriod("2026-04-01", "2027-04-01"), CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["strategies", 0, "objectives", 0, "metrics", 0, "target", "period"],
        message:
          "The target of metric m-capability (2026-04-01 to 2027-04-01) does not fit within strategy s-1's period (2025-04-01 to 2027-03-31).",
        hint: "Move the target period inside the strategy's period, or extend the strategy.",
      },
    ]);
  });
  it("flags a target period that ends before it starts", () => {
    expect(withCode(setPeriod("2026-04-01", "2026-03-31"), CODE)[0]?.message).toBe(
      "The target of metric m-capability ends (2026-03-31) before it starts (2026-04-01).",
    );
  });
});

describe(`${CODE}: targets of a trajectory`, () => {
  it("flags each of a metric's targets that does not fit, at its own path", () => {
    const ds = dataset((d) => {
      const m = at(at(at(d.strategies, 0).objectives, 0).metrics, 0);
      m.targets = [
        { value: 1, direction: "at-least", period: { start: "2025-04-01", end: "2026-03-31" } },
        { value: 2, direction: "at-least", period: { start: "2027-04-01", end: "2028-03-31" } },
      ];
    });
    expect(withCode(ds, CODE).map((d) => [d.path, d.message])).toEqual([
      [
        ["strategies", 0, "objectives", 0, "metrics", 0, "targets", 1, "period"],
        "Target 2 of metric m-capability (2027-04-01 to 2028-03-31) does not fit within strategy s-1's period (2025-04-01 to 2027-03-31).",
      ],
    ]);
  });
});
