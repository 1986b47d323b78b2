import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `payment/declined-paid-date`: a payment marked declined carries a paid date.
 *
 * @example
 * ```ts
 * paymentDeclinedPaidDate.severity; // "error"
 * ```
 * @category Rules
 */
export const paymentDeclinedPaidDate = defineRule({
  code: "payment/declined-paid-date",
  title: "Declined payment with a paid date",
  description:
    "A declined payment was never paid, so a paid date on it means either the status or the date is wrong; payment timeliness and spend would be miscounted.",
  severity: "error",
  category: "payment",
  entity: "payments",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["payments", 2, "paidDate"],
    message: "Payment pay-3 is marked declined but has a paid date (2025-05-01).",
    hint: "Remove the paid date (record declinedDate instead), or set the status to paid if it was paid.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.payments;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (p.status !== "declined" || p.paidDate === undefined) continue;
      out.push({
        path: ["payments", i, "paidDate"],
        message: `Payment ${p.id} is marked declined but has a paid date (${p.paidDate}).`,
        hint: "Remove the paid date (record declinedDate instead), or set the status to paid if it was paid.",
      });
    }
    return out;
  },
});
