import { describeValue } from "../format.js";
/**
 * FFT tables over an organisational hierarchy (for example ward → site → trust → ICB):
 * counts are summed upwards, each unit is scored with {@link fft} or {@link fftLegacy}, and
 * NHS England's publication suppression (first-level, second-level, cascade) is applied, as
 * NHS England's own FFT pipeline applies it (`rules: "nhs-england"`, the default), or in a
 * stricter form (`rules: "cautious"`).
 *
 * Source: NHS England's FFT processing code (fft_pipeline) for aggregation by summing counts and
 * for suppression; its examples are among the unit tests. The cautious rules are a ppie design
 * choice (see docs/design-choices.md#cautious-fft-suppression).
 *
 * Runs in O(n log n) at worst (sorting each unit's children to rank them) and O(n) otherwise:
 * child lists are built once and every pass visits each unit a fixed number of times.
 *
 * This module imports no zod.
 */
import type { Diagnostic, Result } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic, fail, ok } from "../result.js";
import type {
  AnyFftCounts,
  FftComponents,
  FftCounts,
  FftLegacyComponents,
  FftLegacyCounts,
  FftLegacyResponseCounts,
  FftResponseCounts,
  FftSeries,
} from "./fft.js";
import { fft, fftLegacy, roundFftProportion } from "./fft.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const FFT_TABLE_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "fft-table/invalid-id",
    severity: "error",
    title: "A unit without a text id",
    example: {
      path: ["units", 0, "id"],
      message: "Unit 1 has no id (or its id is not text).",
      hint: "Give every unit a unique text id.",
    },
  },
  {
    code: "fft-table/duplicate-id",
    severity: "error",
    title: "Two units with the same id",
    example: {
      path: ["units", 1, "id"],
      message: 'Unit id "ward-a" is used more than once (units 1 and 2).',
      hint: "Give every unit a unique id; if they are the same unit, merge their counts.",
    },
  },
  {
    code: "fft-table/unknown-parent",
    severity: "error",
    title: "A parent that is not in the list",
    example: {
      path: ["units", 0, "parent"],
      message: 'Unit "ward-a" names a parent "trust-x" that is not in the list.',
      hint: "Add the parent unit, correct the parent id, or remove it to make this a top-level unit.",
    },
  },
  {
    code: "fft-table/mixed-series",
    severity: "error",
    title: "Units answering different FFT questions",
    example: {
      path: ["units"],
      message:
        'The units answer different FFT questions (e.g. "ward-a" the current question, "ward-b" the previous one); they are different time series and cannot be combined.',
      hint: "Build one table per question.",
    },
  },
  {
    code: "fft-table/unknown-series",
    severity: "error",
    title: "A question marker that is not an FFT question",
    example: {
      path: ["units", 0, "counts", "question"],
      message: 'Unit "ward-a" is marked as question "2019", which is not an FFT question.',
      hint: 'Use "2020" (or leave it out) for the current question, "pre-2020" for the previous one.',
    },
  },
  {
    code: "fft-table/invalid-count",
    severity: "error",
    title: "A response count that is not a whole number of 0 or more",
    example: {
      path: ["units", 0, "counts", "poor"],
      message:
        'Unit "ward-a" has an invalid count for "poor" (-1); counts must be whole numbers of 0 or more.',
      hint: "Correct the count, or enter 0 if nobody gave this answer.",
    },
  },
  {
    code: "fft-table/cycle",
    severity: "error",
    title: "Units that are each other's parents",
    example: {
      path: ["units", 0, "parent"],
      message: 'Units "ward-a" → "ward-b" are each other\'s parents in a loop.',
      hint: "Correct the parent ids so that every chain of parents ends at a top-level unit.",
    },
  },
  {
    code: "fft-table/missing-counts",
    severity: "error",
    title: "A unit with neither children nor counts",
    example: {
      path: ["units", 0, "counts"],
      message: 'Unit "ward-a" has no children and no counts, so it has nothing to count.',
      hint: "Add its response counts (all 0 if nobody responded), or remove the unit.",
    },
  },
  {
    code: "fft-table/invalid-option",
    severity: "error",
    title: "An option fftTable cannot use",
    example: {
      path: ["opts", "rules"],
      message: 'rules must be "nhs-england" or "cautious", not "strict".',
      hint: 'Leave rules out for NHS England\'s rules, or give "cautious" for the stricter ones.',
    },
  },
  {
    code: "fft-table/invalid-ward",
    severity: "error",
    title: "Ward details without a text name, or with a specialty that is not text",
    example: {
      path: ["units", 0, "ward", "name"],
      message: 'Unit "ward-a" has ward details without a name (or its name is not text).',
      hint: "Give the ward's name as text, and its specialties as text or not at all.",
    },
  },
  {
    code: "fft-table/partial-ward-details",
    severity: "warning",
    title: "Units of one parent of which only some have ward details",
    example: {
      path: ["units", 2, "ward"],
      message:
        'Some units under "site-1" have ward details and some do not (e.g. "ward-c"); units with the same number of responses among them are ranked in the order they were given.',
      hint: "Give every ward of the parent its name and specialties, or none of them.",
    },
  },
  {
    code: "fft-table/parent-mismatch",
    severity: "warning",
    title: "A parent's own counts differ from the sum of its units",
    example: {
      path: ["units", 0, "counts"],
      message:
        'Unit "trust"\'s own counts differ from the sum of its units (veryGood 40 given, 38 from its units); the sum is used.',
      hint: "Add any missing child units, or correct the parent's counts.",
    },
  },
]);

/**
 * FFT publication threshold: a unit with 1 to 4 responses (0 < total < 5) is first-level
 * suppressed; 0 responses are not suppressed. Source: NHS England's FFT processing code
 * (inpatient pipeline; assumed to apply to other settings, not yet verified for GP and dental).
 */
const FIRST_LEVEL_BELOW = 5;

