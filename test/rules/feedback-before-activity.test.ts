import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "feedback/before-activity";

describe(CODE, () => {
  it("passes feedback on the day of the activity", () => {
    expect(
      withCode(
        dataset((d) => {
          at(d.feedback, 0).date = "2025-03-01";
        }),
        CODE,
      ),
    ).toEqual([]);
  });
  it("flags feedback dated before the activity", () => {
    const ds = dataset((d) => {
      at(d.feedback, 0).date = "2025-02-28";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["feedback", 0, "date"],
        message: "Feedback f-1 is dated 2025-02-28, before activity a-1 began (2025-03-01).",
        hint: "Check the feedback's date and which activity it is about.",
      },
    ]);
  });
});
