import type { Dirent } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open, readdir, readlink, stat } from "node:fs/promises";
import { join } from "node:path";
import { Transform, pipeline } from "node:stream";
import { parse } from "csv-parse";
import { createTextDecoder } from "../io/decode.js";
import type { ReadLimits } from "../io/limits.js";
import { DEFAULT_READ_LIMITS, lineTooLong, tooLarge, tooManyRecords } from "../io/limits.js";
import type { LocatedDiagnostic as IoLocatedDiagnostic, SourceLocation } from "../io/location.js";
import type { Dataset } from "../model/dataset.js";
import type { Diagnostic as LibraryDiagnostic, Result } from "../result.js";
import { declareCodes } from "../result.js";
import { fail, hasErrors, diagnostic as libraryDiagnostic, ok } from "../result.js";
import type { CliDiagnosticCode } from "./diagnostics.js";
import type { CsvColumn, CsvTable } from "./csv-columns.js";
import { csvTables } from "./csv-columns.js";

/**
 * The diagnostic codes this module raises, each with an example: `CliDiagnosticCode` (in
 * `diagnostics.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const CSV_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "csv/no-files",
    severity: "error",
    title: "A folder with none of the CSV files ppie reads",
    example: {
      path: [],
      message: "The folder ppie-data has none of the CSV files ppie reads.",
      hint: "Name the files as in docs/cli.md (e.g. contributors.csv, activities.csv), or run `ppie init` for templates.",
    },
  },
  {
    code: "csv/not-a-file",
    severity: "error",
    title:
      "A name ppie reads in the folder that is not a file (a folder, a broken link, a link loop)",
    example: {
      path: ["impacts.csv"],
      message:
        "impacts.csv is a link to ../old/impacts.csv, which does not exist, so it was not read.",
      hint: "Point the link at the CSV file, or copy the file itself into the folder.",
    },
  },
  {
    code: "csv/cannot-open",
    severity: "error",
    title: "A CSV file that cannot be opened",
    example: {
      path: ["impacts.csv"],
      message: "impacts.csv could not be opened (permission denied), so it was not read.",
      hint: "Check that you may read the file (its permissions), then run again.",
    },
  },
  {
    code: "csv/too-many-diagnostics",
    severity: "error",
    title: "More problems than are listed",
    example: {
      path: [],
      message: "3 more problems were found in the CSV files and not listed.",
      hint: "Fix the problems above and run again.",
    },
  },
  {
    code: "csv/unknown-file",
    severity: "warning",
    title: "A file ppie does not read",
    example: {
      path: ["activites.csv"],
      message: "activites.csv is not a file ppie reads, so it was ignored.",
      hint: "Did you mean activities.csv? The file names are listed in docs/cli.md.",
    },
  },
  {
    code: "csv/unreadable",
    severity: "error",
    title: "A file that cannot be read as CSV",
    example: {
      path: ["activities.csv"],
      message:
        'activities.csv line 2 could not be read as CSV (Invalid Opening Quote: a quote is found on field 1 at line 2, value is "Wo").',
      hint: "Save the sheet as CSV (UTF-8, comma-separated); put text with commas, quotes or line breaks in double quotes and double any quote inside.",
    },
  },
  {
    code: "csv/empty-file",
    severity: "warning",
    title: "An empty file",
    example: {
      path: ["contributors.csv"],
      message: "contributors.csv is empty, so it was ignored.",
      hint: "Add a header row with the column names in docs/cli.md, then one row per record.",
    },
  },
  {
    code: "csv/too-many-cells",
    severity: "error",
    title: "A row with more cells than the header",
    example: {
      path: ["activities.csv"],
      message: "activities.csv line 2 has 6 cells but the header has 5 columns.",
      hint: "Check for a stray comma; put text with commas in double quotes.",
    },
  },
  {
    code: "csv/too-few-cells",
    severity: "warning",
    title: "A row with fewer cells than the header",
    example: {
      path: ["activities.csv"],
      message:
        "activities.csv line 3 has 2 cells but the header has 5 columns; the missing cells were read as empty.",
      hint: "Check the row was not split across lines; put text with line breaks in double quotes.",
    },
  },
  {
    code: "csv/unknown-parent",
    severity: "error",
    title: "A row that links to a parent row that is not there",
    example: {
      path: ["activity-contributors.csv"],
      message:
        'activity-contributors.csv line 3 refers to activityId "a-9", which is not in activities.csv.',
      hint: "Add the row to activities.csv, or correct the activityId.",
    },
  },
  {
    code: "csv/duplicate-key",
    severity: "error",
    title: "Two rows for the same record, or two answers for the same item",
    example: {
      path: ["strategy-objectives.csv"],
      message: "strategy-objectives.csv line 4 repeats the strategyId and id of an earlier row.",
      hint: "Give each row its own id within its parent.",
    },
  },
  {
    code: "csv/extra-row",
    severity: "error",
    title: "More than one row in dataset.csv",
    example: {
      path: ["dataset.csv"],
      message: "dataset.csv must have one row, but line 3 is another.",
      hint: "Keep one row: the dataset's format version, title and scales.",
    },
  },
  {
    code: "csv/empty-column-name",
    severity: "error",
    title: "A column without a name",
    example: {
      path: ["activities.csv"],
      message: "activities.csv line 1, column G has no column name.",
      hint: "Give every column a name from docs/cli.md, or delete the empty column.",
    },
  },
  {
    code: "csv/unknown-column",
    severity: "error",
    title: "A column ppie does not read in that file",
    example: {
      path: ["activities.csv"],
      message:
        'activities.csv line 1, column H: "startdate" is not a column ppie reads in this file.',
      hint: 'Did you mean "startDate"? Column names are case-sensitive.',
    },
  },
  {
    code: "csv/duplicate-column",
    severity: "error",
    title: "A column named twice",
    example: {
      path: ["activities.csv"],
      message: 'activities.csv line 1, column F: "title" appears twice (also column B).',
      hint: "Keep one of the two columns.",
    },
  },
  {
    code: "csv/missing-column",
    severity: "error",
    title: "A required column is missing",
    example: {
      path: ["activities.csv"],
      message: 'activities.csv line 1: the header has no "id" column, which is required.',
      hint: 'Add an "id" column: Activity id.',
    },
  },
]);

/** A diagnostic the CLI reports: one of the library's codes, or one of its own about files. */
type Diagnostic = LibraryDiagnostic<CliDiagnosticCode>;
/** `diagnostic` from result.ts, taking the CLI's codes too (an undeclared code does not compile). */
const diagnostic = libraryDiagnostic<CliDiagnosticCode>;

