import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";
import { describeValue, formatDecimal } from "../format.js";
import type { Interval } from "./stats.js";
import { chiSquareCriticalValue, chiSquarePValue, wilsonInterval } from "./stats.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import {
  DUNCAN_1955,
  PEARSON_1900,
  SHANNON_1948,
  SIMPSON_1949,
  WILSON_1927,
} from "../frameworks/publications.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const REPRESENTATION_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "representation/no-members",
    severity: "warning",
    title: "No members in the reference categories",
    example: {
      path: ["groupCounts"],
      message: "The group has no members in the reference categories, so it cannot be compared.",
    },
  },
  {
    code: "representation/invalid-option",
    severity: "warning",
    title: "shareTolerance is not a number of 0 or more",
    example: {
      path: ["opts", "shareTolerance"],
      message: "shareTolerance must be a number of 0 or more, not -1; 0.01 was used.",
    },
  },
  {
    code: "representation/invalid-count",
    severity: "error",
    title: "A group count that is not a whole number of 0 or more",
    example: {
      path: ["groupCounts", "Asian"],
      message: 'The count for "Asian" is 1.5, not a whole number of 0 or more.',
      hint: "Give the number of group members in each category.",
    },
  },
  {
    code: "representation/invalid-share",
    severity: "error",
    title: "A reference share that is not a number of 0 or more",
    example: {
      path: ["referenceShares", "Asian"],
      message: 'The reference share for "Asian" is -0.1, not a number of 0 or more.',
      hint: "Give population shares as proportions (0.093 for 9.3%).",
    },
  },
  {
    code: "representation/unused-collapse",
    severity: "warning",
    title: "A collapse entry that names no category",
    example: {
      path: ["opts", "collapse", "Mixed"],
      message:
        'The collapse option names "Mixed", which is neither a group nor a reference category.',
      hint: "Check the spelling of the category names.",
    },
  },
  {
    code: "representation/no-reference",
    severity: "error",
    title: "No reference shares to compare with",
    example: {
      path: ["referenceShares"],
      message: "The reference shares are empty or all zero, so there is nothing to compare with.",
      hint: "Give the population share of each category.",
    },
  },
  {
    code: "representation/reference-not-normalised",
    severity: "warning",
    title: "Reference shares that do not sum to 1",
    example: {
      path: ["referenceShares"],
      message: "The reference shares sum to 0.945, not 1; they were rescaled to sum to 1.",
      hint: "Check for a missing or duplicated category in the reference.",
    },
  },
  {
    code: "representation/category-missing-from-group",
    severity: "info",
    title: "A reference category the group counts do not mention",
    example: {
      path: ["groupCounts", "Black"],
      message: 'The group counts do not mention "Black"; it was counted as 0 members.',
      hint: "Give 0 explicitly for categories with no members to silence this note.",
    },
  },
  {
    code: "representation/category-not-in-reference",
    severity: "warning",
    title: "Group members in a category with no reference share",
    example: {
      path: ["groupCounts", "Gypsy"],
      message:
        'The reference has no share for "Gypsy", so its 2 members were left out of the comparison.',
      hint: "Add the category to the reference shares, or merge it with the collapse option.",
    },
  },
  {
    code: "representation/zero-reference-share",
    severity: "warning",
    title: "Members in a category whose reference share is 0",
    example: {
      path: ["referenceShares", "Other"],
      message:
        'The group has members in "Other", whose reference share is 0, so the chi-square test cannot be computed.',
      hint: "Check the reference shares, or merge the category with the collapse option.",
    },
  },
  {
    code: "representation/chi-square-one-category",
    severity: "info",
    title: "Too few categories for the chi-square test",
    example: {
      path: ["referenceShares"],
      message: "The chi-square test needs at least two categories with a reference share above 0.",
    },
  },
  {
    code: "representation/chi-square-overflow",
    severity: "warning",
    title: "A reference share too small for the chi-square statistic",
    example: {
      path: ["referenceShares"],
      message:
        "A reference share is so close to 0 that the chi-square statistic cannot be represented.",
      hint: "Merge very small categories with the collapse option.",
    },
  },
  {
    code: "representation/chi-square-small-expected",
    severity: "warning",
    title: "Expected counts too small for the chi-square test",
    example: {
      path: ["groupCounts"],
      message: "The chi-square test is not valid: expected < 5 in 2 of 3 cells.",
      hint: "Merge small categories with the collapse option, or use an exact test; a non-significant result in a small group is not evidence of representativeness.",
    },
  },
]);

