/**
 * Shared helpers of the demo generator: the calendar of the two financial years it covers,
 * weighted draws, and zero-padded ids.
 */
import { addDays } from "../model/period.js";
import type { Rng } from "./random.js";

/** Days covered by a generated dataset: two financial years. */
export const SPAN_DAYS = 730;

/** The fictional NHS trust. */
export const ORG_TRUST = "org-northgate";

/** The fictional university research centre. */
export const ORG_CENTRE = "org-riverside";

/** The day NIHR's 10% uplift of payment rates took effect. */
export const RATE_CHANGE = "2025-12-16";

/** The days of a generated dataset and its two financial years. */
export interface Calendar {
  /** First day of the first financial year. */
  readonly start: string;
  /** The ISO date `i` days after `start`, clamped to the days computed. */
  readonly day: (i: number) => string;
  /** The first financial year. */
  readonly fy1: { start: string; end: string };
  /** The second financial year. */
  readonly fy2: { start: string; end: string };
  /** Last day of the second financial year. */
  readonly end: string;
}

/** The calendar starting on `start`. */
export function calendar(start: string): Calendar {
  // One ISO string per day of the span, computed once: date arithmetic is then an index.
  const days: string[] = new Array(SPAN_DAYS + 120);
  for (let i = 0; i < days.length; i++) days[i] = addDays(start, i);
  const day = (i: number): string => days[Math.min(Math.max(0, i), days.length - 1)] as string;
  const fy1 = { start: day(0), end: day(364) };
  const fy2 = { start: day(365), end: addDays(start, SPAN_DAYS - 1) };
  return { start, day, fy1, fy2, end: fy2.end };
}

/** One value of a table of `[value, weight]` rows, drawn with one call to `rng.next()`. */
export function weighted<T>(rng: Rng, table: readonly [T, number][]): T {
  let r = rng.next();
  for (const [v, w] of table) {
    if (r < w) return v;
    r -= w;
  }
  return (table[table.length - 1] as [T, number])[0];
}

export function pad(n: number, width = 4): string {
  return String(n).padStart(width, "0");
}

/** Pair each id with its weight, in order. */
export function withWeights<T>(ids: readonly T[], weights: readonly number[]): [T, number][] {
  return ids.map((id, i) => [id, weights[i] as number]);
}
