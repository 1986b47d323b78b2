import { describeValue } from "../format.js";
import type { FftFeedback } from "../model/feedback.js";
/**
 * NHS Friends and Family Test (FFT) scorers: percentage positive and negative for the current
 * (2020 onward) question, and percentage who would / would not recommend for the previous
 * (2013 to 2020) question. The two questions are different time series and have separate
 * input types and functions, so they cannot be merged by accident.
 *
 * Sources: NHS England, "Using the Friends and Family Test to improve patient experience" (2019)
 * for the question and its answers; NHS England, "Calculation and presentation of FFT data", and
 * NHS England's FFT processing code (fft_pipeline) for the calculation.
 *
 * This module imports no zod.
 */
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";

import { fftSeries } from "../frameworks/fft-questions.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import {
  FFT_CALCULATIONS,
  FFT_GUIDANCE_2014,
  FFT_GUIDANCE_2019,
  FFT_PIPELINE,
} from "../frameworks/publications.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const FFT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "fft/invalid-count",
    severity: "error",
    title: "A response count that is not a whole number of 0 or more",
    example: {
      path: ["counts", "veryGood"],
      message:
        'The count for "veryGood" is not a whole number (1.5); counts must be whole numbers of 0 or more.',
      hint: "Correct the count, or enter 0 if nobody gave this answer.",
    },
  },
  {
    code: "fft/no-responses",
    severity: "warning",
    title: "No responses, so no percentage",
    example: {
      path: ["counts"],
      message: "No responses were recorded, so there is no positive percentage.",
      hint: "This is normal for a unit with no feedback in the period; it is shown as blank, not 0%.",
    },
  },
  {
    code: "fft/wrong-series",
    severity: "error",
    title: "Counts for the other FFT question",
    example: {
      path: ["counts", "question"],
      message:
        "These counts are marked as the pre-2020 question, but this scorer is for the 2020 question.",
      hint: 'Use fftLegacy for counts marked question: "pre-2020"; the two questions are different time series.',
    },
  },
  {
    code: "fft/invalid-eligible",
    severity: "warning",
    title: "The number eligible is not a whole number of 0 or more",
    example: {
      path: ["eligible"],
      message: "The number eligible is negative (-3), so no response rate was computed.",
      hint: "Give the number of people eligible as a whole number of 0 or more.",
    },
  },
  {
    code: "fft/no-eligible",
    severity: "warning",
    title: "Nobody eligible, so no response rate",
    example: {
      path: ["eligible"],
      message: "The number eligible is 0, so no response rate can be computed.",
      hint: "Check the number of people eligible to respond.",
    },
  },
  {
    code: "fft/eligible-below-responses",
    severity: "warning",
    title: "More responses than people eligible",
    example: {
      path: ["eligible"],
      message:
        "There are more responses (12) than people eligible (10), so no response rate was computed.",
      hint: "Check that the eligible count covers the same service and period as the responses.",
    },
  },
]);

export { fftSeries };

/**
 * Which FFT question a set of counts answers. `"2020"` is the current question ("Overall, how
 * was your experience of our service?", from 1 April 2020); `"pre-2020"` is the previous
 * "would you recommend" question (2013 to 2020). Sources: NHS England's FFT guidance (2019, and
 * 2014 for the previous question).
 *
 * @example
 * ```ts
 * const s: FftSeries = "2020";
 * ```
 * @category Scores
 */
export type FftSeries = "2020" | "pre-2020";

/**
 * Response counts for the current (2020 onward) FFT question, one per response option.
 * Each must be a whole number of 0 or more. Source: NHS England's FFT guidance (2019).
 *
 * @example
 * ```ts
 * const c: FftResponseCounts = { veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 };
 * ```
 * @category Scores
 */
