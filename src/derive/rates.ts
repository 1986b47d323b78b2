/**
 * Payment rates and fees: which rate was in force for a contribution, and what fee was due.
 *
 * @module
 */
import type { PaymentRate } from "../frameworks/payment-rates.js";
import { NIHR_PAYMENT_RATES, rateInForce as rateRowInForce } from "../frameworks/payment-rates.js";
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import { dayNumber } from "./days.js";
import { facts } from "./facts.js";
import { mulDivRound } from "./money.js";

/** A rate row as every stage sees it, whether it came from the dataset or from ppie's table. */
export interface RateEntry {
  /** The scheme, e.g. `"local"` or `"NIHR-research"`. */
  readonly scheme: string;
  /** The activity code, e.g. `"HOURLY"`. */
  readonly activityCode: string;
  /** What the rate is paid per. */
  readonly unit: "hour" | "half-day" | "day" | "task";
  /** Pence per unit. */
  readonly pence: number;
  /** First day in force (ISO). */
  readonly effectiveFrom: string;
  /** Last day in force, inclusive (ISO); absent while in force. */
  readonly effectiveTo?: string;
  /** Whether the figure was checked against its published source. */
  readonly verified: boolean;
  /** Whether it came from the dataset or from ppie's bundled table. */
  readonly origin: "dataset" | "bundled";
}

/** What to look a rate up by. */
export interface RateLookup {
  /** The activity code, e.g. `"HOURLY"`. */
  readonly activityCode: string;
  /** The date the contribution was made (the activity's start date), ISO. */
  readonly date: string;
  /** Only rows of this scheme; any scheme when absent. */
  readonly scheme?: string | undefined;
}

function toEntries(
  rows: readonly PaymentRate[] | Dataset["paymentRates"],
  origin: RateEntry["origin"],
): Map<string, RateEntry[]> {
  const m = new Map<string, RateEntry[]>();
  for (const r of rows) {
    const e: RateEntry = {
      scheme: r.scheme,
      activityCode: r.activityCode,
      unit: r.unit,
      pence: r.pence,
      effectiveFrom: r.effectiveFrom,
      ...(r.effectiveTo === undefined ? {} : { effectiveTo: r.effectiveTo }),
      verified: r.verified,
      origin,
    };
    const list = m.get(r.activityCode);
    if (list === undefined) m.set(r.activityCode, [e]);
    else list.push(e);
  }
  return m;
}

const bundledCache = new WeakMap<readonly PaymentRate[], Map<string, RateEntry[]>>();

function bundledEntries(table: readonly PaymentRate[]): Map<string, RateEntry[]> {
  let m = bundledCache.get(table);
  if (m === undefined) {
    m = toEntries(table, "bundled");
    bundledCache.set(table, m);
  }
  return m;
}

/**
 * The rate in force for a contribution: the dataset's own rates (`paymentRates`) when it has
 * any row with that activity code (and scheme, when one is named), otherwise ppie's bundled
 * table (NIHR's published rates, or the table the caller passes). Among the rows in force on
 * the date — from `effectiveFrom` to `effectiveTo`, both included — the latest `effectiveFrom`
 * wins. Rates are always looked up by the date the activity took place, never the payment date.
 *
 * @param dataset - the dataset with its own rates
 * @param lookup - activity code, date and optional scheme
 * @param bundled - the fallback table (default NIHR's)
 * @returns the rate, or `undefined` when none is in force
 */
export function rateInForce(
  dataset: Dataset,
  lookup: RateLookup,
  bundled: readonly PaymentRate[] = NIHR_PAYMENT_RATES,
): RateEntry | undefined {
  const own = facts(dataset).cached("rates", () => toEntries(dataset.paymentRates, "dataset"));
  const pick = (rows: readonly RateEntry[] | undefined): readonly RateEntry[] =>
    rows === undefined || lookup.scheme === undefined
      ? (rows ?? [])
      : rows.filter((r) => r.scheme === lookup.scheme);
  let rows = pick(own.get(lookup.activityCode));
  if (rows.length === 0) rows = pick(bundledEntries(bundled).get(lookup.activityCode));
  return rateRowInForce(
    rows,
    lookup.scheme === undefined
      ? { activityCode: lookup.activityCode, date: lookup.date }
      : { activityCode: lookup.activityCode, date: lookup.date, scheme: lookup.scheme },
  );
}

/** The calendar days an activity spans, start and end included (1 without an end date). */
export function activityDays(a: Pick<Activity, "startDate" | "endDate">): number {
  if (a.endDate === undefined || a.endDate <= a.startDate) return 1;
  return dayNumber(a.endDate) - dayNumber(a.startDate) + 1;
}

/** How many units of a rate one contribution is due, and how that was worked out. */
export interface FeeDue {
  /** The fee due, in integer pence. */
  readonly pence: number;
  /** How many units of the rate (hours for an hourly rate). */
  readonly units: number;
}

/**
 * The fee due for one contribution at a rate: for an hourly rate, the minutes given (rounded up
 * to `roundMinutesTo`, default 1) times the rate, to the nearest penny; for a day or half-day
 * rate, one unit for each calendar day the activity spans; for a task rate, one unit. The fee
 * never depends on what was actually paid, so a payment can be checked against it.
 *
 * @param rate - the rate in force
 * @param contribution - the minutes given and the days the activity spans
 * @param roundMinutesTo - round minutes up to a multiple of this (default 1: no rounding)
 * @returns the fee due and the units it counts
 */
export function feeDue(
  rate: Pick<RateEntry, "unit" | "pence">,
  contribution: { readonly minutes: number; readonly days: number },
  roundMinutesTo = 1,
): FeeDue {
  switch (rate.unit) {
    case "hour": {
      const minutes = Math.ceil(contribution.minutes / roundMinutesTo) * roundMinutesTo;
      return { pence: mulDivRound(rate.pence, minutes, 60), units: minutes / 60 };
    }
    case "half-day":
    case "day":
      return { pence: rate.pence * contribution.days, units: contribution.days };
    case "task":
      return { pence: rate.pence, units: 1 };
    default: {
      const never: never = rate.unit;
      void never;
      return { pence: 0, units: 0 };
    }
  }
}
