import { formatDecimal, formatMoney } from "../format.js";
import type { Dataset } from "../model/dataset.js";
import type { BudgetLine } from "../model/payment.js";
import type { Period } from "../model/period.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { invalidPeriodCode, resolvePeriod } from "../derive/period.js";
import type { FeesDue } from "./payments-fees-due.js";
import { feesDue } from "./payments-fees-due.js";
import type { PaymentRecordTotals } from "./payments-totals.js";
import { activitiesStartedIn, daysToPay, paymentRecordTotals } from "./payments-totals.js";
import { budgetInPeriod } from "../derive/budget.js";
import { unsafeTotals } from "../derive/money.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { NIHR_PAYMENT_GUIDANCE_2024 } from "../frameworks/publications.js";
import { CHOICE_PAYMENTS, CHOICE_PAYMENT_TIMELINESS } from "../frameworks/design-choices.js";

/** Budget categories the payments measure compares spending with. */
const PAYMENTS_BUDGET: readonly BudgetLine["category"][] = ["payments", "expenses"];

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const PAYMENTS_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "payments/invalid-target-days",
    severity: "warning",
    title: "targetDays is not a number of days of 0 or more",
    example: {
      path: ["opts", "targetDays"],
      message: "targetDays must be a number of days of at least 0; the default of 30 was used.",
    },
  },
  {
    code: "payments/invalid-rounding",
    severity: "warning",
    title: "roundMinutesTo is not a whole number of 1 or more",
    example: {
      path: ["opts", "roundMinutesTo"],
      message:
        "roundMinutesTo must be a whole number of minutes of at least 1; minutes were not rounded.",
    },
  },
  {
    code: "payments/unverified-rate",
    severity: "info",
    title: "A fee due priced with an unverified rate",
    example: {
      path: ["paymentRates"],
      message:
        "Some fees due were priced with a rate marked unverified; check the rate table before relying on the amounts due.",
      hint: "Add your organisation's own confirmed rates to the dataset's paymentRates.",
    },
  },
  {
    code: "payments/no-rate-code",
    severity: "warning",
    title: "An offered payment with no rate code",
    example: {
      path: ["activities", 4, "contributors", 0, "payment"],
      message: "2 offered payments have no rate code, so the fee due could not be worked out.",
      hint: 'Give each offered payment a rateCode that matches the rate table, e.g. "HOURLY".',
    },
  },
  {
    code: "payments/no-rate-in-force",
    severity: "warning",
    title: "No rate with that code in force on the date",
    example: {
      path: ["activities", 7, "contributors", 1, "payment", "rateCode"],
      message:
        'No rate with the code "HALF-DAY" was in force on the date of 3 offered contributions, so the fee due could not be worked out.',
      hint: "Add the rate, with the dates it applies, to the dataset's paymentRates.",
    },
  },
  {
    code: "payments/other-currency",
    severity: "warning",
    title: "Payments in another currency, left out of the totals",
    example: {
      path: ["payments"],
      message: "2 payments are not in GBP and were left out of the totals.",
      hint: "Convert them, or pass opts.currency.",
    },
  },
  {
    code: "payments/paid-before-claimed",
    severity: "warning",
    title: "Payments paid before they were claimed",
    example: {
      path: ["payments"],
      message: "1 payment was paid before it was claimed and is left out of the days to pay.",
      hint: "Check the claimed and paid dates.",
    },
  },
  {
    code: "payments/no-activities",
    severity: "info",
    title: "No activity in the period",
    example: {
      path: ["activities"],
      message: "No activity started between 2020-04-01 and 2021-03-31.",
    },
  },
  {
    code: "payments/total-too-large",
    severity: "error",
    title: "A total of pence too large to add up exactly",
    example: {
      path: ["payments"],
      message:
        "The paid total comes to more than 9007199254740991 pence, the most ppie can add up exactly, so the payments summary has no value.",
      hint: "Check the amounts for a mistake in the unit (pence, not pounds × 100 twice), or summarise a shorter period.",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("payments"),
]);

