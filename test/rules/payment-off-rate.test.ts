import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/off-rate";

describe(CODE, () => {
  it("passes a fee at rate × minutes ÷ 60", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("passes a fee within the 50p tolerance", () => {
    expect(
      withCode(
        dataset((d) => {
          at(d.payments, 0).amount = { pence: 2550, currency: "GBP" };
        }),
        CODE,
      ),
    ).toEqual([]);
  });
  it("flags a fee more than the tolerance off the rate", () => {
    const ds = dataset((d) => {
      at(d.payments, 0).amount = { pence: 2551, currency: "GBP" };
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["payments", 0, "amount", "pence"],
        message:
          "Payment pay-1 is £25.51, but 60 minutes at local HOURLY rate in force on 2025-03-01 (£25.00 per hour) comes to £25.00.",
        hint: "Check the minutes and the rate used, or record why this payment differs (e.g. a local flat fee with its own rate code).",
      },
    ]);
  });
  it("uses the percentage tolerance when it is larger", () => {
    const ds = dataset((d) => {
      at(d.payments, 0).amount = { pence: 2700, currency: "GBP" };
    });
    expect(withCode(ds, CODE)).toHaveLength(1);
    expect(
      withCode(ds, CODE, { rules: { [CODE]: { options: { tolerancePercent: 10 } } } }),
    ).toEqual([]);
  });
  it("looks the rate up on the activity's date, not the payment's", () => {
    const ds = dataset((d) => {
      d.paymentRates = [
        {
          scheme: "local",
          activityCode: "HOURLY",
          unit: "hour",
          pence: 2500,
          effectiveFrom: "2024-04-01",
          effectiveTo: "2025-03-05",
          sourceVersion: "old",
          verified: true,
        },
        {
          scheme: "local",
          activityCode: "HOURLY",
          unit: "hour",
          pence: 2750,
          effectiveFrom: "2025-03-06",
          sourceVersion: "new",
          verified: true,
        },
      ];
      at(d.payments, 0).paidDate = "2025-03-10";
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("falls back to the bundled NIHR table for a scheme the dataset does not cover", () => {
    const ds = dataset((d) => {
      const p = at(d.payments, 0);
      p.rate = { scheme: "NIHR-research", activityCode: "HOURLY" };
      p.amount = { pence: 3000, currency: "GBP" };
    });
    expect(withCode(ds, CODE)[0]?.message).toContain(
      "NIHR-research HOURLY rate in force on 2025-03-01 (£25.00 per hour)",
    );
  });
  it("checks a task rate as one unit per contribution, whatever was paid", () => {
    const ds = dataset((d) => {
      d.paymentRates = [
        {
          scheme: "local",
          activityCode: "REVIEW",
          unit: "task",
          pence: 4000,
          effectiveFrom: "2024-01-01",
          sourceVersion: "t",
          verified: true,
        },
      ];
      at(d.payments, 0).rate = { scheme: "local", activityCode: "REVIEW" };
      at(d.payments, 0).amount = { pence: 4000, currency: "GBP" };
    });
    expect(withCode(ds, CODE)).toEqual([]);
    const twice = dataset((d) => {
      d.paymentRates = [
        {
          scheme: "local",
          activityCode: "REVIEW",
          unit: "task",
          pence: 4000,
          effectiveFrom: "2024-01-01",
          sourceVersion: "t",
          verified: true,
        },
      ];
      at(d.payments, 0).rate = { scheme: "local", activityCode: "REVIEW" };
      at(d.payments, 0).amount = { pence: 8000, currency: "GBP" };
    });
    // the fee due never depends on what was paid: £80 for one review at £40 is off-rate
    expect(withCode(twice, CODE).map((d) => d.message)).toEqual([
      expect.stringContaining("1 task at the local REVIEW rate"),
    ]);
    const off = dataset((d) => {
      d.paymentRates = [
        {
          scheme: "local",
          activityCode: "REVIEW",
          unit: "task",
          pence: 4000,
          effectiveFrom: "2024-01-01",
          sourceVersion: "t",
          verified: true,
        },
      ];
      at(d.payments, 0).rate = { scheme: "local", activityCode: "REVIEW" };
      at(d.payments, 0).amount = { pence: 6000, currency: "GBP" };
    });
    expect(withCode(off, CODE)).toHaveLength(1);
  });
  it("rejects an unknown option with a diagnostic and runs with defaults", () => {
    const diags = withCode(dataset(), "check/invalid-option", {
      rules: { [CODE]: { options: { tolerance: 5 } as never } },
    });
    expect(diags.map((d) => d.path)).toEqual([["rules", CODE, "options", "tolerance"]]);
  });
});
