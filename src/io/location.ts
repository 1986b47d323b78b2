import type { Diagnostic, Result, Severity } from "../result.js";

/**
 * Where a value came from in the input files.
 *
 * @category IO
 */
export interface SourceLocation {
  /** File name (relative to the folder for CSV folders). */
  file: string;
  /** The sheet, for a workbook. */
  sheet?: string;
  /** 1-based line number (the row, for a workbook). */
  line?: number;
  /** Column name (CSV) or 1-based column number (JSON, YAML). */
  column?: string | number;
}

/**
 * A diagnostic with the file, line and column it is about, where known.
 *
 * @typeParam C - the codes it may carry
 * @category IO
 */
export type LocatedDiagnostic<C extends string = string> = Diagnostic<C> & {
  location?: SourceLocation;
};

/**
 * A diagnostic about a file: its path is `[file]` and its location names the file, line and
 * column (the message says them too, in words).
 *
 * @typeParam C - the codes allowed
 * @param code - stable code
 * @param severity - how serious
 * @param location - the file, and the line and column where known
 * @param message - one plain-English sentence
 * @param hint - what to do about it
 * @returns the diagnostic
 * @example
 * ```ts
 * fileProblem("input/invalid-json", "error", { file: "a.json", line: 2 }, "a.json is not valid JSON.").path; // ["a.json"]
 * ```
 * @category IO
 */
export function fileProblem<C extends string>(
  code: NoInfer<C>,
  severity: Severity,
  location: SourceLocation,
  message: string,
  hint?: string,
): LocatedDiagnostic<C> {
  const d: LocatedDiagnostic<C> = { code, severity, path: [location.file], message, location };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/**
 * The 1-based line and column of an offset in a text, counting `\n` as the line break.
 *
 * @param text - the text
 * @param offset - a 0-based offset into it (clamped to its length)
 * @returns line and column
 * @example
 * ```ts
 * linePosition("ab\ncd", 4); // { line: 2, column: 2 }
 * ```
 * @category IO
 */
export function linePosition(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

/**
 * A path into the data as people write it: `activities[3].title`; the empty path is "the top
 * level".
 *
 * @param path - keys and indexes from the root
 * @returns the path in words
 * @example
 * ```ts
 * describePath(["activities", 3, "title"]); // "activities[3].title"
 * ```
 * @category IO
 */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "the top level";
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? p : `.${p}`;
  }
  return out;
}

/**
 * The outcome of reading outside data, with located diagnostics: a value, or the diagnostics
 * that say why there is none. A {@link Result} whose diagnostics carry their
 * {@link SourceLocation}.
 *
 * @typeParam T - the value on success
 * @typeParam C - the codes of the diagnostics
 * @category IO
 */
export type LocatedResult<T, C extends string> =
  | { ok: true; value: T; diagnostics: LocatedDiagnostic<C>[] }
  | { ok: false; diagnostics: LocatedDiagnostic<C>[] };

/**
 * Plain data read from a text (JSON, YAML), with the problems found reading it and a way to
 * find the line and column behind a path into it.
 *
 * @typeParam C - the codes of the diagnostics
 * @category IO
 */
export interface DataRead<C extends string> {
  /** The plain data, or `undefined` when the text could not be read as data at all. */
  input: unknown;
  /** Problems with the text itself (syntax, duplicate keys, limits), with their location. */
  diagnostics: LocatedDiagnostic<C>[];
  /** The file, line and column behind a path into `input`, where known. */
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
}
