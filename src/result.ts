import type { PERIOD_CODES } from "./derive/period.js";
import type { FRAMEWORK_CODES } from "./frameworks/registry.js";
import type { BUILD_REPORT_CODES } from "./reports/index.js";
import type { LETTER_CODES } from "./reports/letter-options.js";
import type { REPORT_CODES } from "./reports/options.js";
import type { CHECK_CODES } from "./rules/check.js";
import type { PARSE_CODES } from "./rules/parse-codes.js";
import type { BuiltinRuleCode } from "./rules/registry.js";
import type { AGREEMENT_CODES } from "./scores/agreement.js";
import type { COPRODUCTION_CODES } from "./scores/coproduction.js";
import type { ENGAGEMENT_CODES } from "./scores/engagement.js";
import type { DISCLOSURE_CODES } from "./scores/disclosure.js";
import type { DISCLOSURE_INPUT_CODES } from "./scores/disclosure-input.js";
import type { FFT_CODES } from "./scores/fft.js";
import type { FFT_TABLE_CODES } from "./scores/fft-table.js";
import type { GRIPP2_CODES } from "./scores/gripp2-completeness.js";
import type { IMPACT_CODES } from "./scores/impact.js";
import type { INVOLVEMENT_DEPTH_CODES } from "./scores/involvement-depth.js";
import type { PAYMENTS_CODES } from "./scores/payments.js";
import type { PEIRS22_CODES } from "./scores/peirs22.js";
import type { PPEET_CODES } from "./scores/ppeet.js";
import type { READABILITY_CODES } from "./scores/readability.js";
import type { SCORE_CODES } from "./scores/registry.js";
import type { REPRESENTATION_CODES } from "./scores/representation.js";
import type { STANDARDS_CODES } from "./scores/standards.js";
import type { SELDOM_HEARD_REACH_CODES } from "./scores/seldom-heard-reach.js";
import type { STRATEGY_CODES } from "./scores/strategy.js";

/**
 * How serious a {@link Diagnostic} is. `error` makes a dataset invalid; `warning` and `info`
 * ride along with a successful result.
 *
 * @category Result
 */
export type Severity = "error" | "warning" | "info";

/**
 * The declaration of one diagnostic code, in a table kept beside the code that raises it
 * (`FFT_CODES` in `scores/fft.ts`, `CSV_CODES` in `cli/csv.ts`, ...): the code, its severity,
 * what it means and a typical diagnostic. {@link DiagnosticCode} is the union of the declared
 * codes, and `docs/diagnostics.md` is generated from the tables, so the two cannot drift.
 *
 * A code raised with a different severity in different cases lists them all, most serious
 * first; its example shows the first.
 */
export interface DeclaredCode<C extends string = string> {
  /** The code, `area/what-happened`. */
  readonly code: C;
  /** Its severity, or every severity it can have (most serious first). */
  readonly severity: Severity | readonly [Severity, Severity, ...Severity[]];
  /** What it means, in a few words. */
  readonly title: string;
  /** A typical diagnostic with this code: a message the module really writes. */
  readonly example: {
    readonly path: readonly (string | number)[];
    readonly message: string;
    readonly hint?: string;
  };
}

/**
 * Declare a module's diagnostic codes: returns the table as given, typed by its codes alone, so
 * that {@link DiagnosticCode} is built from the declarations without carrying every example
 * message into the published type declarations.
 *
 * @typeParam C - the codes declared
 * @param codes - the declarations, one per code
 * @returns the same table
 */
/* @__NO_SIDE_EFFECTS__ */
export function declareCodes<const C extends string>(
  codes: readonly DeclaredCode<C>[],
): readonly DeclaredCode<C>[] {
  return codes;
}

/**
 * Every diagnostic code the library can produce: the codes of `parseDataset`, of the built-in
 * rules and of `checkDataset`'s options, and those of the measures, `scoreDataset`,
 * `buildReport` and the frameworks registry. Each is declared beside the code that raises it
 * and listed, with an example, in `docs/diagnostics.md`; a code that is not declared does not
 * compile. (The `ppie` command line adds its own codes about files, `csv/...` and `input/...`,
 * which no library function returns; they are listed in `docs/diagnostics.md` too.)
 *
 * Your own rules (`defineRule`) bring their own codes: {@link Diagnostic} takes the code type
 * as a parameter, and `checkDataset` returns `Diagnostic<DiagnosticCode | "your/code">` for the
 * rules you pass in `extraRules`.
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = "fft/no-responses";
 * ```
 * @useDeclaredType
 * @category Result
 */
export type DiagnosticCode =
  | (typeof PARSE_CODES)[number]["code"]
  | BuiltinRuleCode
  | (typeof CHECK_CODES)[number]["code"]
  | (typeof AGREEMENT_CODES)[number]["code"]
  | (typeof COPRODUCTION_CODES)[number]["code"]
  | (typeof DISCLOSURE_CODES)[number]["code"]
  | (typeof DISCLOSURE_INPUT_CODES)[number]["code"]
  | (typeof FFT_CODES)[number]["code"]
  | (typeof FFT_TABLE_CODES)[number]["code"]
  | (typeof GRIPP2_CODES)[number]["code"]
  | (typeof IMPACT_CODES)[number]["code"]
  | (typeof ENGAGEMENT_CODES)[number]["code"]
  | (typeof INVOLVEMENT_DEPTH_CODES)[number]["code"]
  | (typeof PAYMENTS_CODES)[number]["code"]
  | (typeof PEIRS22_CODES)[number]["code"]
  | (typeof PPEET_CODES)[number]["code"]
  | (typeof READABILITY_CODES)[number]["code"]
  | (typeof REPRESENTATION_CODES)[number]["code"]
  | (typeof STANDARDS_CODES)[number]["code"]
  | (typeof STRATEGY_CODES)[number]["code"]
  | (typeof SELDOM_HEARD_REACH_CODES)[number]["code"]
  | (typeof SCORE_CODES)[number]["code"]
  | (typeof REPORT_CODES)[number]["code"]
  | (typeof LETTER_CODES)[number]["code"]
  | (typeof BUILD_REPORT_CODES)[number]["code"]
  | (typeof FRAMEWORK_CODES)[number]["code"]
  | (typeof PERIOD_CODES)[number]["code"];

