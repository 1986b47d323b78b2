import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { strategy } from "../../src/scores/strategy.js";
import { shuffled } from "./shuffle.js";

const sizes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  activities: fc.integer({ min: 0, max: 200 }),
  contributors: fc.integer({ min: 1, max: 40 }),
  gaps: fc.boolean(),
});
const periods = fc.constantFrom("2024-25", "2025-26", "2025-26-Q2", "2025", "2023-24", "nonsense");
const scopes = fc.constantFrom("dataset", "organisation") as fc.Arbitrary<
  "dataset" | "organisation"
>;

test.prop([sizes, periods, scopes, fc.integer()], { numRuns: 20 })(
  "strategy is total, shares in 0-100, order-independent",
  (opts, period, scope, seed) => {
    const ds = generateDataset(opts);
    const s = strategy(ds, { period: period, scope });
    if (s.value !== null) {
      expect(s.value).toBeGreaterThanOrEqual(0);
      expect(s.value).toBeLessThanOrEqual(100);
    }
    for (const m of s.components.metrics) {
      for (const v of [m.value, m.previousValue])
        if (v !== null) expect(Number.isFinite(v)).toBe(true);
    }
    for (const r of Object.values(s.components.pillars)) {
      expect(r.met + r.onTrack + r.offTrack + r.noData).toBe(r.metrics);
    }
    const t = strategy(
      {
        ...ds,
        activities: shuffled(ds.activities, seed),
        payments: shuffled(ds.payments, seed + 1),
        impacts: shuffled(ds.impacts, seed + 2),
        feedback: shuffled(ds.feedback, seed + 3),
      },
      { period: period, scope },
    );
    expect(t.value).toBe(s.value);
    expect(t.components.metrics.map((m) => m.status)).toEqual(
      s.components.metrics.map((m) => m.status),
    );
  },
);
