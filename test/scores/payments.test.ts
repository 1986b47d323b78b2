import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { Payment } from "../../src/model/payment.js";
import { checkDataset } from "../../src/rules/index.js";
import { payments } from "../../src/scores/payments.js";
import { activity, emptyDataset } from "./dataset-fixture.js";

const gbp = (pence: number) => ({ pence, currency: "GBP" });
const pay = (
  id: string,
  extra: Partial<Payment> & Pick<Payment, "contributorId" | "status">,
): Payment => ({
  id,
  kind: "fee",
  amount: gbp(0),
  ...extra,
});

function small(): Dataset {
  return {
    ...emptyDataset(),
    paymentRates: [
      {
        scheme: "local",
        activityCode: "HOURLY",
        unit: "hour",
        pence: 2500,
        effectiveFrom: "2022-04-01",
        effectiveTo: "2025-12-15",
        sourceVersion: "Local policy v1",
        verified: true,
      },
      {
        scheme: "local",
        activityCode: "HOURLY",
        unit: "hour",
        pence: 2750,
        effectiveFrom: "2025-12-16",
        sourceVersion: "Local policy v2",
        verified: true,
      },
    ],
    activities: [
      activity("a1", "2025-05-01", {
        contributors: [
          { contributorId: "c1", minutes: 90, payment: { status: "offered", rateCode: "HOURLY" } },
        ],
      }),
      activity("a2", "2025-12-16", {
        contributors: [
          { contributorId: "c2", minutes: 60, payment: { status: "offered", rateCode: "HOURLY" } },
        ],
      }),
      activity("a3", "2025-06-01", {
        contributors: [
          { contributorId: "c3", minutes: 120, payment: { status: "declined" } },
          { contributorId: "c1", minutes: 60, payment: { status: "offered", rateCode: "DAY" } },
          {
            contributorId: "c4",
            minutes: 60,
            payment: { status: "offered", rateCode: "HALF_HOUR" },
          },
        ],
      }),
      activity("a4", "2024-05-01", {
        contributors: [
          { contributorId: "c1", minutes: 60, payment: { status: "offered", rateCode: "HOURLY" } },
        ],
      }),
    ],
    payments: [
      pay("p1", {
        contributorId: "c1",
        activityId: "a1",
        status: "paid",
        amount: gbp(3750),
        claimedDate: "2025-05-01",
        paidDate: "2025-05-21",
      }),
      pay("p2", {
        contributorId: "c1",
        activityId: "a1",
        kind: "expenses",
        status: "paid",
        amount: gbp(500),
        claimedDate: "2025-05-01",
        paidDate: "2025-05-21",
      }),
      pay("p3", {
        contributorId: "c2",
        activityId: "a2",
        status: "claimed",
        amount: gbp(2750),
        claimedDate: "2025-12-20",
      }),
      pay("p4", {
        contributorId: "c3",
        activityId: "a3",
        status: "declined",
        declinedDate: "2025-06-02",
      }),
      pay("p5", {
        contributorId: "c4",
        activityId: "a3",
        status: "paid",
        amount: gbp(1250),
        claimedDate: "2025-06-01",
        paidDate: "2025-07-16",
      }),
      pay("p6", {
        contributorId: "c1",
        activityId: "a4",
        status: "paid",
        amount: gbp(1000),
        claimedDate: "2024-05-02",
        paidDate: "2025-04-10",
      }),
    ],
    budgets: [
      {
        id: "b1",
        organisationId: "o",
        category: "payments",
        period: { start: "2025-04-01", end: "2026-03-31" },
        amount: gbp(1_000_000),
      },
      {
        id: "b2",
        organisationId: "o",
        category: "expenses",
        period: { start: "2025-01-01", end: "2025-12-31" },
        amount: gbp(365_000),
      },
      {
        id: "b3",
        organisationId: "o",
        category: "training",
        period: { start: "2025-04-01", end: "2026-03-31" },
        amount: gbp(999_999),
      },
    ],
  };
}

