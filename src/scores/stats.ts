/**
 * Shared statistical helpers for the scorers: descriptive statistics, the chi-square
 * distribution (through the regularized incomplete gamma function) and the Wilson score
 * interval. Pure functions, no dependencies, never `NaN` or `Infinity` for valid input: invalid
 * input gives `null`.
 *
 * @module
 */

/**
 * The two-sided 95% normal quantile used for Wilson (1927) score intervals, z = 1.959964.
 *
 * @example
 * ```ts
 * Z_95; // 1.959964
 * ```
 * @category Statistics
 */
export const Z_95 = 1.959964;

/** Largest number of terms any series or continued fraction below may use. */
const MAX_ITERATIONS = 100_000;
/** Relative precision at which a series or continued fraction stops. */
const EPSILON = 1e-15;
/** Smallest magnitude allowed in Lentz's continued-fraction algorithm. */
const TINY = 1e-300;

/**
 * Lanczos coefficients (g = 7, n = 9), the widely published set used for the natural log of
 * the gamma function (accurate to about 15 significant digits).
 */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const;

/**
 * Arithmetic mean of finite numbers, computed as a running mean so that large values do not
 * overflow the sum.
 *
 * @param values - the numbers (all finite)
 * @returns the mean, or `null` when there are no values or any is not finite
 * @example
 * ```ts
 * mean([1, 2, 3, 4]); // 2.5
 * ```
 * @category Statistics
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let m = 0;
  let k = 0;
  for (const x of values) {
    if (!Number.isFinite(x)) return null;
    k += 1;
    m += (x - m) / k;
  }
  return m;
}

/**
 * Sample standard deviation (divisor n − 1), computed with Welford's algorithm.
 *
 * @param values - the numbers (all finite)
 * @returns the standard deviation, or `null` with fewer than two values or any non-finite value
 * @example
 * ```ts
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // 2.138089935299395
 * ```
 * @category Statistics
 */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  let m = 0;
  let s = 0;
  let k = 0;
  for (const x of values) {
    if (!Number.isFinite(x)) return null;
    k += 1;
    const d = x - m;
    m += d / k;
    s += d * (x - m);
  }
  const sd = Math.sqrt(Math.max(0, s) / (k - 1));
  return Number.isFinite(sd) ? sd : null;
}

/**
 * Sample quantile by linear interpolation between order statistics (Hyndman & Fan type 7,
 * the default of R's `quantile()` and of spreadsheet `QUARTILE.INC`): with the values sorted
 * ascending, h = (n − 1)·q and the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 *
 * @param values - the numbers (any order; all finite)
 * @param q - the probability, 0 ≤ q ≤ 1 (0.5 is the median)
 * @returns the quantile, or `null` when there are no values, a value is not finite or q is out of range
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.25); // 1.75
 * ```
 * @category Statistics
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0 || !(q >= 0 && q <= 1)) return null;
  if (values.some((x) => !Number.isFinite(x))) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  const t = h - lo;
  if (t === 0) return a;
  const d = b - a;
  // a + t·d overflows when a and b are huge with opposite signs; interpolate the other way then.
  const v = Number.isFinite(d) ? a + t * d : a * (1 - t) + b * t;
  return Math.min(b, Math.max(a, v));
}

/**
 * Natural logarithm of the gamma function, ln Γ(x), by the Lanczos approximation (g = 7,
 * n = 9) with the reflection formula below x = 0.5.
 *
 * @param x - a positive finite number
 * @returns ln Γ(x), or `null` when x is not positive and finite
 * @example
 * ```ts
 * // ln Γ(5) = ln 4! = ln 24
 * logGamma(5); // 3.17805
 * ```
 * @category Statistics
 */
export function logGamma(x: number): number | null {
  if (!(x > 0) || !Number.isFinite(x)) return null;
  return lnGamma(x);
}

