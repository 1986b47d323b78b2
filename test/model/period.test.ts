import { afterAll, describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  financialQuarter,
  financialYear,
  financialYearOf,
  inPeriod,
  isCalendarDate,
  isIsoDate,
  MAX_DATE,
  MIN_DATE,
  parsePeriod,
  previousPeriod,
} from "../../src/model/period.js";
import {
  dateOfDayNumber,
  dayNumber,
  FIRST_DAY_NUMBER,
  LAST_DAY_NUMBER,
} from "../../src/model/day-number.js";

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function run() {
  return {
    fy: financialYear("2025-26"),
    fyOf: [
      financialYearOf("2025-03-31"),
      financialYearOf("2025-04-01"),
      financialYearOf("2026-01-15"),
    ],
    q: [financialQuarter("2025-26-Q1"), financialQuarter("2025-26-Q4")],
    prev: [
      previousPeriod({ start: "2025-04-01", end: "2026-03-31" }),
      previousPeriod({ start: "2026-01-01", end: "2026-03-31" }),
      previousPeriod({ start: "2025-03-10", end: "2025-03-19" }),
    ],
    // Across the UK, Brazil and New Zealand clock changes.
    days: [
      daysBetween("2025-03-29", "2025-03-31"),
      daysBetween("2025-10-25", "2025-10-27"),
      daysBetween("2024-04-06", "2024-04-08"),
    ],
    add: [
      addDays("2024-02-28", 1),
      addDays("2025-03-30", 1),
      addDays("2025-10-26", -1),
      addDays("2024-12-31", 1),
    ],
    iso: [
      isIsoDate("2024-02-29"),
      isIsoDate("2023-02-29"),
      isIsoDate("2025-04-31"),
      isIsoDate("2025-4-01"),
    ],
  };
}

describe("periods", () => {
  it("names UK financial years and quarters", () => {
    expect(financialYear("2025-26")).toEqual({ start: "2025-04-01", end: "2026-03-31" });
    expect(financialYear("2025-27")).toBeUndefined();
    expect(financialYear("25-26")).toBeUndefined();
    expect(financialYearOf("2025-03-31")).toBe("2024-25");
    expect(financialYearOf("2025-04-01")).toBe("2025-26");
    expect(financialYearOf("1999-06-01")).toBe("1999-00");
    // years before 1000 keep four digits, as in an ISO date; 9999-00 would end in year 10000
    expect(financialYearOf("0999-06-01")).toBe("0999-00");
    expect(financialYear("0999-00")).toEqual({ start: "0999-04-01", end: "1000-03-31" });
    expect(financialYear("9999-00")).toBeUndefined();
    expect(financialQuarter("2025-26-Q2")).toEqual({ start: "2025-07-01", end: "2025-09-30" });
    expect(financialQuarter("2025-26-Q5")).toBeUndefined();
  });

  it("reads period labels", () => {
    expect(parsePeriod("2025-26")).toEqual({ start: "2025-04-01", end: "2026-03-31" });
    expect(parsePeriod("2025-26-Q3")).toEqual({ start: "2025-10-01", end: "2025-12-31" });
    expect(parsePeriod("2024")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(parsePeriod("2025-01-01..2025-06-30")).toEqual({
      start: "2025-01-01",
      end: "2025-06-30",
    });
    expect(parsePeriod("2025-06-30..2025-01-01")).toBeUndefined();
    expect(parsePeriod("last year")).toBeUndefined();
  });

  it("includes both ends of a period", () => {
    const fy = { start: "2025-04-01", end: "2026-03-31" };
    expect(inPeriod("2025-04-01", fy)).toBe(true);
    expect(inPeriod("2026-03-31", fy)).toBe(true);
    expect(inPeriod("2026-04-01", fy)).toBe(false);
  });

  it("steps back to the previous period", () => {
    expect(previousPeriod({ start: "2025-04-01", end: "2026-03-31" })).toEqual({
      start: "2024-04-01",
      end: "2025-03-31",
    });
    expect(previousPeriod({ start: "2026-01-01", end: "2026-03-31" })).toEqual({
      start: "2025-10-01",
      end: "2025-12-31",
    });
    expect(previousPeriod({ start: "2025-03-10", end: "2025-03-19" })).toEqual({
      start: "2025-02-28",
      end: "2025-03-09",
    });
  });

  it("gives the same answers in every time zone", () => {
    const results = [
      "UTC",
      "Europe/London",
      "Pacific/Auckland",
      "America/Sao_Paulo",
      "Asia/Kolkata",
    ].map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify(run());
    });
    for (const r of results) expect(r).toBe(results[0]);
    const first = JSON.parse(results[0] as string);
    expect(first.days).toEqual([2, 2, 2]);
    expect(first.add).toEqual(["2024-02-29", "2025-03-31", "2025-10-25", "2025-01-01"]);
    expect(first.iso).toEqual([true, false, false, false]);
  });
});

