import type { Peirs22Feedback } from "../model/feedback.js";
import { describeValue, formatDecimal } from "../format.js";
import { PEIRS22_ITEM_MAX, PEIRS22_ITEMS } from "../frameworks/peirs22.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";
import { mean, quantile, sampleStandardDeviation } from "./stats.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { PEIRS22_2021 } from "../frameworks/publications.js";
import { CHOICE_PEIRS22 } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const PEIRS22_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "peirs22/invalid-conversion",
    severity: "error",
    title: "A conversion table of the wrong length, or with a value out of range or out of order",
    example: {
      path: ["conversion", "table"],
      message: "The conversion table has 2 values, but needs exactly 89 (one per raw sum 0 to 88).",
      hint: "Supply the full table from the instrument, one score per possible raw sum.",
    },
  },
  {
    code: "peirs22/invalid-min-answered",
    severity: "warning",
    title: "minAnswered is not a whole number from 1 to 22",
    example: {
      path: ["opts", "minAnswered"],
      message:
        "minAnswered must be a whole number from 1 to 22, not 30; the default of 18 was used.",
    },
  },
  {
    code: "peirs22/wrong-length",
    severity: "error",
    title: "Not 22 answers",
    example: {
      path: ["answers"],
      message: "The PEIRS-22 has 22 items, but 2 answers were given.",
      hint: "Give one entry per item in questionnaire order, using null for a missing or not-applicable answer.",
    },
  },
  {
    code: "peirs22/invalid-answer",
    severity: "error",
    title: "An answer that is not 0 to 4 or null",
    example: {
      path: ["answers", 21],
      message: "Item 22 has the answer 7; answers must be 0, 1, 2, 3, 4 or null.",
      hint: "Code Strongly disagree as 0 up to Strongly agree as 4, and missing or not applicable as null.",
    },
  },
  {
    code: "peirs22/incomplete-for-conversion",
    severity: "warning",
    title: "An incomplete response scored with a conversion table",
    example: {
      path: ["answers"],
      message:
        "A conversion table applies only to complete responses, but 2 of 22 items are missing.",
      hint: "Leave this response out of the analysis, or score every response with the linear method instead (never mix the two).",
    },
  },
  {
    code: "peirs22/unverified-conversion",
    severity: "warning",
    title: "A conversion table not verified against the instrument",
    example: {
      path: ["conversion", "verified"],
      message: "The conversion table is marked as not verified against the published instrument.",
      hint: "Check the table against its source before reporting the scores as official.",
    },
  },
  {
    code: "peirs22/too-few-answers",
    severity: "warning",
    title: "Too few items answered for a score",
    example: {
      path: ["answers"],
      message: "Only 5 of 22 items were answered; at least 18 are needed for a score.",
      hint: "Report this response as not scored, or lower minAnswered and say so in your methods.",
    },
  },
  {
    code: "peirs22/no-scores",
    severity: "warning",
    title: "No valid scores to summarise",
    example: { path: ["scores"], message: "There are no valid PEIRS-22 scores to summarise." },
  },
  {
    code: "peirs22/invalid-score",
    severity: "error",
    title: "A score that is not a number from 0 to 100",
    example: {
      path: ["scores", 1],
      message:
        "Entry 1 is 140, not a PEIRS-22 score from 0 to 100; it was left out of the summary.",
      hint: "Pass the value of each peirs22() result, or null for a response that was not scored.",
    },
  },
]);

export { PEIRS22_ITEM_MAX, PEIRS22_ITEMS, PEIRS22_VALIDATION } from "../frameworks/peirs22.js";

/**
 * Default minimum number of answered items for a pro-rated linear score: 18 of 22 (at most 4
 * missing, about 80%). A ppie design choice (see docs/design-choices.md#the-linear-peirs-22-score):
 * a published missing-data rule for the PEIRS-22 could not be confirmed. Pro-rating
 * assumes the missing items resemble the answered ones, which is only safe when few are
 * missing. The threshold of 10 used by a third-party scorer belongs to a different instrument
 * (PEIR-IDEAS) and is not used here.
 *
 * @example
 * ```ts
 * PEIRS22_DEFAULT_MIN_ANSWERED; // 18
 * ```
 * @category Scores
 */
export const PEIRS22_DEFAULT_MIN_ANSWERED = 18;

/**
 * One PEIRS-22 answer: 0 (Strongly disagree) to 4 (Strongly agree), or `null` for not
 * applicable or missing (Hamilton et al. 2021; the coding and the N/A option are not yet
 * verified against the published instrument).
 *
 * @category Scores
 */
