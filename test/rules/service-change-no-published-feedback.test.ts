import { describe, expect, it } from "vitest";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/no-published-feedback";

describe(CODE, () => {
  it("passes a decision whose feedback was published", () => {
    expect(withCode(changeDataset(), CODE, { asOf: "2026-01-01" })).toEqual([]);
  });
  it("flags a decision with no published feedback once the days allowed have passed", () => {
    const ds = changeDataset((s) => {
      delete s.feedbackPublished;
    });
    // decided 2025-03-20: 90 days later is 2025-06-18
    expect(withCode(ds, CODE, { asOf: "2025-06-17" })).toEqual([]);
    expect(withCode(ds, CODE, { asOf: "2025-06-18" })).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "feedbackPublished"],
        message:
          "Service change sc-1 was decided on 2025-03-20 and no feedback on the outcome has been published after 90 days.",
        hint: "Publish what was decided and how people's views shaped it, and record the date (feedbackPublished).",
      },
    ]);
    const now = { asOf: "2025-03-20", rules: { [CODE]: { options: { days: 0 } } } };
    expect(withCode(ds, CODE, now)).toHaveLength(1);
  });
});
