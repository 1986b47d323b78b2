import * as z from "zod";
import { CHOICE_PAYMENTS } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { feeBasis } from "./payment-off-rate.js";

/**
 * `payment/no-rate`: a payment names a rate (scheme and activity code) for which no rate is in
 * force on the date of the activity, in the dataset's rates or ppie's bundled table.
 *
 * @example
 * ```ts
 * paymentNoRate.severity; // "warning"
 * ```
 * @category Rules
 */
export const paymentNoRate = defineRule({
  code: "payment/no-rate",
  title: "No rate in force for the payment",
  description:
    "A payment that names a rate which was not in force on the day of the activity cannot be checked against the rate table; often the rate table is missing a row, or the rate changed (e.g. the NIHR uplift of 16 December 2025).",
  severity: "warning",
  category: "payment",
  entity: "payments",
  source: CHOICE_PAYMENTS,
  options: z.strictObject({}),
  example: {
    path: ["payments", 9, "rate"],
    message:
      'Payment pay-10 names the rate local "HALF_DAY", but no such rate was in force on 2025-06-02 (the date of activity a-30).',
    hint: "Add the rate to the dataset's paymentRates with the dates it applies, or correct the payment's rate.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.payments;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (p.rate === undefined || p.status === "declined") continue;
      const basis = feeBasis(ctx, p);
      if (basis === undefined) continue;
      if (
        ctx.rateInForce({
          scheme: p.rate.scheme,
          activityCode: p.rate.activityCode,
          date: basis.date,
        }) !== undefined
      )
        continue;
      out.push({
        path: ["payments", i, "rate"],
        message: `Payment ${p.id} names the rate ${p.rate.scheme} "${p.rate.activityCode}", but no such rate was in force on ${basis.date} (the date of ${basis.what}).`,
        hint: "Add the rate to the dataset's paymentRates with the dates it applies, or correct the payment's rate.",
      });
    }
    return out;
  },
});