export interface FftResponseCounts {
  /** "Very good" (code 1, positive). */
  veryGood: number;
  /** "Good" (code 2, positive). */
  good: number;
  /** "Neither good nor poor" (code 3, neutral). */
  neither: number;
  /** "Poor" (code 4, negative). */
  poor: number;
  /** "Very poor" (code 5, negative). */
  veryPoor: number;
  /** "Don't know" (code 6; neither positive nor negative, but in the denominator). */
  dontKnow: number;
}

/**
 * Input to {@link fft}: response counts for the current (2020 onward) question, with an
 * optional series marker that may only be `"2020"`.
 *
 * @example
 * ```ts
 * const c: FftCounts = { veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 };
 * ```
 * @category Scores
 */
export interface FftCounts extends FftResponseCounts {
  /** Series marker; the current question. Defaults to `"2020"`. */
  question?: "2020";
}

/**
 * Response counts for the previous (2013 to 2020) "would you recommend" FFT question.
 * Source: NHS England's FFT guidance (2014).
 *
 * @example
 * ```ts
 * const c: FftLegacyResponseCounts = {
 *   extremelyLikely: 15, likely: 5, neither: 1, unlikely: 1, extremelyUnlikely: 0, dontKnow: 2,
 * };
 * ```
 * @category Scores
 */
export interface FftLegacyResponseCounts {
  /** "Extremely likely" (would recommend). */
  extremelyLikely: number;
  /** "Likely" (would recommend). */
  likely: number;
  /** "Neither likely nor unlikely". */
  neither: number;
  /** "Unlikely" (would not recommend). */
  unlikely: number;
  /** "Extremely unlikely" (would not recommend). */
  extremelyUnlikely: number;
  /** "Don't know". */
  dontKnow: number;
}

/**
 * Input to {@link fftLegacy}: counts for the previous (2013 to 2020) question. The series
 * marker is required, so these counts can never be mistaken for current-question counts.
 *
 * @example
 * ```ts
 * const c: FftLegacyCounts = {
 *   question: "pre-2020",
 *   extremelyLikely: 15, likely: 5, neither: 1, unlikely: 1, extremelyUnlikely: 0, dontKnow: 2,
 * };
 * ```
 * @category Scores
 */
export interface FftLegacyCounts extends FftLegacyResponseCounts {
  /** Series marker: the previous "would you recommend" question. */
  question: "pre-2020";
}

/**
 * Counts for either FFT question. Functions that accept both (such as `fftTable`) use the
 * `question` marker to tell them apart and refuse to mix them.
 *
 * @example
 * ```ts
 * const c: AnyFftCounts = { question: "pre-2020", extremelyLikely: 1, likely: 0, neither: 0, unlikely: 0, extremelyUnlikely: 0, dontKnow: 0 };
 * ```
 * @category Scores
 */
export type AnyFftCounts = FftCounts | FftLegacyCounts;

/**
 * Options for {@link fft} and {@link fftLegacy}.
 *
 * @example
 * ```ts
 * const o: FftOptions = { eligible: 400 };
 * ```
 * @category Scores
 */
export interface FftOptions {
  /**
   * Number of people eligible to respond, where the service collects it; gives the response
   * rate (responses / eligible, as NHS England's FFT processing code computes it).
   */
  eligible?: number;
}

/**
 * The figures an FFT score is built from. Proportions are fractions (0 to 1), unrounded;
 * `rounded` holds them rounded to 4 decimal places as NHS England stores them (NHS England's FFT
 * processing code). Figures that cannot be computed (no responses, invalid counts) are `null`.
 *
 * @typeParam S - the series
 * @typeParam C - the response counts type of that series
 * @example
 * ```ts
 * type C = FftComponentsOf<"2020", FftResponseCounts>;
 * ```
 * @category Scores
 */
