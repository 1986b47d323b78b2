/**
 * Statistical disclosure control (SDC) for count tables: hide small numbers (primary
 * suppression), hide enough other numbers that the small ones cannot be worked out from
 * totals (secondary suppression), round, and word small values accessibly. Policies are data;
 * four presets follow published rules (with anything not confirmed against the source listed
 * in the policy's `unverified`).
 *
 * Sources: NHS England's FFT processing code (fft_pipeline); NHS Digital, "Disclosure control
 * methodology for HES and ECDS", from September 2018; UKHSA, "Statistical Disclosure Control -
 * Aggregate Data" (2022); UK Longitudinal Linkage Collaboration Guidebook, Statistical
 * Disclosure Control (see `disclosure-presets.ts`).
 *
 * This module imports no zod.
 */
import type { DisclosurePolicy, PolicyPresetId } from "../frameworks/disclosure-presets.js";
import { disclosurePresets } from "../frameworks/disclosure-presets.js";
import { describeValue, formatNumber } from "../format.js";
import type { Diagnostic, Result } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic, fail, ok } from "../result.js";
import type { TableInput } from "./disclosure-input.js";
import { readPolicy, readTable } from "./disclosure-input.js";
import { ownOptions } from "../own-options.js";
import type { Source } from "../source.js";
import { shortCitation } from "../source.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const DISCLOSURE_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "disclosure/unknown-policy",
    severity: "error",
    title: "No disclosure policy preset with that id",
    example: {
      path: ["policy"],
      message: 'There is no disclosure policy called "hes-2019".',
      hint: "Use one of fft, hes-2018, ukhsa-5, tre-10, or pass a policy object.",
    },
  },
  {
    code: "disclosure/invalid-policy",
    severity: "error",
    title: "A field of the disclosure policy is not valid",
    example: {
      path: ["policy", "minSafeCount"],
      message: "The policy's minSafeCount must be a whole number of 1 or more.",
      hint: "Start from one of disclosurePresets and change only what you need.",
    },
  },
  {
    code: "disclosure/invalid-table",
    severity: "error",
    title: "The table or one of its rows is not a list of counts",
    example: {
      path: ["rows"],
      message: "The table has no rows array.",
      hint: "Give the counts as rows: an array of arrays of whole numbers.",
    },
  },
  {
    code: "disclosure/ragged-table",
    severity: "error",
    title: "Rows of different lengths",
    example: {
      path: ["rows", 1],
      message: "Row 2 has 1 cells but row 1 has 2.",
      hint: "Give every row the same number of cells (use 0 for an empty cell).",
    },
  },
  {
    code: "disclosure/invalid-count",
    severity: "error",
    title: "A cell that is not a whole number of 0 or more",
    example: {
      path: ["rows", 0, 1],
      message: "The cell in row 1, column 2 is -1; counts must be whole numbers of 0 or more.",
      hint: "Correct the count.",
    },
  },
  {
    code: "disclosure/label-count",
    severity: "error",
    title: "More or fewer labels than rows or columns",
    example: {
      path: ["rowLabels"],
      message: "There are 2 row labels for 1 rows.",
      hint: "Give exactly one label per row or column, or none.",
    },
  },
  {
    code: "disclosure/total-count",
    severity: "error",
    title: "More or fewer totals than rows or columns",
    example: {
      path: ["rowTotals"],
      message: "There are 2 row totals for 1 rows.",
      hint: "Give one total per row, or leave the totals out and ppie will compute them.",
    },
  },
  {
    code: "disclosure/total-mismatch",
    severity: "error",
    title: "A given total is not the sum of its cells",
    example: {
      path: ["rowTotals", 0],
      message: 'The total given for row "asian" (40) is not the sum of its cells (32).',
      hint: 'If the total includes people not in the table, add a column or row for them (e.g. "Not known").',
    },
  },
  {
    code: "disclosure/single-suppressed-line",
    severity: ["warning", "info"],
    title:
      "A row or column with one hidden figure (a warning when the total gives it away, information when rounding protects it)",
    example: {
      path: ["rows", 0],
      message: 'Row "Staff" has one hidden figure, which can be worked out from the total.',
      hint: 'Use secondary: "complementary", leave out the total, or merge small groups.',
    },
  },
]);

export {
  type DisclosurePolicy,
  disclosurePresets,
  type PercentageRule,
  type PolicyPresetId,
} from "../frameworks/disclosure-presets.js";

/**
 * A table of counts to protect: rows of non-negative whole numbers, all the same length, with
 * optional labels and optional totals. Totals, when given, must equal the sums of the cells
 * (otherwise the table is refused): ppie always computes and protects row totals, column
 * totals and the grand total, because people can usually find them elsewhere.
 *
 * @example
 * ```ts
 * const t: CountTable = {
 *   rowLabels: ["A", "B"], columnLabels: ["Under 30", "30 and over"],
 *   rows: [[10, 1], [13, 111]],
 * };
 * ```
 * @category Reports
 */
export interface CountTable {
  /** The counts, one array per row. */
  rows: readonly (readonly number[])[];
  /** Row labels, one per row. */
  rowLabels?: readonly string[];
  /** Column labels, one per column. */
  columnLabels?: readonly string[];
  /** Row totals to check against the sums. */
  rowTotals?: readonly number[];
  /** Column totals to check against the sums. */
  columnTotals?: readonly number[];
  /** Grand total to check against the sum. */
  grandTotal?: number;
}

