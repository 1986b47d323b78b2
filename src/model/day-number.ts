/**
 * Calendar days as integers: whole-day arithmetic on ISO `YYYY-MM-DD` dates by integer
 * arithmetic on the proleptic Gregorian calendar (H. Hinnant's `days_from_civil` and
 * `civil_from_days`): no `Date`, no time zone, so a day that a zone's clocks skipped is still a
 * day. Fast enough for per-record loops.
 *
 * This module imports nothing.
 *
 * @module
 */

/**
 * The number of days from 1970-01-01 to an ISO `YYYY-MM-DD` date.
 *
 * @param iso - an ISO date (not validated: pass dates the model has checked)
 * @returns the day number (negative before 1970)
 * @example
 * ```ts
 * dayNumber("1970-01-02"); // 1
 * ```
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

/** The day number of 0000-01-01, the first day written with a four-digit year. */
export const FIRST_DAY_NUMBER = -719528;
/** The day number of 9999-12-31, the last day written with a four-digit year. */
export const LAST_DAY_NUMBER = 2932896;

/**
 * The ISO date of a day number (the inverse of {@link dayNumber}). A day before 0000-01-01 or
 * after 9999-12-31 cannot be written `YYYY-MM-DD`, so the answer is clamped to those days.
 *
 * @param n - a day number (whole days from 1970-01-01)
 * @returns the ISO date
 * @example
 * ```ts
 * dateOfDayNumber(1); // "1970-01-02"
 * ```
 */
export function dateOfDayNumber(n: number): string {
  const z = Math.min(Math.max(Math.trunc(n), FIRST_DAY_NUMBER), LAST_DAY_NUMBER) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
