/**
 * `loadDataset`: the bytes or text of a JSON file, a YAML file or a set of CSV files (one per
 * entity) to a parsed dataset, with the file, line and column of every diagnostic (a workbook
 * too, when the workbook reader is passed in: `loadDatasetAsync` loads it). Pure: no file
 * system, so it runs in browsers, Node, Deno and Bun alike.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Adopt } from "../model/parse.js";
import { parseDataset, parseOwnedDataset } from "../model/parse.js";
import type { Diagnostic, DiagnosticCode, Result } from "../result.js";
import { declareCodes, hasErrors } from "../result.js";
import type { TableCode } from "./csv.js";
import { readTables } from "./csv.js";
import { csvTables } from "./csv-columns.js";
import type { DecodeCode, EncodingName } from "./decode.js";
import { decodeText } from "./decode.js";
import { own } from "./intern.js";
import type { JsonCode } from "./json.js";
import { readJson } from "./json.js";
import type { LimitCode, ReadLimits } from "./limits.js";
import { DEFAULT_READ_LIMITS, lineTooLong, tooLarge } from "./limits.js";
import type { WorkbookReader } from "./load-workbook.js";
import { readWorkbookInput } from "./load-workbook.js";
import type { LocatedDiagnostic, SourceLocation } from "./location.js";
import { fileProblem } from "./location.js";
import type { EncodingCode } from "./single-byte.js";
import type { CsvTextProblem, RawRow, TableSource } from "./tables.js";
import { csvRecords } from "./tables.js";
import type { WorkbookCode } from "./workbook/codes.js";
import type { YamlCode } from "./yaml.js";
import { readYaml } from "./yaml.js";

/**
 * The diagnostic codes of choosing how to read the input, each with an example
 * (docs/diagnostics.md lists them).
 */
export const LOAD_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/unsupported-format",
    severity: "error",
    title: "A workbook given to the reader that does not read workbooks",
    example: {
      path: ["data.xlsx"],
      message: "data.xlsx is a workbook (.xlsx), which loadDataset does not read.",
      hint: "Read it with loadDatasetAsync of ppie/io, which loads the workbook reader when a workbook is given; or save each sheet as a CSV file (UTF-8) named for what it holds (contributors.csv, activities.csv, ...).",
    },
  },
  {
    code: "input/mixed-formats",
    severity: "error",
    title: "Several files that are not all CSV files",
    example: {
      path: ["data.json"],
      message:
        "data.json was given with other files, but only CSV files (one per kind of record) are read together.",
      hint: "Give one JSON or YAML file on its own, or a set of CSV files.",
    },
  },
]);

/**
 * The diagnostic codes of choosing how to read the files.
 *
 * @category IO
 */
export type LoadCode = (typeof LOAD_CODES)[number]["code"];

/**
 * Every diagnostic code reading input can give before the dataset check: decoding, syntax,
 * duplicate keys, CSV tables, workbooks, limits and formats.
 *
 * @category IO
 */
export type InputCode =
  | DecodeCode
  | EncodingCode
  | JsonCode
  | YamlCode
  | TableCode
  | WorkbookCode
  | LimitCode
  | LoadCode;

/**
 * How a file is read: JSON, YAML, a CSV table (one per entity), or a workbook.
 *
 * @category IO
 */
export type DataFormat = "json" | "yaml" | "csv" | "xlsx" | "ods";

/**
 * One file given to {@link loadDataset}: its name (for messages, and to tell its format and,
 * for a CSV file, which records it holds: `activities.csv`) and its bytes or text.
 *
 * @category IO
 */
export interface DataFile {
  /** The file name, e.g. `"activities.csv"` or `"dataset.json"`. */
  name: string;
  /** Its bytes (decoded as {@link LoadOptions.encoding} says), or its text. */
  data: Uint8Array | string;
}

/**
 * Options for {@link loadDataset}.
 *
 * @category IO
 */
export interface LoadOptions {
  /** How to read the files (default: from each name's extension, else from the bytes). */
  format?: DataFormat;
  /**
   * The text encoding of the bytes (default: UTF-8, or UTF-16 that starts with its byte-order
   * mark; anything else is an error, never a silent replacement).
   */
  encoding?: EncodingName;
  /** How much to read (default {@link DEFAULT_READ_LIMITS}). */
  limits?: ReadLimits;
}

/**
 * Where a diagnostic's value is in the files: file, sheet, 1-based line and column (a
 * number for JSON and YAML, the column's name for CSV).
 *
 * @category IO
 */
export type DiagnosticSource = NonNullable<Diagnostic["source"]>;

/**
 * What {@link loadDataset} returns: a {@link Result} whose diagnostics carry their `source`,
 * how the input was read, and a way to find the file, line and column behind any path into
 * the dataset (for the diagnostics of `checkDataset`, for example).
 *
 * @category IO
 */
