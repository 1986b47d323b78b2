import type { Diagnostic, DiagnosticCode, Severity } from "../result.js";
import { formatDiagnostics } from "../rules/format.js";
import type { Dataset } from "../model/dataset.js";
import type { InputCode } from "../io/load.js";
import type { LocatedDiagnostic, SourceLocation } from "../io/location.js";
import type { ConfigCode } from "./config-codes.js";
import type { FolderCode } from "./folder-codes.js";
import { escapeControls } from "./terminal.js";

/**
 * The codes the CLI can report: the library's ({@link DiagnosticCode}), those of reading
 * input (`csv/...` and `input/...` from `ppie/io`: encodings, JSON and YAML syntax, duplicate
 * keys, CSV tables, limits), and its own about reading a folder from disk and about
 * `ppie.config.json` (`config/...`).
 *
 * @category CLI
 */
export type CliDiagnosticCode = DiagnosticCode | InputCode | FolderCode | ConfigCode;

/**
 * A diagnostic as the CLI reports it: with the file, line and column it came from, where
 * known (JSON output carries `location`; text output appends it to the message).
 *
 * @category CLI
 */
export type CliDiagnostic = LocatedDiagnostic<CliDiagnosticCode>;

/**
 * Attach source locations to diagnostics.
 *
 * @param diagnostics - diagnostics whose paths point into the input
 * @param locate - the loader's locator
 * @returns the diagnostics with `location` where one was found
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { loadDataset } from "./load.js";
 * writeFileSync("ppie-dataset.yaml", "contributors:\n  - id: 7\n");
 * const loaded = await loadDataset("ppie-dataset.yaml");
 * const [first] = withLocations([diagnostic("schema/wrong-type", "error", ["contributors", 0, "id"], "Not text.")], loaded.locate);
 * first?.location; // { file: "ppie-dataset.yaml", line: 2, column: 9 }
 * ```
 * @category CLI
 */
export function withLocations(
  diagnostics: readonly Diagnostic<CliDiagnosticCode>[],
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined,
): CliDiagnostic[] {
  return diagnostics.map((d) => {
    if ("location" in d) return d;
    const location = locate(d.path);
    return location ? { ...d, location } : d;
  });
}

/**
 * A location in words, e.g. `activities.csv line 12, column "minutes"`, or for a workbook
 * `book.xlsx sheet "activities" row 12, column "minutes"`.
 *
 * @param loc - the location
 * @returns the text
 * @example
 * ```ts
 * describeLocation({ file: "a.yaml", line: 3, column: 5 }); // "a.yaml line 3, column 5"
 * ```
 * @category CLI
 */
export function describeLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.sheet !== undefined) s += ` sheet "${loc.sheet}"`;
  if (loc.line !== undefined)
    s += loc.sheet === undefined ? ` line ${loc.line}` : ` row ${loc.line}`;
  if (loc.column !== undefined && loc.column !== "") {
    s += typeof loc.column === "number" ? `, column ${loc.column}` : `, column "${loc.column}"`;
  }
  return s;
}

/**
 * Diagnostics as terminal text: grouped and counted by `formatDiagnostics`, with each
 * message followed by where it is in the input files. Control characters in messages, hints
 * and paths (which quote the data) are shown as `\uXXXX` escapes (see `escapeControls`).
 *
 * @param diagnostics - the diagnostics
 * @param color - whether to use colour
 * @param dataset - the dataset they are about, to show record ids
 * @returns the text
 * @example
 * ```ts
 * const diags = [diagnostic("csv/too-many-cells", "error", ["a.csv", 3], "Bad.")];
 * formatCliDiagnostics(diags, false).endsWith("1 error, 0 warnings, 0 info in 1 record\n"); // true
 * ```
 * @category CLI
 */
export function formatCliDiagnostics(
  diagnostics: readonly CliDiagnostic[],
  color: boolean,
  dataset?: Dataset,
): string {
  const plain: Diagnostic<CliDiagnosticCode>[] = diagnostics.map(({ location, ...d }) => {
    const message =
      location &&
      !d.code.startsWith("csv/") &&
      !d.code.startsWith("input/") &&
      !d.code.startsWith("workbook/")
        ? `${d.message} (${describeLocation(location)})`
        : d.message;
    // messages quote the data (ids, titles, cells) and paths name its keys: escape their
    // control characters before colour is added
    return {
      ...d,
      message: escapeControls(message),
      ...(d.hint === undefined ? {} : { hint: escapeControls(d.hint) }),
      path: d.path.map((p) => (typeof p === "string" ? escapeControls(p) : p)),
    };
  });
  return formatDiagnostics(plain, dataset ? { color, dataset } : { color });
}

/**
 * Count diagnostics by severity.
 *
 * @param diagnostics - the diagnostics
 * @returns counts of errors, warnings and infos
 * @example
 * ```ts
 * countSeverities([]); // { error: 0, warning: 0, info: 0 }
 * ```
 * @category CLI
 */
export function countSeverities(
  diagnostics: readonly Diagnostic<string>[],
): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) out[d.severity]++;
  return out;
}

/**
 * Counts in words: "2 errors, 1 warning, no notes".
 *
 * @param counts - counts by severity
 * @returns the text
 * @example
 * ```ts
 * describeCounts({ error: 1, warning: 2, info: 0 }); // "1 error, 2 warnings"
 * ```
 * @category CLI
 */
export function describeCounts(counts: Record<Severity, number>): string {
  const parts = [
    `${counts.error === 0 ? "no" : counts.error} error${counts.error === 1 ? "" : "s"}`,
    `${counts.warning === 0 ? "no" : counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
  ];
  if (counts.info > 0) parts.push(`${counts.info} note${counts.info === 1 ? "" : "s"}`);
  return parts.join(", ");
}