/**
 * The default target for paying a claim: 30 days from claim to payment (a ppie design choice,
 * see docs/design-choices.md#payment-timeliness-and-budget: the NIHR payment guidance sets no
 * target, and the strategy metric `payment-timeliness` leaves the number of days to the
 * organisation).
 *
 * @example
 * ```ts
 * PAYMENT_TARGET_DAYS; // 30
 * ```
 * @category Scores
 */
export const PAYMENT_TARGET_DAYS = 30;

/**
 * Options for {@link payments}.
 *
 * @category Scores
 */
export interface PaymentsOptions {
  /** The period: a label such as `"2025-26"` or `{ start, end }`; default the dataset's default period. */
  period?: Period | string;
  /** The as-of date (ISO) that decides the default period; default the latest recorded date. */
  asOf?: string;
  /** Days from claim to payment counted as on time (default {@link PAYMENT_TARGET_DAYS}). */
  targetDays?: number;
  /** Only use rates of this scheme when pricing (all schemes when absent). */
  scheme?: string;
  /**
   * Round each contribution's minutes **up** to a multiple of this many minutes before pricing
   * an hourly rate (a local policy choice). Default 1 (no rounding).
   */
  roundMinutesTo?: number;
  /** The currency to add up (default `"GBP"`); amounts in other currencies are left out. */
  currency?: string;
}

/**
 * A rate used to price contributions.
 *
 * @category Scores
 */
export interface PaymentRateUsed {
  /** `"dataset"` when from the dataset's own rates, `"bundled"` when from ppie's table. */
  from: "dataset" | "bundled";
  /** Scheme. */
  scheme: string;
  /** Activity code. */
  activityCode: string;
  /** Unit. */
  unit: "hour" | "half-day" | "day" | "task";
  /** Pence per unit. */
  pence: number;
  /** First day in force. */
  effectiveFrom: string;
  /** Whether the rate is verified. */
  verified: boolean;
  /** Contributions priced with it. */
  contributions: number;
}

/**
 * The figures a {@link payments} score was built from. All money is integer pence.
 *
 * @category Scores
 */
export interface PaymentsComponents {
  /** The period (`null` when it could not be read). */
  period: Period | null;
  /** Activities that started in the period. */
  activities: number;
  /** Contributions (one contributor at one activity) at those activities. */
  contributions: number;
  /** Minutes given at those activities. */
  minutes: number;
  /** Contributions by payment offer status. */
  offers: { offered: number; declined: number; notOffered: number; notApplicable: number };
  /** Fees due for offered contributions under the rate in force on the activity date. */
  duePence: number;
  /** Offered contributions that could be priced. */
  priced: number;
  /** Offered contributions with no rate code or no rate in force. */
  unpriced: number;
  /** Fees and vouchers paid for the period's activities (the score's value). */
  paidPence: number;
  /** Expenses paid for the period's activities. */
  expensesPaidPence: number;
  /** Payment records declined for the period's activities, and their amounts. */
  declined: { payments: number; pence: number };
  /** Fees still owed: per offered contribution, due − paid (or, if unpriced, recorded unpaid fees). */
  outstandingPence: number;
  /** Recorded payments still due or claimed (fees, vouchers and expenses) for the period's activities. */
  claimedUnpaidPence: number;
  /** Days from claim to payment for paid claims (fees, vouchers and expenses) of the period's activities. */
  daysToPay: {
    n: number;
    median: number | null;
    slowest: number | null;
    targetDays: number;
    withinTarget: number;
    /** Share paid within the target, percent. */
    withinTargetShare: number | null;
    /** Claims not yet paid. */
    unpaidClaims: number;
  };
  /** Spend against the involvement budget (categories payments and expenses). */
  budget: {
    /** Budget lines whose period overlaps. */
    lines: number;
    /** Their amounts, pro-rated by the days of each line that fall in the period. */
    budgetPence: number;
    /** Payments (all kinds) paid in the period, by payment date. */
    spendPence: number;
    /** 100 × spend / budget; `null` with no budget. */
    spendShare: number | null;
  };
  /** The rates used to price contributions. */
  ratesUsed: PaymentRateUsed[];
}

/**
 * The NIHR payment guidance (how to cost and pay involvement); pricing at the rate in force on
 * the activity date, whole pence, declines kept, timeliness and budget share are ppie's choices.
 */