/**
 * Default tolerance on the sum of reference shares: |Σ p − 1| above 0.01 gives a diagnostic.
 * A ppie design choice (see docs/design-choices.md#reference-population-shares): published
 * census shares rounded to 0.1 percentage point can sum to 0.99–1.01 over many categories.
 *
 * @example
 * ```ts
 * REPRESENTATION_SHARE_TOLERANCE; // 0.01
 * ```
 * @category Scores
 */
export const REPRESENTATION_SHARE_TOLERANCE = 0.01;

/**
 * Options for {@link representation}.
 *
 * @category Scores
 */
export interface RepresentationOptions {
  /**
   * Merge categories before any calculation: each key (a category in the group or the
   * reference) is counted under its value. For example `{ Asian: "Not White", Black: "Not
   * White" }`. Merging small categories is the usual remedy when the chi-square test is
   * invalid.
   */
  collapse?: Readonly<Record<string, string>>;
  /** Allowed |Σ reference shares − 1| before a diagnostic (default {@link REPRESENTATION_SHARE_TOLERANCE}). */
  shareTolerance?: number;
}

/**
 * One category of a {@link representation} analysis. Figures that need a reference share are
 * `null` for a category the reference does not have.
 *
 * @category Scores
 */
export interface RepresentationCategory {
  /** Category name (after any collapsing). */
  category: string;
  /** n_i: members of the group in this category. */
  count: number;
  /** Whether the reference has a share for this category. */
  inReference: boolean;
  /** Whether the group counts named this category (absent means 0 members). */
  inGroup: boolean;
  /** g_i = n_i / N, over members in reference categories. */
  groupShare: number | null;
  /** p_i, rescaled so the reference sums to 1. */
  populationShare: number | null;
  /** Representation ratio RR_i = g_i / p_i; `null` when p_i is 0. */
  ratio: number | null;
  /** g_i − p_i as a proportion (× 100 for percentage points). */
  gap: number | null;
  /** ln(RR_i), symmetric around 0; `null` when n_i or p_i is 0. */
  logRatio: number | null;
  /** Expected count E_i = N × p_i (Pearson 1900). */
  expected: number | null;
  /** Wilson (1927) 95% score interval for g_i. */
  ci: Interval | null;
  /** Smallest group with ≥ 95% chance of at least one member of this category. */
  minGroupSize: number | null;
}

/**
 * Diversity indices of a distribution: Simpson (1949) and Shannon (1948), with Pielou's evenness.
 *
 * @category Scores
 */
export interface DiversityIndices {
  /** Simpson concentration λ = Σ g² (with replacement). */
  simpson: number;
  /** Unbiased λ̂ = Σ n(n − 1) / (N(N − 1)); `null` for a reference or fewer than 2 members. */
  simpsonUnbiased: number | null;
  /** Gini–Simpson diversity 1 − λ (0 = one category; at most 1 − 1/k). */
  giniSimpson: number;
  /** Inverse Simpson 1/λ, the effective number of categories. */
  inverseSimpson: number;
  /** Shannon entropy H = −Σ g ln g in nats (0 ln 0 = 0). */
  shannon: number;
  /** H in bits (H / ln 2). */
  shannonBits: number;
  /** Pielou evenness J = H / ln k, k = categories defined by the reference; `null` when k < 2. */
  evenness: number | null;
  /** exp(H), the effective number of categories. */
  effectiveCategories: number;
}

/**
 * Chi-square goodness of fit of the group against the reference (Pearson 1900).
 *
 * @category Scores
 */