export type Peirs22Answer = 0 | 1 | 2 | 3 | 4 | null;

/**
 * How a PEIRS-22 score was computed.
 * - `"linear-prorated"`: 100 × Σ / (4 × k), a ppie fallback (see
 *   docs/design-choices.md#the-linear-peirs-22-score), **not the official Rasch-based PEIRS-22
 *   score**.
 * - `"conversion-table"`: a raw-sum-to-0–100 table you supply (complete responses only).
 *
 * Scores from the two methods must not be mixed in one analysis.
 *
 * @category Scores
 */
export type Peirs22Method = "linear-prorated" | "conversion-table";

/**
 * A raw-sum-to-score conversion table for the PEIRS-22: 89 values, `table[rawSum]` for rawSum
 * 0..88, each within 0–100 and never decreasing. ppie does not ship one: the official
 * Rasch-based conversion (Hamilton et al. 2021) was not obtained and must not be invented.
 *
 * @category Scores
 */
export interface Peirs22Conversion {
  /** 89 scores indexed by raw sum 0..88. */
  readonly table: readonly number[];
  /** Where the table comes from (citation, page, table number). */
  readonly source: string;
  /** Whether the table was checked against the published instrument. */
  readonly verified: boolean;
}

/**
 * Options for {@link peirs22}.
 *
 * @category Scores
 */
export interface Peirs22Options {
  /**
   * Minimum answered items for the linear score to be given (integer 1–22; default
   * {@link PEIRS22_DEFAULT_MIN_ANSWERED}, a design choice).
   */
  minAnswered?: number;
  /** A conversion table to use instead of the linear fallback (complete responses only). */
  conversion?: Peirs22Conversion;
}

/**
 * The figures a PEIRS-22 score was built from.
 *
 * @category Scores
 */
export interface Peirs22Components {
  /** Sum of the answered item scores (0–88 when complete). */
  rawSum: number;
  /** Number of items with a 0–4 answer. */
  itemsAnswered: number;
  /** Items expected: 22. */
  itemsExpected: number;
  /** Items not applicable or missing. */
  itemsMissing: number;
  /** The minimum answered items in force for this score. */
  minAnswered: number;
  /** Whether a score could be given (enough items, valid input, valid table). */
  valid: boolean;
  /** Whether the result is the official instrument score: always `false` for the linear method. */
  official: boolean;
  /** The conversion table's source and verification flag, when one was used. */
  conversion: { source: string; verified: boolean } | null;
}

/**
 * A PEIRS-22 score: a {@link Score} whose `method` is a {@link Peirs22Method}.
 *
 * @category Scores
 */
export type Peirs22Score = Score<Peirs22Components> & { method: Peirs22Method };

/** The linear fallback: the PEIRS-22 (Hamilton et al. 2021) scored by ppie's pro-rated rule. */
export const PEIRS22_LINEAR_SOURCES: Sources = [PEIRS22_2021, CHOICE_PEIRS22];

/** A supplied conversion table: the PEIRS-22 (the table's own source is in the components). */
export const PEIRS22_CONVERSION_SOURCES: Sources = [PEIRS22_2021];

/** A summary of PEIRS-22 scores (Hamilton et al. 2021): standard summary statistics. */
export const PEIRS22_SUMMARY_SOURCES: Sources = [PEIRS22_2021];

const LINEAR_CAVEAT =
  "This is a linear pro-rated score, not the official Rasch-based PEIRS-22 score; do not mix it with official scores.";

function checkConversion(conversion: Peirs22Conversion): Diagnostic[] {
  const { table } = conversion;
  const expected = PEIRS22_ITEMS * PEIRS22_ITEM_MAX + 1;
  if (!Array.isArray(table) || table.length !== expected) {
    return [
      diagnostic(
        "peirs22/invalid-conversion",
        "error",
        ["conversion", "table"],
        `The conversion table has ${Array.isArray(table) ? table.length : 0} values, but needs exactly ${expected} (one per raw sum 0 to 88).`,
        "Supply the full table from the instrument, one score per possible raw sum.",
      ),
    ];
  }
  const out: Diagnostic[] = [];
  for (let i = 0; i < table.length; i++) {
    const v = table[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 100) {
      out.push(
        diagnostic(
          "peirs22/invalid-conversion",
          "error",
          ["conversion", "table", i],
          `Conversion table value for raw sum ${i} is ${describeValue(v)}, not a number from 0 to 100.`,
          "Check the table was copied correctly.",
        ),
      );
    } else if (i > 0) {
      const prev = table[i - 1];
      if (typeof prev === "number" && v < prev) {
        out.push(
          diagnostic(
            "peirs22/invalid-conversion",
            "error",
            ["conversion", "table", i],
            `Conversion table value for raw sum ${i} (${v}) is lower than for raw sum ${i - 1} (${prev}); a conversion table never decreases.`,
            "Check the table was copied in raw-sum order.",
          ),
        );
      }
    }
  }
  return out;
}