describe("payments", () => {
  it("worked example: 90 minutes at £25/hour -> due 3750p, paid after 20 days (within 30)", () => {
    const s = payments(small(), { period: "2025-26" });
    const c = s.components;
    expect(s.unit).toBe("pence");
    expect(s.value).toBe(5000);
    expect(c.activities).toBe(3);
    expect(c.contributions).toBe(5);
    expect(c.minutes).toBe(390);
    expect(c.offers).toEqual({ offered: 4, declined: 1, notOffered: 0, notApplicable: 0 });
    // 3750 (a1) + 2750 (a2, uplifted rate in force on the activity date) + 1250 (bundled HALF_HOUR task)
    expect(c.duePence).toBe(7750);
    expect(c.priced).toBe(3);
    expect(c.unpriced).toBe(1);
    expect(c.paidPence).toBe(5000);
    expect(c.expensesPaidPence).toBe(500);
    expect(c.declined).toEqual({ payments: 1, pence: 0 });
    expect(c.outstandingPence).toBe(2750);
    expect(c.claimedUnpaidPence).toBe(2750);
    // fee and expenses of a1 after 20 days each, a3's fee after 45 days
    expect(c.daysToPay).toMatchObject({
      n: 3,
      median: 20,
      slowest: 45,
      targetDays: 30,
      withinTarget: 2,
      unpaidClaims: 1,
    });
    expect(c.daysToPay.withinTargetShare).toBeCloseTo(200 / 3, 12);
    expect(c.budget.lines).toBe(2);
    expect(c.budget.budgetPence).toBe(1_000_000 + 275_000);
    expect(c.budget.spendPence).toBe(3750 + 500 + 1250 + 1000);
    expect(c.budget.spendShare).toBeCloseTo((100 * 6500) / 1_275_000, 12);
    expect(c.ratesUsed.map((r) => [r.from, r.activityCode, r.pence, r.contributions])).toEqual([
      ["dataset", "HOURLY", 2500, 1],
      ["dataset", "HOURLY", 2750, 1],
      ["bundled", "HALF_HOUR", 1250, 1],
    ]);
    for (const k of ["duePence", "paidPence", "outstandingPence", "expensesPaidPence"] as const)
      expect(Number.isInteger(c[k])).toBe(true);
    expect(s.diagnostics.map((d) => d.code)).toEqual([
      "payments/unverified-rate",
      "payments/no-rate-in-force",
    ]);
    expect(s.diagnostics[1]!.path).toEqual([
      "activities",
      2,
      "contributors",
      1,
      "payment",
      "rateCode",
    ]);
  });

  it("target days are an option", () => {
    const s = payments(small(), { period: "2025-26", targetDays: 45 });
    expect(s.components.daysToPay.withinTargetShare).toBe(100);
  });

  it("minutes can be rounded up before pricing an hourly rate", () => {
    const s = payments(small(), { period: "2025-26", roundMinutesTo: 60 });
    // a1: 90 -> 120 minutes at £25 = 5000
    expect(s.components.duePence).toBe(5000 + 2750 + 1250);
    expect(s.components.outstandingPence).toBe(1250 + 2750);
  });

  it("budget lines are pro-rated to a quarter", () => {
    const s = payments(small(), { period: "2025-26-Q1" });
    // payments line: 91 of 365 days; expenses line: 91 of 365 days
    expect(s.components.budget.budgetPence).toBe(
      Math.round((1_000_000 * 91) / 365) + Math.round((365_000 * 91) / 365),
    );
  });

  it("amounts in another currency are left out", () => {
    const ds = small();
    ds.payments.push(
      pay("p7", {
        contributorId: "c1",
        activityId: "a1",
        status: "paid",
        amount: { pence: 999, currency: "EUR" },
      }),
    );
    const s = payments(ds, { period: "2025-26" });
    expect(s.value).toBe(5000);
    expect(s.diagnostics.map((d) => d.code)).toContain("payments/other-currency");
  });

  it("offered with no rate code: unpriced, recorded unpaid fees stay outstanding", () => {
    const ds: Dataset = {
      ...emptyDataset(),
      activities: [
        activity("a", "2025-05-01", {
          contributors: [{ contributorId: "c", minutes: 60, payment: { status: "offered" } }],
        }),
      ],
      payments: [
        pay("p", { contributorId: "c", activityId: "a", status: "due", amount: gbp(2000) }),
      ],
    };
    const s = payments(ds, { period: "2025-26" });
    expect(s.components.unpriced).toBe(1);
    expect(s.components.outstandingPence).toBe(2000);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["payments/no-rate-code"]);
  });

  it("unparseable period: value null with a diagnostic", () => {
    const s = payments(small(), { period: "FY26" });
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["payments/invalid-period"]);
  });

  it("demo dataset: fees due match the demo's own payments to the penny where paid", () => {
    const s = payments(demoDataset, { period: "2024-25" });
    const c = s.components;
    expect(c.paidPence + c.outstandingPence).toBeGreaterThanOrEqual(c.duePence - 1);
    expect(c.daysToPay.withinTargetShare as number).toBeGreaterThan(50);
    expect(c.offers.notOffered).toBeGreaterThanOrEqual(1);
  });
});

