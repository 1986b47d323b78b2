import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { StrategyMetric } from "../../src/model/strategy.js";
import { meetsTarget, strategyFigures } from "../../src/scores/strategy-figures.js";

const units = fc.constantFrom<StrategyMetric["unit"]>(
  "count",
  "percent",
  "pence",
  "hours",
  "days",
  "score",
);
const number = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
);
/** Figures of real records: no magnitudes below a billionth (nothing is counted that finely). */
const real = (x: number): number => (Math.abs(x) < 1e-9 ? 0 : x);
/** A value and a target: unrelated, or a hair apart (so rounding would print them equal). */
const pair = fc.oneof(
  fc.tuple(number, number).map(([v, t]) => [real(v), real(t)] as [number, number]),
  fc
    .tuple(number, fc.double({ min: -0.1, max: 0.1, noNaN: true }))
    .map(([t, d]) => [real(t + d), real(t)] as [number, number]),
);

/** The number a printed figure reads as: "£1,234.50" -> 1234.5, "12.5 hours" -> 12.5. */
function read(s: string): number {
  return Number(s.replace(/[£,%]|\shours|\sdays/g, ""));
}

test.prop([pair, units, fc.constantFrom("at-least", "at-most" as const)], { numRuns: 2000 })(
  "the printed value and target stand in the order the status says (met or not met)",
  ([value, target], unit, direction) => {
    const f = strategyFigures(value, target, unit);
    const met = meetsTarget(value, { value: target, direction });
    const pv = read(f.value);
    const pt = read(f.other);
    expect(Number.isFinite(pv) && Number.isFinite(pt)).toBe(true);
    expect(direction === "at-least" ? pv >= pt : pv <= pt).toBe(met);
  },
);
