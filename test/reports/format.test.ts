import { describe, expect, it } from "vitest";
import {
  cell,
  formatChange,
  formatCount,
  formatDate,
  formatHours,
  formatList,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatProportion,
  humanize,
  NO_DATA,
  plural,
} from "../../src/reports/format.js";

describe("report display helpers", () => {
  it("writes numbers with thousands separators, rounding half away from zero", () => {
    expect(formatNumber(1234.5)).toBe("1,235");
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(0.918, 2)).toBe("0.92");
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatNumber(-2.5)).toBe("-3");
    expect(formatNumber(-0.04, 1)).toBe("0.0");
    expect(formatNumber(Number.NaN)).toBe(NO_DATA);
    expect(formatNumber(null)).toBe(NO_DATA);
    expect(formatCount(1250)).toBe("1,250");
  });

  it("writes percentages and proportions (FFT vector 7: 93.9%)", () => {
    expect(formatPercent((100 * 201) / 214)).toBe("93.9%");
    expect(formatProportion(0.9393)).toBe("93.9%");
    expect(formatPercent(50, 0)).toBe("50%");
    expect(formatPercent(undefined)).toBe(NO_DATA);
  });

  it("writes money from pence", () => {
    expect(formatMoney(125000)).toBe("£1,250.00");
    expect(formatMoney(2750)).toBe("£27.50");
    expect(formatMoney(49500, "EUR")).toBe("€495.00");
    expect(formatMoney(100, "CHF")).toBe("1.00 CHF");
    expect(formatMoney(-150)).toBe("-£1.50");
  });

  it("writes hours, dates, months and periods", () => {
    expect(formatHours(750)).toBe("12.5 hours");
    expect(formatHours(60)).toBe("1 hour");
    expect(formatDate("2026-04-01")).toBe("1 April 2026");
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatMonth("2025-04")).toBe("Apr 2025");
    expect(formatPeriod({ start: "2025-04-01", end: "2026-03-31" })).toBe(
      "1 April 2025 to 31 March 2026",
    );
  });

  it("writes changes, lists, plurals and ids as words", () => {
    expect(formatChange(3)).toBe("+3");
    expect(formatChange(-1.5, 1, " points")).toBe("-1.5 points");
    expect(formatChange(0.01, 1)).toBe("no change");
    expect(formatList([])).toBe("none");
    expect(formatList(["a"])).toBe("a");
    expect(formatList(["aims", "methods", "reflections"])).toBe("aims, methods and reflections");
    expect(plural(1, "activity", "activities")).toBe("1 activity");
    expect(plural(3, "activity", "activities")).toBe("3 activities");
    expect(humanize("outcome-measures")).toBe("Outcome measures");
  });

  it("makes cells without undefined fields and never NaN", () => {
    expect(cell("93.9%", 93.93)).toEqual({ text: "93.9%", value: 93.93 });
    expect(cell("x")).toEqual({ text: "x" });
    expect(cell("fewer than 10", null, "primary")).toEqual({
      text: "fewer than 10",
      value: null,
      suppressed: "primary",
    });
    expect(cell("bad", Number.NaN)).toEqual({ text: "bad", value: null });
  });
});