export type LoadResult = Result<Dataset, DiagnosticCode | InputCode> & {
  /** How the input was read; undefined when nothing was given. */
  format: DataFormat | undefined;
  /** The file, sheet, line and column behind a path into the dataset, where known. */
  locate: (path: readonly (string | number)[]) => DiagnosticSource | undefined;
};

/** Plain data read from the files, before `parseDataset`. */
export interface InputRead {
  format: DataFormat | undefined;
  input: unknown;
  diagnostics: LocatedDiagnostic<InputCode>[];
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
  /** For tables: moves each record's line to its parsed copy (see `parseOwnedDataset`). */
  adopt?: Adopt;
}

const EXTENSIONS: Readonly<Record<string, DataFormat>> = {
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  csv: "csv",
  xlsx: "xlsx",
  xlsm: "xlsx",
  xls: "xlsx",
  ods: "ods",
};

/** The name without any folder. */
function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}

/**
 * The format of a file: from its name's extension, else from its first bytes (a zip archive
 * or an OLE file, as an old `.xls` is, is a workbook; `{` or `[` starts JSON; anything else is
 * read as YAML).
 *
 * @param file - the file
 * @returns the format
 * @example
 * ```ts
 * formatOf({ name: "data", data: '{"activities": []}' }); // "json"
 * ```
 * @category IO
 */
export function formatOf(file: DataFile): DataFormat {
  const base = baseName(file.name);
  const dot = base.lastIndexOf(".");
  const byName = dot > 0 ? EXTENSIONS[base.slice(dot + 1).toLowerCase()] : undefined;
  if (byName !== undefined) return byName;
  const { data } = file;
  if (typeof data !== "string" && isWorkbookBytes(data)) return "xlsx";
  const head =
    typeof data === "string" ? data.slice(0, 64) : String.fromCharCode(...data.subarray(0, 64));
  // A byte-order mark (UTF-8, or UTF-16 with its zero bytes) comes before the first character.
  const first = head
    .replace(/^(\ufeff|\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "")
    .replace(/\0/g, "")
    .trimStart()[0];
  return first === "{" || first === "[" ? "json" : "yaml";
}

/**
 * Whether bytes start as a zip archive (`.xlsx`, `.ods`) or an OLE file (`.xls`) does: a
 * workbook, whatever its name. Internal: {@link formatOf} and the CLI ask it.
 *
 * @param data - the file's bytes
 * @returns whether they are a workbook's
 * @example
 * ```ts
 * isWorkbookBytes(new Uint8Array([0x50, 0x4b, 3, 4])); // true
 * ```
 * @category IO
 */
export function isWorkbookBytes(data: Uint8Array): boolean {
  // a zip's local file header (PK 3 4), or an empty archive's end record (PK 5 6): text that
  // merely starts with "PK" is not one
  if (
    data[0] === 0x50 &&
    data[1] === 0x4b &&
    ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6))
  )
    return true;
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return ole.every((b, i) => data[i] === b);
}

/** The file's text: decoded bytes (a byte-order mark dropped), or the text given. */
function textOf(
  file: DataFile,
  encoding: EncodingName | undefined,
): { text: string } | { diagnostics: LocatedDiagnostic<InputCode>[] } {
  const name = baseName(file.name);
  if (typeof file.data === "string")
    return { text: file.data.charCodeAt(0) === 0xfeff ? file.data.slice(1) : file.data };
  const decoded = decodeText(file.data, name, encoding);
  return decoded.ok ? { text: decoded.value.text } : { diagnostics: decoded.diagnostics };
}

function sizeOf(data: Uint8Array | string): number {
  return typeof data === "string" ? data.length : data.byteLength;
}

/** Read one JSON or YAML file. */
function readDocument(
  file: DataFile,
  format: "json" | "yaml",
  opts: LoadOptions,
  limits: ReadLimits,
): InputRead {
  const name = baseName(file.name);
  const none = (d: LocatedDiagnostic<InputCode>[]): InputRead => ({
    format,
    input: undefined,
    diagnostics: d,
    locate: () => undefined,
  });
  const size = sizeOf(file.data);
  if (size > (format === "json" ? limits.maxBytes : limits.maxYamlBytes))
    return none([tooLarge(format, name, size, limits)]);
  const text = textOf(file, opts.encoding);
  if ("diagnostics" in text) return none(text.diagnostics);
  const read =
    format === "json" ? readJson(text.text, name, limits) : readYaml(text.text, name, limits);
  return { format, ...read };
}

