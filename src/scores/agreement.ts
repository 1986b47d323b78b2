import type { LandisKochBand } from "../frameworks/landis-koch-bands.js";
import { describeValue, formatDecimal } from "../format.js";
import { LANDIS_KOCH_BANDS } from "../frameworks/landis-koch-bands.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { COHEN_1960, LANDIS_KOCH_1977 } from "../frameworks/publications.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const AGREEMENT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "agreement/empty-table",
    severity: "error",
    title: "The agreement table is empty",
    example: {
      path: ["table"],
      message: "The agreement table is empty.",
      hint: "Give a square table of counts: rows for rater A's categories, columns for rater B's.",
    },
  },
  {
    code: "agreement/not-square",
    severity: "error",
    title: "The agreement table is not square",
    example: {
      path: ["table", 1],
      message: "Row 1 has 1 cells, but the table has 2 rows; it must be square.",
      hint: "Use the same categories, in the same order, for rows and columns.",
    },
  },
  {
    code: "agreement/invalid-count",
    severity: "error",
    title: "A cell is not a whole number of 0 or more",
    example: {
      path: ["table", 0, 1],
      message: "Cell [0][1] is -2, not a whole number of 0 or more.",
    },
  },
  {
    code: "agreement/labels-mismatch",
    severity: "warning",
    title: "The number of labels differs from the number of categories",
    example: { path: ["opts", "labels"], message: "3 labels were given for 2 categories." },
  },
  {
    code: "agreement/no-ratings",
    severity: "warning",
    title: "The table has no rated items",
    example: { path: ["table"], message: "The table has no rated items." },
  },
  {
    code: "agreement/kappa-undefined",
    severity: "warning",
    title: "Kappa is undefined because chance agreement is 100%",
    example: {
      path: ["table"],
      message:
        "Kappa is undefined: both raters put every item in the same single category, so chance agreement is 100%.",
      hint: "Report the percent agreement instead, and note that the item did not vary.",
    },
  },
]);

export { LANDIS_KOCH_BANDS, type LandisKochBand } from "../frameworks/landis-koch-bands.js";

/**
 * The Landis and Koch (1977) band for a kappa.
 *
 * @param kappa - Cohen's kappa, −1 to 1
 * @returns the band, or `null` for `NaN` or a value above 1
 * @example
 * ```ts
 * landisKochBand(0.5833); // "moderate"
 * ```
 * @category Scores
 */
export function landisKochBand(kappa: number): LandisKochBand | null {
  for (const b of LANDIS_KOCH_BANDS) {
    if (b.inclusive ? kappa <= b.max : kappa < b.max) return b.band;
  }
  return null;
}

/**
 * Options for {@link agreement}.
 *
 * @category Scores
 */
export interface AgreementOptions {
  /** Category names, one per row (and column), for the explanation. */
  labels?: readonly string[];
}

/**
 * The figures a kappa was built from.
 *
 * @category Scores
 */
export interface AgreementComponents {
  /** N: items rated by both raters. */
  n: number;
  /** Categories (rows = columns). */
  categories: number;
  /** Category names, when given. */
  labels: readonly string[] | null;
  /** Items where the raters agree (the diagonal). */
  agreements: number;
  /** Percent agreement p_o = agreements / N. */
  observedAgreement: number | null;
  /** Chance agreement p_e = Σ_c (row_c / N)(col_c / N). */
  expectedAgreement: number | null;
  /** Rater A's total per category (row sums). */
  rowTotals: number[];
  /** Rater B's total per category (column sums). */
  columnTotals: number[];
}

/** Cohen (1960) for kappa; Landis and Koch (1977) for its bands. */
export const AGREEMENT_SOURCES: Sources = [COHEN_1960, LANDIS_KOCH_1977];

/**
 * Cohen's kappa for two raters who coded the same items (Cohen 1960):
 * κ = (p_o − p_e) / (1 − p_e), with p_o = agreements / N and
 * p_e = Σ_c (row_c / N)(col_c / N); banded by Landis & Koch.
 *
 * The table is square: `table[a][b]` counts items rater A put in category a and rater B in
 * category b. Kappa is undefined (value `null`, with a diagnostic) when p_e = 1, i.e. both
 * raters used one and the same category for every item.
 *
 * Worked example (computed; also a unit test): [[10, 2], [2, 6]] → p_o 0.80, p_e 0.52,
 * κ = 0.28 / 0.48 = 0.583333 (moderate).
 *
 * @param table - a square table of whole-number counts, rows = rater A, columns = rater B
 * @param opts - optional category `labels`
 * @returns a {@link Score} whose value is κ in [−1, 1] and band the Landis & Koch band
 * @example
 * ```ts
 * agreement([[10, 2], [2, 6]]).value; // 0.5833333333333334
 * ```
 * @category Scores
 */
