import { describe, expect, it } from "vitest";
import { NIHR_PAYMENT_RATES } from "../../src/frameworks/payment-rates.js";
import { activityDays, feeDue, rateInForce } from "../../src/derive/rates.js";
import { dataset } from "../rules/fixture.js";

describe("rateInForce", () => {
  it("prefers the dataset's rates, then the bundled table, taking the row in force on the date", () => {
    const ds = dataset();
    expect(
      rateInForce(ds, { scheme: "local", activityCode: "HOURLY", date: "2025-03-01" })?.origin,
    ).toBe("dataset");
    expect(
      rateInForce(ds, { scheme: "local", activityCode: "HOURLY", date: "2024-03-31" }),
    ).toBeUndefined();
    expect(
      rateInForce(ds, { scheme: "NIHR-research", activityCode: "HOURLY", date: "2025-12-16" })
        ?.pence,
    ).toBe(2750);
    expect(
      rateInForce(ds, { scheme: "NIHR-research", activityCode: "HOURLY", date: "2025-12-15" })
        ?.pence,
    ).toBe(2500);
  });

  it("looks up by code alone when no scheme is named, and takes a caller's fallback table", () => {
    const ds = { ...dataset(), paymentRates: [] };
    expect(rateInForce(ds, { activityCode: "HOURLY", date: "2025-12-16" })?.origin).toBe("bundled");
    expect(rateInForce(ds, { activityCode: "HOURLY", date: "2025-12-16" }, [])).toBeUndefined();
    expect(
      rateInForce(ds, { activityCode: "HOURLY", date: "2025-12-16" }, NIHR_PAYMENT_RATES)?.pence,
    ).toBe(2750);
  });
});

describe("feeDue", () => {
  it("prices hours by the minute, days by the calendar days of the activity, tasks once", () => {
    expect(feeDue({ unit: "hour", pence: 2500 }, { minutes: 90, days: 1 })).toEqual({
      pence: 3750,
      units: 1.5,
    });
    expect(feeDue({ unit: "hour", pence: 2500 }, { minutes: 50, days: 1 }, 15).pence).toBe(2500);
    expect(feeDue({ unit: "day", pence: 20000 }, { minutes: 400, days: 1 })).toEqual({
      pence: 20000,
      units: 1,
    });
    expect(feeDue({ unit: "day", pence: 20000 }, { minutes: 900, days: 2 }).pence).toBe(40000);
    expect(feeDue({ unit: "half-day", pence: 7500 }, { minutes: 0, days: 1 }).pence).toBe(7500);
    expect(feeDue({ unit: "task", pence: 5000 }, { minutes: 0, days: 3 }).pence).toBe(5000);
  });

  it("counts the days an activity spans", () => {
    expect(activityDays({ startDate: "2025-06-01" })).toBe(1);
    expect(activityDays({ startDate: "2025-06-01", endDate: "2025-06-01" })).toBe(1);
    expect(activityDays({ startDate: "2025-06-30", endDate: "2025-07-01" })).toBe(2);
  });
});