export type { SourceLocation };

/**
 * A diagnostic with the file, line and column it is about, where known.
 *
 * @category CLI
 */
export type LocatedDiagnostic = IoLocatedDiagnostic<CliDiagnosticCode>;

/**
 * Turn a file diagnostic whose path is `[file, line?, column?]` into one whose path is
 * `[file]` with the line and column as its `location`.
 *
 * @param d - a diagnostic about a file
 * @returns the diagnostic with a location
 * @example
 * ```ts
 * fileDiagnostic(diagnostic("csv/too-many-cells", "error", ["a.csv", 3, "B"], "Bad.")).location; // { file: "a.csv", line: 3, column: "B" }
 * ```
 * @category CLI
 */
export function fileDiagnostic(d: LocatedDiagnostic): LocatedDiagnostic {
  if (d.location !== undefined) return d;
  const [file, line, column] = d.path;
  if (typeof file !== "string") return d;
  const location: SourceLocation = { file };
  if (typeof line === "number") location.line = line;
  if (column !== undefined && column !== "") location.column = column;
  return { ...d, path: [file], location };
}

/**
 * What {@link readCsvFolder} returns: the assembled input (for `parseDataset`), the problems
 * found in the files, and a way to find the file and line behind a dataset path.
 *
 * @category CLI
 */
export interface CsvFolderResult {
  /** The dataset as plain data, or `undefined` when a header or the CSV syntax was wrong. */
  input: Record<string, unknown> | undefined;
  /** Problems with the files themselves (headers, cells, links between files). */
  diagnostics: LocatedDiagnostic[];
  /** The file, line and column behind a path into `input`, where known. */
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
  /** Number of data rows read. */
  rows: number;
}

/**
 * Options for {@link readCsvFolder}.
 *
 * @category CLI
 */
export interface CsvReadOptions {
  /** Called as rows are read (for a progress indicator). */
  onProgress?: (file: string, rows: number) => void;
  /** The most file diagnostics to keep (default 1000). */
  maxDiagnostics?: number;
  /** How much to read (default {@link DEFAULT_READ_LIMITS}). */
  limits?: ReadLimits;
  /** The folder as the user named it, for messages (default: the path). */
  label?: string;
}

const COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Spreadsheet letter of a 0-based column index: 0 → "A", 26 → "AA".
 *
 * @param index - 0-based column index
 * @returns the column letter(s)
 * @example
 * ```ts
 * columnLetter(27); // "AB"
 * ```
 * @category CLI
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = COLUMN_LETTERS[r] + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/**
 * The closest name in a list, when it is close enough to be a likely typo.
 *
 * @param name - what was written
 * @param names - the names it could have meant
 * @returns the suggestion, or undefined
 * @example
 * ```ts
 * suggest("contributorID", ["contributorId", "minutes"]); // "contributorId"
 * ```
 * @category CLI
 */
export function suggest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const n of names) {
    const d = editDistance(name, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function splitList(cell: string): string[] {
  const items: string[] = [];
  let cur = "";
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === "\\" && i + 1 < cell.length) {
      cur += cell[i + 1];
      i++;
    } else if (ch === ";") {
      items.push(cur);
      cur = "";
    } else cur += ch;
  }
  items.push(cur);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Read one cell by its column type. Returns `undefined` to leave the field out.
 * Cells that do not fit their type are passed on as text, so the dataset check reports them
 * with the file, line and column.
 */
function readCell(cell: string, column: CsvColumn): unknown {
  const text = cell.trim();
  switch (column.type) {
    case "text":
      return cell === "" ? undefined : cell;
    case "integer":
      if (text === "") return undefined;
      return INTEGER.test(text) ? Number(text) : cell;
    case "number":
      if (text === "") return undefined;
      return NUMBER.test(text) ? Number(text) : cell;
    case "boolean": {
      const t = text.toLowerCase();
      if (t === "") return undefined;
      if (t === "true" || t === "yes") return true;
      if (t === "false" || t === "no") return false;
      return cell;
    }
    case "list":
      return text === "" ? undefined : splitList(cell);
    case "integer-or-text":
      if (text === "") return undefined;
      return INTEGER.test(text) ? Number(text) : cell;
    case "answer":
      if (text === "") return null;
      return INTEGER.test(text) ? Number(text) : cell;
    default: {
      const never: never = column.type;
      return never;
    }
  }
}

function setPath(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): void {
  let cur: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    let next = cur[key];
    if (next === undefined || next === null || typeof next !== "object") {
      next = typeof path[i + 1] === "number" ? [] : {};
      cur[key] = next;
    }
    cur = next as Record<string | number, unknown>;
  }
  cur[path[path.length - 1] as string | number] = value;
}

