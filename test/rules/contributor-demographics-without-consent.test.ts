import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "contributor/demographics-without-consent";

describe(CODE, () => {
  it("passes demographics held with consent, and no demographics without consent", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags demographics with no consent recorded", () => {
    const ds = dataset((d) => {
      at(d.contributors, 0).consent = {};
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["contributors", 0, "demographics"],
        message: "Contributor c-1 has demographic data but no recorded consent to hold it.",
        hint: "Record the consent (consent.demographics with the date given), or delete the demographic data.",
      },
    ]);
  });
  it("flags demographics after consent was withdrawn, but not before", () => {
    const ds = dataset((d) => {
      at(d.contributors, 0).consent = {
        demographics: { given: true, date: "2025-01-01", withdrawn: "2025-03-15" },
      };
    });
    expect(withCode(ds, CODE)[0]?.message).toBe(
      "Contributor c-1 has demographic data but consent that was withdrawn on 2025-03-15.",
    );
    expect(withCode(ds, CODE, { asOf: "2025-03-14" })).toEqual([]);
  });
  it("flags demographics where consent was refused", () => {
    const ds = dataset((d) => {
      at(d.contributors, 0).consent = { demographics: { given: false, date: "2025-01-01" } };
    });
    expect(withCode(ds, CODE)).toHaveLength(1);
  });
});
