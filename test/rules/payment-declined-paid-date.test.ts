import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/declined-paid-date";

describe(CODE, () => {
  it("passes a declined payment with only a declined date", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a declined payment with a paid date", () => {
    const ds = dataset((d) => {
      at(d.payments, 1).paidDate = "2025-03-05";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["payments", 1, "paidDate"],
        message: "Payment pay-2 is marked declined but has a paid date (2025-03-05).",
        hint: "Remove the paid date (record declinedDate instead), or set the status to paid if it was paid.",
      },
    ]);
  });
});
