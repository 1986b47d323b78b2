import { formatCount, formatDecimal } from "../format.js";
import { declareCodes } from "../result.js";
import type { LocatedDiagnostic, SourceLocation } from "./location.js";
import { describePath, fileProblem } from "./location.js";

/**
 * The diagnostic codes of the reading limits, each with an example (docs/diagnostics.md lists
 * them).
 */
export const LIMIT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/too-large",
    severity: "error",
    title: "A file, or a folder of CSV files, larger than ppie reads",
    example: {
      path: ["big.json"],
      message: "big.json is 2.1 GB, more than the 250 MB ppie reads in one JSON file.",
      hint: 'Save a dataset this large as a folder of CSV files (one file per kind of record; see "Input formats" in docs/cli.md): ppie reads it row by row, and it takes about a quarter of the space.',
    },
  },
  {
    code: "input/too-many-records",
    severity: "error",
    title: "More records than ppie reads in one dataset",
    example: {
      path: ["big.json"],
      message:
        "big.json holds more than 1,000,000 records and list items, the most ppie reads in one dataset: reading stopped at activities[1000000] (line 2, column 5000003).",
      hint: "Split the records into datasets of their own (for example one per financial year or organisation), or check that the file holds what you meant.",
    },
  },
  {
    code: "input/too-deep",
    severity: "error",
    title: "Lists and objects nested deeper than a dataset ever is",
    example: {
      path: ["deep.json"],
      message:
        "deep.json nests lists and objects more than 32 deep, at activities[0].x[0][0][0]… (line 3, column 40); a ppie dataset is about 10 deep.",
      hint: "Check the brackets (or the indentation of a YAML file); `ppie schema` shows the shape of a dataset.",
    },
  },
  {
    code: "input/line-too-long",
    severity: "error",
    title: "A CSV row longer than ppie reads",
    example: {
      path: ["activities.csv"],
      message:
        "activities.csv line 12 holds a row of more than 1 MB (with any text in quotes over several lines), the most ppie reads in one row.",
      hint: 'Look for a double quote (") that opens a cell and is never closed, which makes the rest of the file one cell; a text cell holds at most 20,000 characters.',
    },
  },
]);

/**
 * The diagnostic codes of the reading limits.
 *
 * @category IO
 */
export type LimitCode = (typeof LIMIT_CODES)[number]["code"];

/**
 * How much ppie reads for one dataset, so that a file too large for memory is answered with
 * a diagnostic instead of a crash. Each is checked before the data is read deeply: sizes from
 * the file system before reading, records and nesting while scanning.
 *
 * @category IO
 */
export interface ReadLimits {
  /** The most bytes of a JSON file, or of all the files of a CSV folder together. */
  readonly maxBytes: number;
  /** The most bytes of a YAML file (reading YAML takes far longer than JSON). */
  readonly maxYamlBytes: number;
  /**
   * The most records in one dataset: list items at any depth of a JSON or YAML file, data rows
   * over all the files of a CSV folder.
   */
  readonly maxRecords: number;
  /** The deepest nesting of lists and objects (a dataset is about 10 deep). */
  readonly maxDepth: number;
  /** The most bytes of one CSV row (a line, or several inside quotes). */
  readonly maxLineBytes: number;
}

