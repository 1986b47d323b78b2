/**
 * Numbers as a person reads them: every number that a score's explanation, a report, a rule's
 * message or the CLI shows is written out here, once, so that they all agree. Pure string
 * arithmetic (no `Intl`, no locale or time zone of the machine), so output is byte-identical
 * wherever it runs. British English conventions: `1,250`, `93.9%`, `£1,250.00`. Like
 * `result.ts`, this module imports nothing, so every stage may use it.
 *
 * @module
 */

/**
 * The text shown where there is no figure to show.
 *
 * @example
 * ```ts
 * NO_DATA; // "no data"
 * ```
 * @category Formatting
 */
export const NO_DATA = "no data";

/**
 * Round a number the way {@link formatNumber} writes it: half away from zero, on the decimal
 * string (so `1.005` rounds to `1.01`). A figure published as a number (a report's `value`)
 * is rounded with this, so that it is the number its text shows and no more precise.
 *
 * @param x - the number
 * @param decimals - decimal places
 * @returns the rounded number
 * @example
 * ```ts
 * roundNumber(77.5277, 1); // 77.5
 * ```
 * @category Formatting
 */
export function roundNumber(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // round half away from zero on the decimal string, not the binary float (1.005 → 1.01)
  const shifted = Number(`${Math.abs(x)}e${decimals}`);
  const r = Number.isFinite(shifted) ? Math.round(shifted) / f : Math.round(Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Write a number with thousands separators and a fixed number of decimals, rounding half away
 * from zero. `null`, `NaN` and infinities are {@link NO_DATA}.
 *
 * @param x - the number
 * @param decimals - decimal places (default 0)
 * @returns e.g. `"1,234"`, `"0.92"`
 * @example
 * ```ts
 * formatNumber(1234.5); // "1,235"
 * formatNumber(0.9180, 2); // "0.92"
 * ```
 * @category Formatting
 */
export function formatNumber(x: number | null | undefined, decimals = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_DATA;
  const r = roundNumber(x, decimals);
  const fixed = Math.abs(r).toFixed(decimals);
  const [i, d] = fixed.split(".") as [string, string | undefined];
  const sign = r < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${group(i)}${d === undefined ? "" : `.${d}`}`;
}

/**
 * Write a number like {@link formatNumber}, with at most `maxDecimals` decimal places and no
 * trailing zeros: for figures in running text, where `3` reads better than `3.0`.
 *
 * @param x - the number
 * @param maxDecimals - the most decimal places shown (default 1)
 * @returns e.g. `"3"`, `"3.5"`, `"1,234.57"`, or {@link NO_DATA}
 * @example
 * ```ts
 * formatDecimal(3.04); // "3"
 * formatDecimal(1234.5678, 2); // "1,234.57"
 * ```
 * @category Formatting
 */
export function formatDecimal(x: number | null | undefined, maxDecimals = 1): string {
  const s = formatNumber(x, maxDecimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/**
 * Write a whole count with thousands separators.
 *
 * @param n - the count
 * @returns e.g. `"1,250"`
 * @example
 * ```ts
 * formatCount(1250); // "1,250"
 * ```
 * @category Formatting
 */
export function formatCount(n: number | null | undefined): string {
  return formatNumber(n, 0);
}

/**
 * Write a percentage given on the 0 to 100 scale.
 *
 * @param pct - the percentage, 0 to 100
 * @param decimals - decimal places (default 1)
 * @returns e.g. `"93.9%"`, or {@link NO_DATA}
 * @example
 * ```ts
 * formatPercent(93.93); // "93.9%"
 * ```
 * @category Formatting
 */
export function formatPercent(pct: number | null | undefined, decimals = 1): string {
  const s = formatNumber(pct, decimals);
  return s === NO_DATA ? s : `${s}%`;
}

/**
 * Write a proportion (0 to 1) as a percentage.
 *
 * @param p - the proportion
 * @param decimals - decimal places of the percentage (default 1)
 * @returns e.g. `"93.9%"` for 0.9393
 * @example
 * ```ts
 * formatProportion(0.9393); // "93.9%"
 * ```
 * @category Formatting
 */
export function formatProportion(p: number | null | undefined, decimals = 1): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return NO_DATA;
  return formatPercent(p * 100, decimals);
}

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { GBP: "£", EUR: "€", USD: "$" };

/**
 * Write an amount of money held as whole pence (or cents).
 *
 * @param pence - the amount in minor units
 * @param currency - ISO 4217 code (default `"GBP"`); £, € and $ are shown as symbols
 * @returns e.g. `"£1,250.00"`, `"1,250.00 CHF"`
 * @example
 * ```ts
 * formatMoney(125000); // "£1,250.00"
 * ```
 * @category Formatting
 */
export function formatMoney(pence: number | null | undefined, currency = "GBP"): string {
  if (pence === null || pence === undefined || !Number.isFinite(pence)) return NO_DATA;
  const amount = formatNumber(Math.abs(pence) / 100, 2);
  const sign = pence < 0 ? "-" : "";
  const symbol = CURRENCY_SYMBOL[currency];
  return symbol === undefined ? `${sign}${amount} ${currency}` : `${sign}${symbol}${amount}`;
}

/**
 * Write time given in minutes as hours.
 *
 * @param minutes - whole minutes
 * @returns e.g. `"12.5 hours"`, `"1 hour"`
 * @example
 * ```ts
 * formatHours(750); // "12.5 hours"
 * ```
 * @category Formatting
 */
export function formatHours(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return NO_DATA;
  return formatQuantity(minutes / 60, "hour");
}

/**
 * Write an amount with its noun, singular only when the amount as written is exactly "1":
 * `"1 day"`, `"1.5 days"`, `"0 days"`, `"1,250 hours"`. Use it wherever a number is followed
 * by a noun, so that no report says "1 days".
 *
 * @param x - the amount
 * @param one - the singular noun
 * @param many - the plural noun (default: singular + "s")
 * @param maxDecimals - the most decimal places shown, trailing zeros dropped (default 1)
 * @returns e.g. `"1 day"`, `"2.5 days"`, or {@link NO_DATA}
 * @example
 * ```ts
 * formatQuantity(1, "day"); // "1 day"
 * formatQuantity(2.5, "day"); // "2.5 days"
 * formatQuantity(1234, "hour"); // "1,234 hours"
 * ```
 * @category Formatting
 */
export function formatQuantity(
  x: number | null | undefined,
  one: string,
  many = `${one}s`,
  maxDecimals = 1,
): string {
  const s = formatDecimal(x, maxDecimals);
  if (s === NO_DATA) return s;
  return `${s} ${s === "1" ? one : many}`;
}

/**
 * Write a signed change, for "what changed since the previous period" lines.
 *
 * @param delta - the change (current minus previous)
 * @param decimals - decimal places (default 0)
 * @param suffix - unit text after the number, e.g. `" points"` or `"%"`; or the singular and
 *   plural, e.g. `[" point", " points"]`, the singular used when the change is written "1"
 * @returns e.g. `"+3"`, `"-1.5 points"`, `"+1 point"`, `"no change"`
 * @example
 * ```ts
 * formatChange(3); // "+3"
 * formatChange(-1.5, 1, " points"); // "-1.5 points"
 * formatChange(1, 0, [" point", " points"]); // "+1 point"
 * ```
 * @category Formatting
 */
export function formatChange(
  delta: number | null | undefined,
  decimals = 0,
  suffix: string | readonly [one: string, many: string] = "",
): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return NO_DATA;
  const s = formatNumber(delta, decimals);
  if (Number(s.replace(/,/g, "")) === 0) return "no change";
  const unit =
    typeof suffix === "string" ? suffix : s.replace(/^-/, "") === "1" ? suffix[0] : suffix[1];
  return `${delta > 0 ? "+" : ""}${s}${unit}`;
}

/**
 * The units a measured value can be counted in: the units of strategy metrics.
 *
 * @category Formatting
 */
export type ValueUnit = "count" | "percent" | "pence" | "hours" | "days" | "score";

/**
 * Write a value in its unit, the same way in a measure's explanation and in a report: a count
 * with separators (one decimal when it is not whole, as a pro-rata share of a target can be),
 * a percentage, money from pence, hours and days with at most one decimal, a score.
 *
 * @param v - the value
 * @param unit - its unit
 * @returns e.g. `"1,250"`, `"93.9%"`, `"£48,000.00"`, `"1,357.5 hours"`, or {@link NO_DATA}
 * @example
 * ```ts
 * formatInUnit(4_800_000, "pence"); // "£48,000.00"
 * formatInUnit(1357.5, "hours"); // "1,357.5 hours"
 * formatInUnit(213.33, "count"); // "213.3"
 * formatInUnit(1, "days"); // "1 day"
 * ```
 * @category Formatting
 */
export function formatInUnit(v: number | null | undefined, unit: ValueUnit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NO_DATA;
  switch (unit) {
    case "count":
      return Number.isInteger(v) ? formatCount(v) : formatNumber(v, 1);
    case "percent":
      return formatPercent(v);
    case "pence":
      return formatMoney(v);
    case "hours":
      return formatQuantity(v, "hour");
    case "days":
      return formatQuantity(v, "day");
    case "score":
      return formatNumber(v, 1);
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/**
 * How an option's value is written in a message about it: text quoted (cut at 60 characters),
 * numbers and true/false as they are, `missing`, `null`, `a list` or `an object` otherwise.
 * Reading the value never calls user code (no getters, no `toString`), and never throws: a
 * revoked `Proxy` is `an object`.
 *
 * @param v - the value
 * @returns e.g. `"\"2025-27\""`, `"5"`, `"a list"`
 * @example
 * ```ts
 * describeValue("2025-27"); // "\"2025-27\""
 * describeValue([1]); // "a list"
 * ```
 * @category Formatting
 */
export function describeValue(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(clip(v, 60));
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (typeof v === "symbol") return "a symbol";
  if (typeof v === "function") return "a function";
  return isList(v) ? "a list" : "an object";
}

/** `Array.isArray`, which throws on a revoked Proxy; such a value is not a list. */
function isList(v: object): boolean {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** Text cut to at most `max` characters (plus `…`), never in the middle of a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/**
 * What was thrown, in words for a diagnostic message: an `Error`'s message (cut at 200
 * characters), otherwise the thrown value as {@link describeValue} writes it, followed by
 * "was thrown". Total: it never throws, whatever was thrown (a null-prototype object, a Proxy
 * whose traps throw, an Error whose `message` getter throws).
 *
 * @param err - the value caught
 * @returns e.g. `"boom"` or `"an object was thrown"`
 * @example
 * ```ts
 * describeError(new Error("boom")); // "boom"
 * describeError(Object.create(null)); // "an object was thrown"
 * ```
 * @category Formatting
 */
export function describeError(err: unknown): string {
  try {
    if (err instanceof Error) {
      const message: unknown = err.message;
      if (typeof message === "string" && message !== "") return clip(message, 200);
    }
  } catch {
    // a Proxy whose getPrototypeOf trap throws, or a message getter that throws
  }
  return `${describeValue(err)} was thrown`;
}
