/**
 * Periods: the default reporting period of a dataset, reading a period the caller gave, and,
 * for each kind of record, the one date that decides which period it falls in.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import type { Feedback } from "../model/feedback.js";
import type { ImpactRecord } from "../model/impact.js";
import type { Payment } from "../model/payment.js";
import type { Period } from "../model/period.js";
import {
  financialYear,
  financialYearOf,
  inPeriod,
  isIsoDate,
  parsePeriod,
} from "../model/period.js";
import type { TrainingRecord } from "../model/training.js";
import type { Diagnostic, DiagnosticCode, Result } from "../result.js";
import { declareCodes, diagnostic } from "../result.js";
import { asOf, latestRecordedDate } from "./as-of.js";
import { facts } from "./facts.js";

/**
 * The declaration of `<area>/invalid-period`, the code {@link readPeriod} raises for a measure
 * (or other area) whose period cannot be read: one wording for every measure.
 *
 * @param area - the measure id, e.g. `"payments"`
 * @returns the declaration, for that area's `declareCodes` table
 */
/* @__NO_SIDE_EFFECTS__ */
export function invalidPeriodCode<const A extends string>(area: A) {
  return {
    code: `${area}/invalid-period` as const,
    severity: "error" as const,
    title: "A period that cannot be read",
    example: {
      path: ["period"],
      message: 'The period "2025-27" could not be read.',
      hint: PERIOD_HINT,
    },
  };
}

/** What `period/no-default` says. */
const NO_DEFAULT = {
  message:
    "No period was given, and the dataset records no dated activity, event, payment, feedback, impact, training or membership, so there is no default period.",
  hint: 'Give a period (for example "2025-26") or an as-of date.',
} as const;

/** What `period/out-of-range` says, for the as-of date 0000-01-01. */
const OUT_OF_RANGE = {
  message:
    "No period was given, and the as-of date 0000-01-01 lies outside the financial years ppie can name (0000-01 to 9998-99), so there is no default period.",
  hint: 'Check the dates in the data (a year such as 0000 is usually a typing mistake), or give a period (for example "2025-26") or an as-of date.',
} as const;

/**
 * The diagnostic codes the derive stage raises itself, each with an example.
 */
export const PERIOD_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "period/no-default",
    severity: "error",
    title: "No period given, and the dataset records no dates to choose one from",
    example: { path: ["period"], ...NO_DEFAULT },
  },
  {
    code: "period/out-of-range",
    severity: "error",
    title: "No period given, and the as-of date is outside the years a financial year can name",
    example: { path: ["period"], ...OUT_OF_RANGE },
  },
]);

/** A period with the label a person reads, e.g. `"2025-26"`. */
export type LabelledPeriod = Period & { label: string };

/** The date that decides which period an activity falls in: the day it started. */
export function activityDate(a: Activity): string {
  return a.startDate;
}

/** The date that decides which period an engagement event falls in: its date. */
export function eventDate(e: EngagementEvent): string {
  return e.date;
}

/**
 * The date that decides which period a feedback record falls in: for a Friends and Family Test
 * return, the first day of the period its responses were collected in (a March return belongs
 * to March, whenever it was submitted); for every other kind, its date.
 */
export function feedbackDate(f: Feedback): string {
  return f.kind === "fft" ? f.period.start : f.date;
}

/** The date that decides which period an impact record falls in: the date of the change. */
export function impactDate(i: ImpactRecord): string {
  return i.date;
}

/** The date that decides which period a training record falls in: the day of the training. */
export function trainingDate(t: TrainingRecord): string {
  return t.date;
}

/** Whether an activity falls in a period (it started in it). */
export function activityInPeriod(a: Activity, p: Period): boolean {
  return inPeriod(a.startDate, p);
}

/**
 * Whether an engagement event falls in a period: a one-day event when its date does, an event
 * over several days (a campaign, a festival) when any of its days does.
 */
export function eventInPeriod(e: EngagementEvent, p: Period): boolean {
  if (e.endDate === undefined || e.endDate <= e.date) return inPeriod(e.date, p);
  return e.date <= p.end && e.endDate >= p.start;
}

/** Whether a feedback record falls in a period (see {@link feedbackDate}). */
export function feedbackInPeriod(f: Feedback, p: Period): boolean {
  return inPeriod(feedbackDate(f), p);
}

/** Whether an impact record falls in a period. */
export function impactInPeriod(i: ImpactRecord, p: Period): boolean {
  return inPeriod(i.date, p);
}

/** The earliest date on which something recorded in the dataset happened. */
function earliestRecordedDate(ds: Dataset): string | undefined {
  return facts(ds).cached("earliestRecordedDate", () => {
    let min: string | undefined;
    const see = (d: string | undefined): void => {
      if (d !== undefined && (min === undefined || d < min)) min = d;
    };
    for (const a of ds.activities) see(a.startDate);
    for (const e of ds.events) see(e.date);
    for (const f of ds.feedback) see(feedbackDate(f));
    for (const i of ds.impacts) see(i.date);
    for (const t of ds.training) see(t.date);
    for (const p of ds.payments) see(p.paidDate ?? p.claimedDate ?? p.declinedDate);
    return min;
  });
}

/**
 * The period a report or measure covers when the caller names none: the latest UK financial
 * year (1 April to 31 March) that has ended by the as-of date and in which something was
 * recorded, so that an annual report run in May covers the year just ended, with the payments
 * and feedback that came in after it. When no recorded year has ended yet (all the data lies in
 * the year of the as-of date), it is the financial year that holds the as-of date.
 *
 * @param dataset - the dataset
 * @param asOfDate - the as-of date (see {@link asOf}); default the dataset's own
 * @returns the financial year, with its label; `undefined` when the as-of date lies outside
 *   the financial years that can be written with four-digit years (before 0000-04-01 or after
 *   9999-03-31)
 */
