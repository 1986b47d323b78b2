/**
 * The fees due behind the `payments` measure: each offered contribution of a period's
 * activities priced with the rate in force on the activity date, and compared with what its
 * contributor was paid (a ppie design choice, see docs/design-choices.md#payments).
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Payment } from "../model/payment.js";
import type { PaymentRateUsed, PaymentsComponents } from "./payments.js";
import type { Period } from "../model/period.js";
import { activityInPeriod } from "../derive/period.js";
import { activityDays, feeDue, rateInForce } from "../derive/rates.js";

/** A rate used to price contributions: {@link PaymentRateUsed} without the count. */
export type PricingRate = Omit<PaymentRateUsed, "contributions">;

/** Where in the dataset a contribution's payment offer is, for a diagnostic. */
type Path = (string | number)[];

/**
 * What the period's contributions add up to (the contribution figures of
 * {@link PaymentsComponents}, described there), with the rates used and what could not be
 * priced. All money is integer pence.
 */
export interface FeesDue
  extends Pick<
    PaymentsComponents,
    "contributions" | "minutes" | "offers" | "duePence" | "priced" | "unpriced" | "outstandingPence"
  > {
  /** The rates used, in order of first use, with the contributions priced with each. */
  ratesUsed: (PricingRate & { contributions: number })[];
  /** Offered contributions with no rate code, and where the first one is. */
  noCode: { n: number; path: Path };
  /** Rate codes with no rate in force on a contribution's date: how many, and where the first is. */
  noRate: Map<string, { n: number; path: Path }>;
}

/** Sum of a contributor's fee records in an activity's group: paid ones, or unpaid (due/claimed) ones. */
function feesFor(
  group: readonly Payment[] | undefined,
  contributorId: string,
  paid: boolean,
): number {
  let pence = 0;
  if (group === undefined) return 0;
  for (const pay of group)
    if (pay.contributorId === contributorId && (pay.status === "paid") === paid)
      pence += pay.amount.pence;
  return pence;
}

/** Whether two rates are the same rate row (so that they can share one object). */
function sameRate(a: PricingRate, b: PricingRate): boolean {
  return (
    a.from === b.from &&
    a.scheme === b.scheme &&
    a.activityCode === b.activityCode &&
    a.effectiveFrom === b.effectiveFrom &&
    a.unit === b.unit &&
    a.pence === b.pence
  );
}

/**
 * The rate in force for an activity code on a date, as derive defines it for every stage (the
 * dataset's own rates when it has any row with that code, else ppie's bundled table), in the
 * shape the payments measure reports.
 */
function lookUpRate(
  dataset: Dataset,
  code: string,
  date: string,
  scheme: string | undefined,
): PricingRate | undefined {
  const r = rateInForce(dataset, { activityCode: code, date, scheme });
  if (r === undefined) return undefined;
  return {
    from: r.origin,
    scheme: r.scheme,
    activityCode: r.activityCode,
    unit: r.unit,
    pence: r.pence,
    effectiveFrom: r.effectiveFrom,
    verified: r.verified,
  };
}

/**
 * A rate finder for the dataset: looks each code up once per activity date, and hands out one
 * shared object per distinct rate row so that the rates used can be counted by identity.
 */
function ratePricer(
  dataset: Dataset,
  scheme: string | undefined,
): (code: string, date: string) => PricingRate | undefined {
  const cache = new Map<string, Map<string, PricingRate | undefined>>();
  const distinct: PricingRate[] = [];
  return (code, date) => {
    let byCode = cache.get(date);
    if (byCode === undefined) {
      byCode = new Map();
      cache.set(date, byCode);
    }
    if (byCode.has(code)) return byCode.get(code);
    let rate = lookUpRate(dataset, code, date, scheme);
    if (rate) {
      const found = rate;
      const shared = distinct.find((r) => sameRate(r, found));
      if (shared) rate = shared;
      else distinct.push(rate);
    }
    byCode.set(code, rate);
    return rate;
  };
}

/**
 * Prices the contributions of the activities that started in the period: counts them, their
 * minutes and their payment offers, and for each offered contribution the fee due at the rate
 * in force on the activity date (an hourly rate pro rata, minutes rounded up to `roundTo`) and
 * what is still owed after the fees paid to that contributor for that activity.
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param feesByActivity - the fee records not declined, by activity id
 * @param opts - the scheme to price with (any when absent) and the minute rounding
 * @returns the fees due, the rates used, and the contributions that could not be priced
 */
export function feesDue(
  dataset: Dataset,
  period: Period,
  feesByActivity: ReadonlyMap<string, Payment[]>,
  opts: { scheme: string | undefined; roundTo: number },
): FeesDue {
  const f: FeesDue = {
    contributions: 0,
    minutes: 0,
    offers: { offered: 0, declined: 0, notOffered: 0, notApplicable: 0 },
    duePence: 0,
    priced: 0,
    unpriced: 0,
    outstandingPence: 0,
    ratesUsed: [],
    noCode: { n: 0, path: [] },
    noRate: new Map(),
  };
  const rateFor = ratePricer(dataset, opts.scheme);
  const used = new Map<PricingRate, number>();
  for (let i = 0; i < dataset.activities.length; i++) {
    const a = dataset.activities[i]!;
    if (!activityInPeriod(a, period)) continue;
    for (let j = 0; j < a.contributors.length; j++) {
      const c = a.contributors[j]!;
      f.contributions += 1;
      f.minutes += c.minutes;
      switch (c.payment.status) {
        case "offered":
          f.offers.offered += 1;
          break;
        case "declined":
          f.offers.declined += 1;
          continue;
        case "not-offered":
          f.offers.notOffered += 1;
          continue;
        case "not-applicable":
          f.offers.notApplicable += 1;
          continue;
        default: {
          const never: never = c.payment.status;
          void never;
          continue;
        }
      }
      const code = c.payment.rateCode;
      let rate: PricingRate | undefined;
      if (code === undefined) {
        if (f.noCode.n === 0) f.noCode.path = ["activities", i, "contributors", j, "payment"];
        f.noCode.n += 1;
      } else {
        rate = rateFor(code, a.startDate);
        if (rate === undefined) {
          const n = f.noRate.get(code);
          if (n) n.n += 1;
          else
            f.noRate.set(code, {
              n: 1,
              path: ["activities", i, "contributors", j, "payment", "rateCode"],
            });
        }
      }
      if (rate === undefined) {
        f.unpriced += 1;
        f.outstandingPence += feesFor(feesByActivity.get(a.id), c.contributorId, false);
        continue;
      }
      used.set(rate, (used.get(rate) ?? 0) + 1);
      const due = feeDue(rate, { minutes: c.minutes, days: activityDays(a) }, opts.roundTo).pence;
      f.priced += 1;
      f.duePence += due;
      f.outstandingPence += Math.max(
        0,
        due - feesFor(feesByActivity.get(a.id), c.contributorId, true),
      );
    }
  }
  f.ratesUsed = [...used.entries()].map(([r, n]) => ({ ...r, contributions: n }));
  return f;
}