/** The diagnostic for CSV text that could not be split into rows. */
function textProblem(
  name: string,
  p: CsvTextProblem,
  limits: ReadLimits,
): LocatedDiagnostic<InputCode> {
  return p.kind === "too-long"
    ? lineTooLong({ file: name, line: p.line }, limits)
    : fileProblem<InputCode>(
        "csv/unreadable",
        "error",
        { file: name, line: p.line },
        `${name} line ${p.line} could not be read as CSV: ${p.reason}.`,
        "Save the sheet as CSV (UTF-8, comma-separated); put text with commas, quotes or line breaks in double quotes and double any quote inside.",
      );
}

/**
 * The rows of a CSV file after its header, split as they are read. The text is kept only
 * for a file given as text (the caller holds it anyway); a file of bytes is decoded again
 * when its rows are read (it decoded without a problem once, to be checked), so that one
 * file's text is held at a time, not every file's.
 */
function rowsAfterHeader(
  f: DataFile,
  encoding: EncodingName | undefined,
  limits: ReadLimits,
  stop: { problem?: CsvTextProblem },
  text: string,
): Iterable<RawRow> {
  const given = typeof f.data === "string" ? text : undefined;
  return {
    *[Symbol.iterator]() {
      let again = given;
      if (again === undefined) {
        const decoded = textOf(f, encoding);
        if ("diagnostics" in decoded) return;
        again = decoded.text;
      }
      const records = csvRecords(again, limits.maxLineBytes, stop);
      records.next();
      yield* records;
    },
  };
}

/** Read a set of CSV files, one per entity. */
function readCsvFiles(
  files: readonly DataFile[],
  opts: LoadOptions,
  limits: ReadLimits,
): InputRead {
  const none = (d: LocatedDiagnostic<InputCode>[]): InputRead => ({
    format: "csv",
    input: undefined,
    diagnostics: d,
    locate: () => undefined,
  });
  const total = files.reduce((n, f) => n + sizeOf(f.data), 0);
  if (total > limits.maxBytes) return none([tooLarge("csv-folder", "the folder", total, limits)]);
  const known = new Set(csvTables().map((t) => t.file));
  const tables: TableSource[] = [];
  const problems: LocatedDiagnostic<InputCode>[] = [];
  // Rows are split as tablesToDataset reads them, so that no file is held as cells too.
  const stops: { name: string; stop: { problem?: CsvTextProblem } }[] = [];
  for (const f of files) {
    const name = baseName(f.name);
    const entity = name.toLowerCase().endsWith(".csv") ? name.slice(0, -4) : name;
    if (!known.has(`${entity}.csv`)) {
      // not read: tablesToDataset warns about it by name
      tables.push({ entity, file: name, header: [], headerRow: 1, rows: [] });
      continue;
    }
    const text = textOf(f, opts.encoding);
    if ("diagnostics" in text) {
      problems.push(...text.diagnostics);
      continue;
    }
    const stop: { problem?: CsvTextProblem } = {};
    stops.push({ name, stop });
    const first = csvRecords(text.text, limits.maxLineBytes, stop).next();
    if (stop.problem !== undefined) {
      problems.push(textProblem(name, stop.problem, limits));
      continue;
    }
    tables.push(
      first.done
        ? { entity, file: name, header: [], headerRow: 1, rows: [] }
        : {
            entity,
            file: name,
            // copies, so that the header does not hold the first decoding's text
            header: first.value.cells.map(own),
            headerRow: first.value.row,
            rows: rowsAfterHeader(f, opts.encoding, limits, stop, text.text),
          },
    );
  }
  if (problems.length > 0) return none(problems);
  const read = readTables(tables, { limits });
  for (const { name, stop } of stops)
    if (stop.problem !== undefined) problems.push(textProblem(name, stop.problem, limits));
  if (problems.length > 0) return none([...read.diagnostics, ...problems]);
  return { format: "csv", ...read };
}

/**
 * Read files into plain data, before `parseDataset`: one JSON or YAML file, a set of CSV
 * files, or one workbook when `workbook` (the workbook reader) is given. Internal:
 * {@link loadDataset} and `loadDatasetAsync` call it.
 *
 * @param input - the file, or the files
 * @param opts - format, encoding and limits
 * @param workbook - the workbook reader; without it a workbook is `input/unsupported-format`
 * @returns the data, the located diagnostics and a locator
 * @example
 * ```ts
 * readInput({ name: "a.yaml", data: "contributors: []\n" }).input; // { contributors: [] }
 * ```
 * @category IO
 */