/**
 * One unit of an FFT hierarchy (a ward, site, trust, ICB, practice, ...).
 *
 * Leaves must have `counts`. A parent's counts are the sum of its children's; if a parent also
 * has `counts`, they are checked against that sum (a mismatch is an `fft-table/parent-mismatch`
 * warning and the sum is used).
 *
 * @typeParam C - the counts type, which fixes the series ({@link FftCounts} or {@link FftLegacyCounts})
 * @example
 * ```ts
 * const ward: FftUnit = {
 *   id: "ward-1", parent: "site-1", level: "ward",
 *   counts: { veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 },
 *   ward: { name: "Ash Ward", firstSpecialty: "Cardiology", secondSpecialty: "Geriatric medicine" },
 * };
 * ```
 * @category Scores
 */
export interface FftUnit<C extends AnyFftCounts = FftCounts> {
  /** Unique id of the unit. */
  id: string;
  /** Id of the parent unit; absent for a top-level unit. */
  parent?: string;
  /** Free label for the level, e.g. `"ward"`, `"trust"`, `"icb"`; carried through. */
  level?: string;
  /** Response counts; required for leaves, optional (checked) for parents. */
  counts?: C;
  /**
   * For a ward, its name and first and second specialties (optional). Under NHS England's
   * rules (the default), wards of one parent with the same number of responses are ranked by
   * first specialty, then second specialty, then name, each compared character by character
   * by Unicode code point (so "Z" comes before "a"); a missing or empty specialty counts as
   * `"-"`, as in NHS England's pipeline. This applies only when every unit of the parent that
   * has responses has ward details; otherwise (and for every other level) units with the same
   * number of responses keep the order they were given in, and a parent where only some do
   * gets an `fft-table/partial-ward-details` warning. Not used by the cautious rules, where
   * equal totals share a rank.
   */
  ward?: { name: string; firstSpecialty?: string; secondSpecialty?: string };
}

/**
 * Options for {@link fftTable}.
 *
 * @example
 * ```ts
 * const o: FftTableOptions = { percentDecimals: 1, rules: "cautious" };
 * ```
 * @category Scores
 */
export interface FftTableOptions {
  /**
   * Decimal places of the percentages in the `published` view (default 0). The display
   * rounding of NHS England's spreadsheets is not yet verified, hence an option.
   * NHS England's own pipeline formats them as whole percentages, the default. A
   * percentage is rounded once, half up, from the unit's exact share (51 positive of 101 is
   * 50.495%, shown as 50%), except the one top-level unit's under NHS England's rules: like
   * the England row of NHS England's files, it is first rounded to 4 decimal places (half to
   * even), so 51 of 101 shows as 51% there. Anything but 0, 1 or 2 is an
   * `fft-table/invalid-option` error.
   */
  percentDecimals?: 0 | 1 | 2;
  /**
   * Which publication rules to apply (default `"nhs-england"`). Anything else is an
   * `fft-table/invalid-option` error.
   *
   * - `"nhs-england"`: exactly as NHS England's own FFT pipeline. The units of one parent that
   *   have responses are numbered 1, 2, 3 ... from the smallest total (ties: see
   *   {@link FftUnit.ward} for wards, else the order given); second-level suppression hides
   *   the rank-2 unit when the rank-1 unit is first-level suppressed and it is not; cascade
   *   hides the rank-1 and rank-2 units under any suppressed unit. A table's one top-level unit
   *   stands for the national total and is never suppressed (several top-level units are
   *   ranked and suppressed among themselves, like ICBs). A suppressed unit's six counts are
   *   shown as `*`; its total is shown.
   * - `"cautious"`: stricter, as ppie did before: dense ranks (equal totals share a rank, so
   *   every tied unit is hidden together), the total hidden with the counts, and the one
   *   top-level unit suppressed like any other (and cascading). It never shows a figure
   *   that NHS England's rules hide.
   *
   * @example
   * ```ts
   * const units = [
   *   { id: "site" },
   *   { id: "w1", parent: "site", counts: { veryGood: 1, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 } },
   *   { id: "w2", parent: "site", counts: { veryGood: 5, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 } },
   *   { id: "w3", parent: "site", counts: { veryGood: 5, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 } },
   * ];
   * const nhs = fftTable(units); // rules: "nhs-england"
   * if (nhs.ok) nhs.value.rows.map((r) => r.published.veryGood); // ["11", "*", "*", "5"]
   * const cautious = fftTable(units, { rules: "cautious" });
   * if (cautious.ok) cautious.value.rows.map((r) => r.published.veryGood); // ["11", "*", "*", "*"]
   * ```
   */
  rules?: "nhs-england" | "cautious";
}

/**
 * Why a unit's figures are hidden (NHS England's FFT processing code): `first-level` (1 to 4
 * responses), `second-level` (rank-2 unit next to a first-level suppressed rank-1 sibling),
 * `cascade` (rank-1 or rank-2 child of a unit whose counts are hidden).
 *
 * @example
 * ```ts
 * const r: FftSuppressionReason = "second-level";
 * ```
 * @category Scores
 */
export type FftSuppressionReason = "first-level" | "second-level" | "cascade";

/**
 * What is hidden for a unit. Counts (the six response counts, and the total under
 * `rules: "cautious"`) are hidden for any reason; percentages only for first-level suppression
 * (NHS England's FFT processing code).
 *
 * @example
 * ```ts
 * const s: FftSuppression = { counts: true, percentages: false, reasons: ["second-level"] };
 * ```
 * @category Scores
 */
export interface FftSuppression {
  /**
   * The six response counts replaced by `*` (and the total too, under `rules: "cautious"`;
   * NHS England's rules show it).
   */
  counts: boolean;
  /** Percentages replaced by `*`. */
  percentages: boolean;
  /** Every rule that applied, in the order first-level, second-level, cascade. */
  reasons: FftSuppressionReason[];
}

/**
 * The response-count type of a series, chosen from its input counts type.
 *
 * @typeParam C - {@link FftCounts} or {@link FftLegacyCounts}
 * @example
 * ```ts
 * type R = FftResponseCountsOf<FftCounts>; // FftResponseCounts
 * ```
 * @category Scores
 */
export type FftResponseCountsOf<C extends AnyFftCounts> = C extends FftLegacyCounts
  ? FftLegacyResponseCounts
  : FftResponseCounts;

/**
 * The score components type of a series, chosen from its input counts type.
 *
 * @typeParam C - {@link FftCounts} or {@link FftLegacyCounts}
 * @example
 * ```ts
 * type K = FftComponentsFor<FftLegacyCounts>; // FftLegacyComponents
 * ```
 * @category Scores
 */
