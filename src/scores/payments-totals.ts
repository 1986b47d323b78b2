/**
 * The payment records behind the `payments` measure, added up: fees, vouchers and expenses paid
 * for a period's activities, declined and still-claimed amounts, the days from claim to payment
 * (and their summary against the target), spend by payment date, and the involvement budget
 * pro-rated to the period. All money is integer pence.
 *
 * @module
 */
import { dayNumber } from "../derive/days.js";
import { activityInPeriod, paidInPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { Payment } from "../model/payment.js";
import type { Period } from "../model/period.js";
import type { PaymentsComponents } from "./payments.js";
import { medianAndMax } from "./stats.js";

/** What the payment records add up to, for the period's activities and by payment date. */
export interface PaymentRecordTotals {
  /** Payments of any kind paid in the period, by payment date (whatever their activity). */
  spendPence: number;
  /** Fees and vouchers paid for the period's activities. */
  paidPence: number;
  /** Expenses paid for the period's activities. */
  expensesPaidPence: number;
  /** Payment records declined for the period's activities, and their amounts. */
  declined: { payments: number; pence: number };
  /** Recorded payments still due or claimed (fees, vouchers and expenses). */
  claimedUnpaidPence: number;
  /** Claims not yet paid. */
  unpaidClaims: number;
  /** Days from claim to payment of each paid claim, in record order. */
  days: number[];
  /** Paid claims with a payment date before their claim date (left out of `days`). */
  paidBeforeClaimed: number;
  /** Payment records in another currency (left out of every total). */
  otherCurrency: number;
  /**
   * Fee and voucher records not declined, grouped by activity id (an activity has a handful of
   * contributors, so matching a contributor within its group is a short scan).
   */
  feesByActivity: Map<string, Payment[]>;
}

/**
 * Adds up the dataset's payment records in one pass: spend by payment date, and for the
 * period's activities the amounts paid, declined and still claimed, the days to pay, and the
 * fee records of each activity.
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param activityIds - the ids of the activities that started in the period
 * @param currency - the currency to add up; records in another one are counted and left out
 * @returns the totals
 */
export function paymentRecordTotals(
  dataset: Dataset,
  period: Period,
  activityIds: ReadonlySet<string>,
  currency: string,
): PaymentRecordTotals {
  const t: PaymentRecordTotals = {
    spendPence: 0,
    paidPence: 0,
    expensesPaidPence: 0,
    declined: { payments: 0, pence: 0 },
    claimedUnpaidPence: 0,
    unpaidClaims: 0,
    days: [],
    paidBeforeClaimed: 0,
    otherCurrency: 0,
    feesByActivity: new Map(),
  };
  const all = dataset.payments;
  for (let i = 0; i < all.length; i++) {
    const pay = all[i]!;
    if (pay.amount.currency !== currency) {
      t.otherCurrency += 1;
      continue;
    }
    const pence = pay.amount.pence;
    if (paidInPeriod(pay, period)) t.spendPence += pence;
    if (pay.activityId === undefined || !activityIds.has(pay.activityId)) continue;
    const isFee = pay.kind !== "expenses";
    if (isFee && pay.status !== "declined") {
      const group = t.feesByActivity.get(pay.activityId);
      if (group) group.push(pay);
      else t.feesByActivity.set(pay.activityId, [pay]);
    }
    switch (pay.status) {
      case "paid": {
        if (isFee) t.paidPence += pence;
        else t.expensesPaidPence += pence;
        if (pay.claimedDate !== undefined && pay.paidDate !== undefined) {
          const d = dayNumber(pay.paidDate) - dayNumber(pay.claimedDate);
          if (d < 0) t.paidBeforeClaimed += 1;
          else t.days.push(d);
        }
        break;
      }
      case "declined":
        t.declined.payments += 1;
        t.declined.pence += pence;
        break;
      case "due":
      case "claimed":
        t.claimedUnpaidPence += pence;
        if (pay.status === "claimed") t.unpaidClaims += 1;
        break;
      default: {
        const never: never = pay.status;
        void never;
      }
    }
  }
  return t;
}

/** Days from claim to payment, summarised against the target (as {@link PaymentsComponents} reports it). */
export type DaysToPay = PaymentsComponents["daysToPay"];

/**
 * Days from claim to payment: how many claims were paid, the median and slowest, and how many
 * (and what share, percent) were paid within the target.
 *
 * @param days - the days to pay of each paid claim
 * @param targetDays - the target
 * @param unpaidClaims - claims not yet paid
 * @returns the summary
 */
export function daysToPay(
  days: readonly number[],
  targetDays: number,
  unpaidClaims: number,
): DaysToPay {
  const { median, max } = medianAndMax(days);
  let withinTarget = 0;
  for (const d of days) if (d <= targetDays) withinTarget += 1;
  return {
    n: days.length,
    median,
    slowest: max,
    targetDays,
    withinTarget,
    withinTargetShare: days.length === 0 ? null : (100 * withinTarget) / days.length,
    unpaidClaims,
  };
}

/**
 * The ids of the activities that started in the period: the activities whose payments the
 * `payments` measure adds up.
 *
 * @param dataset - the dataset
 * @param period - the period
 * @returns their ids
 */
export function activitiesStartedIn(dataset: Dataset, period: Period): Set<string> {
  const ids = new Set<string>();
  for (const a of dataset.activities) if (activityInPeriod(a, period)) ids.add(a.id);
  return ids;
}

/**
 * The days to pay of a period (the `daysToPay` component of the `payments` measure) without
 * pricing the period's contributions: what the strategy scorecard's payment-timeliness metric
 * asks for, computed by the same two steps as the measure.
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param targetDays - the target (already checked)
 * @param currency - the currency to add up
 * @returns the summary
 */
export function periodDaysToPay(
  dataset: Dataset,
  period: Period,
  targetDays: number,
  currency: string,
): DaysToPay {
  const t = paymentRecordTotals(dataset, period, activitiesStartedIn(dataset, period), currency);
  return daysToPay(t.days, targetDays, t.unpaidClaims);
}
