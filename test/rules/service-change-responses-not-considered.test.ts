import { describe, expect, it } from "vitest";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/responses-not-considered";

describe(CODE, () => {
  it("passes a decision that records how responses were considered", () => {
    expect(withCode(changeDataset(), CODE)).toEqual([]);
  });
  it('passes a decision with only a "you said, we did" record, named or through an activity', () => {
    const named = changeDataset((s) => {
      if (s.decision) delete s.decision.responsesConsidered;
      s.activityIds = [];
    });
    expect(withCode(named, CODE)).toEqual([]);
    const viaActivity = changeDataset((s) => {
      if (s.decision) delete s.decision.responsesConsidered;
      s.impactIds = [];
    });
    expect(withCode(viaActivity, CODE)).toEqual([]);
  });
  it("flags a decision with no record of how responses were considered", () => {
    const ds = changeDataset((s) => {
      if (s.decision) delete s.decision.responsesConsidered;
      s.impactIds = [];
      s.activityIds = [];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "decision", "responsesConsidered"],
        message:
          "Service change sc-1 was decided on 2025-03-20 with no record of how the responses were considered.",
        hint: 'Record what changed because of what people said, or why it did not (decision.responsesConsidered), or link the "you said, we did" impact records (impactIds).',
      },
    ]);
  });
  it("says nothing before a decision is recorded", () => {
    const ds = changeDataset((s) => {
      delete s.decision;
      s.impactIds = [];
      s.activityIds = [];
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
});
