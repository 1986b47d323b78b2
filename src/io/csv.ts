/**
 * Tables of cells (CSV files, or sheets of a workbook; one per entity, as documented in
 * docs/cli.md) into a dataset's plain data, with the file, line and column behind each value.
 *
 * @module
 */
import type { Adopt } from "../model/parse.js";
import type { Diagnostic as LibraryDiagnostic, Result } from "../result.js";
import { fail, hasErrors, diagnostic as libraryDiagnostic, ok } from "../result.js";
import type { CsvCode } from "./csv-codes.js";
import type { CsvColumn, CsvTable } from "./csv-columns.js";
import { csvTables } from "./csv-columns.js";
import type { LimitCode, ReadLimits } from "./limits.js";
import { interner } from "./intern.js";
import { DEFAULT_READ_LIMITS, tooManyRecords } from "./limits.js";
import type { LocatedDiagnostic, SourceLocation } from "./location.js";
import { columnLetter, suggest } from "./suggest.js";
import type { TableSource } from "./tables.js";

/** The codes of reading tables: the table codes and the record limit. */
export type TableCode = CsvCode | LimitCode;
type Diagnostic = LibraryDiagnostic<TableCode>;
const diagnostic = libraryDiagnostic<TableCode>;

/**
 * Turn a diagnostic whose path is `[file, line?, column?]` into one whose path is `[file]`
 * with the line and column (and the sheet, for a table from a workbook) as its `location`.
 *
 * @param d - a diagnostic about a table
 * @param sheet - the sheet, for a table from a workbook
 * @returns the diagnostic with a location
 * @example
 * ```ts
 * fileDiagnostic(diagnostic("csv/too-many-cells", "error", ["a.csv", 3, "B"], "Bad.")).location; // { file: "a.csv", line: 3, column: "B" }
 * ```
 * @category IO
 */
export function fileDiagnostic<C extends string>(
  d: LocatedDiagnostic<C>,
  sheet?: string,
): LocatedDiagnostic<C> {
  if (d.location !== undefined) return d;
  const [file, line, column] = d.path;
  if (typeof file !== "string") return d;
  const location: SourceLocation = { file };
  if (sheet !== undefined) location.sheet = sheet;
  if (typeof line === "number") location.line = line;
  if (column !== undefined && column !== "") location.column = column;
  return { ...d, path: [file], location };
}

/**
 * What {@link tablesToDataset} returns: the assembled input (for `parseDataset`), the
 * problems found in the tables, and a way to find the file and line behind a dataset path.
 *
 * @category IO
 */
export interface TablesRead {
  /** The dataset as plain data, or `undefined` when a header was wrong. */
  input: Record<string, unknown> | undefined;
  /** Problems with the tables themselves (headers, cells, links between tables). */
  diagnostics: LocatedDiagnostic<TableCode>[];
  /** The file, line and column behind a path into `input`, where known. */
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
  /** Number of data rows read. */
  rows: number;
}

/**
 * Options for {@link tablesToDataset}.
 *
 * @category IO
 */
export interface TablesOptions {
  /** The most diagnostics to keep (default 1000). */
  maxDiagnostics?: number;
  /** How much to read (default {@link DEFAULT_READ_LIMITS}). */
  limits?: ReadLimits;
}