function getPath(source: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = source;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== "" && c.trim() !== "") return false;
  return true;
}

interface MapSource {
  table: number;
  lines: Map<string, number>;
}

interface TableState {
  table: CsvTable;
  index: Map<string, Record<string, unknown>>;
  present: boolean;
}

const KEY_SEP = "\u0000";

/**
 * Read a folder of CSV files (one per entity, as documented in docs/cli.md) into plain data
 * for `parseDataset`. Each file is streamed, so large folders fit in memory. A wrong,
 * unknown, duplicated or missing header is a diagnostic naming the file, line and column,
 * and stops the load (the rows would be misread); a row that refers to a parent row that is
 * not there is a diagnostic naming its file and line.
 *
 * Links to regular files are followed; a name ppie reads that is not read (a folder, a broken
 * link, a link loop, a device, a file that cannot be opened) is an error, and then no rows are
 * read. Bytes are decoded by `io/decode` (UTF-8, or UTF-16 with a byte-order mark; nothing is
 * replaced), and the size, record and row-length limits of `io/limits` are errors too.
 *
 * @param dir - the folder
 * @param opts - progress callback, diagnostic cap, limits and the folder's name for messages
 * @returns the input, the file diagnostics, and a locator for later diagnostics
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * mkdirSync("data");
 * writeFileSync("data/organisations.csv", "id,name,kind\norg-1,Example Trust,nhs-trust\n");
 * const { input } = await readCsvFolder("data/");
 * (input as { organisations: unknown[] }).organisations.length; // 1
 * ```
 * @category CLI
 */
export async function readCsvFolder(
  dir: string,
  opts: CsvReadOptions = {},
): Promise<CsvFolderResult> {
  const { folder, diagnostics, dropped } = newFolder(opts);
  const { tables, push } = folder;
  const entries = await readdir(dir, { withFileTypes: true });
  warnUnknownFiles(tables, new Set(entries.map((e) => e.name)), push);
  if (!tables.some((t) => entries.some((e) => e.name === t.file))) {
    push(
      diagnostic(
        "csv/no-files",
        "error",
        [],
        `The folder ${dir} has none of the CSV files ppie reads.`,
        "Name the files as in docs/cli.md (e.g. contributors.csv, activities.csv), or run `ppie init` for templates.",
      ),
    );
    return {
      input: undefined,
      diagnostics: diagnostics.map(fileDiagnostic),
      locate: () => undefined,
      rows: 0,
    };
  }
  const handles = await openTableFiles(dir, tables, entries, folder);
  try {
    if (!folder.fatal) {
      const sources = new Map<string, () => RecordSource>();
      for (const [file, h] of handles) sources.set(file, () => csvRecords(h, file, folder.limits));
      for (let ti = 0; ti < tables.length && !folder.stopped; ti++)
        await readTableFile(folder, sources, ti);
    }
  } finally {
    await Promise.all([...handles.values()].map((h) => h.close()));
  }
  return finishFolder(folder, diagnostics, dropped);
}

/**
 * The records of one table, each with the line (or row) it is on: csv-parse's records, or the
 * rows of a sheet of a workbook.
 */
type RecordSource =
  | AsyncIterable<{ info: { lines: number }; record: string[] }>
  | Iterable<{ info: { lines: number }; record: string[] }>;

/**
 * Read tables of text cells (by CSV file name, e.g. the sheets of a workbook) exactly as
 * {@link readCsvFolder} reads the files of a folder: the same header checks, links between
 * tables and diagnostics, which name the CSV file; the caller says where they really are.
 *
 * @param records - for each CSV file name, its records (header first) with their line numbers
 * @param opts - diagnostic cap and limits
 * @returns the input, the diagnostics, and a locator
 * @example
 * ```ts
 * const r = await readCsvRecords(new Map([["contributors.csv", [
 *   { info: { lines: 1 }, record: ["id", "roles"] },
 *   { info: { lines: 2 }, record: ["c-1", "patient"] },
 * ]]]));
 * (r.input as { contributors: unknown[] }).contributors.length; // 1
 * ```
 * @category CLI
 */
export async function readCsvRecords(
  records: ReadonlyMap<string, RecordSource>,
  opts: CsvReadOptions = {},
): Promise<CsvFolderResult> {
  const { folder, diagnostics, dropped } = newFolder(opts);
  const sources = new Map<string, () => RecordSource>();
  for (const [file, r] of records) sources.set(file, () => r);
  for (let ti = 0; ti < folder.tables.length && !folder.stopped; ti++)
    await readTableFile(folder, sources, ti);
  return finishFolder(folder, diagnostics, dropped);
}

/** A new folder state, with its diagnostic list and a count of those over the cap. */
function newFolder(opts: CsvReadOptions): {
  folder: FolderState;
  diagnostics: Diagnostic[];
  dropped: { n: number };
} {
  const max = opts.maxDiagnostics ?? 1000;
  const diagnostics: Diagnostic[] = [];
  const dropped = { n: 0 };
  const push = (d: Diagnostic): void => {
    if (diagnostics.length < max) diagnostics.push(d);
    else dropped.n++;
  };
  const folder: FolderState = {
    tables: csvTables(),
    opts,
    push,
    sources: new WeakMap<object, number>(),
    mapSources: new WeakMap<object, MapSource>(),
    root: {},
    states: new Map<string, TableState>(),
    fatal: false,
    stopped: false,
    rows: 0,
    limits: opts.limits ?? DEFAULT_READ_LIMITS,
  };
  return { folder, diagnostics, dropped };
}

