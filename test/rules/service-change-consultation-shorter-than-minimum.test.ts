import { describe, expect, it } from "vitest";
import { serviceChangeConsultationShorterThanMinimum } from "../../src/rules/index.js";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/consultation-shorter-than-minimum";
const minimum = (options: Record<string, unknown>) => ({ rules: { [CODE]: { options } } });

describe(CODE, () => {
  it("has no default minimum: with no minimum given it finds nothing, however short", () => {
    expect(serviceChangeConsultationShorterThanMinimum.options.parse({}).minimumDays).toBe(
      undefined,
    );
    const oneDay = changeDataset((s) => {
      if (s.consultation) s.consultation.end = s.consultation.start;
    });
    expect(withCode(oneDay, CODE)).toEqual([]);
  });
  it("passes a consultation as long as the minimum (first and last days both counted)", () => {
    // 1 February to 14 March 2025 is 42 days
    expect(withCode(changeDataset(), CODE, minimum({ minimumDays: 42 }))).toEqual([]);
  });
  it("flags a consultation shorter than the organisation's minimum", () => {
    expect(withCode(changeDataset(), CODE, minimum({ minimumDays: 43 }))).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "consultation"],
        message:
          "Service change sc-1 consulted for 42 days (2025-02-01 to 2025-03-14), shorter than the minimum of 43 days set for org-1.",
        hint: "Extend the consultation to the organisation's minimum, or record why a shorter period was adequate for this proposal.",
      },
    ]);
  });
  it("takes an organisation's own minimum over the one for every organisation", () => {
    const opts = minimum({ minimumDays: 90, organisations: { "org-1": 30 } });
    expect(withCode(changeDataset(), CODE, opts)).toEqual([]);
    const other = minimum({ minimumDays: 30, organisations: { "org-2": 90 } });
    expect(withCode(changeDataset(), CODE, other)).toEqual([]);
    const own = minimum({ organisations: { "org-1": 60 } });
    expect(withCode(changeDataset(), CODE, own)[0]?.message).toContain("minimum of 60 days");
  });
});
