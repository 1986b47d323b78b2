import type { Source } from "../source.js";
import { cite } from "../source.js";
import {
  NHSE_PPV_PAYMENT_POLICY,
  NIHR_PAYMENT_GUIDANCE_2024,
  NIHR_RATE_UPLIFT_2025,
} from "./publications.js";

/**
 * Which payment scheme a rate belongs to: NIHR-funded research projects, NIHR's own committees
 * and panels, the Health Research Authority, or one organisation's own rates (`local`: a
 * dataset's local rates, and the rates NHS England pays its own patient and public voice
 * partners).
 *
 * @example
 * ```ts
 * const scheme: PaymentScheme = "NIHR-research";
 * ```
 * @category Payments
 */
export type PaymentScheme = "NIHR-research" | "NIHR-internal" | "HRA" | "local";

/**
 * What a payment rate is paid per.
 *
 * @example
 * ```ts
 * const unit: PaymentUnit = "hour";
 * ```
 * @category Payments
 */
export type PaymentUnit = "hour" | "half-day" | "day" | "task";

/**
 * One dated public-contributor payment rate, with the amount in integer pence rather than
 * pounds (the shape is a ppie design choice, see docs/design-choices.md#payments). The rate
 * applies to activities that took place from `effectiveFrom` to `effectiveTo` inclusive (ISO
 * `YYYY-MM-DD`); look rates up by the date of the activity, not the payment date.
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
  /** Which document (and version) the rate comes from, in words. */
  readonly sourceVersion: string;
  /** The publication the rate is attributed to, where there is one (see {@link Source}). */
  readonly source?: Source;
  /** False when the rate is not verified (quoted, remembered or computed from unverified inputs). */
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
 *   sourceVersion: "NIHR rate uplift, as reported",
 *   verified: false,
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
  /** Which document the range comes from, in words. */
  readonly sourceVersion: string;
  /** The publication the range is attributed to, where there is one. */
  readonly source?: Source;
  /** False when the range is not verified. */
  readonly verified: boolean;
  /** What is uncertain about the range. */
  readonly note?: string;
}

/**
 * The NIHR rate uplift of 10% for public contributors, effective 16 December 2025, as reported
 * by trade press (The Carer UK, December 2025). No NIHR notice of it has been found, so it is
 * `verified: false`: check NIHR's current payment guidance before relying on it. NIHR-funded
 * researchers were reported to be expected to apply the new rates immediately.
 *
 * @example
 * ```ts
 * applyUplift(45000, NIHR_UPLIFT_2025.factor); // 49500
 * NIHR_UPLIFT_2025.verified; // false
 * ```
 * @category Payments
 */
export const NIHR_UPLIFT_2025 = {
  factor: 1.1,
  effectiveFrom: "2025-12-16",
  scheme: "NIHR-research",
  verified: false,
  source: NIHR_RATE_UPLIFT_2025,
} as const;

/**
 * Ranges of NIHR public-contributor rates. Neither is verified against an NIHR publication.
 *
 * - From 16 December 2025: £13.80 to £495, as reported by trade press (The Carer UK).
 * - Before the uplift: £12.50 to £450, computed by ppie by dividing by 1.1 and assuming
 *   rounding up to 10p.
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
    sourceVersion: "NIHR rate uplift of 16 Dec 2025, as reported by The Carer UK (trade press)",
    source: NIHR_RATE_UPLIFT_2025,
    verified: false,
    note: "Known only from trade press (The Carer UK, December 2025): no NIHR notice of the uplift has been found, and NIHR's detailed table of rates by activity was not available to ppie.",
  },
  {
    scheme: "NIHR-research",
    minPence: 1250,
    maxPence: 45000,
    effectiveFrom: "2022-08-31",
    effectiveTo: "2025-12-15",
    sourceVersion:
      "Implied pre-uplift range (computed by ppie: the reported post-uplift range / 1.1)",
    source: /* @__PURE__ */ cite(NIHR_RATE_UPLIFT_2025, undefined, {
      note: "Computed by ppie from the range reported after the uplift; not published as such.",
    }),
    verified: false,
    note: "Not verified: computed from the reported post-uplift range assuming a flat 10% uplift and rounding up to 10p (12.50 x 1.1 = 13.75 -> 13.80). effectiveFrom is the first publication date of the NIHR payment guidance (31 Aug 2022), an assumption.",
  },
] as const satisfies readonly PaymentRateRange[];

/** How ppie's bundled rows cite NHS England's policy for paying its own PPV partners. */
const NHSE_PPV_RATES = /* @__PURE__ */ cite(NHSE_PPV_PAYMENT_POLICY, "involvement payments", {
  verified: false,
  note: "£150 a day and £75 a half day are widely quoted as NHS England's involvement payments for its own level 4 patient and public voice (PPV) partners; the amounts have not been checked against the policy's table of payments.",
});