/** The result of reading a folder's (or a workbook's) tables. */
function finishFolder(
  folder: FolderState,
  diagnostics: Diagnostic[],
  droppedCount: { n: number },
): CsvFolderResult {
  const { root } = folder;
  const dropped = droppedCount.n;
  if (folder.fatal) {
    return {
      input: undefined,
      diagnostics: diagnostics.map(fileDiagnostic),
      locate: () => undefined,
      rows: folder.rows,
    };
  }
  if (dropped > 0) {
    diagnostics.push(
      diagnostic(
        "csv/too-many-diagnostics",
        "error",
        [],
        `${dropped} more problems were found in the CSV files and not listed.`,
        "Fix the problems above and run again.",
      ),
    );
  }
  if (root.schemaVersion === undefined && !folder.states.get("dataset.csv")?.present)
    root.schemaVersion = 1;

  return {
    input: folder.fatal ? undefined : root,
    diagnostics: diagnostics.map(fileDiagnostic),
    locate: locator(folder),
    rows: folder.rows,
  };
}

/** What reading a folder builds up, across its files. */
interface FolderState {
  readonly tables: readonly CsvTable[];
  readonly opts: CsvReadOptions;
  /** Adds a diagnostic (up to the cap). */
  readonly push: (d: Diagnostic) => void;
  /** Each record's line and table, as `line * 64 + table index`. */
  readonly sources: WeakMap<object, number>;
  /** For map-valued children (e.g. item answers): which table and lines filled them. */
  readonly mapSources: WeakMap<object, MapSource>;
  /** The assembled input. */
  readonly root: Record<string, unknown>;
  /** Each table's record index, by file name. */
  readonly states: Map<string, TableState>;
  /** A header or the CSV syntax was wrong, or a file could not be read, so there is no input. */
  fatal: boolean;
  /** A limit was passed: no more files are read. */
  stopped: boolean;
  /** How much to read. */
  readonly limits: ReadLimits;
  /** Data rows read so far, over all files. */
  rows: number;
}

/** A `.csv` file in the folder that ppie does not read is a warning (with a suggestion). */
function warnUnknownFiles(
  tables: readonly CsvTable[],
  files: ReadonlySet<string>,
  push: (d: Diagnostic) => void,
): void {
  const known = new Set(tables.map((t) => t.file));
  for (const name of [...files].sort()) {
    if (!name.toLowerCase().endsWith(".csv") || known.has(name)) continue;
    const guess = suggest(name, [...known]);
    push(
      diagnostic(
        "csv/unknown-file",
        "warning",
        [name],
        `${name} is not a file ppie reads, so it was ignored.`,
        guess
          ? `Did you mean ${guess}? The file names are listed in docs/cli.md.`
          : "The file names ppie reads are listed in docs/cli.md (e.g. contributors.csv, activities.csv).",
      ),
    );
  }
}

/**
 * Open the folder's files that ppie reads, following links to regular files. Each one that is
 * not read is an error that names why (a folder, a broken link, a link loop, a device, no
 * permission), as is a folder whose files add up to more than the limit; then `fatal` is set
 * and no rows are read.
 */
async function openTableFiles(
  dir: string,
  tables: readonly CsvTable[],
  entries: readonly Dirent[],
  folder: FolderState,
): Promise<Map<string, FileHandle>> {
  const handles = new Map<string, FileHandle>();
  const names = new Set(entries.map((e) => e.name));
  let total = 0;
  for (const { file } of tables) {
    if (!names.has(file)) continue;
    const opened = await openTableFile(join(dir, file), file);
    if ("problem" in opened) {
      folder.push(opened.problem);
      folder.fatal = true;
      continue;
    }
    handles.set(file, opened.handle);
    total += opened.size;
  }
  if (total > folder.limits.maxBytes) {
    folder.push(tooLarge("csv-folder", folder.opts.label ?? dir, total, folder.limits));
    folder.fatal = true;
  }
  return handles;
}

/** Open one file of the folder, or say why it is not read. */
async function openTableFile(
  path: string,
  file: string,
): Promise<{ handle: FileHandle; size: number } | { problem: Diagnostic }> {
  const notAFile = (what: string, hint: string): { problem: Diagnostic } => ({
    problem: diagnostic(
      "csv/not-a-file",
      "error",
      [file],
      `${file} ${what}, so it was not read.`,
      hint,
    ),
  });
  const relink = "Point the link at the CSV file, or copy the file itself into the folder.";
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ELOOP") return notAFile("is a link that leads back to itself", relink);
    if (code === "ENOENT") {
      const target = await readlink(path).catch(() => undefined);
      return notAFile(
        target === undefined ? "has gone" : `is a link to ${target}, which does not exist`,
        relink,
      );
    }
    return { problem: cannotOpen(file, err) };
  }
  if (info.isDirectory()) {
    const target = await readlink(path).catch(() => undefined);
    return notAFile(
      target === undefined
        ? "is a folder, not a file"
        : `is a link to a folder (${target}), not to a file`,
      `Put the CSV file itself in the folder under the name ${file}, or rename the folder.`,
    );
  }
  if (!info.isFile()) {
    return notAFile(
      "is not a regular file (it is a pipe, a socket or a device)",
      `Put the CSV file itself in the folder under the name ${file}.`,
    );
  }
  try {
    return { handle: await open(path, "r"), size: info.size };
  } catch (err) {
    return { problem: cannotOpen(file, err) };
  }
}

