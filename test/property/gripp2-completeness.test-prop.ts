import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { completenessPercent, gripp2Completeness } from "../../src/scores/gripp2-completeness.js";
import { shuffled } from "./shuffle.js";

const sizes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  activities: fc.integer({ min: 0, max: 200 }),
  contributors: fc.integer({ min: 1, max: 40 }),
  projects: fc.integer({ min: 1, max: 9 }),
  gaps: fc.boolean(),
});

test.prop(
  [sizes, fc.constantFrom("short", "long") as fc.Arbitrary<"short" | "long">, fc.integer()],
  { numRuns: 30 },
)("gripp2Completeness is total, in 0-100 and order-independent", (opts, form, seed) => {
  const ds = generateDataset(opts);
  for (const p of ds.projects.slice(0, 3)) {
    const s = gripp2Completeness(ds, { project: p.id, form: form });
    expect(s.value).not.toBeNull();
    expect(s.value as number).toBeGreaterThanOrEqual(0);
    expect(s.value as number).toBeLessThanOrEqual(100);
    expect(s.components.checklist).toHaveLength(form === "short" ? 5 : 17);
    const t = gripp2Completeness(
      { ...ds, activities: shuffled(ds.activities, seed), impacts: shuffled(ds.impacts, seed + 3) },
      { project: p.id, form: form },
    );
    expect(t.value).toBe(s.value);
    expect(t.components.checklist.map((r) => r.status)).toEqual(
      s.components.checklist.map((r) => r.status),
    );
  }
});

test.prop([fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true })])(
  "completenessPercent lies in 0-100 and is monotone in items reported",
  (total, share) => {
    const reported = Math.floor(total * share);
    const p = completenessPercent(reported, total) as number;
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(100);
    if (reported < total)
      expect(completenessPercent(reported + 1, total) as number).toBeGreaterThan(p);
  },
);
