/**
 * Calendar months and three-month slices of a report period, for charts over time.
 *
 * @module
 */
import type { Period } from "../model/period.js";
import { formatMonth } from "./format.js";

/** Calendar months (`YYYY-MM`) from the period's first to its last day. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let y = Number(period.start.slice(0, 4));
  let m = Number(period.start.slice(5, 7));
  const endKey = period.end.slice(0, 7);
  for (let i = 0; i < 120; i++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Consecutive three-month slices of the period, labelled for a chart (PEIRS-22 over time). */
export function quartersOf(period: Period): { label: string; months: string[] }[] {
  const months = monthsOf(period);
  const out: { label: string; months: string[] }[] = [];
  for (let i = 0; i < months.length; i += 3) {
    const slice = months.slice(i, i + 3);
    const first = slice[0] as string;
    const last = slice[slice.length - 1] as string;
    out.push({
      label:
        slice.length === 1
          ? formatMonth(first)
          : `${formatMonth(first).slice(0, 3)} to ${formatMonth(last)}`,
      months: slice,
    });
  }
  return out;
}
