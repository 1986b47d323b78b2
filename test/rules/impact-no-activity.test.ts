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
        message: "Impact record i-1 is not linked to any activity.",
        hint: "Add the id of the activity (or activities) the contribution came from to activityIds.",
      },
    ]);
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