export interface FftComponentsOf<S extends FftSeries, C> {
  /** Which question the counts answer. */
  series: S;
  /** The response counts as given. */
  counts: C;
  /** All responses, including "Neither" and "Don't know"; `null` when counts are invalid. */
  total: number | null;
  /** Positive (or "would recommend") responses / total, unrounded. */
  positive: number | null;
  /** Negative (or "would not recommend") responses / total, unrounded. */
  negative: number | null;
  /** `positive` as a percentage (0 to 100), unrounded. */
  percentPositive: number | null;
  /** `negative` as a percentage (0 to 100), unrounded. */
  percentNegative: number | null;
  /** The proportions rounded to 4 decimal places (0.01 percentage points), as stored. */
  rounded: { positive: number | null; negative: number | null };
  /** Eligible people, when given and valid. */
  eligible: number | null;
  /** total / eligible, unrounded; `null` when not computable. */
  responseRate: number | null;
}

/**
 * Components of an {@link fft} score (current question).
 *
 * @example
 * ```ts
 * const s = fft({ veryGood: 1, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 });
 * const c: FftComponents = s.components;
 * ```
 * @category Scores
 */
export type FftComponents = FftComponentsOf<"2020", FftResponseCounts>;

/**
 * Components of an {@link fftLegacy} score (previous question).
 *
 * @example
 * ```ts
 * const s = fftLegacy({ question: "pre-2020", extremelyLikely: 1, likely: 0, neither: 0, unlikely: 0, extremelyUnlikely: 0, dontKnow: 0 });
 * const c: FftLegacyComponents = s.components;
 * ```
 * @category Scores
 */
export type FftLegacyComponents = FftComponentsOf<"pre-2020", FftLegacyResponseCounts>;

/** The closed range of an FFT percentage. */
const RANGE: readonly [number, number] = [0, 100];

/** Response-count keys of each series, in option order. */
const KEYS = {
  "2020": ["veryGood", "good", "neither", "poor", "veryPoor", "dontKnow"],
  "pre-2020": ["extremelyLikely", "likely", "neither", "unlikely", "extremelyUnlikely", "dontKnow"],
} as const;

/**
 * Round to `dp` decimal places with ties to even on the scaled value (`rint(x * 10^dp) /
 * 10^dp`). NHS England's processing code rounds to 4 decimal places; ties to even is ppie's
 * choice (no tie rule is published), matching the usual behaviour of dataframe rounding.
 */
function roundHalfEven(x: number, dp: number): number {
  const scale = 10 ** dp;
  const y = x * scale;
  const f = Math.floor(y);
  const diff = y - f;
  const r = diff > 0.5 ? f + 1 : diff < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return r / scale;
}

/**
 * Round a proportion to 4 decimal places as NHS England stores FFT percentages (NHS England's
 * FFT processing code), with ties to even (ppie's choice: no tie rule is published).
 *
 * @param x - a proportion (0 to 1)
 * @returns the proportion rounded to 4 decimal places
 * @example
 * ```ts
 * roundFftProportion(20 / 24); // 0.8333
 * ```
 * @category Scores
 */