function cannotOpen(file: string, err: unknown): Diagnostic {
  const e = err as { code?: string; message?: string };
  const why =
    e.code === "EACCES" || e.code === "EPERM" ? "permission denied" : (e.message ?? String(err));
  return diagnostic(
    "csv/cannot-open",
    "error",
    [file],
    `${file} could not be opened (${why}), so it was not read.`,
    "Check that you may read the file (its permissions), then run again.",
  );
}

/** One file being read: its table and where its rows go. */
interface FileState {
  /** Index of the table in `csvTables()`. */
  readonly ti: number;
  readonly table: CsvTable;
  readonly state: TableState;
  /** The parent table's state, for a child file. */
  readonly parentState: TableState | undefined;
  /** The child tables that link to this one. */
  readonly children: readonly NonNullable<CsvTable["parent"]>[];
  /** Rows read into the one-row dataset file. */
  datasetRows: number;
}

/** A file's header: the column of each cell and the cell positions of the linking columns. */
interface FileColumns {
  readonly header: (CsvColumn | undefined)[];
  readonly width: number;
  readonly linkIdx: readonly number[];
  readonly keyIdx: readonly number[];
  readonly mapKeyIdx: number;
  readonly mapValueIdx: number;
  readonly mapValueCol: CsvColumn | undefined;
}

/** Decoding stopped: the diagnostic says where and why. */
class DecodeFailure extends Error {
  readonly diagnostics: LocatedDiagnostic[];
  constructor(diagnostics: LocatedDiagnostic[]) {
    super(diagnostics[0]?.message ?? "not text");
    this.diagnostics = diagnostics;
  }
}

/**
 * The rows of one opened file: its bytes decoded by `io/decode` (UTF-8, or UTF-16 with a
 * byte-order mark; anything else stops with a diagnostic) and split into records by
 * csv-parse, with no record longer than the limit.
 */
function csvRecords(
  handle: FileHandle,
  file: string,
  limits: ReadLimits,
): AsyncIterable<{ info: { lines: number }; record: string[] }> {
  const decoder = createTextDecoder(file);
  const decode = new Transform({
    transform(chunk: Uint8Array, _encoding, done) {
      const r = decoder.write(chunk);
      if (!r.ok) done(new DecodeFailure(r.diagnostics));
      else if (r.value === "") done();
      else done(null, r.value);
    },
    flush(done) {
      const r = decoder.end();
      if (!r.ok) done(new DecodeFailure(r.diagnostics));
      else if (r.value === "") done();
      else done(null, r.value);
    },
  });
  const parser = parse({
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: limits.maxLineBytes,
  });
  // Errors from any stage (reading, decoding, parsing) end the parser, and so the loop over it.
  pipeline(handle.createReadStream({ autoClose: false, start: 0 }), decode, parser, () => {});
  return parser;
}

/** The diagnostic for an error that stopped reading a file. */
function readError(file: string, err: unknown, limits: ReadLimits): LocatedDiagnostic[] {
  if (err instanceof DecodeFailure) return err.diagnostics;
  const e = err as { message?: string; lines?: number; code?: string };
  if (e.code === "CSV_MAX_RECORD_SIZE") {
    return [lineTooLong(e.lines === undefined ? { file } : { file, line: e.lines }, limits)];
  }
  if (typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) {
    return [
      fileDiagnostic(
        diagnostic(
          "csv/cannot-open",
          "error",
          [file],
          `${file} could not be read to the end (${e.message ?? e.code}).`,
          "Check that you may read the file and that the disk is sound, then run again.",
        ),
      ),
    ];
  }
  return [
    diagnostic(
      "csv/unreadable",
      "error",
      e.lines === undefined ? [file] : [file, e.lines],
      `${file}${e.lines === undefined ? "" : ` line ${e.lines}`} could not be read as CSV (${e.message ?? String(err)}).`,
      "Save the sheet as CSV (UTF-8, comma-separated); put text with commas, quotes or line breaks in double quotes and double any quote inside.",
    ),
  ];
}

/** Stream one table's file (if present) into the folder's input. */
async function readTableFile(
  folder: FolderState,
  sources: ReadonlyMap<string, () => RecordSource>,
  ti: number,
): Promise<void> {
  const { tables, root, push, limits } = folder;
  const table = tables[ti] as CsvTable;
  const source = sources.get(table.file);
  const state: TableState = { table, index: new Map(), present: source !== undefined };
  folder.states.set(table.file, state);
  if (
    table.collection !== undefined &&
    table.collection !== "dataset" &&
    root[table.collection] === undefined
  ) {
    root[table.collection] = [];
  }
  if (source === undefined) return;
  const file = table.file;
  let cols: FileColumns | undefined;
  let failed = false;
  const reading: FileState = {
    ti,
    table,
    state,
    parentState: table.parent ? folder.states.get(table.parent.file) : undefined,
    children: tables.flatMap((t) => (t.parent?.file === file ? [t.parent] : [])),
    datasetRows: 0,
  };
  try {
    for await (const chunk of source()) {
      const line = chunk.info.lines;
      const cells = chunk.record;
      if (cols === undefined) {
        const result = checkHeader(table, cells, line);
        for (const d of result.diagnostics) push(d);
        if (!result.ok) {
          failed = true;
          break;
        }
        cols = fileColumns(table, result.value, cells.length);
        continue;
      }
      readRow(folder, reading, cols, line, cells);
      if (folder.rows > limits.maxRecords) {
        push(tooManyRecords({ file, line }, undefined, limits));
        failed = true;
        folder.stopped = true;
        break;
      }
    }
  } catch (err) {
    failed = true;
    for (const d of readError(file, err, limits)) push(d);
  }
  if (failed) folder.fatal = true;
  else if (cols === undefined) {
    push(
      diagnostic(
        "csv/empty-file",
        "warning",
        [file],
        `${file} is empty, so it was ignored.`,
        "Add a header row with the column names in docs/cli.md, then one row per record.",
      ),
    );
  }
  folder.opts.onProgress?.(file, folder.rows);
}