function fmt(x: number): string {
  return formatDecimal(x, 2);
}

/**
 * Score one PEIRS-22 response (Patient Engagement In Research Scale, 22 items) on 0–100,
 * higher = more meaningful engagement (Hamilton et al. 2021).
 *
 * Default method `"linear-prorated"` (a ppie design choice, see
 * docs/design-choices.md#the-linear-peirs-22-score; not the official score): with k answered
 * items, score = 100 × Σ itemScore / (4 × k); `null` answers are
 * missing or not applicable. Below `minAnswered` answered items the value is `null`.
 * With `conversion`, method `"conversion-table"`: score = table[rawSum] for
 * complete responses only.
 *
 * Source: Hamilton et al. 2021, doi:10.1111/hex.13227 (the scale); the linear score is ppie's.
 * Worked examples (computed; also unit tests): 22 × 3 → 75; 20 answered summing to 70 → 87.5;
 * all 0 → 0; all 4 → 100.
 *
 * @param answers - exactly 22 answers, 0–4 or `null`
 * @param opts - `minAnswered` and an optional `conversion` table
 * @returns a {@link Peirs22Score}; `value` is `null` (with diagnostics) when it cannot be given
 * @example
 * ```ts
 * peirs22(Array(22).fill(3)).value; // 75
 * ```
 * @category Scores
 */
export function peirs22(
  answers: readonly Peirs22Answer[],
  opts: Peirs22Options = {},
): Peirs22Score {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  const minAnswered = resolveMinAnswered(opts, diagnostics);
  const conversion = opts.conversion;
  const method: Peirs22Method = conversion === undefined ? "linear-prorated" : "conversion-table";
  const { rawSum, answered, invalid } = sumAnswers(answers, diagnostics);

  const itemsMissing = invalid ? 0 : PEIRS22_ITEMS - answered;
  const components: Peirs22Components = {
    rawSum,
    itemsAnswered: answered,
    itemsExpected: PEIRS22_ITEMS,
    itemsMissing,
    minAnswered,
    valid: false,
    official: false,
    conversion:
      conversion === undefined
        ? null
        : { source: sourceText(conversion.source), verified: conversion.verified === true },
  };
  const result = (
    value: number | null,
    c: Peirs22Components,
    explanation: string,
  ): Peirs22Score => ({
    id: "peirs22",
    unit: "points",
    range: [0, 100],
    method,
    source: method === "linear-prorated" ? PEIRS22_LINEAR_SOURCES : PEIRS22_CONVERSION_SOURCES,
    value,
    components: c,
    explanation,
    diagnostics,
  });

  if (invalid)
    return result(
      null,
      components,
      "No PEIRS-22 score: the answers could not be read (see diagnostics).",
    );
  if (conversion !== undefined) return convertedScore(conversion, components, diagnostics, result);
  return linearScore(components, diagnostics, result);
}

/** Builds a PEIRS-22 score from its value, components and explanation. */
type Peirs22Result = (
  value: number | null,
  components: Peirs22Components,
  explanation: string,
) => Peirs22Score;

/** `minAnswered` if valid, else the default (with a warning). */
function resolveMinAnswered(opts: Peirs22Options, diagnostics: Diagnostic[]): number {
  let minAnswered = PEIRS22_DEFAULT_MIN_ANSWERED;
  if (opts.minAnswered !== undefined) {
    const m = opts.minAnswered;
    if (Number.isInteger(m) && m >= 1 && m <= PEIRS22_ITEMS) minAnswered = m;
    else
      diagnostics.push(
        diagnostic(
          "peirs22/invalid-min-answered",
          "warning",
          ["opts", "minAnswered"],
          `minAnswered must be a whole number from 1 to 22, not ${describeValue(m)}; the default of ${PEIRS22_DEFAULT_MIN_ANSWERED} was used.`,
        ),
      );
  }
  return minAnswered;
}

