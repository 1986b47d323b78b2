/**
 * A dataset as CSV text, one file per entity (the folder format of docs/cli.md), produced
 * line by line so that a large dataset is never held as one string.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { CsvColumn, CsvTable } from "./csv-columns.js";
import { csvTables } from "./csv-columns.js";

function getPath(source: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = source;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
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
    const container = getPath(parent.rec, p.into.split("."));
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
 * @category IO
 */
export function csvHeader(file: string): string | undefined {
  const table = csvTables().find((t) => t.file === file);
  return table?.columns.map((c) => quote(c.name)).join(",");
}

/**
 * One CSV file of a dataset: its name (`activities.csv`) and its lines, header first, without
 * line breaks.
 *
 * @category IO
 */
export interface DatasetCsvFile {
  /** The file name, e.g. `"activities.csv"`. */
  file: string;
  /** Its lines, header first, produced as they are read. */
  lines: Iterable<string>;
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
 * @category IO
 */
export function datasetToCsv(dataset: Dataset): DatasetCsvFile[] {
  return datasetToTables(dataset).map(({ file, table, rows }) => ({
    file,
    lines: (function* () {
      yield table.columns.map((c) => quote(c.name)).join(",");
      for (const cells of rows) yield cells.map(quote).join(",");
    })(),
  }));
}

/**
 * A dataset as the tables of the CSV files: for each file with rows, its table (the columns)
 * and its rows of cell text (unquoted), produced lazily. {@link datasetToCsv} writes them as
 * CSV; the CLI writes them as the sheets of a workbook. Internal.
 *
 * @param dataset - a parsed dataset
 * @returns one entry per non-empty file
 * @example
 * ```ts
 * datasetToTables(demoDataset)[0]?.file; // "dataset.csv"
 * ```
 * @category IO
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
