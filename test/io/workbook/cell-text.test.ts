import { describe, expect, it } from "vitest";
import {
  isDateFormat,
  isoDateText,
  numberText,
  serialDate,
} from "../../../src/io/workbook/cell-text.js";

describe("numberText", () => {
  it("writes numbers without float noise, as a spreadsheet shows them", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(1.1 * 3)).toBe("3.3");
    expect(numberText(120)).toBe("120");
    expect(numberText(-0)).toBe("0");
    expect(numberText(-12.5)).toBe("-12.5");
    expect(numberText(1e21)).toBe("1000000000000000000000");
    expect(numberText(1e-7)).toBe("0.0000001");
    // too small to write out: the exponent form, never 0
    expect(numberText(5e-324)).toBe("5e-324");
    expect(numberText(1.5e-25)).toBe("1.5e-25");
  });
});

describe("serialDate", () => {
  it("turns 1900-system serial numbers into dates, Excel's 29 February 1900 included", () => {
    expect(serialDate(1, false)).toBe("1900-01-01");
    expect(serialDate(59, false)).toBe("1900-02-28");
    // Excel (like Lotus 1-2-3) counts a 29 February 1900 that never was: the dataset check says so
    expect(serialDate(60, false)).toBe("1900-02-29");
    expect(serialDate(61, false)).toBe("1900-03-01");
    expect(serialDate(45658, false)).toBe("2025-01-01");
    expect(serialDate(45748, false)).toBe("2025-04-01");
  });
  it("reads the 1904 date system and keeps a time of day", () => {
    expect(serialDate(0, true)).toBe("1904-01-01");
    expect(serialDate(44196, true)).toBe("2025-01-01");
    expect(serialDate(45658.5, false)).toBe("2025-01-01T12:00:00");
  });
});

describe("isoDateText", () => {
  it("drops a midnight time from an ODF date value", () => {
    expect(isoDateText("2025-03-04T00:00:00")).toBe("2025-03-04");
    expect(isoDateText("2025-03-04")).toBe("2025-03-04");
    expect(isoDateText("2025-03-04T10:30:00")).toBe("2025-03-04T10:30:00");
  });
});

describe("isDateFormat", () => {
  it("knows built-in and custom date formats, and not numbers or text in quotes", () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(164, "yyyy-mm-dd")).toBe(true);
    expect(isDateFormat(165, "[$-809]dd/mm/yyyy")).toBe(true);
    expect(isDateFormat(0, "General")).toBe(false);
    expect(isDateFormat(166, '0.0"%"')).toBe(false);
    expect(isDateFormat(167, '"days: "0')).toBe(false);
    expect(isDateFormat(168, "#,##0.00")).toBe(false);
  });
});