/** The raw sum and number of answered items; `invalid` for a wrong length or a bad answer. */
function sumAnswers(
  answers: readonly Peirs22Answer[],
  diagnostics: Diagnostic[],
): { rawSum: number; answered: number; invalid: boolean } {
  let rawSum = 0;
  let answered = 0;
  let invalid = false;
  const length = Array.isArray(answers) ? answers.length : 0;
  if (length !== PEIRS22_ITEMS) {
    diagnostics.push(
      diagnostic(
        "peirs22/wrong-length",
        "error",
        ["answers"],
        `The PEIRS-22 has 22 items, but ${length} answers were given.`,
        "Give one entry per item in questionnaire order, using null for a missing or not-applicable answer.",
      ),
    );
    return { rawSum, answered, invalid: true };
  }
  for (let i = 0; i < length; i++) {
    const a: unknown = answers[i];
    if (a === null || a === undefined) continue;
    if (typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= PEIRS22_ITEM_MAX) {
      rawSum += a;
      answered += 1;
    } else {
      invalid = true;
      diagnostics.push(
        diagnostic(
          "peirs22/invalid-answer",
          "error",
          ["answers", i],
          `Item ${i + 1} has the answer ${describeValue(a)}; answers must be 0, 1, 2, 3, 4 or null.`,
          "Code Strongly disagree as 0 up to Strongly agree as 4, and missing or not applicable as null.",
        ),
      );
    }
  }
  return { rawSum, answered, invalid };
}

/** The supplied table's score for the raw sum of a complete response. */
function convertedScore(
  conversion: Peirs22Conversion,
  components: Peirs22Components,
  diagnostics: Diagnostic[],
  result: Peirs22Result,
): Peirs22Score {
  const { rawSum, itemsAnswered: answered, itemsMissing } = components;
  const tableDiags = checkConversion(conversion);
  diagnostics.push(...tableDiags);
  if (tableDiags.length > 0)
    return result(
      null,
      components,
      "No PEIRS-22 score: the conversion table is not valid (see diagnostics). The linear fallback was not substituted, because the two methods must not be mixed.",
    );
  if (answered < PEIRS22_ITEMS) {
    diagnostics.push(
      diagnostic(
        "peirs22/incomplete-for-conversion",
        "warning",
        ["answers"],
        `A conversion table applies only to complete responses, but ${itemsMissing} of 22 items are missing.`,
        "Leave this response out of the analysis, or score every response with the linear method instead (never mix the two).",
      ),
    );
    return result(
      null,
      components,
      `No PEIRS-22 score: ${answered} of 22 items were answered and the conversion table needs all 22.`,
    );
  }
  const value = conversion.table[rawSum]!;
  if (!conversion.verified) {
    diagnostics.push(
      diagnostic(
        "peirs22/unverified-conversion",
        "warning",
        ["conversion", "verified"],
        "The conversion table is marked as not verified against the published instrument.",
        "Check the table against its source before reporting the scores as official.",
      ),
    );
  }
  return result(
    value,
    { ...components, valid: true, official: conversion.verified === true },
    `Raw sum ${rawSum} of 88 (all 22 items answered) converted with the supplied table (${sourceText(conversion.source)}) to ${fmt(value)} out of 100.`,
  );
}

/** The linear fallback: 100 × Σ itemScore / (4 × k) over k answered items, from `minAnswered`. */
function linearScore(
  components: Peirs22Components,
  diagnostics: Diagnostic[],
  result: Peirs22Result,
): Peirs22Score {
  const { rawSum, itemsAnswered: answered, itemsMissing, minAnswered } = components;
  if (answered < minAnswered) {
    diagnostics.push(
      diagnostic(
        "peirs22/too-few-answers",
        "warning",
        ["answers"],
        `Only ${answered} of 22 items were answered; at least ${minAnswered} are needed for a score.`,
        "Report this response as not scored, or lower minAnswered and say so in your methods.",
      ),
    );
    return result(
      null,
      components,
      `No PEIRS-22 score: ${answered} of 22 items answered, fewer than the minimum of ${minAnswered}. ${LINEAR_CAVEAT}`,
    );
  }
  const value = (100 * rawSum) / (PEIRS22_ITEM_MAX * answered);
  const missingNote =
    itemsMissing === 0
      ? "all 22 items answered"
      : `${answered} of 22 items answered, ${itemsMissing} missing (pro-rated over the answered items)`;
  return result(
    value,
    { ...components, valid: true },
    `100 × ${rawSum} / (4 × ${answered}) = ${fmt(value)} out of 100; ${missingNote}. ${LINEAR_CAVEAT}`,
  );
}

/**
 * The figures of a {@link peirs22Summary}.
 *
 * @category Scores
 */
