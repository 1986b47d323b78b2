import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { ImpactRecord } from "../../src/model/impact.js";
import { impact } from "../../src/scores/impact.js";
import { activity, emptyDataset } from "./dataset-fixture.js";

const empty: Dataset = emptyDataset();
const act = activity;

function rec(id: string, date: string, extra: Partial<ImpactRecord> = {}): ImpactRecord {
  return {
    id,
    activityIds: [],
    contributorIds: [],
    date,
    type: "materials",
    youSaid: "The letter was hard to read.",
    weDid: "We rewrote it.",
    direction: "positive",
    status: "observed",
    evidence: [],
    ...extra,
  };
}

const ds: Dataset = {
  ...empty,
  activities: [
    act("a1", "2025-05-01", {
      outcomes: [{ summary: "Letter changed.", feedbackToContributorsDate: "2025-05-11" }],
    }),
    act("a2", "2025-06-01", {
      outcomes: [
        { summary: "Outcome added.", feedbackToContributorsDate: "2025-07-15" },
        { summary: "Another.", feedbackToContributorsDate: "2025-07-01" },
      ],
    }),
    act("a3", "2025-07-01", { outcomes: [{ summary: "Times moved." }] }),
    act("a4", "2025-08-01"),
    act("e1", "2025-08-01", { mode: "engagement" }),
    act("old", "2024-08-01", { outcomes: [{ summary: "Old." }] }),
  ],
  impacts: [
    rec("i1", "2025-05-20", {
      stage: "designing-and-managing",
      feedbackToContributorsDate: "2025-06-01",
    }),
    rec("i2", "2025-09-20", { type: "design", direction: "negative", status: "confirmed" }),
    rec("i3", "2024-09-20"),
  ],
};

describe("impact", () => {
  it("worked example: 3 of 4 involvement activities have an outcome, 2 fed back after 10 and 30 days", () => {
    const s = impact(ds, { period: "2025-26" });
    expect(s.value).toBe(75);
    expect(s.unit).toBe("percent");
    const c = s.components;
    expect(c.involvementActivities).toBe(4);
    expect(c.withOutcome).toBe(3);
    expect(c.loopClosed).toBe(2);
    expect(c.loopClosedShare).toBe(50);
    expect(c.medianDaysToCloseLoop).toBe(20);
    expect(c.slowestDaysToCloseLoop).toBe(30);
    expect(c.records).toBe(2);
    expect(c.byType).toMatchObject({ materials: 1, design: 1, service: 0 });
    expect(c.byStage).toMatchObject({ "designing-and-managing": 1, unspecified: 1 });
    expect(c.byDirection).toEqual({ positive: 1, negative: 1, mixed: 0 });
    expect(c.byStatus).toEqual({ intended: 0, observed: 1, confirmed: 1 });
    expect(c.recordsFedBack).toBe(1);
    expect(s.diagnostics).toEqual([]);
    expect(s.explanation).toContain("3 of 4 involvement activities");
  });

  it("accepts a { start, end } period", () => {
    expect(impact(ds, { period: { start: "2025-05-01", end: "2025-05-31" } }).value).toBe(100);
  });

  it("unparseable period: value null with a diagnostic", () => {
    const s = impact(ds, { period: "next year" });
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]?.code).toBe("impact/invalid-period");
    expect(
      impact(ds, { period: { start: "2025-13-01", end: "2025-12-01" } }).diagnostics[0]?.code,
    ).toBe("impact/invalid-period");
  });

  it("no involvement activities: value null with a diagnostic", () => {
    const s = impact(empty, { period: "2025-26" });
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["impact/no-involvement-activities"]);
  });

  it("feedback dated before the activity is reported and left out of the days", () => {
    const bad: Dataset = {
      ...empty,
      activities: [
        act("a", "2025-05-10", {
          outcomes: [{ summary: "x", feedbackToContributorsDate: "2025-05-01" }],
        }),
      ],
    };
    const s = impact(bad, { period: "2025-26" });
    expect(s.components.medianDaysToCloseLoop).toBeNull();
    expect(s.diagnostics[0]).toMatchObject({
      code: "impact/feedback-before-activity",
      path: ["activities", 0, "outcomes"],
    });
  });

  it("demo dataset: the deliberate gap (an involvement activity with no outcome) lowers the share", () => {
    const s = impact(demoDataset, { period: "2024-25" });
    expect(s.value).not.toBeNull();
    expect(s.value as number).toBeLessThan(100);
    expect(s.components.involvementActivities).toBeGreaterThan(s.components.withOutcome);
  });
});
