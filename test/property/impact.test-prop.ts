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

test.prop([sizes, fc.integer({ min: 0, max: 2 ** 30 })], { numRuns: 25 })(
  "impact counts each record once by source: every kind at most the records, none only when it names nothing",
  (opts, mask) => {
    const ds = generateDataset(opts);
    // link each record to sources by the bits of the mask: its activities kept or not, an event, feedback
    const impacts = ds.impacts.map((r, i) => {
      const bits = (mask >>> (i % 28)) & 7;
      return {
        ...r,
        activityIds: bits & 1 ? r.activityIds : [],
        ...(bits & 2 ? { eventIds: [`ev-${i}`] } : {}),
        ...(bits & 4 ? { feedbackIds: [`f-${i}`, `f-${i + 1}`] } : {}),
      };
    });
    const s = impact({ ...ds, impacts }, { period: "2025-26" });
    const c = s.components;
    const { activities, events, feedback, none } = c.bySource;
    for (const n of [activities, events, feedback, none]) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(c.records);
    }
    expect(activities + events + feedback + none).toBeGreaterThanOrEqual(c.records);
    const named = impacts.filter(
      (r) =>
        r.date >= "2025-04-01" &&
        r.date <= "2026-03-31" &&
        (r.activityIds.length > 0 || r.eventIds !== undefined || r.feedbackIds !== undefined),
    ).length;
    expect(none).toBe(c.records - named);
  },
);