/** The positions of the linking, key and map columns in a checked header. */
function fileColumns(
  table: CsvTable,
  header: (CsvColumn | undefined)[],
  width: number,
): FileColumns {
  const pos = (name: string): number => header.findIndex((c) => c?.name === name);
  const linkIdx: number[] = [];
  const keyIdx: number[] = [];
  let mapKeyIdx = -1;
  let mapValueIdx = -1;
  let mapValueCol: CsvColumn | undefined;
  for (const l of table.parent?.link ?? []) linkIdx.push(pos(l));
  for (const k of table.key ?? []) keyIdx.push(pos(k));
  if (table.parent?.map) {
    mapKeyIdx = pos(table.parent.map.key);
    mapValueIdx = pos(table.parent.map.value);
    mapValueCol = header[mapValueIdx];
  }
  return { header, width, linkIdx, keyIdx, mapKeyIdx, mapValueIdx, mapValueCol };
}

/** Read one data row: check its width, find its parent, and add it as an entry or a record. */
function readRow(
  folder: FolderState,
  reading: FileState,
  cols: FileColumns,
  line: number,
  cells: string[],
): void {
  const { table } = reading;
  const file = table.file;
  if (isBlankRow(cells)) return;
  folder.rows++;
  if (folder.rows % 5000 === 0) folder.opts.onProgress?.(file, folder.rows);
  checkWidth(folder.push, file, line, cells.length, cols.width);
  let parent: Record<string, unknown> | undefined;
  if (table.parent) {
    parent = findParent(folder.push, reading, cols, line, cells);
    if (parent === undefined) return;
  }
  if (table.parent?.map) {
    addMapEntry(folder, reading, cols, parent, line, cells);
    return;
  }
  addRecord(folder, reading, cols, parent, line, cells);
}

/** More cells than the header is an error; fewer is a warning (the rest read as empty). */
function checkWidth(
  push: (d: Diagnostic) => void,
  file: string,
  line: number,
  cells: number,
  width: number,
): void {
  if (cells > width) {
    push(
      diagnostic(
        "csv/too-many-cells",
        "error",
        [file, line],
        `${file} line ${line} has ${cells} cells but the header has ${width} columns.`,
        "Check for a stray comma; put text with commas in double quotes.",
      ),
    );
  } else if (cells < width) {
    push(
      diagnostic(
        "csv/too-few-cells",
        "warning",
        [file, line],
        `${file} line ${line} has ${cells} cells but the header has ${width} columns; the missing cells were read as empty.`,
        "Check the row was not split across lines; put text with line breaks in double quotes.",
      ),
    );
  }
}

/** The parent record a child file's row links to; `undefined` (and an error) when it is not there. */
function findParent(
  push: (d: Diagnostic) => void,
  reading: FileState,
  cols: FileColumns,
  line: number,
  cells: readonly string[],
): Record<string, unknown> | undefined {
  const { table, parentState } = reading;
  const file = table.file;
  const link = table.parent;
  if (!link) return undefined;
  const linkKey = cols.linkIdx.map((i) => (cells[i] ?? "").trim()).join(KEY_SEP);
  const parent = parentState?.index.get(linkKey);
  if (parent === undefined) {
    const shown = cols.linkIdx.map((i) => `"${(cells[i] ?? "").trim()}"`).join(", ");
    const names = link.link.join(", ");
    push(
      diagnostic(
        "csv/unknown-parent",
        "error",
        [file, line, link.link[0] ?? ""],
        `${file} line ${line} refers to ${names} ${shown}, which is not in ${link.file}${parentState?.present ? "" : " (that file is missing)"}.`,
        `Add the row to ${link.file}, or correct the ${names}.`,
      ),
    );
  }
  return parent;
}

/** A row of a map-valued child file (e.g. one item answer) becomes one key of its parent's map. */
function addMapEntry(
  folder: FolderState,
  reading: FileState,
  cols: FileColumns,
  parent: Record<string, unknown> | undefined,
  line: number,
  cells: readonly string[],
): void {
  const { table, ti } = reading;
  const file = table.file;
  const link = table.parent;
  const map = link?.map;
  if (!link || !map) return;
  const container = parent?.[link.into] as Record<string, unknown>;
  const key = (cells[cols.mapKeyIdx] ?? "").trim();
  const ms = folder.mapSources.get(container) ?? { table: ti, lines: new Map<string, number>() };
  if (!folder.mapSources.has(container)) folder.mapSources.set(container, ms);
  if (Object.hasOwn(container, key)) {
    folder.push(
      diagnostic(
        "csv/duplicate-key",
        "error",
        [file, line, map.key],
        `${file} line ${line} gives a second answer for "${key}" on the same record (line ${ms.lines.get(key) ?? "?"} gave the first).`,
        "Keep one row per record and item.",
      ),
    );
    return;
  }
  container[key] = cols.mapValueCol
    ? readCell(cells[cols.mapValueIdx] ?? "", cols.mapValueCol)
    : undefined;
  ms.lines.set(key, line);
}

