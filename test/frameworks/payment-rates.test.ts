import { describe, expect, it } from "vitest";
import type { PaymentRate } from "../../src/frameworks/index.js";
import {
  applyUplift,
  NIHR_PAYMENT_RATES,
  NIHR_RATE_RANGES,
  NIHR_UPLIFT_2025,
  rateInForce,
} from "../../src/frameworks/index.js";

describe("NIHR uplift and ranges", () => {
  it("uplift factor 1.10 effective 2025-12-16, known only from trade press (not verified)", () => {
    expect(NIHR_UPLIFT_2025.factor).toBe(1.1);
    expect(NIHR_UPLIFT_2025.effectiveFrom).toBe("2025-12-16");
    expect(NIHR_UPLIFT_2025.verified).toBe(false);
  });
  it("post-uplift range min £13.80, max £495, as reported (not verified)", () => {
    const post = rateRangeOn("2025-12-16");
    expect(post).toMatchObject({ minPence: 1380, maxPence: 49500, verified: false });
  });
  it("pre-uplift range £12.50-£450 is not verified and ends the day before the uplift", () => {
    const pre = rateRangeOn("2025-12-15");
    expect(pre).toMatchObject({ minPence: 1250, maxPence: 45000, verified: false });
  });
  it("the uplifted pre-uplift range, rounded up to 10p, gives the published range", () => {
    const pre = rateRangeOn("2025-12-15");
    const post = rateRangeOn("2025-12-16");
    if (pre === undefined || post === undefined) throw new Error("missing range");
    const upTo10p = { mode: "up", step: 10 } as const;
    expect(applyUplift(pre.minPence, NIHR_UPLIFT_2025.factor, upTo10p)).toBe(post.minPence);
    expect(applyUplift(pre.maxPence, NIHR_UPLIFT_2025.factor, upTo10p)).toBe(post.maxPence);
  });
});

function rateRangeOn(date: string) {
  return NIHR_RATE_RANGES.find(
    (r) => r.effectiveFrom <= date && (!("effectiveTo" in r) || r.effectiveTo >= date),
  );
}

describe("applyUplift", () => {
  it("£450 x 1.1 -> £495.00; £25 x 1.1 -> £27.50", () => {
    expect(applyUplift(45000, 1.1)).toBe(49500);
    expect(applyUplift(2500, 1.1)).toBe(2750);
  });
  it("rounds to the nearest penny, halves up, by default", () => {
    expect(applyUplift(1255, 1.1)).toBe(1381); // 1380.5 -> 1381
    expect(applyUplift(1, 1.1)).toBe(1); // 1.1 -> 1
    expect(applyUplift(5, 1.1)).toBe(6); // 5.5 -> 6
    expect(applyUplift(0, 1.1)).toBe(0);
  });
  it("supports rounding up or down to a step", () => {
    expect(applyUplift(1250, 1.1, { mode: "up", step: 10 })).toBe(1380);
    expect(applyUplift(1250, 1.1, { mode: "down", step: 10 })).toBe(1370);
    expect(applyUplift(45000, 1.1, { mode: "up", step: 10 })).toBe(49500);
  });
  it("throws RangeError on programmer errors", () => {
    expect(() => applyUplift(10.5, 1.1)).toThrow(RangeError);
    expect(() => applyUplift(-1, 1.1)).toThrow(RangeError);
    expect(() => applyUplift(100, Number.NaN)).toThrow(RangeError);
    expect(() => applyUplift(100, 1.1, { mode: "up", step: 0 })).toThrow(RangeError);
  });
});

