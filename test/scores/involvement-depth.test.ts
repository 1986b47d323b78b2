import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { involvementDepth } from "../../src/scores/involvement-depth.js";
import { activity, emptyDataset, project } from "./dataset-fixture.js";

const pil = (n: number) => ({
  scale: "ppie-influence-level",
  item: [
    "pil-0-none",
    "pil-1-inform",
    "pil-2-consulted",
    "pil-3-involved",
    "pil-4-collaborating",
    "pil-5-co-producing",
    "pil-6-public-led",
  ][n]!,
});

function small(): Dataset {
  return {
    ...emptyDataset(),
    projects: [project("p-1")],
    activities: [
      activity("a1", "2025-02-01", {
        projectId: "p-1",
        level: pil(3),
        contributors: [
          { contributorId: "c1", minutes: 90, payment: { status: "declined" } },
          { contributorId: "c2", minutes: 30, payment: { status: "declined" } },
        ],
      }),
      activity("a2", "2025-03-01", {
        projectId: "p-1",
        level: pil(5),
        contributors: [{ contributorId: "c1", minutes: 60, payment: { status: "declined" } }],
      }),
      activity("a3", "2025-04-01", {
        projectId: "p-1",
        stages: ["undertaking"],
        level: { scale: "iap2-spectrum", item: "collaborate" },
      }),
      activity("e1", "2025-04-01", {
        projectId: "p-1",
        mode: "engagement",
        stages: ["disseminating"],
        level: pil(1),
      }),
      activity("x1", "2025-04-01", { projectId: "p-2", stages: ["implementing"], level: pil(6) }),
    ],
  };
}

describe("involvementDepth", () => {
  it("worked example: designing (PIL 3, 5) and undertaking (IAP2 collaborate = PIL 4) -> index 25", () => {
    const s = involvementDepth(small(), { project: "p-1" });
    expect(s.value).toBeCloseTo(25, 10);
    const c = s.components;
    expect(c.stagesCovered).toBe(2);
    expect(c.breadth).toBeCloseTo(2 / 7, 12);
    expect(c.depth).toBeCloseTo(9 / 42, 12);
    const dm = c.stages.find((r) => r.stage === "designing-and-managing")!;
    expect(dm).toMatchObject({ activities: 2, withLevel: 2, deepest: 5, median: 4 });
    expect(dm.levelCounts).toEqual([0, 0, 0, 1, 0, 1, 0]);
    expect(c.stages.find((r) => r.stage === "undertaking")).toMatchObject({
      deepest: 4,
      median: 4,
    });
    expect(c.stages.find((r) => r.stage === "disseminating")).toMatchObject({
      activities: 0,
      deepest: null,
      median: null,
    });
    expect(c.excluded).toEqual({ engagement: 1, participation: 0 });
    expect(c.minutes).toBe(180);
    expect(c.hours).toBe(3);
    expect(c.contributors).toBe(2);
    expect(c.weights).toEqual({ breadth: 0.5, depth: 0.5 });
    expect(c.meanDeepestCovered).toBe(4.5);
    expect(s.diagnostics).toEqual([]);
    expect(s.explanation).toContain("not depths of involvement");
  });

  it("weights are configurable and echoed", () => {
    const s = involvementDepth(small(), { project: "p-1", weights: { breadth: 1, depth: 0 } });
    expect(s.value).toBeCloseTo((100 * 2) / 7, 10);
    expect(s.components.weights).toEqual({ breadth: 1, depth: 0 });
    const bad = involvementDepth(small(), { project: "p-1", weights: { breadth: 0, depth: 0 } });
    expect(bad.value).toBeCloseTo(25, 10);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(["involvement-depth/invalid-weights"]);
  });

  it("a level with no crosswalk gives a diagnostic but the activity still counts for breadth", () => {
    const ds = small();
    ds.activities.push(
      activity("a4", "2025-05-01", {
        projectId: "p-1",
        stages: ["evaluating-impact"],
        level: { scale: "my-ladder", item: "rung-3" },
      }),
    );
    const s = involvementDepth(ds, { project: "p-1" });
    expect(s.components.stagesCovered).toBe(3);
    expect(s.components.unconvertedLevels).toBe(1);
    expect(s.components.stages.find((r) => r.stage === "evaluating-impact")).toMatchObject({
      activities: 1,
      deepest: null,
    });
    expect(s.diagnostics[0]).toMatchObject({
      code: "involvement-depth/level-not-on-crosswalk",
      path: ["activities", 5, "level"],
    });
    // own crosswalk rows place it
    const own = involvementDepth(ds, {
      project: "p-1",
      crosswalk: [{ from: ["my-ladder", "rung-3"], to: "pil-2-consulted", basis: "judgement" }],
    });
    expect(own.components.unconvertedLevels).toBe(0);
    expect(own.value).toBeCloseTo(100 * (0.5 * (3 / 7) + 0.5 * (11 / 42)), 10);
  });

  it("crosswalk overrides replace ppie's judgement rows", () => {
    const s = involvementDepth(small(), {
      project: "p-1",
      crosswalk: [
        { from: ["iap2-spectrum", "collaborate"], to: "pil-3-involved", basis: "judgement" },
      ],
    });
    expect(s.components.stages.find((r) => r.stage === "undertaking")?.deepest).toBe(3);
  });

  it("period filter", () => {
    const s = involvementDepth(small(), { project: "p-1", period: "2025-01-01..2025-02-28" });
    expect(s.components.involvementActivities).toBe(1);
    expect(s.components.stagesCovered).toBe(1);
  });

  it("no involvement: index 0 with a warning; unknown project: null", () => {
    const ds = { ...emptyDataset(), projects: [project("p-0")] };
    const s = involvementDepth(ds, { project: "p-0" });
    expect(s.value).toBe(0);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["involvement-depth/no-involvement"]);
    const u = involvementDepth(ds, { project: "nope" });
    expect(u.value).toBeNull();
    expect(u.diagnostics.map((d) => d.code)).toEqual(["involvement-depth/unknown-project"]);
  });

  it("demo dataset: the co-produced foot-care app project covers more stages than the virtual wards evaluation", () => {
    const app = involvementDepth(demoDataset, { project: "p-002" });
    const wards = involvementDepth(demoDataset, { project: "p-007" });
    expect(app.components.stagesCovered).toBeGreaterThan(wards.components.stagesCovered);
    expect(app.value as number).toBeGreaterThan(wards.value as number);
  });
});
