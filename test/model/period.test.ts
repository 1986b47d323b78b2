import { afterAll, describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  financialQuarter,
  financialYear,
  financialYearOf,
  inPeriod,
  isIsoDate,
  parsePeriod,
  previousPeriod,
} from "../../src/model/period.js";

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
