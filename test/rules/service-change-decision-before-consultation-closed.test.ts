import { describe, expect, it } from "vitest";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/decision-before-consultation-closed";

describe(CODE, () => {
  it("passes a decision made after the consultation closed, or on its last day", () => {
    expect(withCode(changeDataset(), CODE)).toEqual([]);
    const sameDay = changeDataset((s) => {
      if (s.decision) s.decision.date = "2025-03-14";
    });
    expect(withCode(sameDay, CODE)).toEqual([]);
  });
  it("flags a decision dated before the consultation's last day", () => {
    const ds = changeDataset((s) => {
      if (s.decision) s.decision.date = "2025-03-10";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "decision", "date"],
        message:
          "Service change sc-1 was decided on 2025-03-10, before its consultation closed on 2025-03-14.",
        hint: "Check the dates. Responses cannot be conscientiously considered before the consultation closes: if the decision could not wait, record why.",
      },
    ]);
  });
  it("says nothing without a decision or without a consultation", () => {
    const noConsultation = changeDataset((s) => {
      delete s.consultation;
    });
    expect(withCode(noConsultation, CODE)).toEqual([]);
    const noDecision = changeDataset((s) => {
      delete s.decision;
    });
    expect(withCode(noDecision, CODE)).toEqual([]);
  });
});
