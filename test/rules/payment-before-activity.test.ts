import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/before-activity";

describe(CODE, () => {
  it("passes a payment claimed on the day of the activity", () => {
    expect(
      withCode(
        dataset((d) => {
          at(d.payments, 0).claimedDate = "2025-03-01";
        }),
        CODE,
      ),
    ).toEqual([]);
  });
  it("flags a payment claimed before the activity", () => {
    const ds = dataset((d) => {
      at(d.payments, 0).claimedDate = "2025-02-20";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["payments", 0, "claimedDate"],
        message: "Payment pay-1 is dated 2025-02-20, before activity a-1 took place (2025-03-01).",
        hint: "Check the payment's dates and which activity it pays for.",
      },
    ]);
  });
  it("flags a payment for an event paid before the event", () => {
    const ds = dataset((d) => {
      d.events = [
        { id: "e-1", organisationId: "org-1", title: "Talk", kind: "talk", date: "2025-06-01" },
      ];
      d.payments = [
        {
          id: "pay-9",
          contributorId: "c-1",
          eventId: "e-1",
          kind: "expenses",
          amount: { pence: 500, currency: "GBP" },
          status: "paid",
          paidDate: "2025-05-01",
        },
      ];
    });
    expect(withCode(ds, CODE).map((x) => x.path)).toEqual([["payments", 0, "paidDate"]]);
  });
});
