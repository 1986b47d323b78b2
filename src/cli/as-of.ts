/**
 * `--as-of <date>`: one definition of the option for every command that takes it (`validate`,
 * `report`, `score`, `demo`), so that its help, its checking and its usage error are the same
 * everywhere. What the date means is defined once, in `derive/as-of.ts` (see
 * `docs/definitions.md`): the day ppie takes as "today" for the dataset.
 *
 * @module
 */
import { isIsoDate } from "../model/period.js";
import type { OptionSpec, ParsedArgs } from "./context.js";
import { stringOption } from "./context.js";
import { UsageError } from "./errors.js";

/**
 * The help entry of `--as-of`, shared by every command that takes it.
 *
 * @category CLI
 */
export const AS_OF_OPTION: OptionSpec = {
  type: "string",
  value: "<date>",
  description: "The day to take as today, YYYY-MM-DD (default: the latest date in the data).",
};

/**
 * Read `--as-of`: a real calendar date written `YYYY-MM-DD`, or nothing when it was not given.
 * Anything else is a usage error (exit code 2) before any data is read.
 *
 * @param args - parsed arguments
 * @returns the as-of date, or `undefined` when not given
 * @throws {@link UsageError} when the value is not a real `YYYY-MM-DD` date
 * @example
 * ```ts
 * asOfOption({ values: { "as-of": "2026-03-31" }, positionals: [] }); // "2026-03-31"
 * asOfOption({ values: {}, positionals: [] }); // undefined
 * ```
 * @category CLI
 */
export function asOfOption(args: ParsedArgs): string | undefined {
  const raw = stringOption(args, "as-of");
  if (raw === undefined || isIsoDate(raw)) return raw;
  throw new UsageError(
    `--as-of must be a real date written YYYY-MM-DD, from 1900-01-01 to 9998-12-31, not "${raw}".`,
    "For example: --as-of 2026-03-31.",
  );
}