export type FftComponentsFor<C extends AnyFftCounts> = C extends FftLegacyCounts
  ? FftLegacyComponents
  : FftComponents;

/**
 * A unit's row as it may be published: every figure as text, with `*` where suppressed.
 * Percentages are blank (`""`) for a unit with no responses (ppie's choice) and are shown
 * with `%`, rounded half up from the exact share (see {@link FftTableOptions.percentDecimals}).
 *
 * @typeParam C - the counts type of the series
 * @example
 * ```ts
 * const p = { veryGood: "*", good: "*", neither: "*", poor: "*", veryPoor: "*", dontKnow: "*",
 *   total: "*", percentPositive: "94%", percentNegative: "2%" } satisfies FftPublishedRow<FftCounts>;
 * ```
 * @category Scores
 */
export type FftPublishedRow<C extends AnyFftCounts = FftCounts> = {
  [K in keyof FftResponseCountsOf<C>]: string;
} & { total: string; percentPositive: string; percentNegative: string };

/**
 * One unit of a computed FFT table.
 *
 * @typeParam C - the counts type of the series
 * @example
 * ```ts
 * const c = (n: number) => ({ veryGood: n, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 });
 * const r = fftTable([{ id: "site" }, { id: "a", parent: "site", counts: c(3) }]);
 * if (r.ok) r.value.rows[1]?.suppressed.reasons; // ["first-level"]
 * ```
 * @category Scores
 */
export interface FftTableRow<C extends AnyFftCounts = FftCounts> {
  /** The unit's id. */
  id: string;
  /** Parent id, or `null` for a top-level unit. */
  parent: string | null;
  /** The `level` label given, or `null`. */
  level: string | null;
  /** 0 for top-level units, 1 for their children, and so on. */
  depth: number;
  /** Child ids, in input order. */
  children: string[];
  /**
   * Rank of the unit's total among its siblings (top-level units rank among each other): 0
   * for no responses, 1 for the lowest non-zero total. Under NHS England's rules the ranks are
   * row numbers 1, 2, 3 ... (ties broken as {@link FftUnit.ward} says); under cautious rules
   * they are dense (equal totals share a rank; a ppie design choice, see
   * docs/design-choices.md#cautious-fft-suppression).
   */
  rank: number;
  /** Counts used: the unit's own for a leaf, the sum of its children's for a parent. */
  counts: FftResponseCountsOf<C>;
  /** Total responses. */
  total: number;
  /**
   * The FFT score from `counts` ({@link fft} or {@link fftLegacy}). Computed when first read
   * and then kept, so that large tables stay fast; it is an ordinary enumerable property (it
   * appears in JSON and in object spreads).
   */
  score: Score<FftComponentsFor<C>>;
  /** What is hidden on publication and why. */
  suppressed: FftSuppression;
  /** The row as it may be published. */
  published: FftPublishedRow<C>;
}

/**
 * A computed FFT table.
 *
 * @typeParam C - the counts type of the series
 * @example
 * ```ts
 * const r = fftTable([]);
 * if (r.ok) r.value.rows.length; // 0
 * ```
 * @category Scores
 */
export interface FftTable<C extends AnyFftCounts = FftCounts> {
  /** The one series all units answer. */
  series: FftSeries;
  /** One row per unit, in input order. */
  rows: FftTableRow<C>[];
  /** Ids of the top-level units, in input order. */
  roots: string[];
}

/**
 * The result of {@link fftTable}: the table (with any warnings) or, when the hierarchy or the
 * counts are broken, no table and the diagnostics that say why.
 *
 * @typeParam C - the counts type of the series
 * @example
 * ```ts
 * const r: FftTableResult = fftTable([]);
 * ```
 * @category Scores
 */
export type FftTableResult<C extends AnyFftCounts = FftCounts> = Result<FftTable<C>>;

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function seriesOf(counts: { question?: unknown }): FftSeries | null {
  const q = counts.question;
  if (q === undefined || q === "2020") return "2020";
  if (q === "pre-2020") return "pre-2020";
  return null;
}

function hidden(_n: number): string {
  return "*";
}

function scoreOf(
  series: FftSeries,
  counts: FftResponseCounts | FftLegacyResponseCounts,
): Score<FftComponents> {
  // the row's `counts` object is always the series' own shape (built in fftTable)
  return (
    series === "2020"
      ? fft(counts as FftResponseCounts)
      : fftLegacy({ ...(counts as FftLegacyResponseCounts), question: "pre-2020" })
  ) as Score<FftComponents>;
}

function formatPercent(rounded: number, decimals: 0 | 1 | 2): string {
  // basis points are exact integers; round half-up to the requested decimals
  const bp = Math.round(rounded * 10000);
  const step = 10 ** (2 - decimals);
  const steps = Math.floor((bp + step / 2) / step);
  if (decimals === 0) return `${steps}%`;
  const scale = 10 ** decimals;
  return `${Math.floor(steps / scale)}.${String(steps % scale).padStart(decimals, "0")}%`;
}

const KEYS = {
  "2020": ["veryGood", "good", "neither", "poor", "veryPoor", "dontKnow"],
  "pre-2020": ["extremelyLikely", "likely", "neither", "unlikely", "extremelyUnlikely", "dontKnow"],
} as const satisfies Record<FftSeries, readonly string[]>;