export function agreement(
  table: readonly (readonly number[])[],
  opts: AgreementOptions = {},
): Score<AgreementComponents> {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  const k = Array.isArray(table) ? table.length : 0;
  const rowTotals: number[] = new Array<number>(k).fill(0);
  const columnTotals: number[] = new Array<number>(k).fill(0);
  let n = 0;
  let agreements = 0;
  let valid = k > 0;
  if (k === 0)
    diagnostics.push(
      diagnostic(
        "agreement/empty-table",
        "error",
        ["table"],
        "The agreement table is empty.",
        "Give a square table of counts: rows for rater A's categories, columns for rater B's.",
      ),
    );
  for (let a = 0; a < k && valid; a++) {
    const row: unknown = table[a];
    if (!Array.isArray(row) || row.length !== k) {
      valid = false;
      diagnostics.push(
        diagnostic(
          "agreement/not-square",
          "error",
          ["table", a],
          `Row ${a} has ${Array.isArray(row) ? row.length : 0} cells, but the table has ${k} rows; it must be square.`,
          "Use the same categories, in the same order, for rows and columns.",
        ),
      );
      break;
    }
    for (let b = 0; b < k; b++) {
      const v: unknown = row[b];
      if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
        valid = false;
        diagnostics.push(
          diagnostic(
            "agreement/invalid-count",
            "error",
            ["table", a, b],
            `Cell [${a}][${b}] is ${describeValue(v)}, not a whole number of 0 or more.`,
          ),
        );
        continue;
      }
      rowTotals[a]! += v;
      columnTotals[b]! += v;
      n += v;
      if (a === b) agreements += v;
    }
  }
  const labels = opts.labels ?? null;
  if (labels !== null && labels.length !== k)
    diagnostics.push(
      diagnostic(
        "agreement/labels-mismatch",
        "warning",
        ["opts", "labels"],
        `${labels.length} labels were given for ${k} categories.`,
      ),
    );

  const components: AgreementComponents = {
    n: valid ? n : 0,
    categories: k,
    labels,
    agreements: valid ? agreements : 0,
    observedAgreement: null,
    expectedAgreement: null,
    rowTotals,
    columnTotals,
  };
  const base = {
    id: "agreement",
    unit: "index" as const,
    range: [-1, 1] as const,
    method: "cohen-kappa",
    source: AGREEMENT_SOURCES,
  };
  if (!valid || n === 0) {
    if (valid)
      diagnostics.push(
        diagnostic("agreement/no-ratings", "warning", ["table"], "The table has no rated items."),
      );
    return {
      ...base,
      value: null,
      components,
      explanation: "No kappa: the table has no valid ratings (see diagnostics).",
      diagnostics,
    };
  }
  const po = agreements / n;
  let pe = 0;
  for (let c = 0; c < k; c++) pe += (rowTotals[c]! / n) * (columnTotals[c]! / n);
  pe = Math.min(1, pe);
  components.observedAgreement = po;
  components.expectedAgreement = pe;
  const f = (x: number): string => formatDecimal(x, 4);
  if (pe >= 1) {
    diagnostics.push(
      diagnostic(
        "agreement/kappa-undefined",
        "warning",
        ["table"],
        "Kappa is undefined: both raters put every item in the same single category, so chance agreement is 100%.",
        "Report the percent agreement instead, and note that the item did not vary.",
      ),
    );
    return {
      ...base,
      value: null,
      components,
      explanation: `Percent agreement ${f(po)}; kappa is undefined because chance agreement p_e = 1.`,
      diagnostics,
    };
  }
  const kappa = Math.max(-1, Math.min(1, (po - pe) / (1 - pe)));
  const band = landisKochBand(kappa)!;
  return {
    ...base,
    value: kappa,
    band,
    components,
    explanation: `${agreements} of ${n} items agree: p_o = ${f(po)}; chance agreement p_e = ${f(pe)}; κ = (${f(po)} − ${f(pe)}) / (1 − ${f(pe)}) = ${f(kappa)} (${band}, Landis & Koch).`,
    diagnostics,
  };
}
