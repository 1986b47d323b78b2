import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { scoreDataset } from "../../src/scores/registry.js";

describe("scoreDataset on values of the wrong type", () => {
  it("names an unknown measure that is not text without throwing", () => {
    for (const measure of [Object.create(null), Symbol("m"), 5, null]) {
      const r = scoreDataset(measure as never, demoDataset);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["score/unknown-measure"]);
    }
  });
});

describe("scoreDataset with dates outside 1900-01-01..9998-12-31", () => {
  it("rejects such an as-of date or period with a diagnostic, never a year 10000", () => {
    const asOf = scoreDataset("payments", demoDataset, { asOf: "9999-12-31" });
    expect(asOf.ok).toBe(false);
    expect(asOf.diagnostics.map((d) => d.code)).toEqual(["score/invalid-option"]);
    for (const period of ["9999", "FY9999", "9999-00", "0001", "0000-01-01..2025-01-01"]) {
      const r = scoreDataset("payments", demoDataset, { period });
      expect(r.ok, period).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["payments/invalid-period"]);
    }
    const range = scoreDataset("payments", demoDataset, {
      period: { start: "0001-01-01", end: "9999-12-31" },
    });
    expect(range.ok).toBe(false);
  });

  it("reads the last financial year that holds a date ppie reads", () => {
    const r = scoreDataset("payments", demoDataset, { period: "9998-99" });
    expect(r.ok).toBe(true);
  });
});