export function readInput(
  input: DataFile | readonly DataFile[],
  opts: LoadOptions = {},
  workbook?: WorkbookReader,
): InputRead {
  const files: readonly DataFile[] = Array.isArray(input) ? input : [input as DataFile];
  const limits = opts.limits ?? DEFAULT_READ_LIMITS;
  const formats = files.map((f) => opts.format ?? formatOf(f));
  const first = files[0];
  if (first === undefined) return readCsvFiles([], opts, limits);
  if (files.length > 1 || formats[0] === "csv") {
    const odd = files.findIndex((_, i) => formats[i] !== "csv");
    const other = files[odd];
    if (other !== undefined) {
      const name = baseName(other.name);
      return {
        format: undefined,
        input: undefined,
        diagnostics: [
          fileProblem<InputCode>(
            "input/mixed-formats",
            "error",
            { file: name },
            `${name} was given with other files, but only CSV files (one per kind of record) are read together.`,
            "Give one JSON or YAML file on its own, or a set of CSV files.",
          ),
        ],
        locate: () => undefined,
      };
    }
    return readCsvFiles(files, opts, limits);
  }
  const format = formats[0] as DataFormat;
  switch (format) {
    case "csv":
      return readCsvFiles(files, opts, limits);
    case "json":
    case "yaml":
      return readDocument(first, format, opts, limits);
    case "xlsx":
    case "ods": {
      const name = baseName(first.name);
      if (workbook !== undefined)
        return readWorkbookInput(name, first.data, format, limits, workbook);
      return {
        format,
        input: undefined,
        diagnostics: [
          fileProblem<InputCode>(
            "input/unsupported-format",
            "error",
            { file: name },
            `${name} is a workbook (.${format}), which loadDataset does not read.`,
            "Read it with loadDatasetAsync of ppie/io, which loads the workbook reader when a workbook is given; or save each sheet as a CSV file (UTF-8) named for what it holds (contributors.csv, activities.csv, ...).",
          ),
        ],
        locate: () => undefined,
      };
    }
    default: {
      const never: never = format;
      return never;
    }
  }
}

/** For an input with no record-to-line index to move (JSON is located by path). */
const ignore: Adopt = () => {};

/** A located diagnostic as the public {@link Diagnostic}: its location is its `source`. */
function withSource<C extends string>(d: LocatedDiagnostic<C>): Diagnostic<C> {
  const { location, ...rest } = d;
  return location === undefined ? rest : { ...rest, source: location };
}

/**
 * Load a dataset from the bytes or text of its files: one JSON or YAML file, or a set of CSV
 * files (one per kind of record, named as in docs/cli.md: `activities.csv`, ...). Bytes are
 * decoded as UTF-8 (or UTF-16 with a byte-order mark, or the encoding named); nothing is
 * replaced silently. The data is then checked against the dataset schema (`parseDataset`).
 * Every diagnostic carries its `source`: the file, sheet, line and column. Never throws on
 * bad input, and touches no file system. A workbook (`.xlsx`, `.ods`) is not read here, so that
 * this function never carries the workbook reader: it is `input/unsupported-format`; read
 * workbooks with `loadDatasetAsync`.
 *
 * @param input - a file `{ name, data }`, or several (the CSV files of a dataset)
 * @param opts - format, encoding and limits
 * @returns the dataset, or the diagnostics that say why there is none; with the format read
 *   and a locator for later diagnostics
 * @example
 * ```ts
 * const r = loadDataset({ name: "data.json", data: '{"schemaVersion": 1, "contributors": [{"id": 7}]}' });
 * r.ok; // false
 * r.diagnostics[0]?.source; // { file: "data.json", line: 1, column: 46 }
 * ```
 * @category IO
 */
export function loadDataset(
  input: DataFile | readonly DataFile[],
  opts: LoadOptions = {},
): LoadResult {
  return datasetOf(readInput(input, opts));
}

/**
 * The dataset of files read into plain data: `parseDataset`, with each diagnostic located.
 * Internal: {@link loadDataset} and `loadDatasetAsync` call it.
 *
 * @param read - what {@link readInput} returned
 * @returns the dataset, or the diagnostics that say why there is none
 * @example
 * ```ts
 * datasetOf(readInput({ name: "a.json", data: '{"schemaVersion": 1}' })).ok; // true
 * ```
 * @category IO
 */
export function datasetOf(read: InputRead): LoadResult {
  const locate = read.locate;
  const base = { format: read.format, locate };
  const diagnostics: Diagnostic<DiagnosticCode | InputCode>[] = read.diagnostics.map(withSource);
  if (read.input === undefined) return { ok: false, diagnostics, ...base };
  // Data made from tables or by JSON.parse is ours and plain (no object in two places): each
  // record is replaced by its parsed copy as it is checked, so that both are never held
  // whole. YAML can put one list in two places (an alias), so it is parsed as given.
  const parsed =
    read.adopt !== undefined || read.format === "json"
      ? parseOwnedDataset(read.input, {}, read.adopt ?? ignore)
      : parseDataset(read.input);
  for (const d of parsed.diagnostics) {
    const source = locate(d.path);
    diagnostics.push(source === undefined ? d : { ...d, source });
  }
  return parsed.ok && !hasErrors(diagnostics)
    ? { ok: true, value: parsed.value, diagnostics, ...base }
    : { ok: false, diagnostics, ...base };
}