export function roundFftProportion(x: number): number {
  return roundHalfEven(x, 4);
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function describeBad(v: unknown): string {
  if (v === undefined) return "missing";
  if (typeof v !== "number") return `not a number (${typeof v})`;
  if (Number.isNaN(v)) return "not a number (NaN)";
  if (!Number.isFinite(v)) return `not finite (${v})`;
  if (v < 0) return `negative (${v})`;
  if (!Number.isInteger(v)) return `not a whole number (${v})`;
  return `too large (${v})`;
}

function pct2(p: number): string {
  // two decimals of a percentage, from the 4dp stored fraction (exact integer basis points)
  const bp = Math.round(roundFftProportion(p) * 10000);
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, "0")}%`;
}

/**
 * The current question: NHS England's guidance for the question and answers, its calculation
 * page and its processing code for the formula (all six answers in the denominator, 4 decimal
 * places).
 */
export const FFT_SOURCES: Sources = [
  /* @__PURE__ */ cite(FFT_GUIDANCE_2019, "the question and its six answers"),
  FFT_CALCULATIONS,
  /* @__PURE__ */ cite(FFT_PIPELINE, "percentage positive and negative over all six answers"),
];

/**
 * The previous question: NHS England's 2014 guidance; the all-answers denominator is carried
 * over from the current calculation and is not confirmed for this series.
 */
export const FFT_LEGACY_SOURCES: Sources = [
  FFT_GUIDANCE_2014,
  /* @__PURE__ */ cite(FFT_CALCULATIONS, undefined, {
    verified: false,
    note: "For the current question; the previous question's denominator is not confirmed.",
  }),
];

/** Per-series constants of a score, as plain literals. */
const STATIC = {
  "2020": {
    id: "fft",
    source: FFT_SOURCES,
    method:
      "positive = (Very good + Good) / all six options, including Neither and Don't know (NHS England's FFT calculation)",
  },
  "pre-2020": {
    id: "fft-legacy",
    source: FFT_LEGACY_SOURCES,
    method:
      "would recommend = (Extremely likely + Likely) / all six options, including Neither and Don't know (denominator not yet verified for this question)",
  },
} as const;

function invalidCount(k: string, v: unknown): Diagnostic {
  return diagnostic(
    "fft/invalid-count",
    "error",
    ["counts", k],
    `The count for "${k}" is ${describeBad(v)}; counts must be whole numbers of 0 or more.`,
    "Correct the count, or enter 0 if nobody gave this answer.",
  );
}

function score<S extends FftSeries, C>(
  series: S,
  input: unknown,
  opts: FftOptions | undefined,
): Score<FftComponentsOf<S, C>> {
  // own properties only, of the counts and the options
  input = ownOptions(input);
  opts = ownOptions(opts);
  const meta = fftSeries[series];
  const keys = KEYS[series];
  const { id, source, method } = STATIC[series];
  const rec = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  checkSeriesMarker(series, rec.question, diagnostics);
  const { raw, echoed, valid } = readCounts(keys, rec, diagnostics);
  const counts = echoed as C;
  const eligible = resolveEligible(opts, diagnostics);
  const blank = (
    total: number | null,
    responseRate: number | null,
    explanation: string,
  ): Score<FftComponentsOf<S, C>> => ({
    id,
    value: null,
    unit: "percent",
    range: RANGE,
    method,
    components: {
      series,
      counts,
      total,
      positive: null,
      negative: null,
      percentPositive: null,
      percentNegative: null,
      rounded: { positive: null, negative: null },
      eligible,
      responseRate,
    },
    explanation,
    source,
    diagnostics,
  });

  if (!valid || diagnostics.some((d) => d.severity === "error"))
    return blank(
      null,
      null,
      `No ${meta.positiveName} percentage: the counts are not valid (see diagnostics).`,
    );

  const [a, b, n, c, d, dk] = raw as [number, number, number, number, number, number];
  const total = a + b + n + c + d + dk;
  const responseRate = responseRateOf(total, eligible, diagnostics);

  if (total === 0) {
    diagnostics.push(
      diagnostic(
        "fft/no-responses",
        "warning",
        ["counts"],
        `No responses were recorded, so there is no ${meta.positiveName} percentage.`,
        "This is normal for a unit with no feedback in the period; it is shown as blank, not 0%.",
      ),
    );
    return blank(0, responseRate, `No ${meta.positiveName} percentage: there were no responses.`);
  }

  const positive = (a + b) / total;
  const negative = (c + d) / total;
  return {
    id,
    value: positive * 100,
    unit: "percent",
    range: RANGE,
    method,
    components: {
      series,
      counts,
      total,
      positive,
      negative,
      percentPositive: positive * 100,
      percentNegative: negative * 100,
      rounded: { positive: roundFftProportion(positive), negative: roundFftProportion(negative) },
      eligible,
      responseRate,
    },
    explanation: explain(meta, [a, b, n, c, d, dk], total, positive, negative),
    source,
    diagnostics,
  };
}

/** Counts marked as the other question are an error: the two are different time series. */
function checkSeriesMarker(series: FftSeries, marker: unknown, diagnostics: Diagnostic[]): void {
  if (series === "2020" ? marker !== undefined && marker !== "2020" : marker !== "pre-2020") {
    diagnostics.push(
      diagnostic(
        "fft/wrong-series",
        "error",
        ["counts", "question"],
        `These counts are marked as the ${describeValue(marker)} question, but this scorer is for the ${series} question.`,
        series === "2020"
          ? 'Use fftLegacy for counts marked question: "pre-2020"; the two questions are different time series.'
          : 'Use fft for the current question; fftLegacy needs question: "pre-2020".',
      ),
    );
  }
}

/** The six counts in option order, echoed back by key; an invalid count is an error. */
function readCounts(
  keys: readonly [string, string, string, string, string, string],
  rec: Record<string, unknown>,
  diagnostics: Diagnostic[],
): { raw: unknown[]; echoed: Record<string, unknown>; valid: boolean } {
  const r0 = rec[keys[0]];
  const r1 = rec[keys[1]];
  const r2 = rec[keys[2]];
  const r3 = rec[keys[3]];
  const r4 = rec[keys[4]];
  const r5 = rec[keys[5]];
  const echoed: Record<string, unknown> = {};
  echoed[keys[0]] = r0;
  echoed[keys[1]] = r1;
  echoed[keys[2]] = r2;
  echoed[keys[3]] = r3;
  echoed[keys[4]] = r4;
  echoed[keys[5]] = r5;
  const raw = [r0, r1, r2, r3, r4, r5];
  let valid = true;
  for (let j = 0; j < 6; j++) {
    if (!isCount(raw[j])) {
      valid = false;
      diagnostics.push(invalidCount(keys[j] ?? "", raw[j]));
    }
  }
  return { raw, echoed, valid };
}

/** The number eligible to respond, when given as a valid count (else a warning). */
function resolveEligible(opts: FftOptions | undefined, diagnostics: Diagnostic[]): number | null {
  if (opts?.eligible === undefined) return null;
  if (isCount(opts.eligible)) return opts.eligible;
  diagnostics.push(
    diagnostic(
      "fft/invalid-eligible",
      "warning",
      ["eligible"],
      `The number eligible is ${describeBad(opts.eligible)}, so no response rate was computed.`,
      "Give the number of people eligible as a whole number of 0 or more.",
    ),
  );
  return null;
}

/** Responses / eligible, unless none were eligible or there are more responses than eligible. */
function responseRateOf(
  total: number,
  eligible: number | null,
  diagnostics: Diagnostic[],
): number | null {
  if (eligible === null) return null;
  if (eligible === 0)
    diagnostics.push(
      diagnostic(
        "fft/no-eligible",
        "warning",
        ["eligible"],
        "The number eligible is 0, so no response rate can be computed.",
        "Check the number of people eligible to respond.",
      ),
    );
  else if (total > eligible)
    diagnostics.push(
      diagnostic(
        "fft/eligible-below-responses",
        "warning",
        ["eligible"],
        `There are more responses (${total}) than people eligible (${eligible}), so no response rate was computed.`,
        "Check that the eligible count covers the same service and period as the responses.",
      ),
    );
  else return total / eligible;
  return null;
}

/** The positive and negative shares with their counts, in words. */
function explain(
  meta: (typeof fftSeries)[FftSeries],
  v: readonly [number, number, number, number, number, number],
  total: number,
  positive: number,
  negative: number,
): string {
  const [a, b, n, c, d, dk] = v;
  const o = meta.options;
  // built with join so the string is stored flat (a template literal leaves a tree of
  // pieces in memory, several times larger, which matters for tables of 10^5 units)
  return [
    pct2(positive),
    " ",
    meta.positiveName,
    ": ",
    a + b,
    " of ",
    total,
    " responses (",
    o[0].label,
    " ",
    a,
    " + ",
    o[1].label,
    " ",
    b,
    "). ",
    pct2(negative),
    " ",
    meta.negativeName,
    ": ",
    c + d,
    " of ",
    total,
    " (",
    o[3].label,
    " ",
    c,
    " + ",
    o[4].label,
    " ",
    d,
    "). All six options count in the total, including ",
    o[2].label,
    " (",
    n,
    ") and ",
    o[5].label,
    " (",
    dk,
    ").",
  ].join("");
}

/**
 * Friends and Family Test score for the current (2020 onward) question: the percentage of
 * responses that were positive ("Very good" or "Good").
 *
 * Formula (NHS England's FFT processing code; "Calculation and presentation of FFT data"):
 * `total = veryGood + good + neither + poor + veryPoor + dontKnow`;
 * `positive = (veryGood + good) / total`; `negative = (poor + veryPoor) / total`;
 * `responseRate = total / eligible`. "Don't know" stays in the denominator, so positive plus
 * negative is usually below 100%. `value` is `positive` as a percentage (0 to 100),
 * unrounded; `components.rounded` holds the fractions rounded to 4 decimal places.
 *
 * Zero responses give `value: null` with an `fft/no-responses` warning; a negative,
 * fractional, missing or NaN count gives `value: null` with an `fft/invalid-count` error
 * naming the field. Never returns NaN.
 *
 * Worked example (the example in NHS England's FFT processing code; also a unit test):
 * 15, 5, 1, 1, 0, 2 → total 24, positive 20/24 = 0.8333, negative 1/24 = 0.0417.
 *
 * @param counts - response counts for the current question
 * @param opts - optional `eligible` count for the response rate
 * @returns the score; `value` is the percentage positive
 * @example
 * ```ts
 * const s = fft({ veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 });
 * s.components.total; // 24
 * s.components.rounded.positive; // 0.8333
 * s.components.rounded.negative; // 0.0417
 * ```
 * @category Scores
 */
export function fft(counts: FftCounts, opts?: FftOptions): Score<FftComponents> {
  return score<"2020", FftResponseCounts>("2020", counts, opts);
}

/**
 * Friends and Family Test score for the previous (2013 to 2020) "would you recommend"
 * question: the percentage who would recommend ("Extremely likely" or "Likely"). A separate
 * time series from {@link fft}: never combine the two.
 *
 * Formula: as {@link fft} with `extremelyLikely + likely` as positive and
 * `unlikely + extremelyUnlikely` as negative, over all six options. NHS England states the
 * current question's denominator; that the previous question used the same denominator is not
 * yet verified (see {@link fftSeries}).
 *
 * Worked example (also a unit test): 15, 5, 1, 1, 0, 2 → 20/24 = 0.8333 would recommend.
 *
 * @param counts - response counts for the previous question, marked `question: "pre-2020"`
 * @param opts - optional `eligible` count for the response rate
 * @returns the score; `value` is the percentage who would recommend
 * @example
 * ```ts
 * const s = fftLegacy({
 *   question: "pre-2020",
 *   extremelyLikely: 15, likely: 5, neither: 1, unlikely: 1, extremelyUnlikely: 0, dontKnow: 2,
 * });
 * s.components.rounded.positive; // 0.8333
 * ```
 * @category Scores
 */
export function fftLegacy(counts: FftLegacyCounts, opts?: FftOptions): Score<FftLegacyComponents> {
  return score<"pre-2020", FftLegacyResponseCounts>("pre-2020", counts, opts);
}

const SUM_KEYS = ["veryGood", "good", "neither", "poor", "veryPoor", "dontKnow"] as const;

/**
 * Sum the counts of FFT returns, unit by unit and month by month, before any percentage is
 * taken (never average percentages: NHS England's method).
 *
 * @param returns - FFT feedback records
 * @returns the summed counts
 * @example
 * ```ts
 * sumFftCounts([]).veryGood; // 0
 * ```
 * @category Scores
 */
export function sumFftCounts(returns: readonly FftFeedback[]): FftCounts {
  const sum = { veryGood: 0, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 };
  for (const f of returns) for (const k of SUM_KEYS) sum[k] += f.counts[k];
  return sum;
}
