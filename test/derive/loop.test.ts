import { describe, expect, it } from "vitest";
import { firstFedBack, outcomeRecorded } from "../../src/derive/loop.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { ImpactRecord } from "../../src/model/impact.js";
import { checkDataset } from "../../src/rules/index.js";
import { impact } from "../../src/scores/impact.js";
import { activity, emptyDataset } from "../scores/dataset-fixture.js";

function impactOf(id: string, activityIds: string[], fedBack?: string): ImpactRecord {
  return {
    id,
    activityIds,
    contributorIds: [],
    date: "2025-06-01",
    type: "materials",
    youSaid: "The leaflet was hard to read.",
    weDid: "We rewrote it.",
    direction: "positive",
    status: "observed",
    evidence: [],
    ...(fedBack === undefined ? {} : { feedbackToContributorsDate: fedBack }),
  };
}

const people = [
  {
    contributorId: "c-1",
    role: "member" as const,
    minutes: 60,
    payment: { status: "not-applicable" as const },
  },
];

const ds: Dataset = {
  ...emptyDataset(),
  activities: [
    activity("own", "2025-05-01", {
      contributors: people,
      outcomes: [{ summary: "Changed.", feedbackToContributorsDate: "2025-05-20" }],
    }),
    activity("linked", "2025-05-01", { contributors: people }),
    activity("both", "2025-05-01", {
      contributors: people,
      outcomes: [{ summary: "Changed.", feedbackToContributorsDate: "2025-07-01" }],
    }),
    activity("untold", "2025-05-01", { contributors: people, outcomes: [{ summary: "Changed." }] }),
    activity("nothing", "2025-05-01", { contributors: people }),
  ],
  impacts: [impactOf("i-1", ["linked", "both"], "2025-06-10"), impactOf("i-2", ["untold"])],
};
const byId = (id: string) => ds.activities.find((a) => a.id === id)!;

describe("closing the loop", () => {
  it("an outcome is recorded by the activity's own outcome or by an impact record naming it", () => {
    expect(
      ["own", "linked", "both", "untold", "nothing"].map((id) => outcomeRecorded(ds, byId(id))),
    ).toEqual([true, true, true, true, false]);
  });

  it("contributors were told on the earliest feedback date of either record", () => {
    expect(firstFedBack(ds, byId("own"))).toBe("2025-05-20");
    expect(firstFedBack(ds, byId("linked"))).toBe("2025-06-10");
    expect(firstFedBack(ds, byId("both"))).toBe("2025-06-10");
    expect(firstFedBack(ds, byId("untold"))).toBeUndefined();
    expect(firstFedBack(ds, byId("nothing"))).toBeUndefined();
  });

  it("the impact measure and the rule give the same answer for each activity", () => {
    const c = impact(ds, { period: "2025-26" }).components;
    expect(c.involvementActivities).toBe(5);
    expect(c.withOutcome).toBe(4);
    expect(c.loopClosed).toBe(3);
    // days from the start (2025-05-01) to the first feedback: 19, 40, 40
    expect(c.medianDaysToCloseLoop).toBe(40);
    const flagged = checkDataset(ds, { asOf: "2026-03-31" })
      .filter((d) => d.code === "activity/no-feedback-to-contributors")
      .map((d) => ds.activities[d.path[1] as number]?.id);
    expect(flagged).toEqual(["untold", "nothing"]);
  });
});