/**
 * A row becomes a record: read its cells, remember its line, index it by its key, and add it
 * to its collection, to the dataset row, or to its parent.
 */
function addRecord(
  folder: FolderState,
  reading: FileState,
  cols: FileColumns,
  parent: Record<string, unknown> | undefined,
  line: number,
  cells: readonly string[],
): void {
  const { table, ti, state, children } = reading;
  const { root, push } = folder;
  const file = table.file;
  const { header } = cols;
  const rec: Record<string, unknown> = { ...table.constants };
  for (let i = 0; i < header.length; i++) {
    const column = header[i];
    if (column?.path === null || column === undefined) continue;
    const value = readCell(cells[i] ?? "", column);
    if (value !== undefined) setPath(rec, column.path, value);
  }
  // A keyed map holds the user's ids: no prototype, so "__proto__" is a key like any other.
  for (const c of children) rec[c.into] = c.map ? Object.create(null) : [];
  folder.sources.set(rec, line * 64 + ti);
  if (table.key) {
    const key = cols.keyIdx.map((i) => (cells[i] ?? "").trim()).join(KEY_SEP);
    if (table.parent && state.index.has(key)) {
      push(
        diagnostic(
          "csv/duplicate-key",
          "error",
          [file, line, table.key[table.key.length - 1] ?? ""],
          `${file} line ${line} repeats the ${table.key.join(" and ")} of an earlier row.`,
          "Give each row its own id within its parent.",
        ),
      );
    }
    state.index.set(key, rec);
  }
  if (table.collection === "dataset") {
    reading.datasetRows++;
    if (reading.datasetRows > 1) {
      push(
        diagnostic(
          "csv/extra-row",
          "error",
          [file, line],
          `${file} must have one row, but line ${line} is another.`,
          "Keep one row: the dataset's format version, title and scales.",
        ),
      );
    } else Object.assign(root, rec);
  } else if (table.collection !== undefined) {
    (root[table.collection] as unknown[]).push(rec);
  } else if (parent && table.parent) {
    (parent[table.parent.into] as unknown[]).push(rec);
  }
}

/**
 * Find the file, line and column behind a dataset path: the deepest record on the path that
 * came from a row (or the map entry that gave a value), and the column named by the rest.
 */
function locator(
  folder: FolderState,
): (path: readonly (string | number)[]) => SourceLocation | undefined {
  const { root, tables, sources, mapSources } = folder;
  return (path) => {
    let cur: unknown = root;
    let found: { code: number; depth: number } | undefined;
    let mapHit: SourceLocation | undefined;
    for (let depth = 0; depth < path.length; depth++) {
      if (cur === null || typeof cur !== "object") break;
      const ms = mapSources.get(cur);
      const key = path[depth] as string | number;
      if (ms) {
        const l = ms.lines.get(String(key));
        const t = tables[ms.table];
        if (l !== undefined && t)
          mapHit = { file: t.file, line: l, column: t.parent?.map?.value ?? "" };
      }
      cur = (cur as Record<string | number, unknown>)[key];
      if (cur !== null && typeof cur === "object") {
        const code = sources.get(cur);
        if (code !== undefined) found = { code, depth: depth + 1 };
      }
    }
    if (mapHit) return mapHit;
    if (!found) return undefined;
    const t = tables[found.code % 64];
    if (!t) return undefined;
    const loc: SourceLocation = { file: t.file, line: Math.floor(found.code / 64) };
    const rest = path.slice(found.depth);
    for (let n = rest.length; n > 0; n--) {
      const name = rest
        .slice(0, n)
        .map((p) => (typeof p === "number" ? String(p + 1) : p))
        .join(".");
      if (t.columns.some((c) => c.name === name)) return { ...loc, column: name };
    }
    return loc;
  };
}

function checkHeader(
  table: CsvTable,
  cells: readonly string[],
  line: number,
): Result<(CsvColumn | undefined)[], CliDiagnosticCode> {
  const file = table.file;
  const diagnostics: Diagnostic[] = [];
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const names = table.columns.map((c) => c.name);
  const seen = new Map<string, number>();
  const columns: (CsvColumn | undefined)[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim();
    const letter = columnLetter(i);
    const column = byName.get(name);
    columns.push(column);
    if (name === "") {
      diagnostics.push(
        diagnostic(
          "csv/empty-column-name",
          "error",
          [file, line, letter],
          `${file} line ${line}, column ${letter} has no column name.`,
          "Give every column a name from docs/cli.md, or delete the empty column.",
        ),
      );
      return;
    }
    if (!column) {
      const guess = suggest(name, names);
      diagnostics.push(
        diagnostic(
          "csv/unknown-column",
          "error",
          [file, line, letter],
          `${file} line ${line}, column ${letter}: "${name}" is not a column ppie reads in this file.`,
          guess
            ? `Did you mean "${guess}"? Column names are case-sensitive.`
            : `The columns of ${file} are: ${names.join(", ")}.`,
        ),
      );
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      diagnostics.push(
        diagnostic(
          "csv/duplicate-column",
          "error",
          [file, line, letter],
          `${file} line ${line}, column ${letter}: "${name}" appears twice (also column ${columnLetter(first)}).`,
          "Keep one of the two columns.",
        ),
      );
    } else seen.set(name, i);
  });
  for (const c of table.columns) {
    if (c.required && !seen.has(c.name)) {
      diagnostics.push(
        diagnostic(
          "csv/missing-column",
          "error",
          [file, line, c.name],
          `${file} line ${line}: the header has no "${c.name}" column, which is required.`,
          `Add ${/^[aeiou]/i.test(c.name) ? "an" : "a"} "${c.name}" column: ${c.description}`,
        ),
      );
    }
  }
  return hasErrors(diagnostics) ? fail(diagnostics) : ok(columns, diagnostics);
}

