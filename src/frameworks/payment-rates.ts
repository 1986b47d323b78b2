/**
 * Which payment scheme a rate belongs to (metrics.md §4.2): NIHR-funded research projects, NIHR's
 * own committees and panels, the Health Research Authority, or a local organisation's own rates.
 *
 * @example
 * ```ts
 * const scheme: PaymentScheme = "NIHR-research";
 * ```
 * @category Payments
 */
export type PaymentScheme = "NIHR-research" | "NIHR-internal" | "HRA" | "local";

/**
 * What a payment rate is paid per (metrics.md §4.2).
 *
 * @example
 * ```ts
 * const unit: PaymentUnit = "hour";
 * ```
 * @category Payments
 */
export type PaymentUnit = "hour" | "half-day" | "day" | "task";

/**
 * One dated public-contributor payment rate (metrics.md §4.2 data model, DESIGN CHOICE), with the
 * amount in integer pence rather than pounds. The rate applies to activities that took place
 * from `effectiveFrom` to `effectiveTo` inclusive (ISO `YYYY-MM-DD`); look rates up by the date
 * of the activity, not the payment date.
 *
 * @example
 * ```ts
 * const rate: PaymentRate = {
 *   scheme: "local",
 *   activityCode: "HOURLY",
 *   unit: "hour",
 *   pence: 2000,
 *   effectiveFrom: "2024-04-01",
 *   sourceVersion: "Our payment policy v2",
 *   verified: true,
 * };
 * ```
 * @category Payments
 */
export interface PaymentRate {
  /** The scheme the rate belongs to. */
  readonly scheme: PaymentScheme;
  /** The activity the rate is for, e.g. `"HOURLY"`, `"HALF_DAY"`, `"REVIEW_APPLICATION"`. */
  readonly activityCode: string;
  /** What it is paid per. */
  readonly unit: PaymentUnit;
  /** The amount, in integer pence (GBP). */
  readonly pence: number;
  /** First day the rate applies (ISO `YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  /** Last day the rate applies, inclusive (ISO `YYYY-MM-DD`); absent while in force. */
  readonly effectiveTo?: string;
  /** Which document (and version) the rate comes from. */
  readonly sourceVersion: string;
  /** False when the rate is UNVERIFIED (quoted, remembered or computed from unverified inputs). */
  readonly verified: boolean;
  /** What is uncertain about the rate. */
  readonly note?: string;
}

/**
 * A published range of payment rates (lowest and highest), in integer pence.
 *
 * @example
 * ```ts
 * const range: PaymentRateRange = {
 *   scheme: "NIHR-research",
 *   minPence: 1380,
 *   maxPence: 49500,
 *   effectiveFrom: "2025-12-16",
 *   sourceVersion: "NIHR rate uplift notice",
 *   verified: true,
 * };
 * ```
 * @category Payments
 */
export interface PaymentRateRange {
  /** The scheme the range belongs to. */
  readonly scheme: PaymentScheme;
  /** The lowest rate, in pence. */
  readonly minPence: number;
  /** The highest rate, in pence. */
  readonly maxPence: number;
  /** First day the range applies (ISO `YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  /** Last day the range applies, inclusive (ISO `YYYY-MM-DD`). */
  readonly effectiveTo?: string;
  /** Which document the range comes from. */
  readonly sourceVersion: string;
  /** False when the range is UNVERIFIED. */
  readonly verified: boolean;
  /** What is uncertain about the range. */
  readonly note?: string;
}

/**
 * The NIHR rate uplift of 10% for public contributors, effective 16 December 2025 (verified;
 * metrics.md §4.1 and test vector 16). NIHR-funded researchers are expected to apply the new
 * rates immediately; the HRA planned to follow in 2026.
 *
 * @example
 * ```ts
 * applyUplift(45000, NIHR_UPLIFT_2025.factor); // 49500
 * ```
 * @category Payments
 */
export const NIHR_UPLIFT_2025 = {
  factor: 1.1,
  effectiveFrom: "2025-12-16",
  scheme: "NIHR-research",
  verified: true,
  source: "metrics.md §4.1 (NIHR rate uplift notice: +10% effective 16 December 2025)",
} as const;

/**
 * Published ranges of NIHR public-contributor rates (metrics.md §4.1, §4.2).
 *
 * - From 16 December 2025: £13.80 to £495 (verified as a range).
 * - Before the uplift: £12.50 to £450, UNVERIFIED (COMPUTED by dividing by 1.1 and assuming
 *   rounding up to 10p).
 *
 * @example
 * ```ts
 * NIHR_RATE_RANGES[0].maxPence; // 49500
 * ```
 * @category Payments
 */