export interface Peirs22SummaryComponents {
  /** Respondents with a valid score. */
  n: number;
  /** All entries given, including `null` (not scored). */
  nTotal: number;
  /** Percentage of entries with a valid score, `null` when none were given. */
  percentValid: number | null;
  /** Mean score. */
  mean: number | null;
  /** Sample standard deviation (n − 1), `null` below two scores. */
  sd: number | null;
  /** Median. */
  median: number | null;
  /** First quartile (type 7 interpolation). */
  q1: number | null;
  /** Third quartile (type 7 interpolation). */
  q3: number | null;
  /** Interquartile range q3 − q1. */
  iqr: number | null;
  /** Lowest score. */
  min: number | null;
  /** Highest score. */
  max: number | null;
}

/**
 * Summarise PEIRS-22 scores across respondents: n, mean, SD (n − 1),
 * median, quartiles and IQR (Hyndman & Fan type 7), min, max and % with a valid score.
 * `value` is the mean. `null` entries count as respondents without a valid score; numbers
 * outside 0–100 are left out with a diagnostic. All scores summarised together must come from
 * the same method (linear or a conversion table, never mixed).
 *
 * @param scores - one 0–100 score per respondent, or `null` where a response was not scored
 * @returns a {@link Score} whose value is the mean, with the summary as components
 * @example
 * ```ts
 * peirs22Summary([75, 87.5, 100, null]).components.percentValid; // 75
 * ```
 * @category Scores
 */
export function peirs22Summary(
  scores: readonly (number | null)[],
): Score<Peirs22SummaryComponents> {
  const diagnostics: Diagnostic[] = [];
  const valid = validScores(scores, diagnostics);
  const components = summarise(valid, scores.length);
  if (valid.length === 0) {
    diagnostics.push(
      diagnostic(
        "peirs22/no-scores",
        "warning",
        ["scores"],
        "There are no valid PEIRS-22 scores to summarise.",
      ),
    );
  }
  const c = components;
  const explanation =
    c.mean === null
      ? "No PEIRS-22 summary: no valid scores."
      : `${c.n} of ${c.nTotal} respondents have a valid score; mean ${fmt(c.mean)}, SD ${c.sd === null ? "n/a" : fmt(c.sd)}, median ${fmt(c.median ?? 0)} (IQR ${fmt(c.q1 ?? 0)}–${fmt(c.q3 ?? 0)}), range ${fmt(c.min ?? 0)}–${fmt(c.max ?? 0)}.`;
  return {
    id: "peirs22-summary",
    value: c.mean,
    unit: "points",
    range: [0, 100],
    components,
    explanation,
    source: PEIRS22_SUMMARY_SOURCES,
    diagnostics,
  };
}

/** The scores from 0 to 100; any other non-null entry is an error and left out. */
function validScores(scores: readonly (number | null)[], diagnostics: Diagnostic[]): number[] {
  const valid: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s: unknown = scores[i];
    if (s === null || s === undefined) continue;
    if (typeof s === "number" && Number.isFinite(s) && s >= 0 && s <= 100) valid.push(s);
    else
      diagnostics.push(
        diagnostic(
          "peirs22/invalid-score",
          "error",
          ["scores", i],
          `Entry ${i} is ${describeValue(s)}, not a PEIRS-22 score from 0 to 100; it was left out of the summary.`,
          "Pass the value of each peirs22() result, or null for a response that was not scored.",
        ),
      );
  }
  return valid;
}

/** The summary statistics of the valid scores, out of `nTotal` entries. */
function summarise(valid: readonly number[], nTotal: number): Peirs22SummaryComponents {
  const q1 = quantile(valid, 0.25);
  const q3 = quantile(valid, 0.75);
  return {
    n: valid.length,
    nTotal,
    percentValid: nTotal === 0 ? null : (100 * valid.length) / nTotal,
    mean: mean(valid),
    sd: sampleStandardDeviation(valid),
    median: quantile(valid, 0.5),
    q1,
    q3,
    iqr: q1 === null || q3 === null ? null : q3 - q1,
    min: valid.length === 0 ? null : valid.reduce((a, b) => (b < a ? b : a)),
    max: valid.length === 0 ? null : valid.reduce((a, b) => (b > a ? b : a)),
  };
}

/**
 * Each PEIRS-22 respondent's score (`null` where too few items were answered), in record order.
 *
 * @param records - PEIRS-22 feedback records
 * @returns the scores
 * @example
 * ```ts
 * peirs22Scores([]); // []
 * ```
 * @category Scores
 */
export function peirs22Scores(records: readonly Peirs22Feedback[]): (number | null)[] {
  return records.map((f) => peirs22(f.answers as readonly Peirs22Answer[]).value);
}

/** A conversion table's source as text: text as it is, anything else described. */
function sourceText(source: unknown): string {
  return typeof source === "string" ? source : describeValue(source);
}