function splitList(cell: string, intern: (s: string) => string): string[] {
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
  const out: string[] = [];
  for (const item of items) {
    const s = item.trim();
    if (s !== "") out.push(intern(s));
  }
  return out;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Read one cell by its column type. Returns `undefined` to leave the field out.
 * Cells that do not fit their type are passed on as text, so the dataset check reports them
 * with the file, line and column.
 */
function readCell(cell: string, column: CsvColumn, intern: (s: string) => string): unknown {
  const text = cell.trim();
  switch (column.type) {
    case "text":
      return cell === "" ? undefined : intern(cell);
    case "integer":
      if (text === "") return undefined;
      return INTEGER.test(text) ? Number(text) : intern(cell);
    case "number":
      if (text === "") return undefined;
      return NUMBER.test(text) ? Number(text) : intern(cell);
    case "boolean": {
      const t = text.toLowerCase();
      if (t === "") return undefined;
      if (t === "true" || t === "yes") return true;
      if (t === "false" || t === "no") return false;
      return intern(cell);
    }
    case "list":
      return text === "" ? undefined : splitList(cell, intern);
    case "integer-or-text":
      if (text === "") return undefined;
      return INTEGER.test(text) ? Number(text) : intern(cell);
    case "answer":
      if (text === "") return null;
      return INTEGER.test(text) ? Number(text) : intern(cell);
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
 * Read tables of cells (one per entity, named as the files of docs/cli.md without `.csv`)
 * into plain data for `parseDataset`. A wrong, unknown, duplicated or missing header is a
 * diagnostic naming the file, line and column, and stops the load (the rows would be misread);
 * a row that refers to a parent row that is not there is a diagnostic naming its file and
 * line; a table ppie does not read is a warning. Never throws.
 *
 * @param tables - the tables, in any order (their rows may be produced as they are read)
 * @param opts - diagnostic cap and limits
 * @returns the input, the table diagnostics, and a locator for later diagnostics
 * @example
 * ```ts
 * import { csvToTable } from "./tables.js";
 * const t = csvToTable("id,name,kind\norg-1,Example Trust,nhs-trust\n", { entity: "organisations", file: "organisations.csv" });
 * const { input } = tablesToDataset("header" in t ? [t] : []);
 * (input as { organisations: unknown[] }).organisations.length; // 1
 * ```
 * @category IO
 */
export function tablesToDataset(
  tables: readonly TableSource[],
  opts: TablesOptions = {},
): TablesRead {
  const { adopt: _, ...read } = readTables(tables, opts);
  return read;
}

/**
 * {@link tablesToDataset}, with the function `parseOwnedDataset` calls for each record it
 * replaces by its parsed copy, so that the locator finds the parsed records. Internal.
 *
 * @param tables - the tables, in any order
 * @param opts - diagnostic cap and limits
 * @returns what tablesToDataset returns, and `adopt`
 */
export function readTables(
  tables: readonly TableSource[],
  opts: TablesOptions = {},
): TablesRead & { adopt: Adopt } {
  const specs = csvTables();
  const max = opts.maxDiagnostics ?? 1000;
  const diagnostics: LocatedDiagnostic<TableCode>[] = [];
  let dropped = 0;
  const push = (d: LocatedDiagnostic<TableCode>): void => {
    if (diagnostics.length < max) diagnostics.push(d);
    else dropped++;
  };
  const folder: FolderState = {
    tables: specs,
    push,
    sources: new WeakMap<object, number>(),
    mapSources: new WeakMap<object, MapSource>(),
    root: {},
    states: new Map<string, TableState>(),
    labels: new Map<string, string>(),
    origins: [],
    sheets: tables.some((t) => t.sheet !== undefined),
    fatal: false,
    stopped: false,
    rows: 0,
    limits: opts.limits ?? DEFAULT_READ_LIMITS,
    intern: interner(),
  };
  const byEntity = new Map<string, TableSource>();
  for (const t of tables) {
    if (!byEntity.has(t.entity)) byEntity.set(t.entity, t);
    folder.labels.set(`${t.entity}.csv`, labelOf(t));
  }
  warnUnknownTables(specs, tables, push);
  if (!specs.some((s) => byEntity.has(entityOf(s)))) {
    push(
      fileDiagnostic(
        diagnostic(
          "csv/no-files",
          "error",
          [],
          `${folder.sheets ? "The workbook has none of the sheets" : "There are none of the CSV files"} ppie reads.`,
          "Name the files as in docs/cli.md (e.g. contributors.csv, activities.csv), or run `ppie init` for templates.",
        ),
      ),
    );
    return { input: undefined, diagnostics, locate: () => undefined, rows: 0, adopt: () => {} };
  }
  for (let ti = 0; ti < specs.length && !folder.stopped; ti++)
    readTable(folder, byEntity.get(entityOf(specs[ti] as CsvTable)), ti);
  if (folder.fatal)
    return {
      input: undefined,
      diagnostics,
      locate: () => undefined,
      rows: folder.rows,
      adopt: () => {},
    };
  if (dropped > 0) {
    diagnostics.push(
      diagnostic(
        "csv/too-many-diagnostics",
        "error",
        [],
        `${dropped} more problems were found in the ${folder.sheets ? "sheets" : "CSV files"} and not listed.`,
        "Fix the problems above and run again.",
      ),
    );
  }
  const { root } = folder;
  if (root.schemaVersion === undefined && !folder.states.get("dataset.csv")?.present)
    root.schemaVersion = 1;
  return {
    input: root,
    diagnostics,
    locate: locator(folder),
    rows: folder.rows,
    adopt: adopter(folder),
  };
}

/**
 * Move the lines behind a record, and behind each record and keyed map inside it, to its
 * parsed copy (which has the same fields, lists in the same order).
 */
function adopter(folder: FolderState): Adopt {
  const { sources, mapSources } = folder;
  const move = (given: object, parsed: object): void => {
    // moved, not copied: the index holds one entry per row while records are replaced
    const code = sources.get(given);
    if (code !== undefined) {
      sources.delete(given);
      sources.set(parsed, code);
    }
    const lines = mapSources.get(given);
    if (lines !== undefined) {
      mapSources.delete(given);
      mapSources.set(parsed, lines);
    }
    const a = given as Record<string, unknown>;
    const b = parsed as Record<string, unknown>;
    if (Array.isArray(given)) {
      for (let i = 0; i < given.length; i++) {
        const x: unknown = a[i];
        const y: unknown = b[i];
        if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) move(x, y);
      }
      return;
    }
    for (const key in a) {
      const x = a[key];
      const y = b[key];
      if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) move(x, y);
    }
  };
  return move;
}

/** The entity a table specification reads: its file name without `.csv`. */
function entityOf(spec: CsvTable): string {
  return spec.file.slice(0, -".csv".length);
}

/** How messages name a table: its file, or the sheet and its workbook. */
function labelOf(t: TableSource): string {
  return t.sheet === undefined ? t.file : `${t.file} (sheet ${t.sheet})`;
}

/** A table ppie does not read (a file or sheet of another name) is a warning, with a suggestion. */
function warnUnknownTables(
  specs: readonly CsvTable[],
  tables: readonly TableSource[],
  push: (d: LocatedDiagnostic<TableCode>) => void,
): void {
  const known = new Set(specs.map(entityOf));
  const seen = new Set<string>();
  for (const t of [...tables].sort((a, b) => (labelOf(a) < labelOf(b) ? -1 : 1))) {
    if (known.has(t.entity) && !seen.has(t.entity)) {
      seen.add(t.entity);
      continue;
    }
    const guess = suggest(t.entity, [...known]);
    const name = labelOf(t);
    const what = t.sheet === undefined ? "a file" : "a sheet";
    push(
      fileDiagnostic(
        diagnostic(
          "csv/unknown-file",
          "warning",
          [t.file],
          known.has(t.entity)
            ? `${name} is a second table of ${t.entity}, so it was ignored.`
            : `${name} is not ${what} ppie reads, so it was ignored.`,
          guess
            ? `Did you mean ${t.sheet === undefined ? `${guess}.csv` : guess}? The ${t.sheet === undefined ? "file" : "sheet"} names are listed in docs/cli.md.`
            : "The file names ppie reads are listed in docs/cli.md (e.g. contributors.csv, activities.csv).",
        ),
        t.sheet,
      ),
    );
  }
}

/** Read one table (if present) into the dataset's input. */
function readTable(folder: FolderState, raw: TableSource | undefined, ti: number): void {
  const { tables, root, limits } = folder;
  const table = tables[ti] as CsvTable;
  const state: TableState = { table, index: new Map(), present: raw !== undefined };
  folder.states.set(table.file, state);
  if (
    table.collection !== undefined &&
    table.collection !== "dataset" &&
    root[table.collection] === undefined
  ) {
    root[table.collection] = [];
  }
  if (raw === undefined) return;
  folder.origins[ti] =
    raw.sheet === undefined ? { file: raw.file } : { file: raw.file, sheet: raw.sheet };
  const label = labelOf(raw);
  const push = (d: Diagnostic): void =>
    folder.push(fileDiagnostic({ ...d, path: [raw.file, ...d.path.slice(1)] }, raw.sheet));
  const reading: FileState = {
    ti,
    table,
    label,
    word: raw.sheet === undefined ? "line" : "row",
    push,
    state,
    parentState: table.parent ? folder.states.get(table.parent.file) : undefined,
    children: tables.flatMap((t) => (t.parent?.file === table.file ? [t.parent] : [])),
    datasetRows: 0,
  };
  if (raw.header.length === 0) {
    push(
      diagnostic(
        "csv/empty-file",
        "warning",
        [label],
        `${label} is empty, so it was ignored.`,
        "Add a header row with the column names in docs/cli.md, then one row per record.",
      ),
    );
    return;
  }
  const result = checkHeader(table, label, raw.header, raw.headerRow, reading.word);
  for (const d of result.diagnostics) push(d);
  if (!result.ok) {
    folder.fatal = true;
    return;
  }
  const cols = fileColumns(table, result.value, raw.header.length);
  for (const { row, cells } of raw.rows) {
    readRow(folder, reading, cols, row, cells);
    if (folder.rows > limits.maxRecords) {
      folder.push(
        tooManyRecords(
          { file: raw.file, ...(raw.sheet === undefined ? {} : { sheet: raw.sheet }), line: row },
          undefined,
          limits,
        ),
      );
      folder.fatal = true;
      folder.stopped = true;
      return;
    }
  }
}

/** What reading a folder builds up, across its files. */
interface FolderState {
  readonly tables: readonly CsvTable[];
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
  /** How messages name each table present, by its file name in the folder format. */
  readonly labels: Map<string, string>;
  /** The file (and sheet) each table came from, by its index in `tables`. */
  readonly origins: SourceLocation[];
  /** Whether the tables are sheets of a workbook (for messages). */
  readonly sheets: boolean;
  /** A header was wrong, so there is no input. */
  fatal: boolean;
  /** A limit was passed: no more files are read. */
  stopped: boolean;
  /** How much to read. */
  readonly limits: ReadLimits;
  /** Data rows read so far, over all files. */
  rows: number;
  /** One shared copy of each distinct cell text (see intern.ts). */
  readonly intern: (s: string) => string;
  /** The line and table of the one row of dataset.csv (`line * 64 + table index`), if read. */
  datasetRow?: number;
}

/** One file being read: its table and where its rows go. */
interface FileState {
  /** Index of the table in `csvTables()`. */
  readonly ti: number;
  readonly table: CsvTable;
  /** How messages name the table: its file, or its sheet and workbook. */
  readonly label: string;
  /** What messages call a row of it: a `line` of a file, a `row` of a sheet. */
  readonly word: "line" | "row";
  /** Adds a diagnostic about the table, with its file and sheet. */
  readonly push: (d: Diagnostic) => void;
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
  if (isBlankRow(cells)) return;
  folder.rows++;
  checkWidth(reading.push, reading.label, reading.word, line, cells.length, cols.width);
  let parent: Record<string, unknown> | undefined;
  if (table.parent) {
    parent = findParent(folder, reading, cols, line, cells);
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
  word: "line" | "row",
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
        `${file} ${word} ${line} has ${cells} cells but the header has ${width} columns.`,
        "Check for a stray comma; put text with commas in double quotes.",
      ),
    );
  } else if (cells < width) {
    push(
      diagnostic(
        "csv/too-few-cells",
        "warning",
        [file, line],
        `${file} ${word} ${line} has ${cells} cells but the header has ${width} columns; the missing cells were read as empty.`,
        "Check the row was not split across lines; put text with line breaks in double quotes.",
      ),
    );
  }
}

