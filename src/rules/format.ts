import type { Dataset } from "../model/dataset.js";
import type { Diagnostic, Severity } from "../result.js";
import { ownOptions } from "../own-options.js";

/**
 * Options for {@link formatDiagnostics}.
 *
 * @example
 * ```ts
 * const o: FormatOptions = { color: true, dataset: demoDataset };
 * ```
 * @category Rules
 */
export interface FormatOptions {
  /** Colour severities with ANSI escape codes (for terminals). Default false. */
  color?: boolean;
  /** The dataset the diagnostics are about, to show each record's id beside its position. */
  dataset?: Dataset;
}

const LABEL: Record<Severity, string> = { error: "error  ", warning: "warning", info: "info   " };
const COLOUR: Record<Severity, string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
};
const RESET = "\u001b[0m";
const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";

function groupOf(path: readonly (string | number)[]): { key: string; rest: (string | number)[] } {
  const [first, second, ...rest] = path;
  if (first === undefined) return { key: "(dataset)", rest: [] };
  if (typeof second === "number") return { key: `${first}[${second}]`, rest };
  return { key: String(first), rest: second === undefined ? [] : [second, ...rest] };
}

function field(rest: readonly (string | number)[]): string {
  return rest.reduce<string>(
    (acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    "",
  );
}

function idOf(
  dataset: Dataset | undefined,
  path: readonly (string | number)[],
): string | undefined {
  const [first, second] = path;
  if (dataset === undefined || typeof first !== "string" || typeof second !== "number")
    return undefined;
  const list = (dataset as unknown as Record<string, unknown>)[first];
  if (!Array.isArray(list)) return undefined;
  const rec = list[second] as { id?: unknown } | undefined;
  return typeof rec?.id === "string" ? rec.id : undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Format diagnostics as text for a terminal: grouped by the record they are about (in the order
 * given, which `checkDataset` makes deterministic), each line with its severity, code, field and
 * message, and its hint beneath; then a summary line with counts by severity. The CLI prints
 * this; use {@link formatDiagnosticsJson} for the raw form.
 *
 * @param diags - the diagnostics
 * @param opts - colour, and the dataset (to show record ids)
 * @returns the text, ending in a newline
 * @example
 * ```ts
 * const text = formatDiagnostics([
 *   diagnostic("activity/ends-before-start", "error", ["activities", 3, "endDate"], "Activity a-4 ends before it starts."),
 * ]);
 * // activities[3]
 * //   error    activity/ends-before-start  endDate: Activity a-4 ends before it starts.
 * //
 * // 1 error, 0 warnings, 0 info in 1 record
 * text.endsWith("\n\n1 error, 0 warnings, 0 info in 1 record\n"); // true
 * ```
 * @category Rules
 */
export function formatDiagnostics(
  diags: readonly Diagnostic<string>[],
  opts: FormatOptions = {},
): string {
  opts = ownOptions(opts);
  const color = opts.color === true;
  const paint = (code: string, text: string): string => (color ? `${code}${text}${RESET}` : text);
  const groups = new Map<string, Diagnostic<string>[]>();
  for (const d of diags) {
    const { key } = groupOf(d.path);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [d]);
    else list.push(d);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const [key, list] of groups) {
    const id = idOf(opts.dataset, list[0]?.path ?? []);
    lines.push(paint(BOLD, id === undefined ? key : `${key} ${id}`));
    for (const d of list) {
      counts[d.severity] = (counts[d.severity] ?? 0) + 1;
      const where = field(groupOf(d.path).rest);
      lines.push(
        `  ${paint(COLOUR[d.severity] ?? "", LABEL[d.severity] ?? d.severity)}  ${d.code}  ${where ? `${where}: ` : ""}${d.message}`,
      );
      if (d.hint !== undefined) lines.push(paint(DIM, `           hint: ${d.hint}`));
    }
    lines.push("");
  }
  const summary = `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info in ${plural(groups.size, "record")}`;
  lines.push(diags.length === 0 ? "No problems found." : summary);
  return `${lines.join("\n")}\n`;
}

/**
 * Format diagnostics as JSON (an array, two-space indented, keys in the order code, severity,
 * path, message, hint), the raw form the CLI prints with `--format json`.
 *
 * @param diags - the diagnostics
 * @returns the JSON text, ending in a newline
 * @example
 * ```ts
 * JSON.parse(formatDiagnosticsJson([])); // []
 * ```
 * @category Rules
 */
export function formatDiagnosticsJson(diags: readonly Diagnostic<string>[]): string {
  const plain = diags.map((d) => ({
    code: d.code,
    severity: d.severity,
    path: d.path,
    message: d.message,
    ...(d.hint === undefined ? {} : { hint: d.hint }),
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
