/**
 * How the strategy scorecard writes a metric's value beside its target: both rounded the same
 * way, by the metric's unit, with as many more decimals as it takes for the printed numbers to
 * agree with the status (a value below an at-least target never prints equal to it).
 *
 * @module
 */
import { formatDecimal, formatNumber, NO_DATA, roundNumber } from "../format.js";
import type { StrategyMetric, Target } from "../model/strategy.js";

type Unit = StrategyMetric["unit"];

/** Decimals added at most, past the unit's own, before falling back to the shortest exact form. */
const MORE_DECIMALS = 12;

/** The unit's own decimals for these numbers (in the unit as printed: pounds for pence). */
function baseDecimals(unit: Unit, xs: readonly number[]): number {
  switch (unit) {
    case "count":
      return xs.every((x) => Number.isInteger(x)) ? 0 : 1;
    case "pence":
      return 2;
    case "percent":
    case "hours":
    case "days":
    case "score":
      return 1;
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/** The number as printed: pence are printed as pounds. */
function shown(x: number, unit: Unit): number {
  return unit === "pence" ? x / 100 : x;
}

/** A number printed in its unit with `d` decimals (hours and days drop trailing zeros). */
function write(x: number, unit: Unit, d: number | "exact"): string {
  const n = shown(x, unit);
  const digits = (m: number): string =>
    d === "exact"
      ? String(m)
      : unit === "hours" || unit === "days"
        ? formatDecimal(m, d)
        : formatNumber(m, d);
  switch (unit) {
    case "count":
    case "score":
      return digits(n);
    case "percent":
      return `${digits(n)}%`;
    case "pence":
      return `${n < 0 ? "-" : ""}£${digits(Math.abs(n))}`;
    case "hours":
      return `${digits(n)} hours`;
    case "days":
      return `${digits(n)} days`;
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/**
 * The decimals at which numbers `a` and `b` print in the same order as they are: the unit's
 * own, or more when rounding would print two different numbers as equal; `"exact"` (the
 * shortest form that reads back as the number) when even 12 more decimals do not separate them.
 */
function decimalsFor(unit: Unit, a: number, b: number): number | "exact" {
  const base = baseDecimals(unit, [a, b]);
  if (a === b) return base;
  for (let d = base; d <= base + MORE_DECIMALS; d++) {
    if (roundNumber(shown(a, unit), d) !== roundNumber(shown(b, unit), d)) return d;
  }
  return "exact";
}

/**
 * A metric's value and a figure it is compared with (its target, or the pro-rata share of it),
 * written the same way. Both are rounded to the unit's decimals (whole counts, one decimal for
 * percentages, hours, days and scores, pence as pounds and pence), and to more when the two
 * numbers differ but would print the same: so the printed numbers always stand in the same
 * order as the numbers themselves, and a status of met or not met never contradicts them.
 *
 * @param value - the metric's value, or `null`
 * @param other - the figure it is compared with, or `null`
 * @param unit - the metric's unit
 * @returns both as printed, `"no data"` for `null`
 * @example
 * ```ts
 * strategyFigures(0.18, 0.2, "score"); // { value: "0.18", other: "0.20" }
 * strategyFigures(2, 2.5, "count"); // { value: "2.0", other: "2.5" }
 * strategyFigures(86.8, 90, "percent"); // { value: "86.8%", other: "90.0%" }
 * ```
 */
export function strategyFigures(
  value: number | null,
  other: number | null,
  unit: Unit,
): { value: string; other: string } {
  const ok = (x: number | null): x is number => x !== null && Number.isFinite(x);
  if (!ok(value) || !ok(other)) {
    const one = (x: number | null) => (ok(x) ? write(x, unit, baseDecimals(unit, [x])) : NO_DATA);
    return { value: one(value), other: one(other) };
  }
  const d = decimalsFor(unit, value, other);
  return { value: write(value, unit, d), other: write(other, unit, d) };
}

/**
 * Whether a value reaches a target: at least (`>=`) or at most (`<=`) its value.
 *
 * @param x - the value
 * @param t - the target
 * @returns true when the target is met
 * @example
 * ```ts
 * meetsTarget(90, { value: 90, direction: "at-least" }); // true
 * meetsTarget(0.18, { value: 0.2, direction: "at-least" }); // false
 * ```
 */
export function meetsTarget(x: number, t: Pick<Target, "value" | "direction">): boolean {
  return t.direction === "at-least" ? x >= t.value : x <= t.value;
}