/**
 * One published figure: the machine value (or `null` when hidden), what to print, words for
 * screen readers and plain-language reports, and how it was treated.
 *
 * @example
 * ```ts
 * const c: DisclosedCell = { value: null, display: "*", label: "fewer than 5", suppressed: "primary", rounded: false };
 * ```
 * @category Reports
 */
export interface DisclosedCell {
  /** The published number (after rounding), or `null` when hidden or invalid. */
  value: number | null;
  /**
   * What to print: the number, the policy's symbol, or words. In a table under complementary
   * suppression every hidden figure prints the same.
   */
  display: string;
  /**
   * Accessible words for the figure, e.g. `"fewer than 5"`; the number itself when shown. In a
   * table under complementary suppression every hidden figure has the same words.
   */
  label: string;
  /**
   * `"primary"`: too small to show; `"secondary"`: hidden to protect another figure. This is
   * for the data holder's own checks: do not publish it, as it tells which hidden figure is
   * the small one (print `display` or `label`, which are the same for both).
   */
  suppressed: "primary" | "secondary" | false;
  /** Whether the shown number was rounded by the policy. */
  rounded: boolean;
}

/**
 * A count table after disclosure control: the value of the {@link Result} that
 * {@link disclosureControl} returns (an invalid table or policy gives a failed result, and no
 * table at all).
 *
 * @example
 * ```ts
 * const d = disclosureControl({ rows: [[3, 40]] }, "fft");
 * if (d.ok) d.value.rows[0]?.[0]?.display; // "*"
 * ```
 * @category Reports
 */
export interface DisclosedTable {
  /** The policy applied. */
  policy: DisclosurePolicy;
  /** Row labels as given, or `null`. */
  rowLabels: readonly string[] | null;
  /** Column labels as given, or `null`. */
  columnLabels: readonly string[] | null;
  /** The protected cells. */
  rows: DisclosedCell[][];
  /** The protected row totals. */
  rowTotals: DisclosedCell[];
  /** The protected column totals. */
  columnTotals: DisclosedCell[];
  /** The protected grand total. */
  grandTotal: DisclosedCell;
  /**
   * How many figures (cells and totals) were hidden or rounded. Like each cell's
   * `suppressed`, the split into primary and secondary is for the data holder: `statement`,
   * which is for printing, gives only the number hidden.
   */
  summary: { primary: number; secondary: number; rounded: number };
  /** Plain-English statement of the policy and method, for printing under the table. */
  statement: string;
}

/**
 * A percentage after disclosure control (see {@link disclosedPercentage}).
 *
 * @example
 * ```ts
 * const p: DisclosedPercentage = { value: 3.75, display: "4%", label: "4%", suppressed: false, decimals: 0 };
 * ```
 * @category Reports
 */
export interface DisclosedPercentage {
  /** The percentage from the published numerator and denominator, unrounded; `null` when withheld. */
  value: number | null;
  /** What to print, e.g. `"4%"`, `"*"` or `""` (no denominator). */
  display: string;
  /** Accessible words. */
  label: string;
  /** Whether the percentage is withheld. */
  suppressed: boolean;
  /** Decimal places shown, or `null` when not shown. */
  decimals: 0 | 1 | null;
}

/**
 * A summary statistic (mean, median, ...) after disclosure control (see {@link disclosedStatistic}).
 *
 * @example
 * ```ts
 * const s: DisclosedStatistic = { value: 4.2, display: "4.2", label: "4.2", suppressed: false };
 * ```
 * @category Reports
 */
export interface DisclosedStatistic {
  /** The statistic, or `null` when withheld or not computable. */
  value: number | null;
  /** What to print. */
  display: string;
  /** Accessible words. */
  label: string;
  /** Whether it is withheld because too few people contribute. */
  suppressed: boolean;
}

/**
 * How ppie's reports write every figure they hide, whatever the reason.
 *
 * @example
 * ```ts
 * WITHHELD; // "withheld"
 * ```
 */
export const WITHHELD = "withheld";

/**
 * A preset as ppie's reports, and the measures whose tables they show, apply it: the preset's
 * threshold, zeros and rounding, with complementary suppression whatever the preset says
 * (rounding alone does not always protect a hidden count: under a total of 25 rounded from 23
 * to 27, beside 20 and 10 rounded from 18 to 22 and 8 to 12, a hidden count of 1 to 4 can only
 * be 1), and every hidden figure written "withheld" (a word, for screen readers, as UKHSA
 * recommends over symbols). The statement printed under each table says so.
 *
 * @param preset - the preset id
 * @returns the policy to pass to {@link disclosureControl}
 * @example
 * ```ts
 * reportPolicy("hes-2018").secondary; // "complementary"
 * ```
 */
export function reportPolicy(preset: PolicyPresetId): DisclosurePolicy {
  return {
    ...disclosurePresets[preset],
    secondary: "complementary",
    primaryDisplay: "symbol",
    symbol: WITHHELD,
  };
}