export const NIHR_RATE_RANGES = [
  {
    scheme: "NIHR-research",
    minPence: 1380,
    maxPence: 49500,
    effectiveFrom: "2025-12-16",
    sourceVersion: "NIHR payment guidance v1.6 (Aug 2024) + 10% uplift notice (16 Dec 2025)",
    verified: true,
    note: "Verified as a range only; the detailed activity-by-rate table was not obtained.",
  },
  {
    scheme: "NIHR-research",
    minPence: 1250,
    maxPence: 45000,
    effectiveFrom: "2022-08-31",
    effectiveTo: "2025-12-15",
    sourceVersion: "Implied pre-uplift range (COMPUTED: post-uplift range / 1.1)",
    verified: false,
    note: "UNVERIFIED: computed from the post-uplift range assuming a flat 10% uplift and rounding up to 10p (12.50 x 1.1 = 13.75 -> 13.80). effectiveFrom is the first publication date of the NIHR payment guidance (31 Aug 2022), assumed.",
  },
] as const satisfies readonly PaymentRateRange[];

/**
 * ppie's default table of public-contributor payment rates (metrics.md §4.2). **Every row is
 * UNVERIFIED** (`verified: false`): the detailed NIHR activity-by-rate table was not obtained.
 * Only the post-uplift *range* (see {@link NIHR_RATE_RANGES}) is verified. Use your own table
 * for real payments; this one exists to show the shape and the dating rules.
 *
 * | Rate | Period | Status |
 * |---|---|---|
 * | £25/hour | 31 Aug 2022 - 15 Dec 2025 | UNVERIFIED (widely quoted) |
 * | £27.50/hour | from 16 Dec 2025 | UNVERIFIED (COMPUTED: £25 x 1.1) |
 * | £12.50 per 30-minute task | 31 Aug 2022 - 15 Dec 2025 | UNVERIFIED (consistent with £25/hour) |
 * | £150/day, £75/half-day | 2009-era practice, to 30 Aug 2022 | UNVERIFIED |
 *
 * @example
 * ```ts
 * rateInForce(NIHR_PAYMENT_RATES, { activityCode: "HOURLY", date: "2026-01-10" })?.pence; // 2750
 * ```
 * @category Payments
 */
export const NIHR_PAYMENT_RATES = [
  {
    scheme: "NIHR-research",
    activityCode: "HOURLY",
    unit: "hour",
    pence: 2500,
    effectiveFrom: "2022-08-31",
    effectiveTo: "2025-12-15",
    sourceVersion: "NIHR payment guidance for researchers and professionals (2022-2025)",
    verified: false,
    note: "UNVERIFIED: £25/hour is widely quoted by universities as the standard NIHR hourly rate for 2022-2025. effectiveFrom is the guidance's first publication date (31 Aug 2022), assumed.",
  },
  {
    scheme: "NIHR-research",
    activityCode: "HOURLY",
    unit: "hour",
    pence: 2750,
    effectiveFrom: "2025-12-16",
    sourceVersion: "£25/hour + 10% NIHR uplift (16 Dec 2025)",
    verified: false,
    note: "UNVERIFIED: COMPUTED as £25 x 1.1 from an unverified input.",
  },
  {
    scheme: "NIHR-research",
    activityCode: "HALF_HOUR",
    unit: "task",
    pence: 1250,
    effectiveFrom: "2022-08-31",
    effectiveTo: "2025-12-15",
    sourceVersion: "Implied pre-uplift minimum (COMPUTED: £13.80 / 1.1)",
    verified: false,
    note: "UNVERIFIED: £12.50 is the implied pre-uplift minimum and is consistent with a 30-minute unit at £25/hour.",
  },
  {
    scheme: "NIHR-research",
    activityCode: "DAY",
    unit: "day",
    pence: 15000,
    effectiveFrom: "2009-01-01",
    effectiveTo: "2022-08-30",
    sourceVersion: "2009-era INVOLVE/NIHR practice",
    verified: false,
    note: "UNVERIFIED: £150 per full day is commonly cited for 2009-era practice. Only the year 2009 is known: effectiveFrom 1 Jan 2009 and effectiveTo (the day before the 2022 guidance) are assumptions.",
  },
  {
    scheme: "NIHR-research",
    activityCode: "HALF_DAY",
    unit: "half-day",
    pence: 7500,
    effectiveFrom: "2009-01-01",
    effectiveTo: "2022-08-30",
    sourceVersion: "2009-era INVOLVE/NIHR practice",
    verified: false,
    note: "UNVERIFIED: £75 per half day is commonly cited for 2009-era practice. Only the year 2009 is known: effectiveFrom 1 Jan 2009 and effectiveTo (the day before the 2022 guidance) are assumptions.",
  },
] as const satisfies readonly PaymentRate[];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The fields {@link rateInForce} reads: any rate row with a scheme, an activity code and the
 * period it is in force (ppie's bundled rates, a dataset's own rates, or yours).
 *
 * @category Payments
 */
export interface DatedRate {
  /** The scheme the rate belongs to. */
  readonly scheme: string;
  /** The activity the rate is for. */
  readonly activityCode: string;
  /** First day the rate applies (ISO `YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  /** Last day the rate applies, inclusive; absent while in force. */
  readonly effectiveTo?: string | undefined;
}

/**
 * What to look a rate up by: the activity, the date it took place, and optionally the scheme.
 *
 * @example
 * ```ts
 * const query: RateQuery = { scheme: "NIHR-research", activityCode: "HOURLY", date: "2025-12-16" };
 * ```
 * @category Payments
 */