export interface ChiSquareGoodnessOfFit {
  /** X² = Σ (n_i − E_i)² / E_i over categories with a reference share above 0. */
  statistic: number;
  /** Degrees of freedom: cells − 1. */
  df: number;
  /** Upper-tail p-value. */
  pValue: number;
  /** Critical value at α = 0.05 for df. */
  criticalValue05: number;
  /** Cells in the test. */
  cells: number;
  /** Cells with E_i < 5. */
  expectedBelow5: number;
  /** Cells with E_i < 1. */
  expectedBelow1: number;
  /** Whether every E_i ≥ 5 (the usual validity rule). */
  valid: boolean;
  /** Cochran's relaxed rule: no E_i < 1 and at most 20% of cells below 5. */
  cochranValid: boolean;
  /** For example "expected < 5 in 4 of 5 cells". */
  validityNote: string;
}

/**
 * The components of a {@link representation} score.
 *
 * @category Scores
 */
export interface RepresentationComponents {
  /** Reference categories in reference order, then group-only categories. */
  categories: RepresentationCategory[];
  /** N: members in categories the reference has. */
  n: number;
  /** Members in categories the reference lacks, left out of every comparison. */
  nExcluded: number;
  /** k: categories in the reference (after collapsing). */
  k: number;
  /** Σ of the reference shares as given, before rescaling to 1 (`null` if it overflows). */
  referenceSum: number | null;
  /** Index of dissimilarity D = ½ Σ |g_i − p_i| (Duncan and Duncan 1955). */
  dissimilarity: number | null;
  /** Diversity of the group over reference categories. */
  diversity: DiversityIndices | null;
  /** Diversity of the reference population itself, for comparison. */
  referenceDiversity: DiversityIndices | null;
  /** Goodness of fit; `null` when it cannot be computed. */
  chiSquare: ChiSquareGoodnessOfFit | null;
}

/**
 * The index of dissimilarity (Duncan and Duncan 1955), Simpson's and Shannon's indices, Pearson's
 * chi-square goodness of fit and Wilson's score interval. The reference shares are the caller's.
 */
export const REPRESENTATION_SOURCES: Sources = [
  DUNCAN_1955,
  SIMPSON_1949,
  SHANNON_1948,
  PEARSON_1900,
  WILSON_1927,
];

/**
 * Probability that a random group of n people has no member of a category with population
 * share p: (1 − p)^n.
 *
 * Worked example (computed; also a unit test): p = 0.093, n = 12 → 0.907^12 = 0.30995.
 *
 * @param p - population share, 0 ≤ p ≤ 1
 * @param n - group size, an integer ≥ 0
 * @returns the probability in [0, 1], or `null` for invalid arguments
 * @example
 * ```ts
 * probabilityNoMembers(0.093, 12); // 0.30995
 * ```
 * @category Scores
 */
export function probabilityNoMembers(p: number, n: number): number | null {
  if (!(p >= 0 && p <= 1) || !Number.isSafeInteger(n) || n < 0) return null;
  return (1 - p) ** n;
}

/**
 * Smallest group size N giving at least `confidence` chance of one or more members of a
 * category with population share p: N = ceil(ln(1 − confidence) / ln(1 − p)).
 *
 * Worked example (computed; a unit test): p = 0.04 → 74; 0.093 → 31; 0.021 → 142; 0.177 → 16.
 *
 * @param p - population share, 0 < p ≤ 1
 * @param confidence - the chance wanted, 0 < confidence < 1 (default 0.95)
 * @returns N, or `null` when p is 0, the arguments are invalid or N is beyond a safe integer
 * @example
 * ```ts
 * minGroupSizeForAtLeastOne(0.04); // 74
 * ```
 * @category Scores
 */
export function minGroupSizeForAtLeastOne(p: number, confidence = 0.95): number | null {
  if (!(p > 0 && p <= 1) || !(confidence > 0 && confidence < 1)) return null;
  if (p === 1) return 1;
  const n = Math.max(1, Math.ceil(Math.log(1 - confidence) / Math.log1p(-p)));
  return Number.isSafeInteger(n) ? n : null;
}

function diversityOf(values: readonly number[], k: number, counts: boolean): DiversityIndices {
  let total = 0;
  for (const v of values) total += v;
  let simpson = 0;
  let shannon = 0;
  let pairs = 0;
  for (const v of values) {
    const g = v / total;
    simpson += g * g;
    if (g > 0) shannon -= g * Math.log(g);
    pairs += v * (v - 1);
  }
  shannon = Math.max(0, shannon);
  return {
    simpson,
    simpsonUnbiased: counts && total >= 2 ? pairs / (total * (total - 1)) : null,
    giniSimpson: 1 - simpson,
    inverseSimpson: 1 / simpson,
    shannon,
    shannonBits: shannon / Math.LN2,
    evenness: k >= 2 ? Math.min(1, shannon / Math.log(k)) : null,
    effectiveCategories: Math.exp(shannon),
  };
}