/**
 * The limits ppie reads within by default (docs/cli.md, "Limits"): 250 MB of JSON or CSV,
 * 16 MB of YAML, 1,000,000 records, 32 levels of nesting and 1 MB per CSV row. Text fields
 * are bounded by the dataset schema (20,000 characters; ids 200).
 *
 * @category IO
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 250_000_000,
  maxYamlBytes: 16_000_000,
  maxRecords: 1_000_000,
  maxDepth: 32,
  maxLineBytes: 1_000_000,
};

/**
 * A size in bytes as a person reads it: `"512 bytes"`, `"1.5 kB"`, `"250 MB"`, `"2.1 GB"`
 * (decimal units).
 *
 * @param bytes - the size
 * @returns the size in words
 * @example
 * ```ts
 * formatBytes(2_147_483_648); // "2.1 GB"
 * ```
 * @category IO
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatCount(bytes)} byte${bytes === 1 ? "" : "s"}`;
  for (const [unit, size] of [
    ["kB", 1e3],
    ["MB", 1e6],
  ] as const) {
    if (bytes < size * 1000) return `${formatDecimal(bytes / size, 1)} ${unit}`;
  }
  return `${formatDecimal(bytes / 1e9, 1)} GB`;
}

/** What a size limit is about. */
export type SizedInput = "json" | "yaml" | "csv-folder" | "workbook";

/**
 * The diagnostic for an input larger than its limit, saying which format to use instead.
 *
 * @param kind - a JSON file, a YAML file, a CSV folder or a workbook
 * @param name - the file or folder as the user named it
 * @param bytes - its size
 * @param limits - the limits in force
 * @returns the diagnostic
 * @example
 * ```ts
 * tooLarge("json", "big.json", 2.1e9, DEFAULT_READ_LIMITS).code; // "input/too-large"
 * ```
 * @category IO
 */
