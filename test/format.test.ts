import { describe, expect, it } from "vitest";
import {
  describeError,
  describeValue,
  formatChange,
  formatCount,
  formatDecimal,
  formatHours,
  formatInUnit,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProportion,
  NO_DATA,
} from "../src/format.js";
import { hostileThrowables } from "./hostile-values.js";

describe("number formatting", () => {
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

  it("writes running-text numbers with no trailing zeros", () => {
    expect(formatDecimal(3)).toBe("3");
    expect(formatDecimal(3.04)).toBe("3");
    expect(formatDecimal(3.45)).toBe("3.5");
    expect(formatDecimal(12684.5)).toBe("12,684.5");
    expect(formatDecimal(1000, 2)).toBe("1,000");
    expect(formatDecimal(1.005, 2)).toBe("1.01");
    expect(formatDecimal(0.10000000000000002, 4)).toBe("0.1");
    expect(formatDecimal(-0.04, 1)).toBe("0");
    expect(formatDecimal(-2.5, 0)).toBe("-3");
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe(NO_DATA);
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

  it("writes hours and changes", () => {
    expect(formatHours(750)).toBe("12.5 hours");
    expect(formatHours(60)).toBe("1 hour");
    expect(formatHours(60_000)).toBe("1,000 hours");
    expect(formatChange(3)).toBe("+3");
    expect(formatChange(-1.5, 1, " points")).toBe("-1.5 points");
    expect(formatChange(0.01, 1)).toBe("no change");
  });
});

describe("formatInUnit", () => {
  it("writes a value in its unit, as the strategy measure and report both show it", () => {
    expect(formatInUnit(4_800_000, "pence")).toBe("£48,000.00");
    expect(formatInUnit(1357.5, "hours")).toBe("1,357.5 hours");
    expect(formatInUnit(640, "hours")).toBe("640 hours");
    expect(formatInUnit(86.84, "percent")).toBe("86.8%");
    expect(formatInUnit(1250, "count")).toBe("1,250");
    expect(formatInUnit(213.33, "count")).toBe("213.3");
    expect(formatInUnit(12.25, "days")).toBe("12.3 days");
    expect(formatInUnit(70, "score")).toBe("70.0");
    expect(formatInUnit(null, "score")).toBe(NO_DATA);
  });
});

describe("describing values and thrown values", () => {
  const {
    "a null-prototype object": nullProto,
    "a Proxy whose getPrototypeOf throws": noProto,
    "a revoked Proxy": revoked,
    "an Error whose message getter throws": badMessage,
  } = hostileThrowables();

  it("never throws, whatever is thrown", () => {
    expect(describeError(new Error("boom"))).toBe("boom");
    expect(describeError(nullProto)).toBe("an object was thrown");
    expect(describeError(noProto)).toBe("an object was thrown");
    expect(describeError(revoked)).toBe("an object was thrown");
    expect(describeError(badMessage)).toBe("an object was thrown");
    expect(describeError("text")).toBe('"text" was thrown');
    expect(describeError(Symbol("s"))).toBe("a symbol was thrown");
    expect(describeError(undefined)).toBe("missing was thrown");
  });

  it("describes a revoked Proxy without throwing, and cuts long text", () => {
    expect(describeValue(revoked)).toBe("an object");
    expect(describeValue("x".repeat(100))).toBe(`"${"x".repeat(60)}…"`);
    expect(describeValue(`${"x".repeat(59)}😀`)).toBe(`"${"x".repeat(59)}…"`);
  });
});
