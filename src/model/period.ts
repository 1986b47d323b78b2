/**
 * Calendar periods as closed ranges of ISO `YYYY-MM-DD` dates, and the UK financial year
 * (1 April to 31 March) and its quarters. Pure string arithmetic: no `Date`, no time zones,
 * so results never depend on where the code runs.
 *
 * This module imports no zod, so scorers may use it freely.
 */

/**
 * A closed range of calendar days, both ends included.
 *
 * @category Model
 */
export interface Period {
  /** First day, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day, ISO `YYYY-MM-DD` (included). */
  end: string;
}

import {
  addDays as addDaysFns,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  formatISO,
  isFirstDayOfMonth,
  isLastDayOfMonth,
  parseISO,
  subDays,
  subMonths,
} from "date-fns";

const FY_LABEL = /^(\d{4})-(\d{2})$/;
const FY_QUARTER = /^(\d{4})-(\d{2})-Q([1-4])$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date in ISO `YYYY-MM-DD` form (leap years included).
 *
 * @param s - the string to test
 * @returns true for e.g. `"2024-02-29"`, false for `"2023-02-29"` or `"2024-2-1"`
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * ```
 * @category Periods
 */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  // calendar arithmetic only: no Date object, so no local time zone (a day skipped by a zone's
  // clock change is still a calendar day)
  const y = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/**
 * The UK financial year (1 April to 31 March) named by its label, e.g. `"2025-26"`.
 *
 * @param label - `"YYYY-YY"`, where the second part is the next year's last two digits
 * @returns the period, or `undefined` when the label is malformed (or is `"9999-00"`, which
 *   would end in a year with five digits)
 * @example
 * ```ts
 * financialYear("2025-26"); // { start: "2025-04-01", end: "2026-03-31" }
 * ```
 * @category Periods
 */
export function financialYear(label: string): Period | undefined {
  const m = FY_LABEL.exec(label);
  if (!m) return undefined;
  const y = Number(m[1]);
  // 9999-00 would end in the year 10000, which has no YYYY-MM-DD form
  if ((y + 1) % 100 !== Number(m[2]) || y + 1 > 9999) return undefined;
  return { start: `${year4(y)}-04-01`, end: `${year4(y + 1)}-03-31` };
}

/** A year written with four digits, as in an ISO date: 999 → "0999". */
function year4(y: number): string {
  return String(y).padStart(4, "0");
}

/**
 * The label of the UK financial year that contains a date.
 *
 * @param date - ISO `YYYY-MM-DD`
 * @returns e.g. `"2025-26"` for `"2026-01-15"`
 * @example
 * ```ts
 * financialYearOf("2025-04-01"); // "2025-26"
 * ```
 * @category Periods
 */
export function financialYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = date.slice(5) >= "04-01" ? y : y - 1;
  return `${year4(start)}-${String((start + 1) % 100).padStart(2, "0")}`;
}

/**
 * A quarter of a UK financial year: Q1 is April to June, Q4 is January to March.
 *
 * @param label - `"YYYY-YY-Qn"`, e.g. `"2025-26-Q4"`
 * @returns the period, or `undefined` when the label is malformed
 * @example
 * ```ts
 * financialQuarter("2025-26-Q4"); // { start: "2026-01-01", end: "2026-03-31" }
 * ```
 * @category Periods
 */
export function financialQuarter(label: string): Period | undefined {
  const m = FY_QUARTER.exec(label);
  if (!m) return undefined;
  const fy = financialYear(`${m[1]}-${m[2]}`);
  if (!fy) return undefined;
  const y = year4(Number(m[1]));
  const next = year4(Number(m[1]) + 1);
  const q = Number(m[3]);
  const table: Record<number, Period> = {
    1: { start: `${y}-04-01`, end: `${y}-06-30` },
    2: { start: `${y}-07-01`, end: `${y}-09-30` },
    3: { start: `${y}-10-01`, end: `${y}-12-31` },
    4: { start: `${next}-01-01`, end: `${next}-03-31` },
  };
  return table[q];
}

/**
 * Read a period label: a financial year (`"2025-26"`), a financial quarter
 * (`"2025-26-Q1"`), a calendar year (`"2025"`) or an explicit range
 * (`"2025-01-01..2025-06-30"`).
 *
 * @param label - the label
 * @returns the period, or `undefined` when it is not one of those forms
 * @example
 * ```ts
 * parsePeriod("2024"); // { start: "2024-01-01", end: "2024-12-31" }
 * ```
 * @category Periods
 */
export function parsePeriod(label: string): Period | undefined {
  const s = label.trim();
  if (/^\d{4}$/.test(s)) return { start: `${s}-01-01`, end: `${s}-12-31` };
  const range = s.split("..");
  if (range.length === 2) {
    const [a, b] = range as [string, string];
    if (isIsoDate(a) && isIsoDate(b) && a <= b) return { start: a, end: b };
    return undefined;
  }
  return financialQuarter(s) ?? financialYear(s);
}

/**
 * Whether a date falls in a period (both ends included).
 *
 * @param date - ISO `YYYY-MM-DD`
 * @param period - the period
 * @returns true when `start <= date <= end`
 * @example
 * ```ts
 * inPeriod("2026-03-31", { start: "2025-04-01", end: "2026-03-31" }); // true
 * ```
 * @category Periods
 */
export function inPeriod(date: string, period: Period): boolean {
  return date >= period.start && date <= period.end;
}

/**
 * The period of the same length that ends the day before this one starts. A period made
 * of whole calendar months (a financial year, a quarter, a month) steps back by that many
 * months; any other period steps back by its length in days.
 *
 * @param period - the period
 * @returns the preceding period
 * @example
 * ```ts
 * const fy = { start: "2025-04-01", end: "2026-03-31" };
 * previousPeriod(fy); // { start: "2024-04-01", end: "2025-03-31" }
 * ```
 * @category Periods
 */
export function previousPeriod(period: Period): Period {
  const start = toDate(period.start);
  const end = toDate(period.end);
  if (isFirstDayOfMonth(start) && isLastDayOfMonth(end)) {
    const months = differenceInCalendarMonths(end, start) + 1;
    return { start: iso(subMonths(start, months)), end: iso(subDays(start, 1)) };
  }
  const days = differenceInCalendarDays(end, start) + 1;
  return { start: iso(subDays(start, days)), end: iso(subDays(start, 1)) };
}

/**
 * Whole days from one date to another (negative when `to` is earlier), by calendar day, so
 * clock changes and the machine's time zone never shift the answer.
 *
 * @param from - ISO date
 * @param to - ISO date
 * @returns `to - from` in days
 * @example
 * ```ts
 * daysBetween("2025-03-30", "2025-04-02"); // 3
 * ```
 * @category Periods
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/**
 * Add days to an ISO date.
 *
 * @param date - ISO date
 * @param days - whole days (may be negative)
 * @returns the ISO date `days` later
 * @example
 * ```ts
 * addDays("2024-02-28", 1); // "2024-02-29"
 * ```
 * @category Periods
 */
export function addDays(date: string, days: number): string {
  return iso(addDaysFns(toDate(date), days));
}

function toDate(date: string): Date {
  return parseISO(date);
}

function iso(d: Date): string {
  return formatISO(d, { representation: "date" });
}
