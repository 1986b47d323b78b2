import { describe, expect, it } from "vitest";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/consultation-ends-before-start";

describe(CODE, () => {
  it("passes a consultation that closes after it opens, or on the same day", () => {
    expect(withCode(changeDataset(), CODE)).toEqual([]);
    const oneDay = changeDataset((s) => {
      if (s.consultation) s.consultation.end = s.consultation.start;
    });
    expect(withCode(oneDay, CODE)).toEqual([]);
  });
  it("flags a consultation whose last day is before its first", () => {
    const ds = changeDataset((s) => {
      if (s.consultation) {
        s.consultation.start = "2025-04-01";
        s.consultation.end = "2025-03-01";
      }
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["serviceChanges", 0, "consultation", "end"],
        message:
          "The consultation on service change sc-1 ends (2025-03-01) before it starts (2025-04-01).",
        hint: "Check the consultation's first and last days, or swap them.",
      },
    ]);
  });
  it("says nothing without a consultation", () => {
    const none = changeDataset((s) => {
      delete s.consultation;
    });
    expect(withCode(none, CODE)).toEqual([]);
  });
});
