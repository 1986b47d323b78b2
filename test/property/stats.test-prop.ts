import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { chiSquarePValue, quantile, wilsonInterval } from "../../src/scores/stats.js";

test.prop([fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 500 })])(
  "chi-square p-values lie in [0, 1] and fall as the statistic grows",
  (x, df) => {
    const p = chiSquarePValue(x, df)!;
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(chiSquarePValue(x + 1, df)!).toBeLessThanOrEqual(p + 1e-12);
  },
);

test.prop([
  fc
    .integer({ min: 1, max: 10_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
])("Wilson interval contains the estimate and stays in [0, 1]", ([x, n]) => {
  const ci = wilsonInterval(x, n)!;
  expect(ci.lower).toBeGreaterThanOrEqual(0);
  expect(ci.upper).toBeLessThanOrEqual(1);
  expect(ci.lower).toBeLessThanOrEqual(x / n + 1e-12);
  expect(ci.upper).toBeGreaterThanOrEqual(x / n - 1e-12);
});

test.prop([
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
])("quantiles lie between min and max", (xs, q) => {
  const v = quantile(xs, q)!;
  expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
  expect(v).toBeLessThanOrEqual(Math.max(...xs));
});