function fmt(x: number, digits = 3): string {
  return formatDecimal(x, digits);
}

/**
 * Compare the make-up of an involvement group with a reference population. The value is the
 * index of dissimilarity D = ½ Σ |g_i − p_i| (Duncan and Duncan 1955; 0 = same make-up as the
 * reference, 1 = completely different): the share of the group that would have to be in a
 * different category to match the reference.
 *
 * Per category: group share g_i = n_i / N, population share p_i, representation ratio
 * RR_i = g_i / p_i, gap, ln RR, expected count, Wilson 95% interval (Wilson 1927) and the
 * minimum group size for a 95% chance of at least one member. Also Simpson λ, unbiased λ̂,
 * Gini–Simpson, inverse Simpson (Simpson 1949), Shannon H, Pielou evenness J = H / ln k with
 * k = reference categories, exp(H) (Shannon 1948), and a chi-square goodness-of-fit test
 * (Pearson 1900) with df = k − 1, p-value and a validity flag.
 *
 * Rules: reference shares are rescaled to sum to 1 (a diagnostic when they are off by more
 * than `shareTolerance`); group categories the reference lacks are left out of every
 * comparison with a diagnostic; reference categories with no group count count as 0 with a
 * diagnostic. Invalid counts or shares give value `null`.
 *
 * Worked example (computed; also a unit test): 30/5/3/1/1 vs 0.817/0.093/0.040/0.029/0.021 →
 * RR 0.9180, 1.3441, 1.8750, 0.8621, 1.1905; D = 0.071; X² = 1.9378, df 4, p = 0.747,
 * "expected < 5 in 4 of 5 cells".
 *
 * @param groupCounts - members of the group per category (whole numbers ≥ 0)
 * @param referenceShares - population share per category (proportions summing to 1)
 * @param opts - `collapse` to merge categories; `shareTolerance`
 * @returns a {@link Score} whose value is D, with everything else in components
 * @example
 * ```ts
 * const s = representation(
 *   { White: 30, Asian: 5, Black: 3, Mixed: 1, Other: 1 },
 *   { White: 0.817, Asian: 0.093, Black: 0.04, Mixed: 0.029, Other: 0.021 },
 * );
 * s.value; // 0.071
 * ```
 * @category Scores
 */
export function representation(
  groupCounts: Readonly<Record<string, number>>,
  referenceShares: Readonly<Record<string, number>>,
  opts: RepresentationOptions = {},
): Score<RepresentationComponents> {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  const tolerance = resolveTolerance(opts, diagnostics);
  const inputs = collapseInputs(groupCounts, referenceShares, opts.collapse ?? {}, diagnostics);
  const { counts, shares } = inputs;
  const reference = normaliseShares(shares, tolerance, diagnostics);
  const { maxShare, referenceSum } = reference;
  const errors = inputs.errors || reference.empty;
  const { categories, n, nExcluded } = compareCategories(counts, shares, reference, diagnostics);

  const k = shares.size;
  const compared = categories.filter((c) => c.inReference);
  let dissimilarity: number | null = null;
  let diversity: DiversityIndices | null = null;
  let chiSquare: ChiSquareGoodnessOfFit | null = null;
  const referenceDiversity =
    k > 0 && maxShare > 0
      ? diversityOf(
          compared.map((c) => c.populationShare!),
          k,
          false,
        )
      : null;

  if (n === 0 && !errors) {
    diagnostics.push(
      diagnostic(
        "representation/no-members",
        "warning",
        ["groupCounts"],
        "The group has no members in the reference categories, so it cannot be compared.",
      ),
    );
  }
  if (n > 0 && k > 0) {
    let sum = 0;
    for (const c of compared) sum += Math.abs(c.groupShare! - c.populationShare!);
    dissimilarity = Math.min(1, sum / 2);
    diversity = diversityOf(
      compared.map((c) => c.count),
      k,
      true,
    );
    chiSquare = chiSquareTest(compared, diagnostics);
  }

  const value = errors || n === 0 ? null : dissimilarity;
  return {
    id: "representation",
    value,
    unit: "proportion",
    range: [0, 1],
    method: "index-of-dissimilarity",
    components: {
      categories,
      n,
      nExcluded,
      k,
      referenceSum,
      dissimilarity: errors ? null : dissimilarity,
      diversity,
      referenceDiversity,
      chiSquare,
    },
    explanation: explain(value, errors, compared, n, chiSquare),
    source: REPRESENTATION_SOURCES,
    diagnostics,
  };
}

