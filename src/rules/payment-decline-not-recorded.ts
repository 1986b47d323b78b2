import * as z from "zod";
import { CHOICE_PAYMENTS } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `payment/decline-not-recorded`: a fee or voucher is marked declined, but the activity does
 * not record the decline (the contributor's payment status there is not "declined", or the
 * contributor is not listed on the activity).
 *
 * @example
 * ```ts
 * paymentDeclineNotRecorded.severity; // "warning"
 * ```
 * @category Rules
 */
export const paymentDeclineNotRecorded = defineRule({
  code: "payment/decline-not-recorded",
  title: "Decline not recorded on the activity",
  description:
    "Declines are counted from the activity's record of each contributor's payment offer. When only the payment record says declined, the decline is lost from payment-offer reports (the person shows as offered and unpaid).",
  severity: "warning",
  category: "payment",
  entity: "payments",
  source: CHOICE_PAYMENTS,
  options: z.strictObject({}),
  example: {
    path: ["payments", 5, "status"],
    message:
      'Fee pay-6 is marked declined, but activity a-8 records contributor c-0003\'s payment as "offered".',
    hint: 'Set the contributor\'s payment status on the activity to "declined" so the decline is kept.',
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.payments;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (p.activityId === undefined || p.kind === "expenses" || p.status !== "declined") continue;
      if (!ctx.index.activities.has(p.activityId)) continue;
      const part = ctx.index.activityPart(p.activityId, p.contributorId);
      if (part?.payment.status === "declined") continue;
      out.push({
        path: ["payments", i, "status"],
        message:
          part === undefined
            ? `${p.kind === "fee" ? "Fee" : "Voucher"} ${p.id} is marked declined, but contributor ${p.contributorId} is not listed on activity ${p.activityId}.`
            : `${p.kind === "fee" ? "Fee" : "Voucher"} ${p.id} is marked declined, but activity ${p.activityId} records contributor ${p.contributorId}'s payment as "${part.payment.status}".`,
        hint: 'Set the contributor\'s payment status on the activity to "declined" so the decline is kept.',
      });
    }
    return out;
  },
});
