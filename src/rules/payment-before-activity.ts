import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import { activityDate, eventDate } from "../derive/period.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `payment/before-activity`: a payment was claimed or paid before the activity (or event) it
 * pays for took place.
 *
 * @example
 * ```ts
 * paymentBeforeActivity.severity; // "warning"
 * ```
 * @category Rules
 */
export const paymentBeforeActivity = defineRule({
  code: "payment/before-activity",
  title: "Payment dated before the activity it pays for",
  description:
    "A fee is recognition for time given, looked up at the rate in force on the day the activity took place; a payment dated before that day usually means a wrong date or the wrong activity. Expenses paid in advance are legitimate: record them with the date of the activity, or ignore this warning for them.",
  severity: "warning",
  category: "dates",
  entity: "payments",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["payments", 12, "paidDate"],
    message: "Payment pay-13 is dated 2025-02-01, before activity a-40 took place (2025-02-14).",
    hint: "Check the payment's dates and which activity it pays for.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const { payments } = ctx.dataset;
    for (let i = 0; i < payments.length; i++) {
      const p = payments[i]!;
      let when: string | undefined;
      let what = "";
      if (p.activityId !== undefined) {
        const a = ctx.index.activities.get(p.activityId)?.record;
        if (a !== undefined) {
          when = activityDate(a);
          what = `activity ${p.activityId}`;
        }
      } else if (p.eventId !== undefined) {
        const e = ctx.index.events.get(p.eventId)?.record;
        if (e !== undefined) {
          when = eventDate(e);
          what = `event ${p.eventId}`;
        }
      }
      if (when === undefined) continue;
      const claimed = p.claimedDate !== undefined && p.claimedDate < when;
      const paid = p.paidDate !== undefined && p.paidDate < when;
      if (!claimed && !paid) continue;
      const field = claimed ? "claimedDate" : "paidDate";
      out.push({
        path: ["payments", i, field],
        message: `Payment ${p.id} is dated ${claimed ? p.claimedDate : p.paidDate}, before ${what} took place (${when}).`,
        hint: "Check the payment's dates and which activity it pays for.",
      });
    }
    return out;
  },
});
