import * as z from "zod";
import { NIHR_PAYMENT_GUIDANCE_2024 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `payment/declined-but-paid`: the activity records that a contributor declined payment, but a
 * fee or voucher for that contributor and activity is due, claimed or paid. (Expenses are not
 * counted: a contributor may decline the fee and still have expenses reimbursed.)
 *
 * @example
 * ```ts
 * paymentDeclinedButPaid.severity; // "error"
 * ```
 * @category Rules
 */
export const paymentDeclinedButPaid = defineRule({
  code: "payment/declined-but-paid",
  title: "Declined payment paid anyway",
  description:
    "Contributors may decline payment, for example to protect their benefits, and a decline must be kept as a decline. A fee or voucher going out after the activity recorded a decline either contradicts the person's choice or means the activity record is out of date.",
  severity: "error",
  category: "payment",
  entity: "payments",
  source: cite(NIHR_PAYMENT_GUIDANCE_2024, "contributors may decline payment", {
    note: "Contributors may decline payment, or ask for an alternative such as expenses only. Treating a fee paid after a recorded decline as an error is ppie's own rule.",
  }),
  options: z.strictObject({}),
  example: {
    path: ["payments", 14, "status"],
    message:
      'Activity a-30 records that contributor c-0012 declined payment, but fee pay-15 for it is "paid".',
    hint: "If they changed their mind, set the activity's payment status to offered; otherwise stop or recover the payment and mark it declined.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.payments;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (p.activityId === undefined || p.kind === "expenses" || p.status === "declined") continue;
      const part = ctx.index.activityPart(p.activityId, p.contributorId);
      if (part?.payment.status !== "declined") continue;
      out.push({
        path: ["payments", i, "status"],
        message: `Activity ${p.activityId} records that contributor ${p.contributorId} declined payment, but ${p.kind} ${p.id} for it is "${p.status}".`,
        hint: "If they changed their mind, set the activity's payment status to offered; otherwise stop or recover the payment and mark it declined.",
      });
    }
    return out;
  },
});