export function tooLarge(
  kind: SizedInput,
  name: string,
  bytes: number,
  limits: ReadLimits,
): LocatedDiagnostic<LimitCode> {
  const at = { file: name };
  const size = formatBytes(bytes);
  switch (kind) {
    case "json":
      return fileProblem<LimitCode>(
        "input/too-large",
        "error",
        at,
        `${name} is ${size}, more than the ${formatBytes(limits.maxBytes)} ppie reads in one JSON file.`,
        'Save a dataset this large as a folder of CSV files (one file per kind of record; see "Input formats" in docs/cli.md): ppie reads it row by row, and it takes about a quarter of the space.',
      );
    case "yaml":
      return fileProblem<LimitCode>(
        "input/too-large",
        "error",
        at,
        `${name} is ${size}, more than the ${formatBytes(limits.maxYamlBytes)} ppie reads in one YAML file (YAML takes far longer to read than JSON).`,
        "Save it as JSON (the same structure, read much faster) or as a folder of CSV files.",
      );
    case "csv-folder":
      return fileProblem<LimitCode>(
        "input/too-large",
        "error",
        at,
        `The CSV files in ${name} add up to ${size}, more than the ${formatBytes(limits.maxBytes)} ppie reads for one dataset.`,
        "Split the records into datasets of their own (for example one per financial year or organisation), and read them one at a time.",
      );
    case "workbook":
      return fileProblem<LimitCode>(
        "input/too-large",
        "error",
        at,
        `${name} is ${size}, more than the ${formatBytes(limits.maxBytes)} ppie reads in one workbook.`,
        'Check that the file holds what you meant; save a dataset this large as a folder of CSV files (one file per kind of record; see "Input formats" in docs/cli.md).',
      );
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * The diagnostic for more records than {@link ReadLimits.maxRecords}.
 *
 * @param at - the file, and where reading stopped
 * @param where - the path (JSON, YAML) at which reading stopped, if any
 * @param limits - the limits in force
 * @returns the diagnostic
 * @example
 * ```ts
 * tooManyRecords({ file: "a.csv", line: 9 }, undefined, DEFAULT_READ_LIMITS).code; // "input/too-many-records"
 * ```
 * @category IO
 */
export function tooManyRecords(
  at: SourceLocation,
  where: readonly (string | number)[] | undefined,
  limits: ReadLimits,
): LocatedDiagnostic<LimitCode> {
  const what =
    where === undefined
      ? `holds more than ${formatCount(limits.maxRecords)} data rows in all (with the files read before it), the most ppie reads in one dataset: reading stopped at line ${at.line ?? "?"}.`
      : `holds more than ${formatCount(limits.maxRecords)} records and list items, the most ppie reads in one dataset: reading stopped at ${describePath(where)}${position(at)}.`;
  return fileProblem<LimitCode>(
    "input/too-many-records",
    "error",
    at,
    `${at.file} ${what}`,
    "Split the records into datasets of their own (for example one per financial year or organisation), or check that the file holds what you meant.",
  );
}

/**
 * The diagnostic for nesting deeper than {@link ReadLimits.maxDepth}.
 *
 * @param at - the file, line and column
 * @param where - the path to the value that is too deep
 * @param limits - the limits in force
 * @returns the diagnostic
 * @example
 * ```ts
 * tooDeep({ file: "a.json", line: 1, column: 40 }, ["x"], DEFAULT_READ_LIMITS).code; // "input/too-deep"
 * ```
 * @category IO
 */
export function tooDeep(
  at: SourceLocation,
  where: readonly (string | number)[],
  limits: ReadLimits,
): LocatedDiagnostic<LimitCode> {
  const shown = where.length > 12 ? `${describePath(where.slice(0, 12))}…` : describePath(where);
  return fileProblem<LimitCode>(
    "input/too-deep",
    "error",
    at,
    `${at.file} nests lists and objects more than ${limits.maxDepth} deep, at ${shown}${position(at)}; a ppie dataset is about 10 deep.`,
    "Check the brackets (or the indentation of a YAML file); `ppie schema` shows the shape of a dataset.",
  );
}

/**
 * The diagnostic for a CSV row longer than {@link ReadLimits.maxLineBytes}.
 *
 * @param at - the file and the line the row starts on
 * @param limits - the limits in force
 * @returns the diagnostic
 * @example
 * ```ts
 * lineTooLong({ file: "a.csv", line: 2 }, DEFAULT_READ_LIMITS).code; // "input/line-too-long"
 * ```
 * @category IO
 */
export function lineTooLong(at: SourceLocation, limits: ReadLimits): LocatedDiagnostic<LimitCode> {
  return fileProblem<LimitCode>(
    "input/line-too-long",
    "error",
    at,
    `${at.file} line ${at.line ?? "?"} holds a row of more than ${formatBytes(limits.maxLineBytes)} (with any text in quotes over several lines), the most ppie reads in one row.`,
    'Look for a double quote (") that opens a cell and is never closed, which makes the rest of the file one cell; a text cell holds at most 20,000 characters.',
  );
}

function position(at: SourceLocation): string {
  if (at.line === undefined) return "";
  return at.column === undefined ? ` (line ${at.line})` : ` (line ${at.line}, column ${at.column})`;
}

/**
 * The first place a value (parsed YAML, or any plain data) goes over the record or nesting
 * limit, walking it without recursion, so that a cyclic or very deep value is answered too.
 *
 * @param value - the data
 * @param limits - the limits in force
 * @returns the limit and the path where it was passed, or undefined when within both
 * @example
 * ```ts
 * exceedsLimits([[[]]], { ...DEFAULT_READ_LIMITS, maxDepth: 2 }); // { limit: "depth", path: [0, 0] }
 * ```
 * @category IO
 */
export function exceedsLimits(
  value: unknown,
  limits: Pick<ReadLimits, "maxDepth" | "maxRecords">,
): { limit: "depth" | "records"; path: (string | number)[] } | undefined {
  let records = 0;
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const v = top.value;
    if (v === null || typeof v !== "object") continue;
    if (top.path.length + 1 > limits.maxDepth) return { limit: "depth", path: top.path };
    if (Array.isArray(v)) {
      if (records + v.length > limits.maxRecords) {
        return { limit: "records", path: [...top.path, limits.maxRecords - records] };
      }
      records += v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...top.path, i] });
    } else {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i] as [string, unknown];
        stack.push({ value: x, path: [...top.path, k] });
      }
    }
  }
  return undefined;
}
