/**
 * Workbook cell values as the text a CSV file would carry: numbers without float noise, dates
 * as `YYYY-MM-DD`, booleans as `true` / `false`.
 */

/**
 * A number as short text without binary float noise: `0.1 + 0.2` → `"0.3"`, as a spreadsheet
 * shows it (15 significant digits), and with no exponent for the numbers a dataset holds.
 *
 * @param n - the number
 * @returns its text
 * @example
 * ```ts
 * numberText(0.1 + 0.2); // "0.3"
 * ```
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const at15 = Number(n.toPrecision(15));
  // rounding the largest doubles up to 15 digits overflows: keep them as they are
  const rounded = Number.isFinite(at15) ? at15 : n;
  if (Object.is(rounded, -0)) return "0";
  const s = String(rounded);
  if (!s.includes("e")) return s;
  // 1e21 and 1e-7 come out in exponent form; write them out when they are not too long
  const fixed = Math.abs(rounded) >= 1 ? BigInt(rounded).toString() : rounded.toFixed(20);
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return trimmed.length <= 30 && Number(trimmed) === rounded ? trimmed : s;
}

const DAY_MS = 86_400_000;

/**
 * The date (and time, when it has one) of a spreadsheet serial number. In the 1900 date
 * system, serial 60 is the 29 February 1900 that Excel (like Lotus 1-2-3) counts but that never
 * was: it is returned as `1900-02-29`, which the dataset check then reports as not a date.
 *
 * @param serial - days since the epoch (fraction: time of day)
 * @param date1904 - whether the workbook uses the 1904 date system
 * @returns `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when there is a time of day
 * @example
 * ```ts
 * serialDate(45658, false); // "2025-01-01"
 * ```
 */
export function serialDate(serial: number, date1904: boolean): string {
  if (!date1904 && Math.floor(serial) === 60) return "1900-02-29";
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const shift = !date1904 && days > 60 ? days - 1 : days;
  const seconds = Math.round((serial - days) * 86_400);
  const d = new Date(base + shift * DAY_MS + seconds * 1000);
  const date = d.toISOString().slice(0, 10);
  return seconds === 0 ? date : d.toISOString().slice(0, 19);
}

/**
 * The date of an ISO date-time text as a dataset writes it: `2025-01-01T00:00:00` →
 * `2025-01-01`; a time of day other than midnight is kept.
 *
 * @param iso - an ISO date or date-time (an `.ods` `office:date-value`, an `.xlsx` `t="d"` cell)
 * @returns the text
 * @example
 * ```ts
 * isoDateText("2025-03-04T00:00:00"); // "2025-03-04"
 * ```
 */
export function isoDateText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(T00:00(:00(\.0+)?)?Z?)?$/.exec(iso.trim());
  return m ? (m[1] as string) : iso.trim();
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format shows a date or time: a built-in date format id, or a format code
 * with day, month, year, hour or second letters outside quotes, brackets and escapes.
 *
 * @param id - the number format id
 * @param code - its format code, for a custom format
 * @returns whether cells in it are dates
 * @example
 * ```ts
 * isDateFormat(164, "yyyy-mm-dd"); // true
 * ```
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILTIN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  const bare = code
    .split(";")[0]
    ?.replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare ?? "") && !/^general$/i.test(bare ?? "");
}
