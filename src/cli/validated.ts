/**
 * What `ppie validate` found in one input, and the file a diagnostic is about as a path a CI
 * system can show it on (GitHub annotations, SARIF).
 *
 * @module
 */
import { isAbsolute, relative, resolve } from "node:path";
import type { Severity } from "../result.js";
import type { CliDiagnostic } from "./diagnostics.js";
import { STDIN_ARG } from "./inputs.js";
import type { InputFormat } from "./load.js";

/**
 * The result of validating one input.
 *
 * @category CLI
 */
export interface ValidatedInput {
  /** The input as shown: the path as typed (or as a glob expanded it), or `<stdin>`. */
  file: string;
  /** The input as typed: a path, or `-` for standard input. */
  input: string;
  /** How it was read. */
  format: InputFormat;
  /** Whether it parsed and has no errors. */
  valid: boolean;
  /** Diagnostics by severity. */
  counts: Record<Severity, number>;
  /** Every diagnostic, with its location where known. */
  diagnostics: CliDiagnostic[];
}

function posix(path: string): string {
  return path.split("\\").join("/");
}

/**
 * The path of the file a diagnostic is about, relative to the working directory and written
 * with `/` (as GitHub and SARIF viewers expect), or `undefined` for standard input. For a CSV
 * folder it is the CSV file in the folder the diagnostic names, else the folder.
 *
 * @param result - the input the diagnostic came from
 * @param d - the diagnostic
 * @param cwd - the working directory
 * @returns the path, or undefined
 * @example
 * ```ts
 * const counts = { error: 1, warning: 0, info: 0 };
 * const r = { file: "data", input: "data", format: "csv-folder" as const, valid: false, counts, diagnostics: [] };
 * const d = { code: "csv/too-many-cells" as const, severity: "error" as const, path: [], message: "Bad.", location: { file: "activities.csv", line: 3 } };
 * artifactPath(r, d, "/repo"); // "data/activities.csv"
 * ```
 * @category CLI
 */
export function artifactPath(
  result: ValidatedInput,
  d: CliDiagnostic,
  cwd: string,
): string | undefined {
  if (result.input === STDIN_ARG) return undefined;
  const base = resolve(cwd, result.input);
  const target =
    result.format === "csv-folder" && d.location !== undefined && !isAbsolute(d.location.file)
      ? resolve(base, d.location.file)
      : base;
  const rel = relative(cwd, target);
  return posix(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? target : rel);
}