describe("NIHR_PAYMENT_RATES", () => {
  it("flags every unverified rate as verified: false", () => {
    const byAmount = (p: number) => NIHR_PAYMENT_RATES.filter((r) => r.pence === p);
    for (const pence of [2500, 2750, 1250, 15000, 7500]) {
      expect(byAmount(pence).length).toBeGreaterThan(0);
      for (const r of byAmount(pence)) expect(r.verified).toBe(false);
    }
  });
  it("stores integer pence and ISO dates with from <= to", () => {
    for (const r of NIHR_PAYMENT_RATES as readonly PaymentRate[]) {
      expect(Number.isInteger(r.pence)).toBe(true);
      expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.effectiveTo !== undefined) expect(r.effectiveTo >= r.effectiveFrom).toBe(true);
    }
  });
  it("£27.50 is £25 uplifted", () => {
    expect(applyUplift(2500, NIHR_UPLIFT_2025.factor)).toBe(2750);
  });
});

describe("rateInForce at boundary dates", () => {
  const hourly = (date: string) =>
    rateInForce(NIHR_PAYMENT_RATES, { activityCode: "HOURLY", date })?.pence;
  it("uses the old rate up to and including 2025-12-15 and the new from 2025-12-16", () => {
    expect(hourly("2022-08-30")).toBeUndefined();
    expect(hourly("2022-08-31")).toBe(2500);
    expect(hourly("2025-12-15")).toBe(2500);
    expect(hourly("2025-12-16")).toBe(2750);
    expect(hourly("2030-01-01")).toBe(2750);
  });
  it("treats effectiveTo as inclusive for closed rates", () => {
    const halfHour = (date: string) =>
      rateInForce(NIHR_PAYMENT_RATES, { activityCode: "HALF_HOUR", date })?.pence;
    expect(halfHour("2022-08-30")).toBeUndefined();
    expect(halfHour("2022-08-31")).toBe(1250);
    expect(halfHour("2025-12-15")).toBe(1250);
    expect(halfHour("2025-12-16")).toBeUndefined();
  });
  it("finds NHS England's PPV partner day rate only by its own code, from the policy's version 3", () => {
    const ppvDay = (date: string) =>
      rateInForce(NIHR_PAYMENT_RATES, { activityCode: "NHSE_PPV_DAY", date })?.pence;
    expect(ppvDay("2021-10-19")).toBeUndefined();
    expect(ppvDay("2021-10-20")).toBe(15000);
    expect(ppvDay("2030-01-01")).toBe(15000);
    expect(
      rateInForce(NIHR_PAYMENT_RATES, { activityCode: "DAY", date: "2015-01-01" }),
    ).toBeUndefined();
  });
  it("filters by scheme and activity code", () => {
    expect(
      rateInForce(NIHR_PAYMENT_RATES, {
        scheme: "HRA",
        activityCode: "HOURLY",
        date: "2026-01-01",
      }),
    ).toBeUndefined();
    expect(
      rateInForce(NIHR_PAYMENT_RATES, {
        scheme: "NIHR-research",
        activityCode: "HOURLY",
        date: "2026-01-01",
      })?.pence,
    ).toBe(2750);
    expect(
      rateInForce(NIHR_PAYMENT_RATES, { activityCode: "NOPE", date: "2026-01-01" }),
    ).toBeUndefined();
  });
  it("prefers the latest effectiveFrom when periods overlap", () => {
    const table: PaymentRate[] = [
      {
        scheme: "local",
        activityCode: "HOURLY",
        unit: "hour",
        pence: 2000,
        effectiveFrom: "2024-01-01",
        sourceVersion: "v1",
        verified: true,
      },
      {
        scheme: "local",
        activityCode: "HOURLY",
        unit: "hour",
        pence: 2200,
        effectiveFrom: "2025-04-01",
        sourceVersion: "v2",
        verified: true,
      },
    ];
    expect(rateInForce(table, { activityCode: "HOURLY", date: "2025-03-31" })?.pence).toBe(2000);
    expect(rateInForce(table, { activityCode: "HOURLY", date: "2025-04-01" })?.pence).toBe(2200);
  });
  it("returns undefined for dates that are not YYYY-MM-DD", () => {
    expect(hourly("16/12/2025")).toBeUndefined();
    expect(hourly("2025-12-16T10:00:00Z")).toBeUndefined();
    expect(hourly("")).toBeUndefined();
  });
});
