/**
 * The timestamp a report is stamped with (`generatedAt`): `--generated-at`, else the
 * `SOURCE_DATE_EPOCH` environment variable (the reproducible-builds convention), else the
 * command's default (the clock for `ppie report`, a fixed day for `ppie demo`). Both are
 * checked strictly, before any data is read: a value ppie cannot use is a usage error (exit
 * code 2), never ignored and never a crash.
 *
 * @module
 */
import { isIsoDate } from "../model/period.js";
import type { Context, OptionSpec, ParsedArgs } from "./context.js";
import { stringOption } from "./context.js";
import { UsageError } from "./errors.js";

/**
 * The largest `SOURCE_DATE_EPOCH` ppie takes: 9999-12-31T23:59:59Z, the last second with a
 * four-digit year. The smallest is 0 (1970-01-01T00:00:00Z).
 *
 * @category CLI
 */
export const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;

/**
 * The help entry of `--generated-at`, shared by `report` and `demo`.
 *
 * @category CLI
 */
export const GENERATED_AT_OPTION: OptionSpec = {
  type: "string",
  value: "<timestamp>",
  description: "The report's timestamp, e.g. 2026-04-01T09:00:00Z (1970 to 9999).",
};

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** The instants ppie stamps: from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z. */
function inRange(ms: number): boolean {
  return ms >= 0 && ms < (MAX_SOURCE_DATE_EPOCH + 1) * 1000;
}

/**
 * Read `SOURCE_DATE_EPOCH`: whole seconds since 1970-01-01T00:00:00Z written in decimal
 * digits only (no sign, point, exponent or spaces), from 0 to {@link MAX_SOURCE_DATE_EPOCH}.
 * Unset or empty means not given.
 *
 * @param env - environment variables
 * @returns the instant as an ISO timestamp, or `undefined` when not given
 * @throws {@link UsageError} when it is set to anything else
 * @example
 * ```ts
 * sourceDateEpoch({ SOURCE_DATE_EPOCH: "1775034000" }); // "2026-04-01T09:00:00.000Z"
 * sourceDateEpoch({}); // undefined
 * ```
 * @category CLI
 */
export function sourceDateEpoch(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === "") return undefined;
  const seconds = /^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(seconds <= MAX_SOURCE_DATE_EPOCH)) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970 written in digits, from 0 to ${MAX_SOURCE_DATE_EPOCH} (the end of 9999), not "${raw}".`,
      "Unset it, or set it to the output of `date +%s` (for example SOURCE_DATE_EPOCH=1775034000). It is the reports' timestamp when --generated-at is not given.",
    );
  }
  return new Date(seconds * 1000).toISOString();
}

/**
 * Whether a string is a timestamp ppie stamps reports with: `YYYY-MM-DDTHH:MM:SS`, optional
 * fractions of a second, then `Z` or an offset `±HH:MM`; a real calendar date and time of day;
 * and an instant from 1970 to the end of 9999.
 *
 * @param s - the string
 * @returns whether it is such a timestamp
 * @example
 * ```ts
 * isReportTimestamp("2026-04-01T09:00:00Z"); // true
 * isReportTimestamp("0000-06-01T00:00:00Z"); // false: before 1970
 * isReportTimestamp("2026-02-30T09:00:00Z"); // false: no such day
 * ```
 * @category CLI
 */
export function isReportTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const [, date, h, min, sec, oh, om] = m;
  const ok =
    isIsoDate(date ?? "") &&
    Number(h) <= 23 &&
    Number(min) <= 59 &&
    Number(sec) <= 59 &&
    (oh === undefined || (Number(oh) <= 23 && Number(om) <= 59));
  return ok && inRange(Date.parse(s));
}

/**
 * The report timestamp: `--generated-at`, else `SOURCE_DATE_EPOCH`, else the fallback (or the
 * clock). `SOURCE_DATE_EPOCH` is checked whenever it is set, even with `--generated-at`: a
 * malformed value is a mistake in the build's set-up, and the reproducible-builds convention
 * asks for it to fail the build.
 *
 * @param ctx - run context
 * @param args - parsed arguments
 * @param fallback - default when neither is given (otherwise the clock)
 * @returns an ISO timestamp
 * @throws {@link UsageError} when either is not a timestamp ppie can use
 * @example
 * ```ts
 * import { makeContext } from "./context.js";
 * const args = { values: { "generated-at": "2026-04-01T09:00:00Z" }, positionals: [] };
 * generatedAtOption(makeContext(io, {}), args); // "2026-04-01T09:00:00Z"
 * ```
 * @category CLI
 */
export function generatedAtOption(ctx: Context, args: ParsedArgs, fallback?: string): string {
  const epoch = sourceDateEpoch(ctx.io.env);
  const raw = stringOption(args, "generated-at");
  if (raw === undefined) return epoch ?? fallback ?? ctx.now().toISOString();
  if (!isReportTimestamp(raw)) {
    throw new UsageError(
      `--generated-at must be a real date and time such as 2026-04-01T09:00:00Z, from 1970 to 9999, not "${raw}".`,
      "Write it YYYY-MM-DDTHH:MM:SS followed by Z (UTC) or an offset such as +01:00.",
    );
  }
  return raw;
}