/**
 * Build an FFT table from a flat list of units with parent ids: sum counts upwards (never
 * averaging percentages), score every unit, and apply NHS England's publication suppression
 * as its FFT processing code (fft_pipeline) does:
 *
 * 1. First-level: a unit with 0 < total < 5 has its counts and percentages hidden.
 * 2. Second-level: within each parent (top-level units together), the units with responses
 *    are ranked by total, lowest first (0 responses → rank 0). If the rank-1 unit is
 *    first-level suppressed, the rank-2 unit has its counts hidden (percentages stay).
 * 3. Cascade: if a unit's counts are hidden for any reason, its rank-1 and rank-2 children have
 *    their counts hidden too (applied top-down, so it carries on down the levels).
 *
 * Under NHS England's rules (`rules: "nhs-england"`, the default) ranks are row numbers
 * 1, 2, 3 ... (ties: wards by specialties and name, see {@link FftUnit.ward}; other units in
 * the order given), a rank-2 unit that is itself first-level suppressed is not also marked
 * second-level, a table's one top-level unit is the national total and is never suppressed,
 * and the hidden counts are the six response counts: the total is shown. Under
 * `rules: "cautious"` ranks are dense (tied units are hidden together), the total is hidden
 * with the counts, and the top-level unit is suppressed like any other. Percentages are
 * rounded once, from the exact share (see {@link FftTableOptions}).
 *
 * Returns no table (and every problem found) for duplicate ids, unknown parents, cycles,
 * units answering different FFT questions (`fft-table/mixed-series`), invalid counts or a
 * leaf without counts. Worked example (NHS England's FFT processing code; also a unit test):
 * trusts of 150, 80 and 2 under an ICB of 232 are published with totals 150, 80 and 2 and the
 * counts of the 80 and the 2 as `*` under NHS England's rules, and as 150, *, * under the
 * cautious rules. Invalid ward details (`fft-table/invalid-ward`) or options
 * (`fft-table/invalid-option`) also give no table.
 *
 * @param units - the units, each with an id and optional parent id
 * @param opts - the rules and display options
 * @returns the table, or the diagnostics explaining why there is none
 * @example
 * ```ts
 * const c = (n: number) => ({ veryGood: n, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 });
 * const units = [
 *   { id: "icb" },
 *   { id: "t1", parent: "icb", counts: c(150) },
 *   { id: "t2", parent: "icb", counts: c(80) },
 *   { id: "t3", parent: "icb", counts: c(2) },
 * ];
 * const r = fftTable(units);
 * if (r.ok) r.value.rows.map((u) => u.published.total); // ["232", "150", "80", "2"]
 * if (r.ok) r.value.rows.map((u) => u.published.veryGood); // ["232", "150", "*", "*"]
 * const strict = fftTable(units, { rules: "cautious" });
 * if (strict.ok) strict.value.rows.map((u) => u.published.total); // ["232", "150", "*", "*"]
 * ```
 * @category Scores
 */
export function fftTable(
  units: readonly FftUnit<FftCounts>[],
  opts?: FftTableOptions,
): FftTableResult<FftCounts>;
/**
 * Build an FFT table for the previous (2013 to 2020) "would you recommend" question; the same
 * rules as for the current question, and a separate series (see the first signature).
 *
 * @param units - the units, each with counts marked `question: "pre-2020"` (leaves) or none
 * @param opts - the rules and display options
 * @returns the table, or the diagnostics explaining why there is none
 * @example
 * ```ts
 * const r = fftTable([{ id: "ward", counts: { question: "pre-2020", extremelyLikely: 9,
 *   likely: 3, neither: 0, unlikely: 0, extremelyUnlikely: 0, dontKnow: 0 } }]);
 * if (r.ok) r.value.series; // "pre-2020"
 * ```
 * @category Scores
 */
export function fftTable(
  units: readonly FftUnit<FftLegacyCounts>[],
  opts?: FftTableOptions,
): FftTableResult<FftLegacyCounts>;
export function fftTable(
  units: readonly FftUnit<AnyFftCounts>[],
  opts?: FftTableOptions,
): FftTableResult<AnyFftCounts> {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const { decimals, rules } = readOptions(ownOptions(opts), errors);
  const index = indexUnits(units, errors);
  const { parent, series } = linkUnits(index, errors);
  const wards = wardKeys(index, errors);
  findCycles(index, parent, errors);
  if (errors.length > 0) return fail(errors);
  const tree = buildTree(parent);
  const agg = sumCounts(index, tree, series, errors, warnings);
  if (errors.length > 0) return fail(errors);
  // under NHS England's rules, a table's one top-level unit is the national total
  const national = rules === "nhs-england" && tree.roots.length === 1 ? (tree.roots[0] ?? -1) : -1;
  const ranking: Ranking =
    rules === "cautious"
      ? { kind: "dense" }
      : { kind: "row-number", wards, warn: (d) => warnings.push(d), index };
  const marks = suppressionMarks(tree, agg, ranking, national);
  const ctx: RowContext = { index, tree, marks, agg, parent, series, decimals, rules, national };
  const rows: FftTableRow<AnyFftCounts>[] = new Array(index.m);
  for (let x = 0; x < index.m; x++) rows[x] = tableRow(ctx, x);
  return ok({ series, rows, roots: tree.roots.map((r) => index.unitAt(r).id) }, warnings);
}

/** The publication rules of {@link FftTableOptions.rules}. */
type FftRules = "nhs-england" | "cautious";

/** The options, checked: anything unusable is an `fft-table/invalid-option` error. */
function readOptions(
  opts: FftTableOptions | undefined,
  errors: Diagnostic[],
): { decimals: 0 | 1 | 2; rules: FftRules } {
  const o = (typeof opts === "object" && opts !== null ? opts : {}) as Record<string, unknown>;
  const d = o.percentDecimals;
  const r = o.rules;
  let decimals: 0 | 1 | 2 = 0;
  let rules: FftRules = "nhs-england";
  if (d === 0 || d === 1 || d === 2) decimals = d;
  else if (d !== undefined && d !== null)
    errors.push(
      diagnostic(
        "fft-table/invalid-option",
        "error",
        ["opts", "percentDecimals"],
        `percentDecimals must be 0, 1 or 2, not ${describeValue(d)}.`,
        "Leave percentDecimals out for whole percentages, as NHS England publishes them.",
      ),
    );
  if (r === "nhs-england" || r === "cautious") rules = r;
  else if (r !== undefined && r !== null)
    errors.push(
      diagnostic(
        "fft-table/invalid-option",
        "error",
        ["opts", "rules"],
        `rules must be "nhs-england" or "cautious", not ${describeValue(r)}.`,
        'Leave rules out for NHS England\'s rules, or give "cautious" for the stricter ones.',
      ),
    );
  return { decimals, rules };
}

