import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { impact } from "../../src/scores/impact.js";
import { shuffled } from "./shuffle.js";

const sizes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  activities: fc.integer({ min: 0, max: 300 }),
  contributors: fc.integer({ min: 1, max: 60 }),
  gaps: fc.boolean(),
});
const periods = fc.constantFrom(
  "2024-25",
  "2025-26",
  "2025-26-Q3",
  "2024",
  "2026-01-01..2026-02-15",
  "1999-00",
  "bad",
);

test.prop([sizes, periods, fc.integer()], { numRuns: 25 })(
  "impact is total, in range and order-independent",
  (opts, period, seed) => {
    const ds = generateDataset(opts);
    const s = impact(ds, { period: period });
    if (s.value !== null) {
      expect(Number.isFinite(s.value)).toBe(true);
      expect(s.value).toBeGreaterThanOrEqual(0);
      expect(s.value).toBeLessThanOrEqual(100);
    } else expect(s.diagnostics.length).toBeGreaterThan(0);
    for (const v of [
      s.components.loopClosedShare,
      s.components.medianDaysToCloseLoop,
      s.components.slowestDaysToCloseLoop,
    ])
      if (v !== null) expect(Number.isFinite(v)).toBe(true);
    const t = impact(
      { ...ds, activities: shuffled(ds.activities, seed), impacts: shuffled(ds.impacts, seed + 1) },
      { period: period },
    );
    expect(t.value).toBe(s.value);
    expect(t.components).toEqual(s.components);
  },
);