function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function formatCell(value: unknown, column: CsvColumn): string {
  if (value === undefined || value === null) return "";
  if (column.type === "list" && Array.isArray(value)) {
    return value.map((v) => String(v).replaceAll("\\", "\\\\").replaceAll(";", "\\;")).join(";");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

interface Row {
  rec: unknown;
  links: string[];
  keys: string[];
  entry?: [string, unknown];
}

function* rowsOf(table: CsvTable, dataset: Dataset, all: readonly CsvTable[]): Generator<Row> {
  const keysOf = (rec: unknown, links: readonly string[]): string[] =>
    (table.key ?? []).map((k) => {
      const li = table.parent?.link.indexOf(k) ?? -1;
      if (li >= 0) return links[li] ?? "";
      const c = table.columns.find((x) => x.name === k);
      return String(c?.path ? (getPath(rec, c.path) ?? "") : "");
    });
  if (table.collection === "dataset") {
    yield { rec: dataset, links: [], keys: [] };
    return;
  }
  if (table.collection !== undefined) {
    const list = dataset[table.collection] as readonly unknown[];
    const constants = Object.entries(table.constants ?? {});
    for (const rec of list) {
      if (constants.every(([k, v]) => (rec as Record<string, unknown>)[k] === v)) {
        yield { rec, links: [], keys: keysOf(rec, []) };
      }
    }
    return;
  }
  const p = table.parent;
  const parentTable = all.find((t) => t.file === p?.file);
  if (!p || !parentTable) return;
  for (const parent of rowsOf(parentTable, dataset, all)) {
    const container = (parent.rec as Record<string, unknown>)[p.into];
    if (p.map) {
      for (const entry of Object.entries((container ?? {}) as Record<string, unknown>)) {
        yield { rec: undefined, links: parent.keys, keys: [], entry };
      }
    } else {
      for (const rec of (container ?? []) as readonly unknown[]) {
        yield { rec, links: parent.keys, keys: keysOf(rec, parent.keys) };
      }
    }
  }
}

function rowCells(table: CsvTable, row: Row): string[] {
  return table.columns.map((c) => {
    const li = table.parent?.link.indexOf(c.name) ?? -1;
    if (li >= 0) return row.links[li] ?? "";
    if (row.entry) {
      if (c.name === table.parent?.map?.key) return row.entry[0];
      return formatCell(row.entry[1], c);
    }
    return c.path ? formatCell(getPath(row.rec, c.path), c) : "";
  });
}

/**
 * The header line of a CSV file of the folder format, with every documented column.
 *
 * @param file - the file name, e.g. `"contributors.csv"`
 * @returns the header line (no line break), or undefined for an unknown file
 * @example
 * ```ts
 * csvHeader("activity-outcomes.csv"); // "activityId,summary,date,feedbackToContributorsDate,feedbackFormats"
 * ```
 * @category CLI
 */
export function csvHeader(file: string): string | undefined {
  const table = csvTables().find((t) => t.file === file);
  return table?.columns.map((c) => quote(c.name)).join(",");
}

/**
 * Write a dataset as a CSV folder: for each file with rows, its name and its lines (header
 * first), produced lazily so a large dataset is never held as one string.
 *
 * @param dataset - a parsed dataset
 * @returns one entry per non-empty file, with a generator of lines (no line breaks)
 * @example
 * ```ts
 * for (const { file, lines } of datasetToCsv(demoDataset)) {
 *   for (const line of lines) process.stdout.write(`${line}\n`);
 * }
 * ```
 * @category CLI
 */
export function datasetToCsv(dataset: Dataset): { file: string; lines: Iterable<string> }[] {
  return datasetToTables(dataset).map(({ file, table, rows }) => ({
    file,
    lines: (function* () {
      yield table.columns.map((c) => quote(c.name)).join(",");
      for (const cells of rows) yield cells.map(quote).join(",");
    })(),
  }));
}

/**
 * A dataset as the tables of the CSV folder format: for each file with rows, its table (the
 * columns) and its rows of cell text (unquoted), produced lazily. {@link datasetToCsv} writes
 * them as CSV; a workbook writes them as sheets.
 *
 * @param dataset - a parsed dataset
 * @returns one entry per non-empty file
 * @example
 * ```ts
 * datasetToTables(demoDataset)[0]?.file; // "dataset.csv"
 * ```
 * @category CLI
 */
export function datasetToTables(
  dataset: Dataset,
): { file: string; table: CsvTable; rows: Iterable<string[]> }[] {
  const all = csvTables();
  const out: { file: string; table: CsvTable; rows: Iterable<string[]> }[] = [];
  for (const table of all) {
    const first = rowsOf(table, dataset, all).next();
    if (first.done) continue;
    out.push({
      file: table.file,
      table,
      rows: (function* () {
        for (const row of rowsOf(table, dataset, all)) yield rowCells(table, row);
      })(),
    });
  }
  return out;
}
