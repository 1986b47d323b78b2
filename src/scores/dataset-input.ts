/**
 * Small shared helpers for the dataset-wide measures (gripp2Completeness, involvementDepth,
 * payments, strategy, impact): reading a period label, finding a project, and fast whole-day
 * arithmetic on ISO dates for per-record loops. Zod-free and pure.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import { isIsoDate, parsePeriod } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { Diagnostic } from "../result.js";
import { diagnostic } from "../result.js";

/**
 * Read a period given as a label (e.g. `"2025-26"`, `"2025-26-Q1"`, `"2025"`,
 * `"2025-01-01..2025-06-30"`, see `parsePeriod`) or as a `{ start, end }` object.
 *
 * @param period - the label or the period
 * @param measure - the measure's id, used as the diagnostic code prefix (e.g. `"payments"`)
 * @returns `{ period }`, or `{ diagnostic }` when the label cannot be read or the dates are not
 *   real ISO dates in order
 * @example
 * ```ts
 * resolvePeriod("2025-26", "impact"); // { period: { start: "2025-04-01", end: "2026-03-31" } }
 * ```
 * @category Scores
 */
export function resolvePeriod(
  period: Period | string,
  measure: string,
): { period: Period } | { diagnostic: Diagnostic } {
  if (typeof period === "string") {
    const p = parsePeriod(period);
    if (p !== undefined) return { period: p };
    return {
      diagnostic: diagnostic(
        `${measure}/invalid-period`,
        "error",
        ["period"],
        `The period "${period}" could not be read.`,
        'Use a financial year such as "2025-26", a quarter such as "2025-26-Q1", a calendar year such as "2025" or a range such as "2025-01-01..2025-06-30".',
      ),
    };
  }
  const ok =
    typeof period === "object" &&
    period !== null &&
    typeof period.start === "string" &&
    typeof period.end === "string" &&
    isIsoDate(period.start) &&
    isIsoDate(period.end) &&
    period.start <= period.end;
  if (ok) return { period: { start: period.start, end: period.end } };
  return {
    diagnostic: diagnostic(
      `${measure}/invalid-period`,
      "error",
      ["period"],
      "The period must have real ISO dates (YYYY-MM-DD) with the start on or before the end.",
      'Give { start: "2025-04-01", end: "2026-03-31" } or a label such as "2025-26".',
    ),
  };
}

/**
 * Find a project by id in a dataset, or accept a project object as it is.
 *
 * @param project - a project, or its id
 * @param dataset - the dataset to look the id up in
 * @param measure - the measure's id, used as the diagnostic code prefix
 * @returns `{ project }`, or `{ diagnostic }` when the id is not in the dataset
 * @example
 * ```ts
 * resolveProject("p-001", demoDataset, "involvement-depth");
 * ```
 * @category Scores
 */
export function resolveProject(
  project: Project | string,
  dataset: Dataset,
  measure: string,
): { project: Project } | { diagnostic: Diagnostic } {
  if (typeof project !== "string") return { project };
  for (const p of dataset.projects) if (p.id === project) return { project: p };
  return {
    diagnostic: diagnostic(
      `${measure}/unknown-project`,
      "error",
      ["project"],
      `There is no project with the id "${project}" in the dataset.`,
      "Check the project id, or pass the project object itself.",
    ),
  };
}

/**
 * The number of days from 1970-01-01 to an ISO `YYYY-MM-DD` date, by pure integer arithmetic
 * on the proleptic Gregorian calendar (H. Hinnant's days-from-civil algorithm): no `Date`, no
 * time zone, fast enough for per-record loops. `dayNumber(b) - dayNumber(a)` equals
 * `daysBetween(a, b)`.
 *
 * @param iso - an ISO date (not validated: pass dates the model has checked)
 * @returns the day number (may be negative before 1970)
 * @example
 * ```ts
 * dayNumber("1970-01-02"); // 1
 * dayNumber("2024-03-01") - dayNumber("2024-02-28"); // 2
 * ```
 * @category Scores
 */
export function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