describe("isIsoDate", () => {
  it("agrees with the UTC calendar on every day of 1999 to 2101, and on days that do not exist", () => {
    let checked = 0;
    for (let y = 1999; y <= 2101; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const utc = new Date(Date.UTC(y, m - 1, d));
          const real = d >= 1 && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
          expect(isIsoDate(s)).toBe(real);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(103 * 12 * 33);
    expect(["2025-00-10", "2025-13-01", "2100-02-29", "2000-02-29"].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it("never asks the local time zone (30 December 2011 did not happen in Samoa's clocks)", () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Apia";
      expect(isIsoDate("2011-12-30")).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe("the dates ppie reads: 1900-01-01 to 9998-12-31", () => {
  it("reads dates in the range only", () => {
    expect(MIN_DATE).toBe("1900-01-01");
    expect(MAX_DATE).toBe("9998-12-31");
    expect(
      ["1900-01-01", "9998-12-31", "1899-12-31", "9999-12-31", "0001-01-01", "0000-01-01"].map(
        isIsoDate,
      ),
    ).toEqual([true, true, false, false, false, false]);
  });

  it("names financial years with four-digit years only (never 10000)", () => {
    expect(financialYear("9998-99")).toEqual({ start: "9998-04-01", end: "9999-03-31" });
    expect(financialYear("9999-00")).toBeUndefined();
    expect(financialYearOf(MAX_DATE)).toBe("9998-99");
    expect(financialYearOf(MIN_DATE)).toBe("1899-00");
    expect(financialQuarter("9998-99-Q4")).toEqual({ start: "9999-01-01", end: "9999-03-31" });
    expect(financialQuarter("9999-00-Q1")).toBeUndefined();
  });

  it("reads a period label only when the period holds a date ppie reads", () => {
    expect(parsePeriod("9998")).toEqual({ start: "9998-01-01", end: "9998-12-31" });
    expect(parsePeriod("9998-99")).toEqual({ start: "9998-04-01", end: "9999-03-31" });
    expect(parsePeriod("1899-00")).toEqual({ start: "1899-04-01", end: "1900-03-31" });
    for (const label of [
      "9999",
      "FY9999",
      "9999-00",
      "1899",
      "0000",
      "0001",
      "0001-02",
      "0000-01-01..2025-01-01",
      "2025-01-01..9999-12-31",
      "9998-12-31..9999-01-01",
    ]) {
      expect(parsePeriod(label), label).toBeUndefined();
    }
  });

  it("never writes a date without a four-digit year", () => {
    expect(addDays("9999-12-31", 1)).toBe("9999-12-31");
    expect(addDays("0000-01-01", -1)).toBe("0000-01-01");
    expect(addDays("2025-01-01", 1e9)).toBe("9999-12-31");
    expect(addDays("2025-01-01", -1e9)).toBe("0000-01-01");
    expect(previousPeriod({ start: "0001-01-01", end: "0001-12-31" })).toEqual({
      start: "0000-01-01",
      end: "0000-12-31",
    });
    expect(previousPeriod({ start: "1900-01-01", end: "9998-12-31" })).toEqual({
      start: "0000-01-01",
      end: "1899-12-31",
    });
    expect(previousPeriod({ start: "1900-01-05", end: "9998-12-31" }).start).toBe("0000-01-01");
  });

  it("day numbers and dates convert both ways on every day from 1899 to 2101, and across the range", () => {
    expect(dayNumber("0000-01-01")).toBe(FIRST_DAY_NUMBER);
    expect(dayNumber("9999-12-31")).toBe(LAST_DAY_NUMBER);
    for (let n = dayNumber("1899-01-01"); n <= dayNumber("2101-12-31"); n++) {
      const iso = dateOfDayNumber(n);
      expect(dayNumber(iso)).toBe(n);
      expect(isCalendarDate(iso)).toBe(true);
    }
    for (let n = FIRST_DAY_NUMBER; n <= LAST_DAY_NUMBER; n += 997) {
      expect(dayNumber(dateOfDayNumber(n))).toBe(n);
    }
    expect(dateOfDayNumber(0)).toBe("1970-01-01");
    expect(dateOfDayNumber(dayNumber("2000-02-29") + 1)).toBe("2000-03-01");
  });
});