/** The units with a usable, unique id, addressed by position `p` (0 to `m - 1`). */
interface UnitIndex {
  /** Input index of each kept unit. */
  kept: number[];
  /** Position of each kept id. */
  posOf: Map<string, number>;
  /** Number of kept units. */
  m: number;
  /** The kept unit at a position. */
  unitAt: (p: number) => FftUnit<AnyFftCounts>;
}

/** Ids: the first occurrence wins; a missing or repeated id is an error. */
function indexUnits(units: readonly FftUnit<AnyFftCounts>[], errors: Diagnostic[]): UnitIndex {
  const kept: number[] = [];
  const posOf = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const id: unknown = u?.id;
    if (typeof id !== "string" || id === "") {
      errors.push(
        diagnostic(
          "fft-table/invalid-id",
          "error",
          ["units", i, "id"],
          `Unit ${i + 1} has no id (or its id is not text).`,
          "Give every unit a unique text id.",
        ),
      );
      continue;
    }
    const first = posOf.get(id);
    if (first !== undefined) {
      errors.push(
        diagnostic(
          "fft-table/duplicate-id",
          "error",
          ["units", i, "id"],
          `Unit id "${id}" is used more than once (units ${(kept[first] ?? 0) + 1} and ${i + 1}).`,
          "Give every unit a unique id; if they are the same unit, merge their counts.",
        ),
      );
      continue;
    }
    posOf.set(id, kept.length);
    kept.push(i);
  }
  const unitAt = (p: number): FftUnit<AnyFftCounts> => units[kept[p] ?? 0] as FftUnit<AnyFftCounts>;
  return { kept, posOf, m: kept.length, unitAt };
}

/**
 * Parents, series and count validity: each unit's parent position (-1 for a top-level unit),
 * and the one series the table answers (mixing the two is an error).
 */
function linkUnits(
  index: UnitIndex,
  errors: Diagnostic[],
): { parent: Int32Array; series: FftSeries } {
  const { kept, posOf, m, unitAt } = index;
  const parent = new Int32Array(m).fill(-1);
  const seriesSeen: Partial<Record<FftSeries, string>> = {};
  for (let p = 0; p < m; p++) {
    const u = unitAt(p);
    const i = kept[p] ?? 0;
    if (u.parent !== undefined && (u.parent as unknown) !== null) {
      const q = posOf.get(u.parent);
      if (q === undefined)
        errors.push(
          diagnostic(
            "fft-table/unknown-parent",
            "error",
            ["units", i, "parent"],
            `Unit "${u.id}" names a parent ${describeValue(u.parent)} that is not in the list.`,
            "Add the parent unit, correct the parent id, or remove it to make this a top-level unit.",
          ),
        );
      else parent[p] = q;
    }
    const s = checkCounts(u, i, errors);
    if (s !== null && seriesSeen[s] === undefined) seriesSeen[s] = u.id;
  }
  const cur = seriesSeen["2020"];
  const old = seriesSeen["pre-2020"];
  if (cur !== undefined && old !== undefined)
    errors.push(
      diagnostic(
        "fft-table/mixed-series",
        "error",
        ["units"],
        `The units answer different FFT questions (e.g. "${cur}" the current question, "${old}" the previous one); they are different time series and cannot be combined.`,
        "Build one table per question.",
      ),
    );
  const series: FftSeries = old !== undefined && cur === undefined ? "pre-2020" : "2020";
  return { parent, series };
}

/**
 * The series a unit's own counts answer (`null` when it has none or names an unknown
 * question), after checking that each of that series' counts is a whole number of 0 or more.
 */
function checkCounts(u: FftUnit<AnyFftCounts>, i: number, errors: Diagnostic[]): FftSeries | null {
  const counts = u.counts as (AnyFftCounts & { question?: unknown }) | undefined;
  if (counts === undefined) return null;
  const s = typeof counts === "object" && counts !== null ? seriesOf(counts) : "2020";
  if (s === null) {
    errors.push(
      diagnostic(
        "fft-table/unknown-series",
        "error",
        ["units", i, "counts", "question"],
        `Unit "${u.id}" is marked as question ${describeValue(counts.question)}, which is not an FFT question.`,
        'Use "2020" (or leave it out) for the current question, "pre-2020" for the previous one.',
      ),
    );
    return null;
  }
  const rec = (typeof counts === "object" && counts !== null ? counts : {}) as Record<
    string,
    unknown
  >;
  for (const k of KEYS[s]) {
    if (!isCount(rec[k]))
      errors.push(
        diagnostic(
          "fft-table/invalid-count",
          "error",
          ["units", i, "counts", k],
          `Unit "${u.id}" has an invalid count for "${k}" (${describeValue(rec[k])}); counts must be whole numbers of 0 or more.`,
          "Correct the count, or enter 0 if nobody gave this answer.",
        ),
      );
  }
  return s;
}

/** A ward's tie-break: first specialty, second specialty, name (a missing specialty is "-"). */
type WardKey = readonly [string, string, string];

/**
 * Each unit's ward tie-break, or `undefined` when it has no ward details; ward details that
 * are not an object with a text name (and text specialties, if any) are errors. Only the
 * details' own properties are read.
 */
function wardKeys(index: UnitIndex, errors: Diagnostic[]): (WardKey | undefined)[] {
  const { kept, m, unitAt } = index;
  const keys: (WardKey | undefined)[] = new Array(m);
  for (let p = 0; p < m; p++) {
    const u = unitAt(p);
    const w: unknown = u.ward;
    if (w === undefined || w === null) continue;
    const i = kept[p] ?? 0;
    const bad = (path: (string | number)[], what: string): void => {
      errors.push(
        diagnostic(
          "fft-table/invalid-ward",
          "error",
          ["units", i, "ward", ...path],
          `Unit "${u.id}" has ${what}.`,
          "Give the ward's name as text, and its specialties as text or not at all.",
        ),
      );
    };
    if (typeof w !== "object" || Array.isArray(w)) {
      bad([], `ward details that are not a set of fields (${describeValue(w)})`);
      continue;
    }
    const field = (k: string): unknown =>
      Object.hasOwn(w, k) ? (w as Record<string, unknown>)[k] : undefined;
    const name = field("name");
    const spec = (k: string): string | null => {
      const v = field(k);
      if (v === undefined || v === null || v === "") return "-";
      if (typeof v === "string") return v;
      bad([k], `a ${k} that is not text (${describeValue(v)})`);
      return null;
    };
    const first = spec("firstSpecialty");
    const second = spec("secondSpecialty");
    if (typeof name !== "string")
      bad(["name"], "ward details without a name (or its name is not text)");
    else if (first !== null && second !== null) keys[p] = [first, second, name];
  }
  return keys;
}

