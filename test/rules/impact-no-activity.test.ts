import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "impact/no-activity";

describe(CODE, () => {
  it("passes an impact record linked to an activity", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags an impact record linked to no activity", () => {
    const ds = dataset((d) => {
      at(d.impacts, 0).activityIds = [];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["impacts", 0, "activityIds"],
        message: "Impact record i-1 is not linked to any activity, event or feedback record.",
        hint: "Add the activity (activityIds), event (eventIds) or feedback record (feedbackIds) the change came from.",
      },
    ]);
  });
  it("passes an impact record that came from an event or a feedback record instead", () => {
    const fromEvent = dataset((d) => {
      d.events = [
        {
          id: "e-1",
          organisationId: "org-1",
          title: "Science café",
          kind: "science-cafe",
          date: "2025-03-01",
        },
      ];
      at(d.impacts, 0).activityIds = [];
      at(d.impacts, 0).eventIds = ["e-1"];
    });
    expect(withCode(fromEvent, CODE)).toEqual([]);
    const fromFeedback = dataset((d) => {
      at(d.impacts, 0).activityIds = [];
      at(d.impacts, 0).feedbackIds = ["f-1"];
    });
    expect(withCode(fromFeedback, CODE)).toEqual([]);
  });
  it("flags links to events or feedback records that do not exist (data built without parsing)", () => {
    const ds = dataset();
    const built: Dataset = {
      ...ds,
      impacts: ds.impacts.map((m) => ({
        ...m,
        activityIds: [],
        eventIds: ["e-404"],
        feedbackIds: ["f-404"],
      })),
    };
    expect(withCode(built, CODE)).toHaveLength(1);
  });
  it("flags links to activities that do not exist (data built without parsing)", () => {
    const ds = dataset();
    const built: Dataset = {
      ...ds,
      impacts: ds.impacts.map((m) => ({ ...m, activityIds: ["a-404"] })),
    };
    expect(withCode(built, CODE)).toHaveLength(1);
  });
});
