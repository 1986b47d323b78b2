import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/decline-not-recorded";

describe(CODE, () => {
  it("passes a declined fee whose activity records the decline", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a declined fee whose activity says the payment was offered", () => {
    const ds = dataset((d) => {
      at(at(d.activities, 0).contributors, 1).payment = { status: "offered" };
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["payments", 1, "status"],
        message:
          'Fee pay-2 is marked declined, but activity a-1 records contributor c-2\'s payment as "offered".',
        hint: 'Set the contributor\'s payment status on the activity to "declined" so the decline is kept.',
      },
    ]);
  });
  it("flags a declined fee for someone not listed on the activity", () => {
    const ds = dataset((d) => {
      d.contributors?.push({ id: "c-3", roles: ["patient"] });
      d.payments?.push({
        id: "pay-3",
        contributorId: "c-3",
        activityId: "a-1",
        kind: "voucher",
        amount: { pence: 0, currency: "GBP" },
        status: "declined",
      });
    });
    expect(withCode(ds, CODE).map((x) => x.message)).toEqual([
      "Voucher pay-3 is marked declined, but contributor c-3 is not listed on activity a-1.",
    ]);
  });
});