/**
 * Compare two strings by Unicode code point, as Python (and so NHS England's pipeline) sorts
 * text; JavaScript's `<` compares UTF-16 units, which puts characters above U+FFFF before
 * U+E000 to U+FFFF.
 */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrder(x) - codePointOrder(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit's place in code point order: surrogates after every other unit. */
function codePointOrder(u: number): number {
  return u >= 0xd800 && u <= 0xdfff ? u + 0x2000 : u >= 0xe000 ? u - 0x800 : u;
}

/** Cycles: walk up each parent chain once (each unit is coloured once). */
function findCycles(index: UnitIndex, parent: Int32Array, errors: Diagnostic[]): void {
  const { kept, m, unitAt } = index;
  const state = new Uint8Array(m); // 0 new, 1 on current walk, 2 done
  const walk: number[] = [];
  for (let p = 0; p < m; p++) {
    if (state[p] !== 0) continue;
    walk.length = 0;
    let x = p;
    while (x !== -1 && state[x] === 0) {
      state[x] = 1;
      walk.push(x);
      x = parent[x] ?? -1;
    }
    if (x !== -1 && state[x] === 1) {
      const cycle = walk.slice(walk.indexOf(x)).map((q) => unitAt(q).id);
      errors.push(
        diagnostic(
          "fft-table/cycle",
          "error",
          ["units", kept[x] ?? 0, "parent"],
          `Units ${cycle.map((c) => `"${c}"`).join(" → ")} are each other's parents in a loop.`,
          "Correct the parent ids so that every chain of parents ends at a top-level unit.",
        ),
      );
    }
    for (const q of walk) state[q] = 2;
  }
}

/**
 * The hierarchy as compressed child lists (the children of `x` are
 * `kids[start[x]] .. kids[start[x + 1] - 1]`, in input order), with a top-down order and depths.
 */
interface Tree {
  start: Int32Array;
  kids: Int32Array;
  roots: number[];
  order: Int32Array;
  depth: Int32Array;
}

/** Child lists (compressed, built once) and top-down order, from an acyclic parent array. */
function buildTree(parent: Int32Array): Tree {
  const m = parent.length;
  const childCount = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    const q = parent[p] ?? -1;
    if (q !== -1) childCount[q] = (childCount[q] ?? 0) + 1;
  }
  const start = new Int32Array(m + 1);
  for (let p = 0; p < m; p++) start[p + 1] = (start[p] ?? 0) + (childCount[p] ?? 0);
  const fillAt = start.slice(0, m);
  const kids = new Int32Array(m);
  const roots: number[] = [];
  for (let p = 0; p < m; p++) {
    const q = parent[p] ?? -1;
    if (q === -1) roots.push(p);
    else {
      const at = fillAt[q] ?? 0;
      kids[at] = p;
      fillAt[q] = at + 1;
    }
  }
  const order = new Int32Array(m);
  const depth = new Int32Array(m);
  let head = 0;
  let tail = 0;
  for (const r of roots) order[tail++] = r;
  while (head < tail) {
    const x = order[head++] ?? 0;
    for (let k = start[x] ?? 0; k < (start[x + 1] ?? 0); k++) {
      const c = kids[k] ?? 0;
      depth[c] = (depth[x] ?? 0) + 1;
      order[tail++] = c;
    }
  }
  return { start, kids, roots, order, depth };
}

/**
 * Counts: leaves their own, parents the sum of their children (bottom-up), six per unit in
 * the series' key order. A leaf without counts is an error; a parent whose own counts differ
 * from the sum is a warning.
 */
function sumCounts(
  index: UnitIndex,
  tree: Tree,
  series: FftSeries,
  errors: Diagnostic[],
  warnings: Diagnostic[],
): Float64Array {
  const { kept, m, unitAt } = index;
  const { start, kids, order } = tree;
  const keys = KEYS[series];
  const agg = new Float64Array(m * 6);
  for (let o = m - 1; o >= 0; o--) {
    const x = order[o] ?? 0;
    const u = unitAt(x);
    const own = u.counts as Record<string, number> | undefined;
    const a = start[x] ?? 0;
    const b = start[x + 1] ?? 0;
    if (a === b) {
      if (own === undefined) {
        errors.push(
          diagnostic(
            "fft-table/missing-counts",
            "error",
            ["units", kept[x] ?? 0, "counts"],
            `Unit "${u.id}" has no children and no counts, so it has nothing to count.`,
            "Add its response counts (all 0 if nobody responded), or remove the unit.",
          ),
        );
        continue;
      }
      for (let j = 0; j < 6; j++) agg[x * 6 + j] = own[keys[j] ?? ""] ?? 0;
      continue;
    }
    for (let k = a; k < b; k++) {
      const c = kids[k] ?? 0;
      for (let j = 0; j < 6; j++) agg[x * 6 + j] = (agg[x * 6 + j] ?? 0) + (agg[c * 6 + j] ?? 0);
    }
    if (own !== undefined) {
      const diffs: string[] = [];
      for (let j = 0; j < 6; j++) {
        const key = keys[j] ?? "";
        const sum = agg[x * 6 + j] ?? 0;
        if (own[key] !== sum) diffs.push(`${key} ${own[key]} given, ${sum} from its units`);
      }
      if (diffs.length > 0)
        warnings.push(
          diagnostic(
            "fft-table/parent-mismatch",
            "warning",
            ["units", kept[x] ?? 0, "counts"],
            `Unit "${u.id}"'s own counts differ from the sum of its units (${diffs.join("; ")}); the sum is used.`,
            "Add any missing child units, or correct the parent's counts.",
          ),
        );
    }
  }
  return agg;
}

/** Per unit: its total, its rank among siblings, and which suppression rules apply (0/1). */
interface SuppressionMarks {
  total: Float64Array;
  rank: Int32Array;
  first: Uint8Array;
  second: Uint8Array;
  cascade: Uint8Array;
}

