import * as z from "zod";
import { NIHR_PAYMENT_GUIDANCE_2024 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { Payment } from "../model/payment.js";
import type { RuleContext } from "./context.js";
import { activityDate, eventDate } from "../derive/period.js";
import { activityDays, feeDue } from "../derive/rates.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { pounds } from "./util.js";

/**
 * The date, minutes and days a fee pays for: from the activity (its start date, the contributor's
 * minutes and the calendar days it spans) or the event (its date, the contributor's minutes if
 * recorded, and one day).
 *
 * @param ctx - the rule context
 * @param p - the payment
 * @returns the date and minutes, or `undefined` when the payment is linked to neither
 * @example
 * ```ts
 * import { facts } from "../derive/facts.js";
 * const ctx = {
 *   dataset: demoDataset, asOf: "2026-03-31", frameworks: createFrameworkRegistry(),
 *   index: facts(demoDataset), rateInForce: () => undefined,
 * };
 * feeBasis(ctx, demoDataset.payments[0]!)?.date; // "2024-04-10"
 * ```
 * @category Rules
 */
export function feeBasis(
  ctx: RuleContext,
  p: Payment,
): { date: string; minutes: number | undefined; days: number; what: string } | undefined {
  if (p.activityId !== undefined) {
    const a = ctx.index.activities.get(p.activityId)?.record;
    if (a === undefined) return undefined;
    const part = ctx.index.activityPart(a.id, p.contributorId);
    return {
      date: activityDate(a),
      minutes: part?.minutes,
      days: activityDays(a),
      what: `activity ${a.id}`,
    };
  }
  if (p.eventId !== undefined) {
    const e = ctx.index.events.get(p.eventId)?.record;
    if (e === undefined) return undefined;
    const part = ctx.index.eventPart(e.id, p.contributorId);
    return { date: eventDate(e), minutes: part?.minutes, days: 1, what: `event ${e.id}` };
  }
  return undefined;
}

const UNIT_WORD = { hour: "hour", "half-day": "half day", day: "day", task: "task" } as const;

/**
 * `payment/off-rate`: a fee differs from the rate in force on the activity's date by more than
 * the tolerance. Options: `tolerancePercent` (default 1) and `tolerancePence` (default 50); the
 * larger of the two applies.
 *
 * Expected amount: for an hourly rate, rate × minutes ÷ 60, rounded to the penny; for a task,
 * half-day or day rate, the nearest whole number of units (at least one) × the rate. The rate
 * is looked up by the payment's `rate` (scheme and activity code) on the date the activity took
 * place, in the dataset's own `paymentRates` first and then in ppie's bundled table. Only fees
 * in GBP that carry a `rate` and are not declined are checked.
 *
 * @example
 * ```ts
 * paymentOffRate.options.parse({}); // { tolerancePercent: 1, tolerancePence: 50 }
 * ```
 * @category Rules
 */
export const paymentOffRate = defineRule({
  code: "payment/off-rate",
  title: "Fee differs from the rate in force",
  description:
    "A fee that differs from the rate table in force on the day of the activity is either a mistake or an undocumented local decision; both should be visible. Rates are looked up by the date the activity took place, not the payment date.",
  severity: "warning",
  category: "payment",
  entity: "payments",
  source: cite(NIHR_PAYMENT_GUIDANCE_2024, "payment rates for public involvement", {
    verified: false,
    note: "The NIHR rates in ppie's bundled table (£25 an hour, £27.50 after the 10% uplift of 16 December 2025) are not yet verified against NIHR's table of rates: use your own rates for real checks. Looking the rate up on the date of the activity, and the tolerance, are ppie's own choices.",
  }),
  options: z.strictObject({
    tolerancePercent: z.number().min(0).max(100).default(1),
    tolerancePence: z.int().min(0).default(50),
  }),
  example: {
    path: ["payments", 3, "amount", "pence"],
    message:
      "Payment pay-4 is £50.00, but 120 minutes at the local HOURLY rate in force on 2026-01-10 (£27.50 per hour) comes to £55.00.",
    hint: "Check the minutes and the rate used, or record why this payment differs (e.g. a local flat fee with its own rate code).",
  },
  check: (ctx, { tolerancePercent, tolerancePence }) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.payments;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (
        p.kind !== "fee" ||
        p.rate === undefined ||
        p.status === "declined" ||
        p.amount.currency !== "GBP"
      )
        continue;
      const basis = feeBasis(ctx, p);
      if (basis === undefined) continue;
      const rate = ctx.rateInForce({
        scheme: p.rate.scheme,
        activityCode: p.rate.activityCode,
        date: basis.date,
      });
      if (rate === undefined || rate.pence <= 0) continue;
      if (rate.unit === "hour" && basis.minutes === undefined) continue;
      const due = feeDue(rate, { minutes: basis.minutes ?? 0, days: basis.days });
      const expected = due.pence;
      const how =
        rate.unit === "hour"
          ? `${basis.minutes} minutes at`
          : `${due.units} ${UNIT_WORD[rate.unit]}${due.units === 1 ? "" : "s"} at the`;
      const allowed = Math.max(tolerancePence, (expected * tolerancePercent) / 100);
      if (Math.abs(p.amount.pence - expected) <= allowed) continue;
      out.push({
        path: ["payments", i, "amount", "pence"],
        message: `Payment ${p.id} is ${pounds(p.amount.pence)}, but ${how} ${rate.scheme} ${rate.activityCode} rate in force on ${basis.date} (${pounds(rate.pence)} per ${UNIT_WORD[rate.unit]}) comes to ${pounds(expected)}.`,
        hint: "Check the minutes and the rate used, or record why this payment differs (e.g. a local flat fee with its own rate code).",
      });
    }
    return out;
  },
});