/** Why the NHS England PPV rows carry the dates, scheme and codes they do. */
const NHSE_PPV_NOTE =
  "Not verified: widely quoted as NHS England's involvement payment for its own level 4 patient and public voice (PPV) partners; the amount has not been checked against the policy. It is not an NIHR or INVOLVE rate (INVOLVE recommended no rates). effectiveFrom is the date of version 3 of the policy (20 October 2021), an assumption: the amount may be older, and may since have changed. The scheme is 'local' because ppie's schemes have no value for NHS England (these are one organisation's rates for its own partners), and the activity code names NHS England so that research activities coded DAY or HALF_DAY are not priced with it.";

/**
 * ppie's default table of public-contributor payment rates. **No row is verified**
 * (`verified: false`): NIHR's detailed table of rates by activity was not available to ppie,
 * and even the NIHR range and uplift are known only from trade press (see
 * {@link NIHR_RATE_RANGES}). Each row cites where it is attributed (`source`). Use your own
 * table for real payments; this one exists to show the shape and the dating rules.
 *
 * | Rate | Period | Status |
 * |---|---|---|
 * | £25/hour | 31 Aug 2022 - 15 Dec 2025 | not verified (widely quoted) |
 * | £27.50/hour | from 16 Dec 2025 | not verified (computed: £25 x 1.1) |
 * | £12.50 per 30-minute task | 31 Aug 2022 - 15 Dec 2025 | not verified (consistent with £25/hour) |
 * | £150/day, £75/half-day (NHS England PPV partners, codes `NHSE_PPV_DAY`, `NHSE_PPV_HALF_DAY`) | from 20 Oct 2021 (assumed) | not verified |
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
    source: /* @__PURE__ */ cite(NIHR_PAYMENT_GUIDANCE_2024, undefined, {
      verified: false,
      note: "£25 an hour is widely quoted by universities as NIHR's standard hourly rate for 2022-2025; it has not been checked against the guidance's table of rates.",
    }),
    verified: false,
    note: "Not verified: £25/hour is widely quoted by universities as the standard NIHR hourly rate for 2022-2025. effectiveFrom is the guidance's first publication date (31 Aug 2022), an assumption.",
  },
  {
    scheme: "NIHR-research",
    activityCode: "HOURLY",
    unit: "hour",
    pence: 2750,
    effectiveFrom: "2025-12-16",
    sourceVersion: "£25/hour + 10% NIHR uplift (16 Dec 2025, as reported)",
    source: /* @__PURE__ */ cite(NIHR_RATE_UPLIFT_2025, undefined, {
      note: "Computed by ppie as £25 x 1.1: both the £25 and the uplift are unverified.",
    }),
    verified: false,
    note: "Not verified: computed as £25 x 1.1 from unverified inputs.",
  },
  {
    scheme: "NIHR-research",
    activityCode: "HALF_HOUR",
    unit: "task",
    pence: 1250,
    effectiveFrom: "2022-08-31",
    effectiveTo: "2025-12-15",
    sourceVersion: "Implied pre-uplift minimum (computed by ppie: £13.80 / 1.1)",
    source: /* @__PURE__ */ cite(NIHR_RATE_UPLIFT_2025, undefined, {
      note: "Computed by ppie from the reported post-uplift minimum of £13.80; not published as such.",
    }),
    verified: false,
    note: "Not verified: £12.50 is the implied pre-uplift minimum and is consistent with a 30-minute unit at £25/hour.",
  },
  {
    scheme: "local",
    activityCode: "NHSE_PPV_DAY",
    unit: "day",
    pence: 15000,
    effectiveFrom: "2021-10-20",
    sourceVersion:
      "NHS England, Working with our patient and public voice (PPV) partners: reimbursing expenses and paying involvement payments, version 3 (20 Oct 2021)",
    source: NHSE_PPV_RATES,
    verified: false,
    note: NHSE_PPV_NOTE,
  },
  {
    scheme: "local",
    activityCode: "NHSE_PPV_HALF_DAY",
    unit: "half-day",
    pence: 7500,
    effectiveFrom: "2021-10-20",
    sourceVersion:
      "NHS England, Working with our patient and public voice (PPV) partners: reimbursing expenses and paying involvement payments, version 3 (20 Oct 2021)",
    source: NHSE_PPV_RATES,
    verified: false,
    note: NHSE_PPV_NOTE,
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
 * activity took place, not the payment date. If several rows match (e.g. two
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
 * Pass `{ mode: "up", step: 10 }` to round up to 10p, the rule ppie assumes NIHR used
 * (12.50 x 1.1 = 13.75 -> 13.80; not verified).
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
