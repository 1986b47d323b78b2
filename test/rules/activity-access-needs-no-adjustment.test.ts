import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/access-needs-no-adjustment";

describe(CODE, () => {
  it("passes an activity with adjustments recorded", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("passes an activity without anyone with access needs", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).adjustments = [];
      at(d.contributors, 1).accessNeeds = [];
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags access needs with no adjustment recorded", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).adjustments = [];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["activities", 0, "adjustments"],
        message:
          "Activity a-1 includes contributor c-2, who needs large-print, but no adjustment is recorded.",
        hint: "Record the adjustments made (e.g. accessible-venue, bsl-interpreter), or note why none was needed.",
      },
    ]);
  });
});