export const PAYMENTS_SOURCES: Sources = [
  NIHR_PAYMENT_GUIDANCE_2024,
  CHOICE_PAYMENTS,
  CHOICE_PAYMENT_TIMELINESS,
];

/** An amount of pence in pounds, e.g. "£37.50". */
function pounds(pence: number): string {
  return formatMoney(pence);
}

/** A figure to one decimal place for the explanation, or "n/a". */
function fmt(x: number | null): string {
  return x === null ? "n/a" : formatDecimal(x, 1);
}

/**
 * The target days and minute rounding to use: the caller's when valid, else the defaults, with a
 * warning for each invalid one.
 */
function checkedOptions(
  opts: PaymentsOptions,
  diagnostics: Diagnostic[],
): { targetDays: number; roundTo: number } {
  let targetDays = PAYMENT_TARGET_DAYS;
  if (opts.targetDays !== undefined) {
    if (isValidTargetDays(opts.targetDays)) targetDays = opts.targetDays;
    else
      diagnostics.push(
        diagnostic(
          "payments/invalid-target-days",
          "warning",
          ["opts", "targetDays"],
          `targetDays must be a number of days of at least 0; the default of ${PAYMENT_TARGET_DAYS} was used.`,
        ),
      );
  }
  let roundTo = 1;
  if (opts.roundMinutesTo !== undefined) {
    if (Number.isInteger(opts.roundMinutesTo) && opts.roundMinutesTo >= 1)
      roundTo = opts.roundMinutesTo;
    else
      diagnostics.push(
        diagnostic(
          "payments/invalid-rounding",
          "warning",
          ["opts", "roundMinutesTo"],
          "roundMinutesTo must be a whole number of minutes of at least 1; minutes were not rounded.",
        ),
      );
  }
  return { targetDays, roundTo };
}

/**
 * Whether a days-to-pay target can be used (a number of days of at least 0); the measure
 * uses {@link PAYMENT_TARGET_DAYS} in place of one that cannot.
 */
export function isValidTargetDays(days: number): boolean {
  return Number.isFinite(days) && days >= 0;
}

/** The components of a score with nothing counted (when the period cannot be read). */
function emptyComponents(targetDays: number): PaymentsComponents {
  return {
    period: null,
    activities: 0,
    contributions: 0,
    minutes: 0,
    offers: { offered: 0, declined: 0, notOffered: 0, notApplicable: 0 },
    duePence: 0,
    priced: 0,
    unpriced: 0,
    paidPence: 0,
    expensesPaidPence: 0,
    declined: { payments: 0, pence: 0 },
    outstandingPence: 0,
    claimedUnpaidPence: 0,
    daysToPay: {
      n: 0,
      median: null,
      slowest: null,
      targetDays,
      withinTarget: 0,
      withinTargetShare: null,
      unpaidClaims: 0,
    },
    budget: { lines: 0, budgetPence: 0, spendPence: 0, spendShare: null },
    ratesUsed: [],
  };
}

/**
 * The warnings (and the unverified-rate note) about what could not be priced or counted: rates
 * marked unverified, offered payments with no rate code or no rate in force, payments in another
 * currency, and payments dated before their claim.
 */