/** The share tolerance: the option if valid, else the default (with a warning). */
function resolveTolerance(opts: RepresentationOptions, diagnostics: Diagnostic[]): number {
  let tolerance = REPRESENTATION_SHARE_TOLERANCE;
  if (opts.shareTolerance !== undefined) {
    const given: unknown = opts.shareTolerance;
    if (typeof given === "number" && given >= 0 && Number.isFinite(given))
      tolerance = opts.shareTolerance;
    else
      diagnostics.push(
        diagnostic(
          "representation/invalid-option",
          "warning",
          ["opts", "shareTolerance"],
          `shareTolerance must be a number of 0 or more, not ${describeValue(opts.shareTolerance)}; ${REPRESENTATION_SHARE_TOLERANCE} was used.`,
        ),
      );
  }
  return tolerance;
}

/**
 * The valid counts and shares, each summed into its collapsed category (in first-seen order);
 * `errors` when any count or share was invalid. A collapse entry that names neither is a warning.
 */
function collapseInputs(
  groupCounts: Readonly<Record<string, number>>,
  referenceShares: Readonly<Record<string, number>>,
  collapse: Readonly<Record<string, string>>,
  diagnostics: Diagnostic[],
): { counts: Map<string, number>; shares: Map<string, number>; errors: boolean } {
  let errors = false;
  const target = (c: string): string =>
    Object.hasOwn(collapse, c) ? collapseTarget(collapse[c]) : c;
  const usedCollapse = new Set<string>();
  const counts = new Map<string, number>();
  for (const key of Object.keys(groupCounts)) {
    const v: unknown = groupCounts[key];
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
      errors = true;
      diagnostics.push(
        diagnostic(
          "representation/invalid-count",
          "error",
          ["groupCounts", key],
          `The count for "${key}" is ${describeValue(v)}, not a whole number of 0 or more.`,
          "Give the number of group members in each category.",
        ),
      );
      continue;
    }
    if (Object.hasOwn(collapse, key)) usedCollapse.add(key);
    const t = target(key);
    counts.set(t, (counts.get(t) ?? 0) + v);
  }

  const shares = new Map<string, number>();
  for (const key of Object.keys(referenceShares)) {
    const v: unknown = referenceShares[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      errors = true;
      diagnostics.push(
        diagnostic(
          "representation/invalid-share",
          "error",
          ["referenceShares", key],
          `The reference share for "${key}" is ${describeValue(v)}, not a number of 0 or more.`,
          "Give population shares as proportions (0.093 for 9.3%).",
        ),
      );
      continue;
    }
    if (Object.hasOwn(collapse, key)) usedCollapse.add(key);
    const t = target(key);
    shares.set(t, (shares.get(t) ?? 0) + v);
  }
  for (const key of Object.keys(collapse)) {
    if (!usedCollapse.has(key))
      diagnostics.push(
        diagnostic(
          "representation/unused-collapse",
          "warning",
          ["opts", "collapse", key],
          `The collapse option names "${key}", which is neither a group nor a reference category.`,
          "Check the spelling of the category names.",
        ),
      );
  }
  return { counts, shares, errors };
}

/**
 * The reference shares' sum, computed relative to the largest share (`p = share / maxShare /
 * relativeSum`) so that huge shares cannot overflow; `empty` when there is no positive share.
 */
interface ReferenceSum {
  maxShare: number;
  relativeSum: number;
  /** The sum of the shares, or `null` when it overflows. */
  referenceSum: number | null;
  empty: boolean;
}