export function defaultPeriod(dataset: Dataset, asOfDate?: string): LabelledPeriod | undefined {
  const today = asOf(dataset, asOfDate);
  const current = financialYearOf(today);
  const fy = financialYear(current);
  if (fy === undefined) return undefined;
  const ended =
    fy.end <= today
      ? current
      : financialYearOf(`${String(Number(current.slice(0, 4)) - 1).padStart(4, "0")}-04-01`);
  const endedPeriod = financialYear(ended);
  const first = earliestRecordedDate(dataset);
  const label =
    endedPeriod !== undefined && first !== undefined && first <= endedPeriod.end ? ended : current;
  return { ...(financialYear(label) as Period), label };
}

/**
 * The default period as a {@link Result}: {@link defaultPeriod}, or the `period/no-default`
 * error when no as-of date is given and the dataset records no date at all (an empty dataset
 * has no "latest financial year"; ppie never reads the clock to invent one), or the
 * `period/out-of-range` error when the as-of date lies outside the financial years that can be
 * written (a dataset dated 0000-01-01). Measures and reports both ask here, so both give the
 * same answer.
 *
 * @param dataset - the dataset
 * @param asOfDate - the as-of date the caller gave, if any
 * @param path - where the missing period belongs in the caller's input
 * @returns the period, or why there is none
 */
export function defaultPeriodOf(
  dataset: Dataset,
  asOfDate: string | undefined,
  path: (string | number)[],
): Result<LabelledPeriod> {
  if (asOfDate === undefined && latestRecordedDate(dataset) === undefined) {
    return fail(
      diagnostic("period/no-default", "error", path, NO_DEFAULT.message, NO_DEFAULT.hint),
    );
  }
  const found = defaultPeriod(dataset, asOfDate);
  if (found === undefined) {
    return fail(
      diagnostic(
        "period/out-of-range",
        "error",
        path,
        `No period was given, and the as-of date ${asOf(dataset, asOfDate)} lies outside the financial years ppie can name (0000-01 to 9998-99), so there is no default period.`,
        OUT_OF_RANGE.hint,
      ),
    );
  }
  return { ok: true, value: found, diagnostics: [] };
}

const PERIOD_HINT =
  'Use a financial year ("2025-26"), a quarter ("2025-26-Q1"), a calendar year ("2025") or a range ("2025-01-01..2025-06-30").';

/**
 * Read a period the caller gave: a label (see `parsePeriod`) or a `{ start, end }` object with
 * real ISO dates in order.
 *
 * @param given - the label or the period
 * @param code - the diagnostic code for an unreadable period, e.g. `"payments/invalid-period"`
 * @returns the period with its label, or a diagnostic that says why it cannot be read
 */
export function readPeriod(given: Period | string, code: DiagnosticCode): Result<LabelledPeriod> {
  if (typeof given === "string") {
    const p = parsePeriod(given);
    if (p !== undefined) return { ok: true, value: { ...p, label: given.trim() }, diagnostics: [] };
    return fail(
      diagnostic(
        code,
        "error",
        ["period"],
        `The period ${JSON.stringify(given.length > 60 ? `${given.slice(0, 60)}…` : given)} could not be read.`,
        PERIOD_HINT,
      ),
    );
  }
  const okShape =
    typeof given === "object" &&
    given !== null &&
    typeof given.start === "string" &&
    typeof given.end === "string" &&
    isIsoDate(given.start) &&
    isIsoDate(given.end) &&
    given.start <= given.end;
  if (okShape) {
    const named = (given as { label?: unknown }).label;
    const label = typeof named === "string" ? named : `${given.start}..${given.end}`;
    return { ok: true, value: { start: given.start, end: given.end, label }, diagnostics: [] };
  }
  return fail(
    diagnostic(
      code,
      "error",
      ["period"],
      "The period must have real ISO dates (YYYY-MM-DD) with the start on or before the end.",
      'Give { start: "2025-04-01", end: "2026-03-31" } or a label such as "2025-26".',
    ),
  );
}

/**
 * Read the period a caller gave ({@link readPeriod}), or take the dataset's
 * {@link defaultPeriod} when none was given.
 *
 * @param given - the caller's period, or `undefined`
 * @param dataset - the dataset (for the default)
 * @param code - the diagnostic code for an unreadable period
 * @param asOfDate - the caller's as-of date, when given
 * @returns the period with its label, or a diagnostic that says why it cannot be read
 */
export function resolvePeriod(
  given: Period | string | undefined,
  dataset: Dataset,
  code: DiagnosticCode,
  asOfDate?: string,
): Result<LabelledPeriod> {
  if (given === undefined) return defaultPeriodOf(dataset, asOfDate, ["period"]);
  return readPeriod(given, code);
}

function fail(d: Diagnostic): Result<LabelledPeriod> {
  return { ok: false, diagnostics: [d] };
}

export { latestRecordedDate };

/**
 * Whether two periods share at least one day (both ends included): a strategy in force during a
 * period, a budget line that reaches into it.
 *
 * @param a - one period
 * @param b - the other
 * @returns true when they overlap
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && a.end >= b.start;
}

/** Whether a training record falls in a period (its day). */
export function trainingInPeriod(t: TrainingRecord, p: Period): boolean {
  return inPeriod(t.date, p);
}

/** Whether a payment counts as spending in a period: it was paid on a day in the period. */
export function paidInPeriod(pay: Payment, p: Period): boolean {
  return pay.status === "paid" && pay.paidDate !== undefined && inPeriod(pay.paidDate, p);
}