/**
 * How siblings are ranked: dense ranks (cautious rules), or row numbers (NHS England's rules)
 * with ties broken by the ward details when every ranked sibling has them, else by position.
 */
type Ranking =
  | { kind: "dense" }
  | {
      kind: "row-number";
      wards: readonly (WardKey | undefined)[];
      warn: (d: Diagnostic) => void;
      index: UnitIndex;
    };

/**
 * Totals and first-level, second-level and cascade suppression, in that order. `national` is
 * the position of a unit that is never suppressed (NHS England's national total), or -1.
 */
function suppressionMarks(
  tree: Tree,
  agg: Float64Array,
  ranking: Ranking,
  national: number,
): SuppressionMarks {
  const m = tree.order.length;
  const total = new Float64Array(m);
  const first = new Uint8Array(m);
  for (let x = 0; x < m; x++) {
    let t = 0;
    for (let j = 0; j < 6; j++) t += agg[x * 6 + j] ?? 0;
    total[x] = t;
    first[x] = t > 0 && t < FIRST_LEVEL_BELOW && x !== national ? 1 : 0;
  }
  const { rank, second } =
    ranking.kind === "dense"
      ? denseRanks(tree, total, first)
      : rowNumberRanks(tree, total, first, ranking);
  const cascade = cascadeSuppression(tree, rank, first, second);
  return { total, rank, first, second, cascade };
}

/**
 * Row-number ranks and second-level suppression (NHS England's rules), one sibling group at a
 * time: the units with responses are numbered 1, 2, 3 ... from the smallest total; ties go by
 * the ward details (first specialty, second specialty, name) when every one of them has
 * them, and then by position (input order). The rank-2 unit is second-level suppressed when
 * the rank-1 unit is first-level suppressed and it is not.
 */
function rowNumberRanks(
  tree: Tree,
  total: Float64Array,
  first: Uint8Array,
  ranking: Extract<Ranking, { kind: "row-number" }>,
): { rank: Int32Array; second: Uint8Array } {
  const { start, kids, roots } = tree;
  const { wards } = ranking;
  const m = total.length;
  const rank = new Int32Array(m);
  const second = new Uint8Array(m);
  const group: number[] = [];
  const byTotal = (p: number, q: number): number => (total[p] ?? 0) - (total[q] ?? 0) || p - q;
  const byWard = (p: number, q: number): number => {
    const d = (total[p] ?? 0) - (total[q] ?? 0);
    if (d !== 0) return d;
    const a = wards[p] as WardKey;
    const b = wards[q] as WardKey;
    return (
      compareCodePoints(a[0], b[0]) ||
      compareCodePoints(a[1], b[1]) ||
      compareCodePoints(a[2], b[2]) ||
      p - q
    );
  };
  const rankGroup = (members: ArrayLike<number>, from: number, to: number, up: number): void => {
    group.length = 0;
    let withWard = 0;
    let without = -1;
    for (let k = from; k < to; k++) {
      const x = members[k] ?? 0;
      if ((total[x] ?? 0) <= 0) continue;
      group.push(x);
      if (wards[x] !== undefined) withWard++;
      else if (without === -1) without = x;
    }
    const allWards = withWard > 0 && withWard === group.length;
    if (withWard > 0 && !allWards) ranking.warn(partialWards(ranking.index, up, without));
    group.sort(allWards ? byWard : byTotal);
    for (let i = 0; i < group.length; i++) rank[group[i] ?? 0] = i + 1;
    const a = group[0];
    const b = group[1];
    if (a !== undefined && b !== undefined && first[a] === 1 && first[b] === 0) second[b] = 1;
  };
  rankGroup(roots, 0, roots.length, -1);
  for (let x = 0; x < m; x++) rankGroup(kids, start[x] ?? 0, start[x + 1] ?? 0, x);
  return { rank, second };
}

/** The warning for a parent (-1: the top level) of which only some ranked units are wards. */
function partialWards(index: UnitIndex, up: number, without: number): Diagnostic {
  const where = up === -1 ? "top-level units" : `units under "${index.unitAt(up).id}"`;
  return diagnostic(
    "fft-table/partial-ward-details",
    "warning",
    ["units", index.kept[without] ?? 0, "ward"],
    `Some ${where} have ward details and some do not (e.g. "${index.unitAt(without).id}"); units with the same number of responses among them are ranked in the order they were given.`,
    "Give every ward of the parent its name and specialties, or none of them.",
  );
}

/** Dense ranks and second-level suppression (cautious rules), one sibling group at a time. */
function denseRanks(
  tree: Tree,
  total: Float64Array,
  first: Uint8Array,
): { rank: Int32Array; second: Uint8Array } {
  const { start, kids, roots } = tree;
  const m = total.length;
  const rank = new Int32Array(m);
  const second = new Uint8Array(m);
  const group: number[] = [];
  const rankGroup = (members: ArrayLike<number>, from: number, to: number): void => {
    group.length = 0;
    for (let k = from; k < to; k++) {
      const x = members[k] ?? 0;
      if ((total[x] ?? 0) > 0) group.push(x);
    }
    group.sort((p, q) => (total[p] ?? 0) - (total[q] ?? 0));
    let r = 0;
    let prev = -1;
    let rank1First = false;
    for (const x of group) {
      const t = total[x] ?? 0;
      if (t !== prev) {
        r++;
        prev = t;
      }
      rank[x] = r;
      if (r === 1 && first[x] === 1) rank1First = true;
    }
    if (!rank1First) return;
    for (const x of group) {
      if (rank[x] === 2) second[x] = 1;
      else if ((rank[x] ?? 0) > 2) break;
    }
  };
  rankGroup(roots, 0, roots.length);
  for (let x = 0; x < m; x++) rankGroup(kids, start[x] ?? 0, start[x + 1] ?? 0);
  return { rank, second };
}

