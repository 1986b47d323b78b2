import { formatMoney } from "../format.js";

/**
 * Money in pence as pounds for messages, written as reports write it (`formatMoney`), e.g.
 * `2750` → `"£27.50"`, `125000` → `"£1,250.00"`.
 *
 * @param pence - whole pence
 * @returns the amount in pounds with two decimals
 * @example
 * ```ts
 * pounds(2750); // "£27.50"
 * pounds(125000); // "£1,250.00"
 * ```
 * @category Rules
 */
export function pounds(pence: number): string {
  return formatMoney(pence);
}

/**
 * A list of words for a sentence: `["a", "b", "c"]` → `"a, b and c"`.
 *
 * @param items - the words
 * @returns the joined text
 * @example
 * ```ts
 * listText(["aim", "methods"]); // "aim and methods"
 * ```
 * @category Rules
 */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The number of a thing with its noun, e.g. `plural(2, "stage")` → `"2 stages"`.
 *
 * @param n - the count
 * @param noun - the singular noun
 * @returns the phrase
 * @example
 * ```ts
 * plural(1, "stage"); // "1 stage"
 * ```
 * @category Rules
 */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