describe("payments and the payment rules price a fee the same way", () => {
  const dayRate = {
    scheme: "local",
    activityCode: "DAY",
    unit: "day" as const,
    pence: 20_000,
    effectiveFrom: "2025-04-01",
    effectiveTo: "2025-12-31",
    sourceVersion: "Local policy v2",
    verified: true,
  };
  const contributor = {
    contributorId: "c-1",
    role: "member" as const,
    minutes: 3 * 420,
    payment: { status: "offered" as const, rateCode: "DAY" },
  };
  function twoDays(start: string, end: string, paid: number): Dataset {
    return {
      ...emptyDataset(),
      paymentRates: [dayRate],
      activities: [activity("a-1", start, { endDate: end, contributors: [contributor] })],
      payments: [
        pay("pay-1", {
          contributorId: "c-1",
          activityId: "a-1",
          status: "paid",
          amount: gbp(paid),
          rate: { scheme: "local", activityCode: "DAY" },
          claimedDate: end,
          paidDate: end,
        }),
      ],
    };
  }

  it("a day rate is due once for each calendar day of the activity", () => {
    const ds = twoDays("2025-06-10", "2025-06-12", 20_000);
    expect(payments(ds, { period: "2025-26" }).components.duePence).toBe(60_000);
    const offRate = checkDataset(ds).filter((d) => d.code === "payment/off-rate");
    expect(offRate).toHaveLength(1);
    expect(offRate[0]?.message).toContain("£600.00");
  });

  it("a code the dataset prices, but not on that date, is not priced from the bundled table", () => {
    // The dataset's DAY rate ended on 2025-12-31; nothing in force on 2026-01-10.
    const ds = twoDays("2026-01-10", "2026-01-10", 20_000);
    const s = payments(ds, { period: "2025-26" });
    expect(s.components.priced).toBe(0);
    expect(s.diagnostics.map((d) => d.code)).toContain("payments/no-rate-in-force");
    expect(checkDataset(ds).filter((d) => d.code === "payment/off-rate")).toEqual([]);
  });
});

describe("payments never loses pence to floating point", () => {
  const MAX = 100_000_000_000;
  const many = (n: number, pence: number): Dataset => ({
    ...emptyDataset(),
    activities: [activity("a1", "2025-05-01")],
    payments: Array.from({ length: n }, (_, i) =>
      pay(`p${i}`, {
        contributorId: "c1",
        activityId: "a1",
        status: "paid",
        paidDate: "2025-05-02",
        amount: gbp(pence),
      }),
    ),
  });

  it("adds up totals below Number.MAX_SAFE_INTEGER exactly", () => {
    const s = payments(many(90_000, MAX), { period: "2025-26" });
    expect(s.value).toBe(9_000_000_000_000_000);
    expect(s.diagnostics.map((d) => d.code)).not.toContain("payments/total-too-large");
  });

  it("gives no value and an error when a total would pass Number.MAX_SAFE_INTEGER", () => {
    const s = payments(many(90_072, MAX), { period: "2025-26" });
    expect(s.value).toBeNull();
    const d = s.diagnostics.filter((x) => x.code === "payments/total-too-large");
    expect(d.map((x) => [x.severity, x.path])).toEqual([["error", ["payments"]]]);
    expect(d[0]?.message).toContain("paid");
  });

  it("prices an hourly fee at the largest rate exactly", () => {
    const ds: Dataset = {
      ...emptyDataset(),
      paymentRates: [
        {
          scheme: "local",
          activityCode: "HOURLY",
          unit: "hour",
          pence: MAX - 1,
          effectiveFrom: "2022-04-01",
          sourceVersion: "v1",
          verified: true,
        },
      ],
      activities: [
        activity("a1", "2025-05-01", {
          contributors: [
            {
              contributorId: "c1",
              minutes: 100_000,
              payment: { status: "offered", rateCode: "HOURLY" },
            },
          ],
        }),
      ],
    };
    // (10^11 - 1) × 100,000 / 60 = 166,666,666,664,999.9… → 166,666,666,665,000 pence
    expect(payments(ds, { period: "2025-26" }).components.duePence).toBe(166_666_666_665_000);
  });

  it("pro-rates a budget line of the largest amount over a long period exactly", () => {
    const ds: Dataset = {
      ...emptyDataset(),
      budgets: [
        {
          id: "b1",
          organisationId: "o1",
          category: "payments",
          period: { start: "1900-01-01", end: "9998-12-31" },
          amount: gbp(MAX),
        },
      ],
    };
    // 365 of 2,958,099 days: 10^11 × 365 / 2,958,099 = 12,339,005.557… → 12,339,006
    expect(payments(ds, { period: "2025" }).components.budget.budgetPence).toBe(12_339_006);
    // 1,913,528 of 2,014,782 days of 43,375,164,832 pence is 41,195,321,583.49…: the product
    // (about 8.3 × 10^16) is past 2^53, where floating point rounded it to …584
    const line = ds.budgets[0] as Dataset["budgets"][number];
    line.amount = gbp(43_375_164_832);
    line.period = { start: "1900-01-01", end: "7416-04-14" };
    const p = { start: "1900-01-01", end: "7139-01-23" };
    expect(payments(ds, { period: p }).components.budget.budgetPence).toBe(41_195_321_583);
  });
});