/** Sum the reference shares: none positive is an error, a sum other than 1 a warning. */
function normaliseShares(
  shares: ReadonlyMap<string, number>,
  tolerance: number,
  diagnostics: Diagnostic[],
): ReferenceSum {
  // Sum relative to the largest share, so that huge shares cannot overflow the total.
  let maxShare = 0;
  for (const v of shares.values()) if (v > maxShare) maxShare = v;
  let relativeSum = 0;
  if (maxShare > 0) for (const v of shares.values()) relativeSum += v / maxShare;
  const rawSum = maxShare * relativeSum;
  const referenceSum = Number.isFinite(rawSum) ? rawSum : null;
  const empty = !(maxShare > 0);
  if (empty) {
    diagnostics.push(
      diagnostic(
        "representation/no-reference",
        "error",
        ["referenceShares"],
        "The reference shares are empty or all zero, so there is nothing to compare with.",
        "Give the population share of each category.",
      ),
    );
  } else if (referenceSum === null || Math.abs(referenceSum - 1) > tolerance) {
    diagnostics.push(
      diagnostic(
        "representation/reference-not-normalised",
        "warning",
        ["referenceShares"],
        `The reference shares sum to ${referenceSum === null ? "more than the largest number" : fmt(referenceSum, 4)}, not 1; they were rescaled to sum to 1.`,
        referenceSum === null || referenceSum > 1.5
          ? "Give shares as proportions (0.093), not percentages (9.3)."
          : "Check for a missing or duplicated category in the reference.",
      ),
    );
  }
  return { maxShare, relativeSum, referenceSum, empty };
}

/**
 * One row per category: reference categories first (in reference order) with the group's
 * share, the ratio and interval; then group-only categories, left out of the comparison.
 */
function compareCategories(
  counts: ReadonlyMap<string, number>,
  shares: ReadonlyMap<string, number>,
  reference: ReferenceSum,
  diagnostics: Diagnostic[],
): { categories: RepresentationCategory[]; n: number; nExcluded: number } {
  const { maxShare, relativeSum } = reference;
  const refCats = [...shares.keys()];
  let n = 0;
  for (const c of refCats) n += counts.get(c) ?? 0;
  let nExcluded = 0;
  const categories: RepresentationCategory[] = [];
  for (const c of refCats) {
    const count = counts.get(c) ?? 0;
    const p = maxShare > 0 ? shares.get(c)! / maxShare / relativeSum : 0;
    if (!counts.has(c))
      diagnostics.push(
        diagnostic(
          "representation/category-missing-from-group",
          "info",
          ["groupCounts", c],
          `The group counts do not mention "${c}"; it was counted as 0 members.`,
          "Give 0 explicitly for categories with no members to silence this note.",
        ),
      );
    const g = n > 0 ? count / n : null;
    const rawRatio = g !== null && p > 0 ? g / p : null;
    const ratio = rawRatio !== null && Number.isFinite(rawRatio) ? rawRatio : null;
    categories.push({
      category: c,
      count,
      inReference: true,
      inGroup: counts.has(c),
      groupShare: g,
      populationShare: p,
      ratio,
      gap: g === null ? null : g - p,
      logRatio: ratio !== null && ratio > 0 ? Math.log(ratio) : null,
      expected: n * p,
      ci: wilsonInterval(count, n),
      minGroupSize: minGroupSizeForAtLeastOne(p),
    });
  }
  for (const [c, count] of counts) {
    if (shares.has(c)) continue;
    nExcluded += count;
    diagnostics.push(
      diagnostic(
        "representation/category-not-in-reference",
        "warning",
        ["groupCounts", c],
        `The reference has no share for "${c}", so its ${count} member${count === 1 ? "" : "s"} were left out of the comparison.`,
        "Add the category to the reference shares, or merge it with the collapse option.",
      ),
    );
    categories.push({
      category: c,
      count,
      inReference: false,
      inGroup: true,
      groupShare: null,
      populationShare: null,
      ratio: null,
      gap: null,
      logRatio: null,
      expected: null,
      ci: null,
      minGroupSize: null,
    });
  }
  return { categories, n, nExcluded };
}