/**
 * One finding about the input, written for a person: where it is, what is wrong and what to
 * do about it. Diagnostics are data: ppie never throws on bad input.
 *
 * The code is typed: by default it is one of ppie's own codes ({@link DiagnosticCode}), so a
 * `switch` on `d.code` is checked and completed by the editor. Diagnostics that may come from
 * your own rules carry their codes too: `checkDataset(dataset, { extraRules: [myRule] })`
 * returns `Diagnostic<DiagnosticCode | "local/my-rule">[]`. Code that only reads diagnostics,
 * whatever their codes, can take `Diagnostic<string>`.
 *
 * @typeParam C - the codes it may carry (default: ppie's own)
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   code: "activity/ends-before-start",
 *   severity: "error",
 *   path: ["activities", 3, "endDate"],
 *   message: "Activity act-4 ends (2025-03-01) before it starts (2025-03-05).",
 *   hint: "Check the start and end dates, or swap them.",
 * };
 * ```
 * @category Result
 */
export interface Diagnostic<C extends string = DiagnosticCode> {
  /** Stable machine-readable code, e.g. `"activity/ends-before-start"`. */
  code: C;
  /** How serious it is. */
  severity: Severity;
  /** Where in the input: keys and array indexes from the root. */
  path: (string | number)[];
  /** One plain-English sentence for a person. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /**
   * Where the value is in the files it was read from (`loadDataset` of `ppie/io` sets it):
   * the file, the sheet of a workbook, the 1-based line, and the column (a number in JSON and
   * YAML, the column's name in a CSV file or sheet).
   */
  source?: { file: string; sheet?: string; line?: number; column?: string | number };
}

/**
 * The outcome of any function that takes outside data: either a value (with any warnings
 * that ride along) or the diagnostics that explain why there is none.
 *
 * @typeParam T - the value on success
 * @typeParam C - the codes its diagnostics may carry (default: ppie's own)
 * @category Result
 */
export type Result<T, C extends string = DiagnosticCode> =
  | { ok: true; value: T; diagnostics: Diagnostic<C>[] }
  | { ok: false; diagnostics: Diagnostic<C>[] };

/**
 * Build a successful {@link Result}.
 *
 * @typeParam T - the value
 * @typeParam C - the codes of the diagnostics
 * @param value - the value
 * @param diagnostics - warnings or notes that ride along
 * @returns `{ ok: true, value, diagnostics }`
 * @example
 * ```ts
 * ok(42).ok; // true
 * ```
 * @category Result
 */
export function ok<T, C extends string = DiagnosticCode>(
  value: T,
  diagnostics: Diagnostic<C>[] = [],
): Result<T, C> {
  return { ok: true, value, diagnostics };
}

/**
 * Build a failed {@link Result}.
 *
 * @typeParam T - the value there is not
 * @typeParam C - the codes of the diagnostics
 * @param diagnostics - why there is no value (at least one should be an error)
 * @returns `{ ok: false, diagnostics }`
 * @example
 * ```ts
 * fail([{ code: "report/unknown-kind", severity: "error", path: ["kind"], message: "There is no report kind \"x\"." }]).ok; // false
 * ```
 * @category Result
 */
export function fail<T = never, C extends string = DiagnosticCode>(
  diagnostics: Diagnostic<C>[],
): Result<T, C> {
  return { ok: false, diagnostics };
}

/**
 * Build a {@link Diagnostic}, leaving `hint` out when it is not given (so objects compare
 * cleanly under `exactOptionalPropertyTypes`).
 *
 * The code must be one of ppie's own ({@link DiagnosticCode}): a code that is not declared
 * does not compile. For a code of your own, name it: `diagnostic<"local/my-code">("local/my-code", ...)`.
 *
 * @typeParam C - the codes allowed (default: ppie's own; never inferred from `code`)
 * @param code - stable code
 * @param severity - how serious
 * @param path - where in the input
 * @param message - one plain-English sentence
 * @param hint - what to do about it
 * @returns the diagnostic
 * @example
 * ```ts
 * diagnostic("fft/no-responses", "warning", ["counts"], "No responses were given.").code; // "fft/no-responses"
 * ```
 * @category Result
 */
export function diagnostic<C extends string = DiagnosticCode>(
  code: NoInfer<C>,
  severity: Severity,
  path: (string | number)[],
  message: string,
  hint?: string,
): Diagnostic<C> {
  return hint === undefined
    ? { code, severity, path, message }
    : { code, severity, path, message, hint };
}

/**
 * True when any diagnostic is an error.
 *
 * @param diagnostics - the diagnostics to inspect (with any codes)
 * @returns whether at least one has severity `error`
 * @example
 * ```ts
 * hasErrors([]); // false
 * ```
 * @category Result
 */
export function hasErrors(diagnostics: readonly Diagnostic<string>[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
