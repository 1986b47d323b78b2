/**
 * Exact arithmetic on whole pence: products and totals that stay exact past 2^53, or say that
 * they cannot.
 *
 * @module
 */

/**
 * `a × b / c` rounded to the nearest whole number (halves up), for whole numbers `a, b >= 0`
 * and `c > 0`, exactly: when `a × b` is past `Number.MAX_SAFE_INTEGER` (where floating point
 * would round the product itself), the sum is worked in `BigInt`.
 *
 * @param a - a whole number of pence (or anything else)
 * @param b - a whole multiplier
 * @param c - a whole divisor
 * @returns the rounded quotient
 * @example
 * ```ts
 * mulDivRound(2500, 90, 60); // 3750
 * mulDivRound(43_375_164_832, 1_913_528, 2_014_782); // 41195321583
 * ```
 */
export function mulDivRound(a: number, b: number, c: number): number {
  const product = a * b;
  const whole = Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(c);
  if (!whole || c <= 0 || Number.isSafeInteger(product)) return Math.round(product / c);
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  return Number((2n * n + d) / (2n * d));
}

/**
 * The figures of a list that are not whole numbers JavaScript holds exactly (a total that
 * passed `Number.MAX_SAFE_INTEGER`, so its last digits are rounded), by name.
 *
 * @param figures - named totals in pence
 * @returns the names of those past `Number.MAX_SAFE_INTEGER`, in order
 * @example
 * ```ts
 * unsafeTotals({ paid: 2 ** 53, due: 10 }); // ["paid"]
 * ```
 */
export function unsafeTotals(figures: Readonly<Record<string, number>>): string[] {
  return Object.keys(figures).filter((k) => !Number.isSafeInteger(figures[k]));
}
