/**
 * The words and symbols renderers print for statuses and trends. Every status is always shown
 * as a word; the symbol is extra, never the only carrier of meaning. Tables of data, typed by
 * the report model's unions, so a new status is a compile error until it has a label.
 */
import type { ChecklistBlock, MetricBlock } from "../reports/report.js";

/**
 * A status as shown to a person: a symbol (decoration) and the word that carries the meaning.
 *
 * @example
 * ```ts
 * const l: StatusLabel = { symbol: "✔", word: "Reported" };
 * ```
 * @category Render
 */
export interface StatusLabel {
  /** A single character shown before the word; hidden from screen readers in HTML. */
  symbol: string;
  /** The status in words, e.g. `"Reported"`. */
  word: string;
}

/**
 * A checklist item's status.
 *
 * @example
 * ```ts
 * const s: ChecklistStatus = "partial";
 * ```
 * @category Render
 */
export type ChecklistStatus = ChecklistBlock["items"][number]["status"];

/**
 * A metric's status against its target.
 *
 * @example
 * ```ts
 * const s: MetricStatus = "on-track";
 * ```
 * @category Render
 */
export type MetricStatus = NonNullable<MetricBlock["status"]>;

/**
 * A trend direction.
 *
 * @example
 * ```ts
 * const d: TrendDirection = "up";
 * ```
 * @category Render
 */
export type TrendDirection = NonNullable<MetricBlock["trend"]>["direction"];

/**
 * Labels for checklist item statuses (e.g. GRIPP2 items).
 *
 * @returns the label for each status
 * @example
 * ```ts
 * checklistStatusLabels().partial.word; // "Partly reported"
 * ```
 * @category Render
 */
export function checklistStatusLabels(): Record<ChecklistStatus, StatusLabel> {
  return {
    reported: { symbol: "✔", word: "Reported" },
    partial: { symbol: "◐", word: "Partly reported" },
    missing: { symbol: "✘", word: "Missing" },
    "not-applicable": { symbol: "–", word: "Not applicable" },
  };
}

/**
 * Labels for metric statuses against a target.
 *
 * @returns the label for each status
 * @example
 * ```ts
 * metricStatusLabels()["off-track"].word; // "Off track"
 * ```
 * @category Render
 */
export function metricStatusLabels(): Record<MetricStatus, StatusLabel> {
  return {
    met: { symbol: "✔", word: "Met" },
    "on-track": { symbol: "◐", word: "On track" },
    "off-track": { symbol: "✘", word: "Off track" },
    "no-data": { symbol: "–", word: "No data" },
  };
}

/**
 * Symbols for trend directions; the trend's own text always follows the symbol.
 *
 * @returns the symbol for each direction
 * @example
 * ```ts
 * trendSymbols().up; // "▲"
 * ```
 * @category Render
 */
export function trendSymbols(): Record<TrendDirection, string> {
  return { up: "▲", down: "▼", flat: "▶", none: "–" };
}

/**
 * The text shown for an unverified checklist item, after its label.
 *
 * @example
 * ```ts
 * UNVERIFIED_NOTE; // "(wording or numbering unverified)"
 * ```
 * @category Render
 */
export const UNVERIFIED_NOTE = "(wording or numbering unverified)";