function pricingDiagnostics(
  fees: FeesDue,
  totals: PaymentRecordTotals,
  currency: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (fees.ratesUsed.some((r) => !r.verified)) {
    diagnostics.push(
      diagnostic(
        "payments/unverified-rate",
        "info",
        ["paymentRates"],
        "Some fees due were priced with a rate marked unverified; check the rate table before relying on the amounts due.",
        "Add your organisation's own confirmed rates to the dataset's paymentRates.",
      ),
    );
  }
  const noCode = fees.noCode.n;
  if (noCode > 0) {
    diagnostics.push(
      diagnostic(
        "payments/no-rate-code",
        "warning",
        fees.noCode.path,
        `${noCode} offered payment${noCode === 1 ? " has" : "s have"} no rate code, so the fee due could not be worked out.`,
        'Give each offered payment a rateCode that matches the rate table, e.g. "HOURLY".',
      ),
    );
  }
  for (const [code, { n, path }] of fees.noRate) {
    diagnostics.push(
      diagnostic(
        "payments/no-rate-in-force",
        "warning",
        path,
        `No rate with the code "${code}" was in force on the date of ${n} offered contribution${n === 1 ? "" : "s"}, so the fee due could not be worked out.`,
        "Add the rate, with the dates it applies, to the dataset's paymentRates.",
      ),
    );
  }
  const otherCurrency = totals.otherCurrency;
  if (otherCurrency > 0) {
    diagnostics.push(
      diagnostic(
        "payments/other-currency",
        "warning",
        ["payments"],
        `${otherCurrency} payment${otherCurrency === 1 ? " is" : "s are"} not in ${currency} and ${otherCurrency === 1 ? "was" : "were"} left out of the totals.`,
        "Convert them, or pass opts.currency.",
      ),
    );
  }
  const negativeDays = totals.paidBeforeClaimed;
  if (negativeDays > 0) {
    diagnostics.push(
      diagnostic(
        "payments/paid-before-claimed",
        "warning",
        ["payments"],
        `${negativeDays} payment${negativeDays === 1 ? " was" : "s were"} paid before ${negativeDays === 1 ? "it was" : "they were"} claimed and ${negativeDays === 1 ? "is" : "are"} left out of the days to pay.`,
        "Check the claimed and paid dates.",
      ),
    );
  }
  return diagnostics;
}

/** The score's explanation: every figure of the components in one paragraph. */
function explain(c: PaymentsComponents, p: Period): string {
  const dtp = c.daysToPay;
  const bud = c.budget;
  return `${c.activities} activities from ${p.start} to ${p.end}: ${c.contributions} contributions, ${fmt(c.minutes / 60)} hours given. Payment offered for ${c.offers.offered}, declined by ${c.offers.declined}, not offered for ${c.offers.notOffered}, not applicable for ${c.offers.notApplicable}. Fees due ${pounds(c.duePence)} (${c.priced} priced at the rate in force on the activity date${c.unpriced > 0 ? `, ${c.unpriced} could not be priced` : ""}); paid ${pounds(c.paidPence)} (plus expenses ${pounds(c.expensesPaidPence)}); outstanding ${pounds(c.outstandingPence)}; ${c.declined.payments} payments declined. Claims paid: ${dtp.n}, median ${fmt(dtp.median)} days, slowest ${fmt(dtp.slowest)}, ${fmt(dtp.withinTargetShare)}% within ${dtp.targetDays} days; ${dtp.unpaidClaims} claims unpaid. Spend in the period ${pounds(bud.spendPence)} against a payments and expenses budget of ${pounds(bud.budgetPence)}${bud.spendShare === null ? "" : ` (${fmt(bud.spendShare)}%)`}.`;
}

/**
 * Payments to public contributors for the activities that took place in a period:
 *
 * - **time given** (minutes) and **fees due**: each offered contribution priced with the rate
 *   in force on the **activity date**, looked up first in the dataset's own
 *   `paymentRates`, then in ppie's bundled table (`NIHR_PAYMENT_RATES`, every row marked not
 *   yet verified).
 *   An hourly rate is paid pro rata, rounded to whole pence (minutes optionally rounded up first,
 *   a local policy choice); a half-day, day or task rate is one unit per contribution
 *   (a ppie design choice, see docs/design-choices.md#payments);
 * - **paid, declined and outstanding** in integer pence: paid = fee and voucher payments with
 *   status paid; declined payments are kept and counted (contributors may decline payment,
 *   NIHR payment guidance); outstanding = for each offered
 *   contribution, max(0, due − paid) (or the recorded unpaid fees when it cannot be priced);
 * - **days from claim to payment**: median, slowest, and the share paid within the target
 *   (`withinTargetShare`, percent; default 30 days);
 * - **spend against the involvement budget**: payments of any kind paid in the period (by
 *   payment date) against budget lines in the categories payments and expenses whose period
 *   overlaps, each pro-rated by the share of its days inside the period.
 *
 * **value = paidPence**, the total of fees and vouchers paid for the period's activities.
 * Amounts in another currency are left out with a diagnostic. Linear: activities, payments and
 * budgets are each read once, rates are looked up once per code and date.
 *
 * Source: NIHR, Payment guidance for researchers and professionals (version 1.6, 2024); the
 * pricing rule, timeliness and budget share are ppie design choices (see
 * docs/design-choices.md#payments and docs/design-choices.md#payment-timeliness-and-budget).
 * Worked example (a unit test): 90 minutes at £25/hour → due 3750p; paid 3750p, claimed on
 * 1 May and paid on 21 May → 20 days, within the 30-day target.
 *
 * @param dataset - the dataset
 * @param opts - the period, as a label (`"2025-26"`) or `{ start, end }` (default the dataset's
 *   default period), the as-of date, target days, scheme, minute rounding and currency
 * @returns a {@link Score} in pence; `null` when the period cannot be read
 * @example
 * ```ts
 * payments(demoDataset, { period: "2025-26" }).components.daysToPay.withinTargetShare; // 86.8
 * ```
 * @category Scores
 */
