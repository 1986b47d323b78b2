import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { INVOLVE_RESEARCH_CYCLE_IDS } from "../../src/frameworks/involve-research-cycle.js";
import { generateDataset } from "../../src/demo/index.js";
import type { Activity } from "../../src/model/activity.js";
import { involvementDepth } from "../../src/scores/involvement-depth.js";
import { shuffled } from "./shuffle.js";

const sizes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  activities: fc.integer({ min: 0, max: 200 }),
  contributors: fc.integer({ min: 1, max: 40 }),
  projects: fc.integer({ min: 1, max: 4 }),
});
const level = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    { scale: "ppie-influence-level", item: "pil-0-none" },
    { scale: "ppie-influence-level", item: "pil-6-public-led" },
    { scale: "ppie-influence-level", item: "pil-2-consulted" },
    { scale: "iap2-spectrum", item: "collaborate" },
    { scale: "arnstein-ladder", item: "manipulation" },
    { scale: "unknown-scale", item: "x" },
  ),
);
const extra = fc.record({
  stages: fc.subarray([...INVOLVE_RESEARCH_CYCLE_IDS]),
  level,
  mode: fc.constantFrom("involvement", "engagement", "participation") as fc.Arbitrary<
    Activity["mode"]
  >,
  minutes: fc.integer({ min: 0, max: 600 }),
});
const weights = fc.option(
  fc.record({
    breadth: fc.double({ min: 0, max: 10, noNaN: true }),
    depth: fc.double({ min: 0, max: 10, noNaN: true }),
  }),
  { nil: undefined },
);

test.prop([sizes, extra, weights, fc.integer()], { numRuns: 40 })(
  "involvementDepth is total, in 0-100, order-independent and monotone when an activity is added",
  (opts, add, w, seed) => {
    const ds = generateDataset(opts);
    const o = w === undefined ? {} : { weights: w };
    const before = involvementDepth(ds, { project: "p-001", ...o });
    expect(before.value).not.toBeNull();
    const v = before.value as number;
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(100 + 1e-9);
    const shuffledScore = involvementDepth(
      { ...ds, activities: shuffled(ds.activities, seed) },
      { project: "p-001", ...o },
    );
    expect(shuffledScore.value).toBeCloseTo(v, 10);
    expect(shuffledScore.components.stages).toEqual(before.components.stages);
    const a: Activity = {
      id: "added",
      projectId: "p-001",
      title: "Added activity",
      mode: add.mode,
      method: "workshop",
      startDate: "2025-01-01",
      stages: add.stages,
      ...(add.level === undefined ? {} : { level: add.level }),
      scope: "collective",
      contributors: [
        { contributorId: "c-0001", minutes: add.minutes, payment: { status: "declined" } },
      ],
      adjustments: [],
      outcomes: [],
    };
    const after = involvementDepth(
      { ...ds, activities: [...ds.activities, a] },
      { project: "p-001", ...o },
    );
    expect(after.value as number).toBeGreaterThanOrEqual(v - 1e-9);
  },
);