/** The parent record a child file's row links to; `undefined` (and an error) when it is not there. */
function findParent(
  folder: FolderState,
  reading: FileState,
  cols: FileColumns,
  line: number,
  cells: readonly string[],
): Record<string, unknown> | undefined {
  const { table, parentState, push } = reading;
  const file = reading.label;
  const link = table.parent;
  if (!link) return undefined;
  const linkKey = cols.linkIdx.map((i) => (cells[i] ?? "").trim()).join(KEY_SEP);
  const parent = parentState?.index.get(linkKey);
  if (parent === undefined) {
    const parentName =
      folder.labels.get(link.file) ??
      (folder.sheets ? `the sheet ${link.file.slice(0, -4)}` : link.file);
    const shown = cols.linkIdx.map((i) => `"${(cells[i] ?? "").trim()}"`).join(", ");
    const names = link.link.join(", ");
    push(
      diagnostic(
        "csv/unknown-parent",
        "error",
        [file, line, link.link[0] ?? ""],
        `${file} ${reading.word} ${line} refers to ${names} ${shown}, which is not in ${parentName}${parentState?.present ? "" : ` (that ${folder.sheets ? "sheet" : "file"} is missing)`}.`,
        `Add the row to ${parentName}, or correct the ${names}.`,
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
  const file = reading.label;
  const link = table.parent;
  const map = link?.map;
  if (!link || !map) return;
  if (parent === undefined) return;
  const container = childContainer(parent, link) as Record<string, unknown>;
  const key = folder.intern((cells[cols.mapKeyIdx] ?? "").trim());
  const ms = folder.mapSources.get(container) ?? { table: ti, lines: new Map<string, number>() };
  if (!folder.mapSources.has(container)) folder.mapSources.set(container, ms);
  if (Object.hasOwn(container, key)) {
    reading.push(
      diagnostic(
        "csv/duplicate-key",
        "error",
        [file, line, map.key],
        `${file} ${reading.word} ${line} gives a second answer for "${key}" on the same record (${reading.word} ${ms.lines.get(key) ?? "?"} gave the first).`,
        "Keep one row per record and item.",
      ),
    );
    return;
  }
  container[key] = cols.mapValueCol
    ? readCell(cells[cols.mapValueIdx] ?? "", cols.mapValueCol, folder.intern)
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
  const { root } = folder;
  const { push } = reading;
  const file = reading.label;
  const { header } = cols;
  const rec: Record<string, unknown> = { ...table.constants };
  for (let i = 0; i < header.length; i++) {
    const column = header[i];
    if (column?.path === null || column === undefined) continue;
    const value = readCell(cells[i] ?? "", column, folder.intern);
    if (value !== undefined) setPath(rec, column.path, value);
  }
  // Required lists and maps start empty; optional ones are made by their first row.
  for (const c of children) if (!c.optional) childContainer(rec, c);
  folder.sources.set(rec, line * 64 + ti);
  if (table.key) {
    const key = cols.keyIdx.map((i) => (cells[i] ?? "").trim()).join(KEY_SEP);
    if (table.parent && state.index.has(key)) {
      push(
        diagnostic(
          "csv/duplicate-key",
          "error",
          [file, line, table.key[table.key.length - 1] ?? ""],
          `${file} ${reading.word} ${line} repeats the ${table.key.join(" and ")} of an earlier row.`,
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
          `${file} must have one row, but ${reading.word} ${line} is another.`,
          "Keep one row: the dataset's format version, title and scales.",
        ),
      );
    } else {
      Object.assign(root, rec);
      folder.datasetRow = line * 64 + ti;
    }
  } else if (table.collection !== undefined) {
    (root[table.collection] as unknown[]).push(rec);
  } else if (parent && table.parent) {
    (childContainer(parent, table.parent) as unknown[]).push(rec);
  }
}

/**
 * The list (or keyed map) of a parent record that a child file's rows go into, at the parent
 * link's `into` path, made (with any record on the way) when it is not there yet.
 */
function childContainer(
  parent: Record<string, unknown>,
  link: NonNullable<CsvTable["parent"]>,
): unknown[] | Record<string, unknown> {
  const path = link.into.split(".");
  let cur = parent;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    const next = cur[key];
    if (next === null || typeof next !== "object") cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  const found = cur[last];
  if (found !== null && typeof found === "object") return found as unknown[];
  // A keyed map holds the user's ids: no prototype, so "__proto__" is a key like any other.
  const made: unknown[] | Record<string, unknown> = link.map ? Object.create(null) : [];
  cur[last] = made;
  return made;
}

/**
 * Find the file, line and column behind a dataset path: the deepest record on the path that
 * came from a row (or the map entry that gave a value), and the column named by the rest.
 */
function locator(
  folder: FolderState,
): (path: readonly (string | number)[]) => SourceLocation | undefined {
  const { root, tables, sources, mapSources, origins, datasetRow } = folder;
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
        const o = origins[ms.table];
        if (l !== undefined && t && o)
          mapHit = { ...o, line: l, column: t.parent?.map?.value ?? "" };
      }
      cur = (cur as Record<string | number, unknown>)[key];
      if (cur !== null && typeof cur === "object") {
        const code = sources.get(cur);
        if (code !== undefined) found = { code, depth: depth + 1 };
      }
    }
    if (mapHit) return mapHit;
    // a field of the dataset itself (title, fictional, ...) comes from dataset.csv's row
    if (!found && datasetRow !== undefined) {
      const t = tables[datasetRow % 64];
      if (t?.columns.some((c) => c.path?.[0] === path[0])) found = { code: datasetRow, depth: 0 };
    }
    if (!found) return undefined;
    const t = tables[found.code % 64];
    const o = origins[found.code % 64];
    if (!t || !o) return undefined;
    const loc: SourceLocation = { ...o, line: Math.floor(found.code / 64) };
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
  file: string,
  cells: readonly string[],
  line: number,
  word: "line" | "row",
): Result<(CsvColumn | undefined)[], TableCode> {
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
          `${file} ${word} ${line}, column ${letter} has no column name.`,
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
          `${file} ${word} ${line}, column ${letter}: "${name}" is not a column ppie reads in this file.`,
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
          `${file} ${word} ${line}, column ${letter}: "${name}" appears twice (also column ${columnLetter(first)}).`,
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
          `${file} ${word} ${line}: the header has no "${c.name}" column, which is required.`,
          `Add ${/^[aeiou]/i.test(c.name) ? "an" : "a"} "${c.name}" column: ${c.description}`,
        ),
      );
    }
  }
  return hasErrors(diagnostics) ? fail(diagnostics) : ok(columns, diagnostics);
}