export function payments(dataset: Dataset, opts: PaymentsOptions = {}): Score<PaymentsComponents> {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  const { targetDays, roundTo } = checkedOptions(opts, diagnostics);
  const currency = opts.currency ?? "GBP";
  const base = { id: "payments", unit: "pence" as const, source: PAYMENTS_SOURCES };
  const resolved = resolvePeriod(opts.period, dataset, "payments/invalid-period", opts.asOf);
  if (!resolved.ok) {
    return {
      ...base,
      value: null,
      components: emptyComponents(targetDays),
      explanation: "No payments summary: the period could not be read.",
      diagnostics: [...diagnostics, ...resolved.diagnostics],
    };
  }
  const p = resolved.value;
  const inPeriodIds = activitiesStartedIn(dataset, p);
  const totals = paymentRecordTotals(dataset, p, inPeriodIds, currency);
  const fees = feesDue(dataset, p, totals.feesByActivity, { scheme: opts.scheme, roundTo });
  const budget = budgetInPeriod(dataset.budgets, p, PAYMENTS_BUDGET, currency);
  const components: PaymentsComponents = {
    period: { start: p.start, end: p.end },
    activities: inPeriodIds.size,
    contributions: fees.contributions,
    minutes: fees.minutes,
    offers: fees.offers,
    duePence: fees.duePence,
    priced: fees.priced,
    unpriced: fees.unpriced,
    paidPence: totals.paidPence,
    expensesPaidPence: totals.expensesPaidPence,
    declined: totals.declined,
    outstandingPence: fees.outstandingPence,
    claimedUnpaidPence: totals.claimedUnpaidPence,
    daysToPay: daysToPay(totals.days, targetDays, totals.unpaidClaims),
    budget: {
      lines: budget.lines,
      budgetPence: budget.pence,
      spendPence: totals.spendPence,
      spendShare: budget.pence === 0 ? null : (100 * totals.spendPence) / budget.pence,
    },
    ratesUsed: fees.ratesUsed,
  };
  diagnostics.push(...pricingDiagnostics(fees, totals, currency));
  const unsafe = unsafeTotals({
    due: components.duePence,
    paid: components.paidPence,
    "expenses paid": components.expensesPaidPence,
    declined: components.declined.pence,
    outstanding: components.outstandingPence,
    "claimed and unpaid": components.claimedUnpaidPence,
    budget: components.budget.budgetPence,
    spend: components.budget.spendPence,
  });
  if (unsafe.length > 0) {
    diagnostics.push(
      diagnostic(
        "payments/total-too-large",
        "error",
        ["payments"],
        `The ${unsafe.length === 1 ? unsafe[0] : `${unsafe.slice(0, -1).join(", ")} and ${unsafe[unsafe.length - 1]}`} total${unsafe.length === 1 ? " comes" : "s come"} to more than ${Number.MAX_SAFE_INTEGER} pence, the most ppie can add up exactly, so the payments summary has no value.`,
        "Check the amounts for a mistake in the unit (pence, not pounds × 100 twice), or summarise a shorter period.",
      ),
    );
  }
  if (components.activities === 0) {
    diagnostics.push(
      diagnostic(
        "payments/no-activities",
        "info",
        ["activities"],
        `No activity started between ${p.start} and ${p.end}.`,
      ),
    );
  }
  const explanation = explain(components, p);
  const value = unsafe.length > 0 ? null : components.paidPence;
  return { ...base, value, components, explanation, diagnostics };
}
