import { describe, expect, it } from "vitest";
import { MeasureFailed, unwrap } from "../../src/reports/measure.js";
import { diagnostic, fail, ok } from "../../src/result.js";
import { disclosureControl } from "../../src/scores/disclosure.js";

describe("unwrap", () => {
  it("gives the value of a successful result", () => {
    expect(unwrap(ok(42))).toBe(42);
    const t = unwrap(disclosureControl({ rows: [[3, 40]] }, "fft"));
    expect(t.rows[0]?.[0]?.display).toBe("*");
  });

  it("fails the report with the diagnostics of a failed result", () => {
    expect.assertions(3);
    const why = [diagnostic("report/internal-error", "error", [], "Bad.")];
    expect(() => unwrap(fail(why))).toThrow(MeasureFailed);
    try {
      unwrap(disclosureControl({ rows: [[1, -2]] }, "fft"));
    } catch (err) {
      expect(err).toBeInstanceOf(MeasureFailed);
      expect((err as MeasureFailed).diagnostics.map((d) => d.code)).toEqual([
        "disclosure/invalid-count",
      ]);
    }
  });
});