/** Cascade, top-down so that it carries on through the levels. */
function cascadeSuppression(
  tree: Tree,
  rank: Int32Array,
  first: Uint8Array,
  second: Uint8Array,
): Uint8Array {
  const { start, kids, order } = tree;
  const m = order.length;
  const cascade = new Uint8Array(m);
  for (let o = 0; o < m; o++) {
    const x = order[o] ?? 0;
    if (first[x] === 0 && second[x] === 0 && cascade[x] === 0) continue;
    for (let k = start[x] ?? 0; k < (start[x + 1] ?? 0); k++) {
      const c = kids[k] ?? 0;
      const r = rank[c] ?? 0;
      if (r === 1 || r === 2) cascade[c] = 1;
    }
  }
  return cascade;
}

/**
 * A published percentage: `*` when hidden, blank for no responses, else rounded with `%`:
 * once from the exact share, or (`national`) from the share first rounded to 4 decimal
 * places, as NHS England's pipeline does for its England row.
 */
function publishedShare(
  part: number,
  t: number,
  hide: boolean,
  decimals: 0 | 1 | 2,
  national: boolean,
): string {
  if (hide) return "*";
  if (t === 0) return "";
  return national
    ? formatPercent(roundFftProportion(part / t), decimals)
    : exactPercent(part, t, decimals);
}

/**
 * `part / t` as a percentage with `decimals` places, rounded once, half up (away from zero),
 * from the exact fraction, as a spreadsheet's percentage format shows an unrounded share:
 * 51 / 101 (50.495%) is "50%", 29 / 200 (14.5%, 0.14499... in binary) is "15%".
 */
function exactPercent(part: number, t: number, decimals: 0 | 1 | 2): string {
  const scale = 10 ** (decimals + 2);
  // the number of 10^-decimals percents, floor((2 · scale · part + t) / (2 · t)), exactly
  const num = 2 * scale * part + t;
  const den = 2 * t;
  let steps: number;
  if (num + den <= Number.MAX_SAFE_INTEGER) {
    steps = Math.floor(num / den);
    if (steps * den > num) steps--;
    else if ((steps + 1) * den <= num) steps++;
  } else {
    const big = (BigInt(2 * scale) * BigInt(part) + BigInt(t)) / (BigInt(2) * BigInt(t));
    steps = Number(big);
  }
  if (decimals === 0) return `${steps}%`;
  const unit = 10 ** decimals;
  return `${Math.floor(steps / unit)}.${String(steps % unit).padStart(decimals, "0")}%`;
}

/** The six counts of a unit as the series' response-count object and as published text. */
function countsAndPublished(
  series: FftSeries,
  v: readonly [number, number, number, number, number, number],
  sc: (n: number) => string,
): { counts: FftResponseCounts | FftLegacyResponseCounts; pub: Record<string, string> } {
  const [v0, v1, v2, v3, v4, v5] = v;
  if (series === "2020")
    return {
      counts: { veryGood: v0, good: v1, neither: v2, poor: v3, veryPoor: v4, dontKnow: v5 },
      pub: {
        veryGood: sc(v0),
        good: sc(v1),
        neither: sc(v2),
        poor: sc(v3),
        veryPoor: sc(v4),
        dontKnow: sc(v5),
      },
    };
  return {
    counts: {
      extremelyLikely: v0,
      likely: v1,
      neither: v2,
      unlikely: v3,
      extremelyUnlikely: v4,
      dontKnow: v5,
    },
    pub: {
      extremelyLikely: sc(v0),
      likely: sc(v1),
      neither: sc(v2),
      unlikely: sc(v3),
      extremelyUnlikely: sc(v4),
      dontKnow: sc(v5),
    },
  };
}

/** What every row is built from. */
interface RowContext {
  index: UnitIndex;
  tree: Tree;
  marks: SuppressionMarks;
  agg: Float64Array;
  parent: Int32Array;
  series: FftSeries;
  decimals: 0 | 1 | 2;
  rules: FftRules;
  /** The position of the national total (never suppressed), or -1. */
  national: number;
}

/** The table row of the unit at position `x`. */
function tableRow(ctx: RowContext, x: number): FftTableRow<AnyFftCounts> {
  const { index, tree, marks, agg, parent, series, decimals } = ctx;
  const { unitAt } = index;
  const { start, kids, depth } = tree;
  const { total, rank, first, second, cascade } = marks;
  const u = unitAt(x);
  const o = x * 6;
  const v0 = agg[o] ?? 0;
  const v1 = agg[o + 1] ?? 0;
  const v2 = agg[o + 2] ?? 0;
  const v3 = agg[o + 3] ?? 0;
  const v4 = agg[o + 4] ?? 0;
  const v5 = agg[o + 5] ?? 0;
  const hideCounts = first[x] === 1 || second[x] === 1 || cascade[x] === 1;
  const hidePct = first[x] === 1;
  const reasons: FftSuppressionReason[] = [];
  if (hideCounts) {
    if (first[x] === 1) reasons.push("first-level");
    if (second[x] === 1) reasons.push("second-level");
    if (cascade[x] === 1) reasons.push("cascade");
  }
  const t = total[x] ?? 0;
  const sc = hideCounts ? hidden : String;
  const { counts, pub } = countsAndPublished(series, [v0, v1, v2, v3, v4, v5], sc);
  // NHS England's files show a suppressed unit's total; the cautious rules hide it too
  pub.total = ctx.rules === "cautious" ? sc(t) : String(t);
  const national = x === ctx.national;
  pub.percentPositive = publishedShare(v0 + v1, t, hidePct, decimals, national);
  pub.percentNegative = publishedShare(v3 + v4, t, hidePct, decimals, national);
  const a = start[x] ?? 0;
  const b = start[x + 1] ?? 0;
  const children: string[] = new Array(b - a);
  for (let k = a; k < b; k++) children[k - a] = unitAt(kids[k] ?? 0).id;
  const pp = parent[x] ?? -1;
  let memo: Score<FftComponents> | undefined;
  return {
    id: u.id,
    parent: pp === -1 ? null : unitAt(pp).id,
    level: u.level ?? null,
    depth: depth[x] ?? 0,
    children,
    rank: rank[x] ?? 0,
    counts: counts as FftResponseCounts,
    total: t,
    get score(): Score<FftComponents> {
      memo ??= scoreOf(series, counts);
      return memo;
    },
    suppressed: {
      counts: hideCounts,
      percentages: hidePct,
      reasons,
    },
    published: pub as FftPublishedRow<AnyFftCounts>,
  };
}
