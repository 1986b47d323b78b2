import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/ends-before-start";

describe(CODE, () => {
  it("passes an activity that ends on or after its start", () => {
    expect(
      withCode(
        dataset((d) => {
          at(d.activities, 0).endDate = "2025-03-01";
        }),
        CODE,
      ),
    ).toEqual([]);
  });
  it("flags an activity that ends before it starts", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).endDate = "2025-02-27";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["activities", 0, "endDate"],
        message: "Activity a-1 ends (2025-02-27) before it starts (2025-03-01).",
        hint: "Check the start and end dates, or swap them.",
      },
    ]);
  });
});
