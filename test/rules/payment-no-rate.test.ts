import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/no-rate";

describe(CODE, () => {
  it("passes a payment whose rate is in force", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a payment whose rate was not yet in force on the activity's date", () => {
    const ds = dataset((d) => {
      at(d.paymentRates, 0).effectiveFrom = "2025-03-02";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["payments", 0, "rate"],
        message:
          'Payment pay-1 names the rate local "HOURLY", but no such rate was in force on 2025-03-01 (the date of activity a-1).',
        hint: "Add the rate to the dataset's paymentRates with the dates it applies, or correct the payment's rate.",
      },
    ]);
  });
});
