/**
 * Whole-day arithmetic on ISO dates, fast enough for per-record loops and free of the local
 * time zone.
 *
 * @module
 */

/**
 * The number of days from 1970-01-01 to an ISO `YYYY-MM-DD` date, by integer arithmetic on the
 * proleptic Gregorian calendar (H. Hinnant's days-from-civil algorithm): no `Date`, no time zone.
 *
 * @param iso - an ISO date (not validated: pass dates the model has checked)
 * @returns the day number (negative before 1970)
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
