import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/declined-but-paid";

describe(CODE, () => {
  it("passes a declined fee kept as declined, and expenses paid to someone who declined the fee", () => {
    const ds = dataset((d) =>
      d.payments?.push({
        id: "pay-3",
        contributorId: "c-2",
        activityId: "a-1",
        kind: "expenses",
        amount: { pence: 820, currency: "GBP" },
        status: "paid",
        paidDate: "2025-03-09",
      }),
    );
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags a fee paid to someone the activity records as declining", () => {
    const ds = dataset((d) => {
      const p = at(d.payments, 1);
      p.status = "paid";
      p.amount = { pence: 2500, currency: "GBP" };
      p.paidDate = "2025-03-10";
      delete p.declinedDate;
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["payments", 1, "status"],
        message:
          'Activity a-1 records that contributor c-2 declined payment, but fee pay-2 for it is "paid".',
        hint: "If they changed their mind, set the activity's payment status to offered; otherwise stop or recover the payment and mark it declined.",
      },
    ]);
  });
});