function lnGamma(x: number): number {
  if (x < 0.5) {
    // Γ(x)Γ(1 − x) = π / sin(πx), valid for 0 < x < 0.5
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  }
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(a, x) by its power series; accurate for x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < MAX_ITERATIONS; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

/** Q(a, x) by its continued fraction (modified Lentz); accurate for x ≥ a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), by series for
 * x < a + 1 and by continued fraction otherwise (the standard Numerical Recipes split).
 *
 * @param a - shape, a positive finite number
 * @param x - a non-negative number (`Infinity` gives 1)
 * @returns P(a, x) in [0, 1], or `null` for invalid arguments
 * @example
 * ```ts
 * // P(1, x) = 1 − e^(−x)
 * regularizedGammaP(1, 1); // 0.6321205588
 * ```
 * @category Statistics
 */
export function regularizedGammaP(a: number, x: number): number | null {
  if (!(a > 0) || !Number.isFinite(a) || !(x >= 0)) return null;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  const p = x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
  return Number.isFinite(p) ? clamp01(p) : null;
}

/**
 * Regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed directly in
 * the tail so that small probabilities keep their precision.
 *
 * @param a - shape, a positive finite number
 * @param x - a non-negative number (`Infinity` gives 0)
 * @returns Q(a, x) in [0, 1], or `null` for invalid arguments
 * @example
 * ```ts
 * // Q(1, x) = e^(−x)
 * regularizedGammaQ(1, 1); // 0.3678794412
 * ```
 * @category Statistics
 */
export function regularizedGammaQ(a: number, x: number): number | null {
  if (!(a > 0) || !Number.isFinite(a) || !(x >= 0)) return null;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const q = x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
  return Number.isFinite(q) ? clamp01(q) : null;
}

/**
 * Upper-tail p-value of the chi-square distribution: P(χ²_df ≥ x) = Q(df/2, x/2).
 * Used for Pearson's (1900) chi-square goodness-of-fit test in the representation measure.
 *
 * @param x - the chi-square statistic, ≥ 0
 * @param df - degrees of freedom, a positive integer
 * @returns the p-value in [0, 1], or `null` for invalid arguments
 * @example
 * ```ts
 * chiSquarePValue(3.841459, 1); // 0.0500
 * ```
 * @category Statistics
 */
export function chiSquarePValue(x: number, df: number): number | null {
  if (!Number.isInteger(df) || df < 1 || !(x >= 0)) return null;
  return regularizedGammaQ(df / 2, x / 2);
}

/**
 * Critical value of the chi-square distribution: the x with P(χ²_df ≥ x) = alpha, found by
 * bisection on {@link chiSquarePValue} (relative precision about 1e-12). At alpha = 0.05 it
 * gives 3.841, 5.991, 7.815, 9.488 for df 1–4, as in published chi-square tables.
 *
 * @param df - degrees of freedom, a positive integer
 * @param alpha - the upper-tail probability, 0 < alpha < 1 (default 0.05)
 * @returns the critical value, or `null` for invalid arguments
 * @example
 * ```ts
 * chiSquareCriticalValue(4); // 9.488
 * ```
 * @category Statistics
 */
export function chiSquareCriticalValue(df: number, alpha = 0.05): number | null {
  if (!Number.isInteger(df) || df < 1 || df > 1e7 || !(alpha > 0 && alpha < 1)) return null;
  let lo = 0;
  let hi = Math.max(1, df);
  while ((chiSquarePValue(hi, df) ?? 0) > alpha) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if ((chiSquarePValue(mid, df) ?? 0) > alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * A closed interval `[lower, upper]`.
 *
 * @category Statistics
 */
export interface Interval {
  /** Lower bound. */
  lower: number;
  /** Upper bound. */
  upper: number;
}

/**
 * Wilson score interval for a proportion x / n (Wilson 1927): with p̂ = x/n,
 * centre = (p̂ + z²/(2n)) / (1 + z²/n) and
 * half-width = z·√(p̂(1−p̂)/n + z²/(4n²)) / (1 + z²/n). Preferred over the Wald interval
 * for small n and for x = 0. Bounds are clamped to [0, 1].
 *
 * Worked example (computed; also a unit test): 5 of 40 → [0.05460, 0.26112].
 *
 * @param x - successes, an integer 0 ≤ x ≤ n
 * @param n - trials, a positive integer
 * @param z - the normal quantile (default {@link Z_95}, for a 95% interval)
 * @returns the interval, or `null` when n is 0 or the arguments are invalid
 * @example
 * ```ts
 * wilsonInterval(5, 40); // { lower: 0.0546, upper: 0.2611 }
 * ```
 * @category Statistics
 */
export function wilsonInterval(x: number, n: number, z: number = Z_95): Interval | null {
  if (!Number.isSafeInteger(n) || n < 1) return null;
  if (!Number.isSafeInteger(x) || x < 0 || x > n) return null;
  if (!(z > 0) || !Number.isFinite(z)) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { lower: clamp01(centre - half), upper: clamp01(centre + half) };
}

/**
 * Median (type 7: the mean of the two middle values for an even count) and maximum of a list of
 * numbers, sorting a typed copy once. Used for "days to pay" and "days to close the loop".
 *
 * @param values - finite numbers, any order
 * @returns `{ median, max }`, both `null` for an empty list
 * @example
 * ```ts
 * medianAndMax([9, 1, 4, 3]); // { median: 3.5, max: 9 }
 * ```
 * @category Scores
 */
export function medianAndMax(values: readonly number[]): {
  median: number | null;
  max: number | null;
} {
  const n = values.length;
  if (n === 0) return { median: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const mid = (n - 1) / 2;
  const lo = sorted[Math.floor(mid)] as number;
  const hi = sorted[Math.ceil(mid)] as number;
  return { median: (lo + hi) / 2, max: sorted[n - 1] as number };
}
