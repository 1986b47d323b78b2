import { describe, expect, it } from "vitest";
import { checkDataset } from "../../src/rules/index.js";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/no-assessment";

describe(CODE, () => {
  it("finds nothing at all in a complete service change record", () => {
    expect(checkDataset(changeDataset())).toEqual([]);
  });
  it("passes a service change with a recorded assessment", () => {
    expect(withCode(changeDataset(), CODE)).toEqual([]);
  });
  it("flags a service change with no recorded assessment, naming the section of its duty", () => {
    const ds = changeDataset((s) => {
      delete s.assessment;
      s.duty = "nhs-act-2006-s14z45";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "assessment"],
        message:
          "Service change sc-1 (Moving the clinic) has no recorded assessment of whether the duty to involve the public (section 14Z45 of the NHS Act 2006) applies.",
        hint: "Record who assessed the proposal, when, whether the duty applies and why (assessment.date, assessment.decidedBy, assessment.dutyApplies, assessment.reason).",
      },
    ]);
  });
});
