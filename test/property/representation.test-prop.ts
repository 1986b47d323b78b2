import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { representation } from "../../src/scores/representation.js";

function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

/** Categories with counts and (unnormalised) positive reference weights. */
const data = fc
  .integer({ min: 1, max: 8 })
  .chain((k) =>
    fc.tuple(
      fc.array(fc.nat({ max: 200 }), { minLength: k, maxLength: k }),
      fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: k, maxLength: k }),
    ),
  );

function records(counts: number[], weights: number[], order: number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  const g: Record<string, number> = {};
  const r: Record<string, number> = {};
  for (const i of order) {
    g[`c${i}`] = counts[i]!;
    r[`c${i}`] = weights[i]! / total;
  }
  return { g, r };
}

test.prop([data])(
  "ratios and dissimilarity agree with a direct computation",
  ([counts, weights]) => {
    const order = counts.map((_, i) => i);
    const { g, r } = records(counts, weights, order);
    const s = representation(g, r);
    const n = counts.reduce((a, b) => a + b, 0);
    expect(allFinite(s)).toBe(true);
    if (n === 0) {
      expect(s.value).toBeNull();
      return;
    }
    let d = 0;
    for (const i of order) {
      const gi = counts[i]! / n;
      const pi = r[`c${i}`]!;
      d += Math.abs(gi - pi);
      const cat = s.components.categories.find((c) => c.category === `c${i}`)!;
      expect(cat.ratio).toBeCloseTo(gi / pi, 9);
      if (cat.ci !== null) {
        expect(cat.ci.lower).toBeLessThanOrEqual(gi + 1e-12);
        expect(cat.ci.upper).toBeGreaterThanOrEqual(gi - 1e-12);
      }
    }
    expect(s.value).toBeCloseTo(d / 2, 12);
    expect(s.value!).toBeGreaterThanOrEqual(0);
    expect(s.value!).toBeLessThanOrEqual(1);
    const div = s.components.diversity!;
    expect(div.giniSimpson).toBeGreaterThanOrEqual(-1e-12);
    expect(div.giniSimpson).toBeLessThanOrEqual(1 - 1 / counts.length + 1e-9);
    if (div.evenness !== null) expect(div.evenness).toBeLessThanOrEqual(1);
    if (s.components.chiSquare !== null) {
      expect(s.components.chiSquare.pValue).toBeGreaterThanOrEqual(0);
      expect(s.components.chiSquare.pValue).toBeLessThanOrEqual(1);
    }
  },
);

test.prop([data, fc.nat()])(
  "results do not depend on the order of categories",
  ([counts, weights], seed) => {
    const k = counts.length;
    const a = records(
      counts,
      weights,
      counts.map((_, i) => i),
    );
    const b = records(
      counts,
      weights,
      counts.map((_, i) => (i + seed) % k),
    );
    const sa = representation(a.g, a.r);
    const sb = representation(b.g, b.r);
    if (sa.value === null) {
      expect(sb.value).toBeNull();
      return;
    }
    expect(sb.value!).toBeCloseTo(sa.value, 12);
    expect(sb.components.diversity!.shannon).toBeCloseTo(sa.components.diversity!.shannon, 12);
    expect(sb.components.chiSquare?.statistic ?? 0).toBeCloseTo(
      sa.components.chiSquare?.statistic ?? 0,
      9,
    );
    for (const c of sa.components.categories) {
      const other = sb.components.categories.find((x) => x.category === c.category)!;
      expect(other.ratio ?? 0).toBeCloseTo(c.ratio ?? 0, 12);
    }
  },
);

const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.nat({ max: 1e6 }), fc.constant(0));
test.prop([
  fc.dictionary(fc.string({ maxLength: 4 }), anyNumber, { maxKeys: 8 }),
  fc.dictionary(fc.string({ maxLength: 4 }), anyNumber, { maxKeys: 8 }),
  fc.option(
    fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 4 }),
    {
      nil: undefined,
    },
  ),
])("arbitrary finite or non-finite input never throws or gives NaN/Infinity", (g, r, collapse) => {
  const s = representation(g, r, collapse === undefined ? {} : { collapse });
  expect(allFinite(s)).toBe(true);
  if (s.value !== null) {
    expect(s.value).toBeGreaterThanOrEqual(0);
    expect(s.value).toBeLessThanOrEqual(1);
  }
});