/** A publication (id, title, publisher, verified) or a design choice (id, title, explained). */
function isSource(v: unknown): v is Source {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  if (typeof s.id !== "string" || typeof s.title !== "string") return false;
  return s.designChoice === true
    ? typeof s.explained === "string"
    : typeof s.publisher === "string" && typeof s.verified === "boolean";
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isPresetId(p: unknown): p is PolicyPresetId {
  return typeof p === "string" && Object.hasOwn(disclosurePresets, p);
}

function resolve(
  policy: DisclosurePolicy | PolicyPresetId,
  diags: Diagnostic[],
): DisclosurePolicy | null {
  if (typeof policy === "string") {
    if (isPresetId(policy)) return disclosurePresets[policy];
    diags.push(
      diagnostic(
        "disclosure/unknown-policy",
        "error",
        ["policy"],
        `There is no disclosure policy called "${policy}".`,
        `Use one of ${Object.keys(disclosurePresets).join(", ")}, or pass a policy object.`,
      ),
    );
    return null;
  }
  const bad = (field: string, why: string): void => {
    diags.push(
      diagnostic(
        "disclosure/invalid-policy",
        "error",
        ["policy", field],
        `The policy's ${field} ${why}.`,
        "Start from one of disclosurePresets and change only what you need.",
      ),
    );
  };
  if (typeof policy !== "object" || policy === null) {
    bad("value", "is not a policy object");
    return null;
  }
  const read = readPolicy(policy, diags);
  if (read === null) return null;
  const p = read as Partial<DisclosurePolicy>;
  if (!Number.isSafeInteger(p.minSafeCount) || (p.minSafeCount ?? 0) < 1)
    bad("minSafeCount", "must be a whole number of 1 or more");
  if (typeof p.protectZero !== "boolean") bad("protectZero", "must be true or false");
  const b = p.roundingBase;
  if (b !== null && (!Number.isSafeInteger(b) || (b ?? 0) < 1))
    bad("roundingBase", "must be null or a whole number of 1 or more");
  else if (
    typeof b === "number" &&
    Number.isSafeInteger(p.minSafeCount) &&
    b > 2 * (p.minSafeCount ?? 0)
  )
    bad(
      "roundingBase",
      `(${b}) is more than twice minSafeCount (${p.minSafeCount}), so a shown count could round to 0`,
    );
  if (p.secondary !== "none" && p.secondary !== "complementary")
    bad("secondary", 'must be "none" or "complementary"');
  if (typeof p.symbol !== "string" || p.symbol === "") bad("symbol", "must be non-empty text");
  if (p.primaryDisplay !== "symbol" && p.primaryDisplay !== "words")
    bad("primaryDisplay", 'must be "symbol" or "words"');
  if (p.wording !== "fewer-than" && p.wording !== "range")
    bad("wording", 'must be "fewer-than" or "range"');
  if (typeof p.name !== "string") bad("name", "must be text");
  if (!isSource(p.source))
    bad(
      "source",
      "must cite where the rule comes from: a publication (id, title, publisher and verified) or a design choice",
    );
  const texts = (l: unknown) => Array.isArray(l) && l.every((x) => typeof x === "string");
  if (!texts(p.unverified) || !texts(p.notes))
    bad("unverified", "and notes must be lists of text (empty if there is nothing to say)");
  const pr = p.percentages;
  if (
    typeof pr !== "object" ||
    pr === null ||
    !isCount(pr.wholeMinDenominator) ||
    !isCount(pr.oneDecimalMinDenominator)
  )
    bad("percentages", "must give two whole-number denominator limits of 0 or more");
  return diags.some((d) => d.severity === "error") ? null : (p as DisclosurePolicy);
}

/** Words for a small (primary-suppressed) value under a policy. */
function smallWords(p: DisclosurePolicy): string {
  if (p.wording === "fewer-than") return `fewer than ${p.minSafeCount}`;
  const lo = p.protectZero ? 0 : 1;
  const hi = p.minSafeCount - 1;
  return lo >= hi ? String(hi) : `${lo} to ${hi}`;
}

function isSmall(v: number, p: DisclosurePolicy): boolean {
  return v === 0 ? p.protectZero : v < p.minSafeCount;
}

/** Nearest multiple of `base`, halves rounded up (a whole number is never halfway between multiples of 5). */
function roundTo(v: number, base: number): number {
  return Math.floor((2 * v + base) / (2 * base)) * base;
}

function shown(v: number, p: DisclosurePolicy): DisclosedCell {
  const base = p.roundingBase ?? 1;
  const r = base > 1 ? roundTo(v, base) : v;
  const s = formatNumber(r);
  return { value: r, display: s, label: s, suppressed: false, rounded: base > 1 && v !== 0 };
}

function primary(p: DisclosurePolicy): DisclosedCell {
  const words = smallWords(p);
  return {
    value: null,
    display: p.primaryDisplay === "words" ? words : p.symbol,
    label: words,
    suppressed: "primary",
    rounded: false,
  };
}

/**
 * How a table under `p` shows a hidden figure, whatever the reason it is hidden. Without
 * secondary suppression every hidden figure is small, and says so; with it, a small figure
 * and one hidden to protect it look the same (the same symbol and the same words), because
 * telling them apart tells which hidden figure is the small one: in a row of 10 and 0 hidden
 * under a total, "fewer than 10" on one and "withheld" on the other give both away.
 */
function hiddenCell(p: DisclosurePolicy, why: "primary" | "secondary"): DisclosedCell {
  if (p.secondary === "none") return primary(p);
  return {
    value: null,
    display: p.symbol,
    label: `not shown: ${smallWords(p)}, or hidden so that such a small number cannot be worked out from the totals`,
    suppressed: why,
    rounded: false,
  };
}

function invalidCell(): DisclosedCell {
  return {
    value: null,
    display: "",
    label: "not a valid count (counts are whole numbers of 0 or more)",
    suppressed: false,
    rounded: false,
  };
}

/**
 * Protect a single count on its own: hide it if small, otherwise round it. No secondary
 * suppression (a single figure has no totals to protect against); use
 * {@link disclosureControl} for tables. An invalid count (negative, fractional, NaN) gives
 * `value: null` and an empty `display`.
 *
 * @param n - the count
 * @param policy - a policy or preset id
 * @returns the published figure
 * @example
 * ```ts
 * discloseCount(3, "fft").label; // "fewer than 5"
 * discloseCount(13, "ukhsa-5").display; // "15"
 * ```
 * @category Reports
 */
export function discloseCount(n: number, policy: DisclosurePolicy | PolicyPresetId): DisclosedCell {
  const p = resolve(policy, []);
  if (p === null || !isCount(n)) return invalidCell();
  return isSmall(n, p) ? primary(p) : shown(n, p);
}

/**
 * HES/ECDS 2018 treatment of a sub-national count (NHS Digital, 2018): 0 stays 0
 * (UNVERIFIED), 1 to 7 become `*`, 8 and above are rounded to the nearest 5.
 *
 * @param n - the count
 * @returns the published figure; `display` is `"*"` for 1 to 7
 * @example
 * ```ts
 * hesRound(7).display; // "*"
 * hesRound(8).value; // 10
 * hesRound(1234).value; // 1235
 * ```
 * @category Reports
 */
export function hesRound(n: number): DisclosedCell {
  return discloseCount(n, "hes-2018");
}

function percentText(num: number, den: number, decimals: 0 | 1): string {
  // exact half-up rounding of num / den * 100 to `decimals` places, in integers
  const scale = 10 ** decimals;
  const q = Math.floor((2 * num * 100 * scale + den) / (2 * den));
  if (decimals === 0) return `${q}%`;
  return `${Math.floor(q / scale)}.${q % scale}%`;
}

/**
 * A percentage whose numerator and denominator are counts of people, under a policy:
 * both counts are protected first (hidden if small, rounded if the policy rounds), the
 * percentage is computed from the published numbers, and it is withheld (`*`) if either is
 * hidden (NHS Digital's HES/ECDS method, 2018). One decimal place is shown only if the published denominator is
 * at least `percentages.oneDecimalMinDenominator`, a whole number only if it is at least
 * `percentages.wholeMinDenominator`, otherwise the percentage is withheld. Halves round up.
 *
 * Worked example (also a unit test): 13 of 402 under HES 2018 →
 * 15 of 400 → 3.75% → shown as "4%" (one decimal needs a denominator of 4,000).
 *
 * @param numerator - count of people with the characteristic
 * @param denominator - count of people in the group
 * @param policy - a policy or preset id
 * @param opts - `decimals` wanted (default 1; fewer are shown if the denominator is too small)
 * @returns the published percentage
 * @example
 * ```ts
 * disclosedPercentage(13, 402, "hes-2018").display; // "4%"
 * ```
 * @category Reports
 */
export function disclosedPercentage(
  numerator: number,
  denominator: number,
  policy: DisclosurePolicy | PolicyPresetId,
  opts?: { decimals?: 0 | 1 },
): DisclosedPercentage {
  const p = resolve(policy, []);
  if (p === null || !isCount(numerator) || !isCount(denominator) || numerator > denominator)
    return {
      value: null,
      display: "",
      label: "not available: the counts are not valid",
      suppressed: false,
      decimals: null,
    };
  const n = discloseCount(numerator, p);
  const d = discloseCount(denominator, p);
  const hidden = (label: string): DisclosedPercentage => ({
    value: null,
    display: p.symbol,
    label,
    suppressed: true,
    decimals: null,
  });
  if (n.value === null || d.value === null)
    return hidden("not shown, because a number it is based on is too small to publish");
  if (d.value === 0)
    return { value: null, display: "", label: "no data", suppressed: false, decimals: null };
  const want = ownOptions(opts)?.decimals ?? 1;
  const { wholeMinDenominator: whole, oneDecimalMinDenominator: oneDp } = p.percentages;
  const decimals: 0 | 1 | null = want === 1 && d.value >= oneDp ? 1 : d.value >= whole ? 0 : null;
  if (decimals === null)
    return hidden(
      `not shown, because the group (${d.value}) is below ${whole}, too small for a reliable percentage after rounding`,
    );
  const text = percentText(n.value, d.value, decimals);
  return {
    value: (n.value / d.value) * 100,
    display: text,
    label: text,
    suppressed: false,
    decimals,
  };
}

/**
 * A summary statistic (mean, median, mode) about people, under a policy: withheld when fewer
 * than `minSafeCount` people contribute (HES 2018: "if 1 to 7 values: not calculated, *
 * shown; if 8 or more: shown", NHS Digital, 2018; trusted research environments such as UK
 * LLC: at least 10). Worked example (also a unit test): a mean length of stay
 * from 7 patients is `*`, from 8 it is shown.
 *
 * @param value - the statistic
 * @param contributors - how many people it is computed from
 * @param policy - a policy or preset id
 * @param opts - `decimals` to show (default 1)
 * @returns the published statistic, written as reports write numbers (`"1,234.5"`; halves
 *   round away from zero)
 * @example
 * ```ts
 * disclosedStatistic(4.25, 7, "hes-2018").display; // "*"
 * disclosedStatistic(4.25, 8, "hes-2018").display; // "4.3"
 * ```
 * @category Reports
 */
export function disclosedStatistic(
  value: number,
  contributors: number,
  policy: DisclosurePolicy | PolicyPresetId,
  opts?: { decimals?: number },
): DisclosedStatistic {
  const p = resolve(policy, []);
  if (p === null || !isCount(contributors) || !Number.isFinite(value))
    return {
      value: null,
      display: "",
      label: "not available: the inputs are not valid",
      suppressed: false,
    };
  if (contributors === 0) return { value: null, display: "", label: "no data", suppressed: false };
  if (contributors < p.minSafeCount)
    return {
      value: null,
      display: p.symbol,
      label: `not shown, because it is based on fewer than ${p.minSafeCount} people`,
      suppressed: true,
    };
  const decimals = Math.min(Math.max(Math.trunc(ownOptions(opts)?.decimals ?? 1), 0), 10);
  const text = formatNumber(value, decimals);
  return { value, display: text, label: text, suppressed: false };
}

function lineName(
  kind: "row" | "column",
  i: number,
  labels: readonly string[] | undefined,
): string {
  const l = labels?.[i];
  const k = kind === "row" ? "Row" : "Column";
  return l === undefined ? `${k} ${i + 1}` : `${k} "${l}"`;
}

function statementFor(p: DisclosurePolicy, summary: DisclosedTable["summary"]): string {
  const parts: string[] = [];
  parts.push(
    `Small numbers are protected with the ${p.name} rule. Source: ${shortCitation(p.source).replace(/\.$/u, "")}.`,
  );
  const words = smallWords(p);
  const complementary = p.secondary === "complementary";
  const shownAs = complementary
    ? ""
    : p.primaryDisplay === "words"
      ? `; they appear as "${words}"`
      : `; they appear as "${p.symbol}" (${words})`;
  if (p.protectZero)
    parts.push(`Counts below ${p.minSafeCount}, including zero, are not shown${shownAs}.`);
  else if (p.minSafeCount > 1)
    parts.push(`Counts from 1 to ${p.minSafeCount - 1} are not shown${shownAs}. Zeros are shown.`);
  if (p.roundingBase !== null && p.roundingBase > 1)
    parts.push(
      `All other counts and totals are rounded to the nearest ${p.roundingBase}, so figures may not add up to the totals shown.`,
    );
  if (complementary)
    parts.push(
      `Where a hidden count could be worked out from a total, other figures in the same row or column are hidden too, until no row or column has just one hidden figure. Every hidden figure appears as "${p.symbol}", so a small figure cannot be told from one hidden to protect it.`,
    );
  // one number for every hidden figure: a split into small and protecting figures would tell
  // how many of the hidden figures are small
  const hidden = summary.primary + summary.secondary;
  let tally = `In this table, ${hidden} figure${hidden === 1 ? " was" : "s were"} hidden`;
  if (p.roundingBase !== null && p.roundingBase > 1) tally += `; ${summary.rounded} were rounded`;
  parts.push(`${tally}.`);
  if (p.unverified.length > 0)
    parts.push(`Not confirmed against the published method: ${p.unverified.join(" ")}`);
  return parts.join(" ");
}

/**
 * Apply statistical disclosure control to a table of counts of people.
 *
 * 1. Row totals, column totals and the grand total are computed (given totals must match).
 * 2. Primary suppression: every cell and total from 1 to `minSafeCount - 1` (and 0 if
 *    `protectZero`) is hidden.
 * 3. Secondary suppression (`secondary: "complementary"`): every row and column, including
 *    the row of column totals and the column of row totals, must have 0 or at least 2 hidden
 *    figures, counting its total, or a hidden figure could be worked out by subtraction; and
 *    where its total is shown, its hidden cells must add up to at least `minSafeCount`, or
 *    the total minus the rest would pin them down (two hidden 1s beside a 40 under a total of
 *    42 can only be 1 and 1). In a line with exactly one, the smallest shown non-zero cell is
 *    hidden (ties: first in the line), else the smallest zero cell, else the line's total; in
 *    a line whose hidden cells add up to too little, the smallest shown non-zero cell, else
 *    the total; repeated until no line changes. This is the standard row-and-column check; it
 *    does not search for every possible combination of equations.
 * 4. Rounding: every shown count and total is rounded to the nearest `roundingBase`.
 * 5. Each figure gets a machine `value`, a `display`, accessible words (`label`, e.g.
 *    "fewer than 5") and how it was treated; `statement` describes the policy for printing.
 *    Under complementary suppression every hidden figure has the same `display` (the
 *    policy's symbol) and the same `label`, whichever step hid it: two labels would tell an
 *    attacker which hidden figure is the small one (a hidden 0 beside a hidden 10 under a
 *    total of both would be recovered exactly). The statement gives one count of hidden
 *    figures for the same reason.
 *
 * Never throws: an invalid table or policy gives a failed {@link Result} (nothing published)
 * whose diagnostics name the problem. On success, lines left with one hidden figure when
 * `secondary` is `"none"` ride along as warnings (information when rounding protects them).
 *
 * @param table - the counts, with optional labels and totals to check
 * @param policy - a policy object or a preset id (`"fft"`, `"hes-2018"`, `"ukhsa-5"`, `"tre-10"`)
 * @returns the protected table, or the diagnostics that explain why there is none
 * @example
 * ```ts
 * const d = disclosureControl({ rows: [[3, 40], [20, 25]] }, "fft");
 * if (d.ok) d.value.rows.map((r) => r.map((c) => c.display)); // [["*", "*"], ["*", "*"]]
 * if (d.ok) d.value.rowTotals.map((c) => c.display); // ["43", "45"]
 * disclosureControl({ rows: [[3, -1]] }, "fft").ok; // false
 * ```
 * @category Reports
 */
export function disclosureControl(
  table: CountTable,
  policy: DisclosurePolicy | PolicyPresetId,
): Result<DisclosedTable> {
  const diagnostics: Diagnostic[] = [];
  const p = resolve(policy, diagnostics);
  const input = readTable(table, diagnostics);
  if (input === null) return fail(diagnostics);
  const rowsIn = input.rows;
  if (!Array.isArray(rowsIn)) {
    diagnostics.push(
      diagnostic(
        "disclosure/invalid-table",
        "error",
        ["rows"],
        "The table has no rows array.",
        "Give the counts as rows: an array of arrays of whole numbers.",
      ),
    );
    return fail(diagnostics);
  }
  const C = checkShape(input, rowsIn, diagnostics);
  if (diagnostics.some((d) => d.severity === "error") || p === null) return fail(diagnostics);

  const grid = sumEntries(rowsIn as readonly (readonly number[])[], C);
  checkGivenTotals(input, grid, diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return fail(diagnostics);

  // the copy has passed every check: its rows are counts, its labels text, its totals right
  const checked = input as unknown as CountTable;
  const lines = buildLines(grid);
  const { sup, hiddenIn } = primarySuppression(grid, lines, p);
  if (p.secondary === "complementary")
    complementarySuppression(grid, lines, sup, hiddenIn, p.minSafeCount);
  else reportSingleSuppressedLines(checked, grid, lines, hiddenIn, p, diagnostics);
  return ok(publish(checked, grid, sup, p), diagnostics);
}

/**
 * Check that every row is an array of counts of the same length as row 1, and that any labels
 * match the rows and columns; returns the number of columns (that of row 1).
 */
function checkShape(
  table: TableInput,
  rowsIn: readonly unknown[],
  diagnostics: Diagnostic[],
): number {
  const R = rowsIn.length;
  let C = 0;
  for (let i = 0; i < R; i++) {
    const row: unknown = rowsIn[i];
    if (!Array.isArray(row)) {
      diagnostics.push(
        diagnostic(
          "disclosure/invalid-table",
          "error",
          ["rows", i],
          `Row ${i + 1} is not an array of counts.`,
          "Give each row as an array of whole numbers.",
        ),
      );
      continue;
    }
    if (i === 0) C = row.length;
    else if (row.length !== C)
      diagnostics.push(
        diagnostic(
          "disclosure/ragged-table",
          "error",
          ["rows", i],
          `Row ${i + 1} has ${row.length} cells but row 1 has ${C}.`,
          "Give every row the same number of cells (use 0 for an empty cell).",
        ),
      );
    for (let j = 0; j < row.length; j++) {
      const v: unknown = row[j];
      if (!isCount(v))
        diagnostics.push(
          diagnostic(
            "disclosure/invalid-count",
            "error",
            ["rows", i, j],
            `The cell in row ${i + 1}, column ${j + 1} is ${describeValue(v)}; counts must be whole numbers of 0 or more.`,
            "Correct the count.",
          ),
        );
    }
  }
  const labelsOk = (key: "rowLabels" | "columnLabels", n: number): void => {
    const l = table[key];
    const notText = Array.isArray(l) ? l.findIndex((x) => typeof x !== "string") : -1;
    if (notText !== -1)
      diagnostics.push(
        diagnostic(
          "disclosure/invalid-table",
          "error",
          [key, notText],
          `${key === "rowLabels" ? "Row" : "Column"} label ${notText + 1} is ${describeValue((l as unknown[])[notText])}, not text.`,
          "Give each label as text.",
        ),
      );
    if (l !== undefined && (!Array.isArray(l) || l.length !== n))
      diagnostics.push(
        diagnostic(
          "disclosure/label-count",
          "error",
          [key],
          `There are ${Array.isArray(l) ? l.length : 0} ${key === "rowLabels" ? "row" : "column"} labels for ${n} ${key === "rowLabels" ? "rows" : "columns"}.`,
          "Give exactly one label per row or column, or none.",
        ),
      );
  };
  labelsOk("rowLabels", R);
  labelsOk("columnLabels", C);
  return C;
}

/**
 * Every figure of the table as one numbered entry: cells (`i*C + j`), row totals (`RC + i`),
 * column totals (`RC + R + j`) and the grand total (`G = RC + R + C`), with their values.
 */
interface Grid {
  R: number;
  C: number;
  RC: number;
  N: number;
  G: number;
  val: Float64Array;
}

/** The entries' values: the cells and the totals computed from them. */
function sumEntries(cells: readonly (readonly number[])[], C: number): Grid {
  const R = cells.length;
  const RC = R * C;
  const N = RC + R + C + 1;
  const G = N - 1;
  const val = new Float64Array(N);
  for (let i = 0; i < R; i++)
    for (let j = 0; j < C; j++) {
      const v = cells[i]?.[j] ?? 0;
      val[i * C + j] = v;
      val[RC + i] = (val[RC + i] ?? 0) + v;
      val[RC + R + j] = (val[RC + R + j] ?? 0) + v;
      val[G] = (val[G] ?? 0) + v;
    }
  return { R, C, RC, N, G, val };
}

/** Totals given with the table must be one per line and equal the computed sums. */
function checkGivenTotals(table: TableInput, grid: Grid, diagnostics: Diagnostic[]): void {
  const { R, C, RC, G, val } = grid;
  const checkTotals = (
    key: "rowTotals" | "columnTotals",
    n: number,
    offset: number,
    kind: "row" | "column",
    labels: unknown,
  ): void => {
    const given = table[key];
    if (given === undefined) return;
    if (!Array.isArray(given) || given.length !== n) {
      diagnostics.push(
        diagnostic(
          "disclosure/total-count",
          "error",
          [key],
          `There are ${Array.isArray(given) ? given.length : 0} ${kind} totals for ${n} ${kind}s.`,
          `Give one total per ${kind}, or leave the totals out and ppie will compute them.`,
        ),
      );
      return;
    }
    for (let k = 0; k < n; k++)
      if (given[k] !== val[offset + k])
        diagnostics.push(
          diagnostic(
            "disclosure/total-mismatch",
            "error",
            [key, k],
            `The total given for ${lineName(kind, k, labels as readonly string[] | undefined).toLowerCase()} (${describeValue(given[k])}) is not the sum of its cells (${val[offset + k]}).`,
            'If the total includes people not in the table, add a column or row for them (e.g. "Not known").',
          ),
        );
  };
  checkTotals("rowTotals", R, RC, "row", table.rowLabels);
  checkTotals("columnTotals", C, RC + R, "column", table.columnLabels);
  if (table.grandTotal !== undefined && table.grandTotal !== val[G])
    diagnostics.push(
      diagnostic(
        "disclosure/total-mismatch",
        "error",
        ["grandTotal"],
        `The grand total given (${describeValue(table.grandTotal)}) is not the sum of the cells (${val[G]}).`,
        "Correct the grand total, or leave it out and ppie will compute it.",
      ),
    );
}

/**
 * The lines of the table: rows `0..R-1`, columns `R..R+C-1`, the column of row totals `R+C`,
 * the row of column totals `R+C+1`; the last member of each line is its total. Every entry
 * lies on two lines, `lineA[e]` and `lineB[e]`.
 */
interface Lines {
  L: number;
  lines: number[][];
  lineA: Int32Array;
  lineB: Int32Array;
}

/** The lines of the table and the two lines each entry lies on. */
function buildLines(grid: Grid): Lines {
  const { R, C, RC, N, G } = grid;
  const L = R + C + 2;
  const lines: number[][] = new Array(L);
  for (let i = 0; i < R; i++) {
    const m: number[] = new Array(C + 1);
    for (let j = 0; j < C; j++) m[j] = i * C + j;
    m[C] = RC + i;
    lines[i] = m;
  }
  for (let j = 0; j < C; j++) {
    const m: number[] = new Array(R + 1);
    for (let i = 0; i < R; i++) m[i] = i * C + j;
    m[R] = RC + R + j;
    lines[R + j] = m;
  }
  const totalsCol: number[] = [];
  for (let i = 0; i < R; i++) totalsCol.push(RC + i);
  totalsCol.push(G);
  lines[R + C] = totalsCol;
  const totalsRow: number[] = [];
  for (let j = 0; j < C; j++) totalsRow.push(RC + R + j);
  totalsRow.push(G);
  lines[R + C + 1] = totalsRow;
  const lineA = new Int32Array(N);
  const lineB = new Int32Array(N);
  for (let i = 0; i < R; i++)
    for (let j = 0; j < C; j++) {
      lineA[i * C + j] = i;
      lineB[i * C + j] = R + j;
    }
  for (let i = 0; i < R; i++) {
    lineA[RC + i] = i;
    lineB[RC + i] = R + C;
  }
  for (let j = 0; j < C; j++) {
    lineA[RC + R + j] = R + j;
    lineB[RC + R + j] = R + C + 1;
  }
  lineA[G] = R + C;
  lineB[G] = R + C + 1;
  return { L, lines, lineA, lineB };
}

/**
 * Primary suppression: every small entry is hidden (`sup` 1; 0 is shown, 2 secondary), and
 * `hiddenIn` counts the hidden entries of each line.
 */
function primarySuppression(
  grid: Grid,
  lines: Lines,
  p: DisclosurePolicy,
): { sup: Uint8Array; hiddenIn: Int32Array } {
  const { N, val } = grid;
  const { L, lineA, lineB } = lines;
  const sup = new Uint8Array(N);
  const hiddenIn = new Int32Array(L);
  for (let e = 0; e < N; e++)
    if (isSmall(val[e] ?? 0, p)) {
      sup[e] = 1;
      const a = lineA[e] ?? 0;
      const b = lineB[e] ?? 0;
      hiddenIn[a] = (hiddenIn[a] ?? 0) + 1;
      hiddenIn[b] = (hiddenIn[b] ?? 0) + 1;
    }
  return { sup, hiddenIn };
}

/**
 * Complementary (secondary) suppression: a work queue of lines, re-queued when one of their
 * entries is hidden, until no line lets a hidden figure be worked out: none has exactly one
 * hidden figure, and in none with its total shown do the hidden cells add up to less than
 * `min` (the total minus the rest would pin them down: two hidden 1s beside a 40 under a total
 * of 42 can only be 1 and 1, and two hidden zeros beside a 40 under 40 only 0 and 0).
 */
function complementarySuppression(
  grid: Grid,
  lines: Lines,
  sup: Uint8Array,
  hiddenIn: Int32Array,
  min: number,
): void {
  const { val } = grid;
  const { L, lineA, lineB } = lines;
  const queue: number[] = [];
  const queued = new Uint8Array(L);
  for (let l = 0; l < L; l++) {
    queue.push(l);
    queued[l] = 1;
  }
  for (let head = 0; head < queue.length; head++) {
    const l = queue[head] ?? 0;
    queued[l] = 0;
    const members = lines.lines[l] ?? [];
    const total = members[members.length - 1] ?? -1;
    let hiddenSum = 0;
    for (let k = 0; k < members.length - 1; k++) {
      const e = members[k] ?? 0;
      if (sup[e] !== 0) hiddenSum += val[e] ?? 0;
    }
    const one = hiddenIn[l] === 1;
    const short = (hiddenIn[l] ?? 0) >= 2 && total !== -1 && sup[total] === 0 && hiddenSum < min;
    if (!one && !short) continue;
    let pick = -1;
    let pickKey = Number.POSITIVE_INFINITY;
    for (let k = 0; k < members.length - 1; k++) {
      const e = members[k] ?? 0;
      if (sup[e] !== 0) continue;
      const v = val[e] ?? 0;
      // non-zero cells first (smallest first), then zero cells (which add nothing to a short
      // line's hidden sum, so not for that); first in line on ties
      if (v === 0 && short) continue;
      const key = v === 0 ? Number.MAX_SAFE_INTEGER : v;
      if (key < pickKey) {
        pickKey = key;
        pick = e;
      }
    }
    if (pick === -1 && total !== -1 && sup[total] === 0) pick = total;
    if (pick === -1) continue;
    sup[pick] = 2;
    for (const ln of [lineA[pick] ?? 0, lineB[pick] ?? 0]) {
      hiddenIn[ln] = (hiddenIn[ln] ?? 0) + 1;
      if (queued[ln] === 0) {
        queued[ln] = 1;
        queue.push(ln);
      }
    }
  }
}

/**
 * Without secondary suppression, name every line with exactly one hidden figure: a warning
 * (its value can be worked out from the total), or information when rounding protects it.
 */
function reportSingleSuppressedLines(
  table: CountTable,
  grid: Grid,
  lines: Lines,
  hiddenIn: Int32Array,
  p: DisclosurePolicy,
  diagnostics: Diagnostic[],
): void {
  const { R, C } = grid;
  const rounding = p.roundingBase !== null && p.roundingBase > 1;
  const nameOf = (l: number): [string, (string | number)[]] =>
    l < R
      ? [lineName("row", l, table.rowLabels), ["rows", l]]
      : l < R + C
        ? [lineName("column", l - R, table.columnLabels), ["columns", l - R]]
        : l === R + C
          ? ["The column of row totals", ["rowTotals"]]
          : ["The row of column totals", ["columnTotals"]];
  for (let l = 0; l < lines.L; l++) {
    if (hiddenIn[l] !== 1 || (lines.lines[l]?.length ?? 0) < 2) continue;
    const [name, path] = nameOf(l);
    diagnostics.push(
      rounding
        ? diagnostic(
            "disclosure/single-suppressed-line",
            "info",
            path,
            `${name} has one hidden figure; rounding stops its exact value being worked out from the total, but the total still narrows it down.`,
            "Consider leaving out that total, as UKHSA's worked example does, or merging small groups.",
          )
        : diagnostic(
            "disclosure/single-suppressed-line",
            "warning",
            path,
            `${name} has one hidden figure, which can be worked out from the total.`,
            'Use secondary: "complementary", leave out the total, or merge small groups.',
          ),
    );
  }
}

/** The protected table: each entry hidden, withheld or shown (rounded), with the summary. */
function publish(
  table: CountTable,
  grid: Grid,
  sup: Uint8Array,
  p: DisclosurePolicy,
): DisclosedTable {
  const { R, C, RC, G, val } = grid;
  const prim = hiddenCell(p, "primary");
  const sec = hiddenCell(p, "secondary");
  const summary = { primary: 0, secondary: 0, rounded: 0 };
  const out = (e: number): DisclosedCell => {
    const s = sup[e];
    if (s === 1) {
      summary.primary++;
      return { ...prim };
    }
    if (s === 2) {
      summary.secondary++;
      return { ...sec };
    }
    const c = shown(val[e] ?? 0, p);
    if (c.rounded) summary.rounded++;
    return c;
  };
  const rows: DisclosedCell[][] = [];
  for (let i = 0; i < R; i++) {
    const r: DisclosedCell[] = [];
    for (let j = 0; j < C; j++) r.push(out(i * C + j));
    rows.push(r);
  }
  const rowTotals: DisclosedCell[] = [];
  for (let i = 0; i < R; i++) rowTotals.push(out(RC + i));
  const columnTotals: DisclosedCell[] = [];
  for (let j = 0; j < C; j++) columnTotals.push(out(RC + R + j));
  const grandTotal = out(G);

  return {
    policy: p,
    rowLabels: table.rowLabels ?? null,
    columnLabels: table.columnLabels ?? null,
    rows,
    rowTotals,
    columnTotals,
    grandTotal,
    summary,
    statement: statementFor(p, summary),
  };
}