export interface RateQuery {
  /** Only consider rates of this scheme (all schemes when absent). */
  readonly scheme?: string;
  /** The activity code to match exactly, e.g. `"HOURLY"`. */
  readonly activityCode: string;
  /** The date the activity took place (ISO `YYYY-MM-DD`). */
  readonly date: string;
}

/**
 * Find the rate in force for an activity on a date: the row whose period contains the date
 * (`effectiveFrom <= date <= effectiveTo`, both inclusive; an open `effectiveTo` means still in
 * force). Dates are compared as ISO strings, so no time zones are involved. Use the date the
 * activity took place, not the payment date (metrics.md §4.2). If several rows match (e.g. two
 * schemes when no scheme is given), the one with the latest `effectiveFrom` wins, then the
 * earliest in the table.
 *
 * @param table - the rate table, e.g. {@link NIHR_PAYMENT_RATES}, a dataset's `paymentRates`, or your own
 * @param query - the activity code, the date, and optionally the scheme
 * @returns the rate, or `undefined` when none is in force or the date is not `YYYY-MM-DD`
 * @example
 * ```ts
 * rateInForce(NIHR_PAYMENT_RATES, { activityCode: "HOURLY", date: "2025-12-15" })?.pence; // 2500
 * rateInForce(NIHR_PAYMENT_RATES, { activityCode: "HOURLY", date: "2025-12-16" })?.pence; // 2750
 * ```
 * @category Payments
 */
export function rateInForce<R extends DatedRate>(
  table: readonly R[],
  query: RateQuery,
): R | undefined {
  const { date, activityCode, scheme } = query;
  if (!ISO_DATE.test(date)) return undefined;
  let best: R | undefined;
  for (const row of table) {
    if (row.activityCode !== activityCode) continue;
    if (scheme !== undefined && row.scheme !== scheme) continue;
    if (row.effectiveFrom > date) continue;
    if (row.effectiveTo !== undefined && row.effectiveTo < date) continue;
    if (best === undefined || row.effectiveFrom > best.effectiveFrom) best = row;
  }
  return best;
}

/**
 * How {@link applyUplift} rounds: to the nearest `step` pence (`"nearest"`, halves up), or always
 * up or down to a multiple of `step`.
 *
 * @example
 * ```ts
 * const rounding: UpliftRounding = { mode: "up", step: 10 };
 * ```
 * @category Payments
 */
export interface UpliftRounding {
  /** `"nearest"` (halves round up), `"up"` or `"down"`. */
  readonly mode: "nearest" | "up" | "down";
  /** Round to a multiple of this many pence (a positive integer; 1 = whole pence). */
  readonly step: number;
}

/**
 * Apply a percentage uplift to an amount in pence, e.g. the NIHR 10% uplift of 16 December 2025.
 *
 * Rounding rule: the product is first cleaned of floating-point noise (rounded to 6 decimal
 * places), then rounded to a whole penny, halves up (the default `{ mode: "nearest", step: 1 }`).
 * Pass `{ mode: "up", step: 10 }` to round up to 10p, the rule metrics.md §4.2 assumes NIHR used
 * (12.50 x 1.1 = 13.75 -> 13.80; UNVERIFIED).
 *
 * @param pence - the amount before the uplift, in integer pence (non-negative)
 * @param factor - the multiplier, e.g. `1.1` for +10%
 * @param rounding - how to round the result (default: nearest whole penny)
 * @returns the uplifted amount in integer pence
 * @throws RangeError when `pence` is not a non-negative integer, `factor` is not a finite
 *   non-negative number, or `step` is not a positive integer (programmer errors)
 * @example
 * ```ts
 * applyUplift(45000, 1.1); // 49500
 * applyUplift(2500, 1.1); // 2750
 * applyUplift(1250, 1.1, { mode: "up", step: 10 }); // 1380
 * ```
 * @category Payments
 */
export function applyUplift(
  pence: number,
  factor: number,
  rounding: UpliftRounding = { mode: "nearest", step: 1 },
): number {
  if (!Number.isSafeInteger(pence) || pence < 0) {
    throw new RangeError(`applyUplift: pence must be a non-negative integer, got ${pence}.`);
  }
  if (!Number.isFinite(factor) || factor < 0) {
    throw new RangeError(
      `applyUplift: factor must be a finite non-negative number, got ${factor}.`,
    );
  }
  const { mode, step } = rounding;
  if (!Number.isSafeInteger(step) || step < 1) {
    throw new RangeError(`applyUplift: step must be a positive integer, got ${step}.`);
  }
  const raw = Math.round(pence * factor * 1e6) / 1e6;
  const units = raw / step;
  switch (mode) {
    case "nearest":
      return Math.floor(units + 0.5) * step;
    case "up":
      return Math.ceil(units) * step;
    case "down":
      return Math.floor(units) * step;
    default: {
      const unreachable: never = mode;
      throw new RangeError(`applyUplift: unknown rounding mode ${String(unreachable)}.`);
    }
  }
}
