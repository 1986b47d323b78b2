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
export interface DeclaredCode {
  /** The code, `area/what-happened`. */
  readonly code: string;
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
 * One finding about the input, written for a person: where it is, what is wrong and what to
 * do about it. Diagnostics are data: ppie never throws on bad input.
 *
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
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `"activity/ends-before-start"`. */
  code: string;
  /** How serious it is. */
  severity: Severity;
  /** Where in the input: keys and array indexes from the root. */
  path: (string | number)[];
  /** One plain-English sentence for a person. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/**
 * The outcome of any function that takes outside data: either a value (with any warnings
 * that ride along) or the diagnostics that explain why there is none.
 *
 * @typeParam T - the value on success
 * @category Result
 */
export type Result<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Build a successful {@link Result}.
 *
 * @param value - the value
 * @param diagnostics - warnings or notes that ride along
 * @returns `{ ok: true, value, diagnostics }`
 * @example
 * ```ts
 * ok(42).ok; // true
 * ```
 * @category Result
 */
export function ok<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { ok: true, value, diagnostics };
}

/**
 * Build a failed {@link Result}.
 *
 * @param diagnostics - why there is no value (at least one should be an error)
 * @returns `{ ok: false, diagnostics }`
 * @example
 * ```ts
 * fail([{ code: "x/y", severity: "error", path: [], message: "Bad." }]).ok; // false
 * ```
 * @category Result
 */
export function fail<T = never>(diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics };
}

/**
 * Build a {@link Diagnostic}, leaving `hint` out when it is not given (so objects compare
 * cleanly under `exactOptionalPropertyTypes`).
 *
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
export function diagnostic(
  code: string,
  severity: Severity,
  path: (string | number)[],
  message: string,
  hint?: string,
): Diagnostic {
  return hint === undefined
    ? { code, severity, path, message }
    : { code, severity, path, message, hint };
}

/**
 * True when any diagnostic is an error.
 *
 * @param diagnostics - the diagnostics to inspect
 * @returns whether at least one has severity `error`
 * @example
 * ```ts
 * hasErrors([]); // false
 * ```
 * @category Result
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
