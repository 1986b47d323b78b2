import * as z from "zod";
import { NIHR_PAYMENT_GUIDANCE_2024 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `payment/not-offered-no-reason`: a contributor gave time to an activity, was not offered
 * payment, and no reason is recorded.
 *
 * @example
 * ```ts
 * paymentNotOfferedNoReason.severity; // "warning"
 * ```
 * @category Rules
 */
export const paymentNotOfferedNoReason = defineRule({
  code: "payment/not-offered-no-reason",
  title: "Time given with no payment offered and no reason",
  description:
    "NIHR guidance expects public contributors to be offered payment for their time (they may decline it); people already paid for the work, such as staff in working hours, are the usual exception. When payment was not offered, record why, so the decision can be checked and reported.",
  severity: "warning",
  category: "payment",
  entity: "activities",
  source: cite(NIHR_PAYMENT_GUIDANCE_2024, "who is offered payment, and who is not eligible", {
    note: "Public contributors are offered payment for their time and may decline it; people already paid for the work, such as staff in working hours, are generally not eligible. Asking for the reason to be recorded is ppie's own rule.",
  }),
  options: z.strictObject({}),
  example: {
    path: ["activities", 20, "contributors", 0, "payment"],
    message:
      "Contributor c-0007 gave 120 minutes to activity a-21 but was not offered payment, and no reason is recorded.",
    hint: 'Offer payment, or record the reason (e.g. "NHS staff in working hours"); use "declined" if they were offered it and said no.',
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.activities;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = 0; j < a.contributors.length; j++) {
        const c = a.contributors[j]!;
        if (c.payment.status !== "not-offered" || c.minutes <= 0) continue;
        if (c.payment.reason !== undefined && c.payment.reason.trim() !== "") continue;
        out.push({
          path: ["activities", i, "contributors", j, "payment"],
          message: `Contributor ${c.contributorId} gave ${c.minutes} minutes to activity ${a.id} but was not offered payment, and no reason is recorded.`,
          hint: 'Offer payment, or record the reason (e.g. "NHS staff in working hours"); use "declined" if they were offered it and said no.',
        });
      }
    }
    return out;
  },
});
