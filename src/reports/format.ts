import type { Score, ScoreUnit } from "../scores/score.js";
/**
 * Display helpers for report builders: every number a person reads in a report is written out
 * here, once, so that Markdown, HTML, CSV and JSON all show the same text. Pure string
 * arithmetic (no `Intl`, no locale or time zone of the machine), so output is byte-identical
 * wherever it runs. British English conventions: `1,250`, `93.9%`, `£1,250.00`, `1 April 2026`.
 */

import type { Cell } from "./report.js";

/**
 * The text shown where there is no figure to show.
 *
 * @example
 * ```ts
 * NO_DATA; // "no data"
 * ```
 * @category Report formatting
 */
export const NO_DATA = "no data";

function roundTo(x: number, decimals: number): number {
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
 * @category Report formatting
 */
export function formatNumber(x: number | null | undefined, decimals = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_DATA;
  const r = roundTo(x, decimals);
  const fixed = Math.abs(r).toFixed(decimals);
  const [i, d] = fixed.split(".") as [string, string | undefined];
  const sign = r < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${group(i)}${d === undefined ? "" : `.${d}`}`;
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
 * @category Report formatting
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
 * @category Report formatting
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
 * @category Report formatting
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
 * @category Report formatting
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
 * @category Report formatting
 */
export function formatHours(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return NO_DATA;
  const s = formatNumber(minutes / 60, 1).replace(/\.0$/, "");
  return `${s} ${s === "1" ? "hour" : "hours"}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Write an ISO `YYYY-MM-DD` date the way a person reads it. Anything that is not an ISO date
 * is returned unchanged.
 *
 * @param iso - the date
 * @returns e.g. `"1 April 2026"`
 * @example
 * ```ts
 * formatDate("2026-04-01"); // "1 April 2026"
 * ```
 * @category Report formatting
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month === undefined ? iso : `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * Write a calendar month (`YYYY-MM`) as a short label for chart axes.
 *
 * @param ym - `"YYYY-MM"` (a longer ISO date is cut to its month)
 * @returns e.g. `"Apr 2025"`
 * @example
 * ```ts
 * formatMonth("2025-04"); // "Apr 2025"
 * ```
 * @category Report formatting
 */
export function formatMonth(ym: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  if (!m) return ym;
  const month = MONTHS[Number(m[2]) - 1];
  return month === undefined ? ym : `${month.slice(0, 3)} ${m[1]}`;
}

/**
 * Write a period as a range of dates.
 *
 * @param period - `{ start, end }` ISO dates
 * @returns e.g. `"1 April 2025 to 31 March 2026"`
 * @example
 * ```ts
 * formatPeriod({ start: "2025-04-01", end: "2026-03-31" }); // "1 April 2025 to 31 March 2026"
 * ```
 * @category Report formatting
 */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatDate(period.start)} to ${formatDate(period.end)}`;
}

/**
 * Write a signed change, for "what changed since the previous period" lines.
 *
 * @param delta - the change (current minus previous)
 * @param decimals - decimal places (default 0)
 * @param suffix - unit text after the number, e.g. `" points"` or `"%"`
 * @returns e.g. `"+3"`, `"-1.5 points"`, `"no change"`
 * @example
 * ```ts
 * formatChange(3); // "+3"
 * formatChange(-1.5, 1, " points"); // "-1.5 points"
 * ```
 * @category Report formatting
 */
export function formatChange(delta: number | null | undefined, decimals = 0, suffix = ""): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return NO_DATA;
  const s = formatNumber(delta, decimals);
  if (Number(s.replace(/,/g, "")) === 0) return "no change";
  return `${delta > 0 ? "+" : ""}${s}${suffix}`;
}

/**
 * Join words into an English list.
 *
 * @param items - the words
 * @returns e.g. `"a, b and c"`, or `"none"` for an empty list
 * @example
 * ```ts
 * formatList(["aims", "methods", "reflections"]); // "aims, methods and reflections"
 * ```
 * @category Report formatting
 */
export function formatList(items: readonly string[]): string {
  if (items.length === 0) return "none";
  if (items.length === 1) return items[0] as string;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Say how many of something there are, with the right plural.
 *
 * @param n - the count
 * @param one - the singular noun
 * @param many - the plural noun (default: singular + "s")
 * @returns e.g. `"1 activity"`, `"3 activities"`
 * @example
 * ```ts
 * plural(3, "activity", "activities"); // "3 activities"
 * ```
 * @category Report formatting
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * Turn an id such as `"designing-and-managing"` into words for a person.
 *
 * @param id - a kebab-case id
 * @returns e.g. `"Designing and managing"`
 * @example
 * ```ts
 * humanize("outcome-measures"); // "Outcome measures"
 * ```
 * @category Report formatting
 */
export function humanize(id: string): string {
  const s = id.replace(/[-_]+/g, " ").trim();
  return s.length === 0 ? id : `${s[0]?.toUpperCase()}${s.slice(1)}`;
}

/**
 * Make a table cell: the text a person reads and, where there is one, the number behind it.
 *
 * @param text - what is shown
 * @param value - the number behind the text (`null` when missing or suppressed)
 * @param suppressed - set when disclosure control hid the true value
 * @returns the cell, with optional fields left out when not given
 * @example
 * ```ts
 * cell("93.9%", 93.93); // { text: "93.9%", value: 93.93 }
 * ```
 * @category Report formatting
 */
export function cell(
  text: string,
  value?: number | null,
  suppressed?: "primary" | "secondary",
): Cell {
  const c: Cell = { text };
  if (value !== undefined) c.value = value === null || Number.isFinite(value) ? value : null;
  if (suppressed !== undefined) c.suppressed = suppressed;
  return c;
}

/** Decimals a score's value is shown with, by unit: the same in every report and in the CLI. */
const SCORE_DECIMALS: Readonly<Record<ScoreUnit, number>> = {
  percent: 1,
  proportion: 3,
  ratio: 2,
  index: 3,
  count: 0,
  pence: 2,
  minutes: 0,
  days: 1,
  grade: 1,
  points: 1,
  nats: 3,
};

/**
 * A score's value as a person reads it, rounded once from the unrounded value: `"93.9%"`,
 * `"£2,037.50"`, `"0.037 index"`; `"no value"` when there is none.
 *
 * @param score - the score
 * @returns the text
 * @example
 * ```ts
 * formatScoreValue({ value: 93.925, unit: "percent" }); // "93.9%"
 * ```
 * @category Reports
 */
export function formatScoreValue(score: Pick<Score, "value" | "unit">): string {
  const v = score.value;
  if (v === null || !Number.isFinite(v)) return "no value";
  switch (score.unit) {
    case "percent":
      return formatPercent(v, SCORE_DECIMALS.percent);
    case "pence":
      return formatMoney(v);
    case "count":
      return formatCount(v);
    default:
      return `${formatNumber(v, SCORE_DECIMALS[score.unit])} ${score.unit}`;
  }
}