/**
 * The chi-square goodness-of-fit test over the categories with a reference share above 0, or
 * `null` (with a diagnostic saying why) when it cannot be computed.
 */
function chiSquareTest(
  compared: readonly RepresentationCategory[],
  diagnostics: Diagnostic[],
): ChiSquareGoodnessOfFit | null {
  const zeroShareWithMembers = compared.filter((c) => c.populationShare === 0 && c.count > 0);
  const cells = compared.filter((c) => c.populationShare! > 0);
  if (zeroShareWithMembers.length > 0) {
    diagnostics.push(
      diagnostic(
        "representation/zero-reference-share",
        "warning",
        ["referenceShares", zeroShareWithMembers[0]!.category],
        `The group has members in ${zeroShareWithMembers.map((c) => `"${c.category}"`).join(", ")}, whose reference share is 0, so the chi-square test cannot be computed.`,
        "Check the reference shares, or merge the category with the collapse option.",
      ),
    );
    return null;
  }
  if (cells.length < 2) {
    diagnostics.push(
      diagnostic(
        "representation/chi-square-one-category",
        "info",
        ["referenceShares"],
        "The chi-square test needs at least two categories with a reference share above 0.",
      ),
    );
    return null;
  }
  let statistic = 0;
  let below5 = 0;
  let below1 = 0;
  for (const c of cells) {
    const e = c.expected!;
    statistic += (c.count - e) ** 2 / e;
    if (e < 5) below5 += 1;
    if (e < 1) below1 += 1;
  }
  const df = cells.length - 1;
  const pValue = chiSquarePValue(statistic, df);
  const critical = chiSquareCriticalValue(df);
  if (!Number.isFinite(statistic)) {
    diagnostics.push(
      diagnostic(
        "representation/chi-square-overflow",
        "warning",
        ["referenceShares"],
        "A reference share is so close to 0 that the chi-square statistic cannot be represented.",
        "Merge very small categories with the collapse option.",
      ),
    );
    return null;
  }
  if (pValue === null || critical === null) return null;
  const validityNote = `expected < 5 in ${below5} of ${cells.length} cells`;
  if (below5 > 0)
    diagnostics.push(
      diagnostic(
        "representation/chi-square-small-expected",
        "warning",
        ["groupCounts"],
        `The chi-square test is not valid: ${validityNote}.`,
        "Merge small categories with the collapse option, or use an exact test; a non-significant result in a small group is not evidence of representativeness.",
      ),
    );
  return {
    statistic,
    df,
    pValue,
    criticalValue05: critical,
    cells: cells.length,
    expectedBelow5: below5,
    expectedBelow1: below1,
    valid: below5 === 0,
    cochranValid: below1 === 0 && below5 <= 0.2 * cells.length,
    validityNote,
  };
}

/** The index, each category's ratio and the chi-square test, in words. */
function explain(
  value: number | null,
  errors: boolean,
  compared: readonly RepresentationCategory[],
  n: number,
  chiSquare: ChiSquareGoodnessOfFit | null,
): string {
  if (value === null)
    return errors
      ? "No representation index: some counts or shares are not valid (see diagnostics)."
      : "No representation index: the group has no members in the reference categories.";
  const rr = compared
    .map(
      (c) =>
        `${c.category} ${c.count}/${n} vs ${fmt(c.populationShare! * 100, 1)}%, RR ${c.ratio === null ? "n/a" : fmt(c.ratio, 2)}`,
    )
    .join("; ");
  const chi =
    chiSquare === null
      ? "The chi-square test could not be computed."
      : `Chi-square ${fmt(chiSquare.statistic, 3)} on ${chiSquare.df} df, p = ${fmt(chiSquare.pValue, 4)}${chiSquare.valid ? "" : ` (not valid: ${chiSquare.validityNote})`}; a non-significant result in a small group is not evidence of representativeness.`;
  return `Index of dissimilarity D = ½ Σ |g − p| = ${fmt(value, 3)}: ${fmt(value * 100, 1)}% of the group would have to be in a different category to match the reference. ${rr}. ${chi}`;
}

/** The category a collapse entry names: text as it is, anything else described (never thrown on). */
function collapseTarget(target: unknown): string {
  return typeof target === "string" ? target : describeValue(target);
}
