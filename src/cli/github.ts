/**
 * `--reporter github`: each diagnostic as a GitHub Actions workflow command, which the run's
 * log turns into an annotation on the file and line (error, warning, or notice for info).
 * Format and escaping as GitHub documents them: "Workflow commands for GitHub Actions"
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands),
 * with the escaping of the Actions toolkit's `command.ts`
 * (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts): in the message
 * `%`, `\r` and `\n` are written `%25`, `%0D` and `%0A`; in a property, `:` and `,` also
 * (`%3A`, `%2C`).
 *
 * @module
 */
import type { Severity } from "../result.js";
import type { CliDiagnostic } from "./diagnostics.js";
import { escapeControls } from "./terminal.js";
import type { ValidatedInput } from "./validated.js";
import { artifactPath } from "./validated.js";

/**
 * Escape the message of a workflow command.
 *
 * @param s - the text
 * @returns the escaped text
 * @example
 * ```ts
 * escapeData("100%\nsure"); // "100%25%0Asure"
 * ```
 * @category CLI
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/**
 * Escape a property (`file`, `title`) of a workflow command.
 *
 * @param s - the text
 * @returns the escaped text
 * @example
 * ```ts
 * escapeProperty("a:b,c"); // "a%3Ab%2Cc"
 * ```
 * @category CLI
 */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * One diagnostic as a workflow command line.
 *
 * @param result - the input it came from
 * @param d - the diagnostic
 * @param cwd - the working directory (paths are written relative to it)
 * @returns the line, without its newline
 * @example
 * ```ts
 * const counts = { error: 1, warning: 0, info: 0 };
 * const r = { file: "data", input: "data", format: "csv-folder" as const, valid: false, counts, diagnostics: [] };
 * const d = { code: "csv/too-many-cells" as const, severity: "error" as const, path: [], message: "Row 3: 100% too long.", location: { file: "activities.csv", line: 3 } };
 * githubAnnotation(r, d, "/repo"); // "::error file=data/activities.csv,line=3,title=ppie csv/too-many-cells::Row 3: 100%25 too long."
 * ```
 * @category CLI
 */
export function githubAnnotation(result: ValidatedInput, d: CliDiagnostic, cwd: string): string {
  const props: string[] = [];
  const file = artifactPath(result, d, cwd);
  if (file !== undefined) {
    props.push(`file=${escapeProperty(file)}`);
    if (d.location?.line !== undefined) {
      props.push(`line=${d.location.line}`);
      if (typeof d.location.column === "number") props.push(`col=${d.location.column}`);
    }
  }
  props.push(`title=${escapeProperty(`ppie ${d.code}`)}`);
  // the message and hint quote the data: their own line breaks and control characters are
  // shown as \uXXXX, and the one line break between them is the command's
  const column =
    typeof d.location?.column === "string" && d.location.column !== ""
      ? ` (column "${d.location.column}")`
      : "";
  const where = file === undefined ? `${result.file}: ` : "";
  const text = `${where}${escapeControls(d.message)}${escapeControls(column)}${d.hint === undefined ? "" : `\n${escapeControls(d.hint)}`}`;
  return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(text)}`;
}

/**
 * Every diagnostic of every input as workflow commands, one per line.
 *
 * @param results - what validate found
 * @param cwd - the working directory
 * @param keep - which diagnostics to write (all unless `--quiet`)
 * @returns the text
 * @example
 * ```ts
 * githubAnnotations([], "/repo"); // ""
 * ```
 * @category CLI
 */
export function githubAnnotations(
  results: readonly ValidatedInput[],
  cwd: string,
  keep: (d: CliDiagnostic) => boolean = () => true,
): string {
  const lines: string[] = [];
  for (const r of results)
    for (const d of r.diagnostics) if (keep(d)) lines.push(githubAnnotation(r, d, cwd));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
