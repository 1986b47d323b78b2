/**
 * The CSV folder format: one CSV file per entity. The files are kept by hand (`csv-files.ts`);
 * each file's columns are derived from the dataset's zod schemas (`csv-schema.ts`) and described
 * in `csv-descriptions.ts`. `csvTables()` is the single source for the loader (`csv.ts`), the
 * writer (`ppie init --csv`), the workbook template and the column reference in docs/cli.md (a
 * test checks the doc is not stale).
 */
import type * as z from "zod";
import type { ColumnText, FileTexts } from "./csv-descriptions.js";
import { csvDescriptions } from "./csv-descriptions.js";
import type { CsvFile } from "./csv-files.js";
import { csvFiles } from "./csv-files.js";
import type { SchemaCell } from "./csv-schema.js";
import { fileCells } from "./csv-schema.js";

/**
 * How a cell is read.
 *
 * - `text`: as written; an empty cell leaves the field out.
 * - `integer` / `number`: digits (`-` and `.` for numbers); anything else is passed on so
 *   the dataset check names the bad value.
 * - `boolean`: `true` or `false` (also `yes` / `no`), any case.
 * - `list`: items separated by `;` (write `\;` for a semicolon inside an item, `\\` for a
 *   backslash); spaces around items are trimmed.
 * - `integer-or-text`: a whole number, or text such as `prefer-not-to-say`.
 * - `answer`: a whole number, or an empty cell for "no answer" (`null`).
 *
 * @category IO
 */
export type CsvCellType =
  | "text"
  | "integer"
  | "number"
  | "boolean"
  | "list"
  | "integer-or-text"
  | "answer";

/**
 * One documented column of a CSV file.
 *
 * @category IO
 */
export interface CsvColumn {
  /** The header text, e.g. `"payment.status"`: dots name nested fields. */
  name: string;
  /** Where the value goes in the record; `null` for a column that links a row to its parent. */
  path: readonly (string | number)[] | null;
  /** How the cell is read. */
  type: CsvCellType;
  /** Whether the header must have this column. */
  required: boolean;
  /** What goes in it, in one line. */
  description: string;
  /**
   * The allowed values of a closed vocabulary (from the zod schema), e.g. an organisation's
   * kinds; for a `list` column, the values each item may take.
   */
  values?: readonly string[];
}

/**
 * The top-level collections of a dataset that CSV files fill.
 *
 * @category IO
 */
export type CsvCollection =
  | "organisations"
  | "strategies"
  | "projects"
  | "groups"
  | "contributors"
  | "activities"
  | "events"
  | "payments"
  | "paymentRates"
  | "budgets"
  | "training"
  | "feedback"
  | "ppeetItems"
  | "impacts"
  | "serviceChanges";

/**
 * Where a child file's rows go: into a list (or a keyed map) on a record of its parent file,
 * found by the link columns (which match the parent file's key columns, in order).
 *
 * @category IO
 */
export interface CsvParent {
  /** The parent file, e.g. `"activities.csv"`. */
  file: string;
  /** This file's link columns, matching the parent's `key` columns in order. */
  link: readonly string[];
  /** The field of the parent record the rows go into; dots name a nested field (`reach.seldomHeard`). */
  into: string;
  /** For a keyed map (e.g. PPEET responses): the column giving the key and the one giving the value. */
  map?: { key: string; value: string };
  /**
   * The field is optional: a parent record with no rows in this file leaves it out (instead of
   * an empty list or map), so that reading back a written dataset gives the same records.
   */
  optional?: boolean;
}

/**
 * One CSV file of the folder format.
 *
 * @category IO
 */
export interface CsvTable {
  /** File name, e.g. `"contributors.csv"`. */
  file: string;
  /** What each row is. */
  description: string;
  /** The collection rows go into (top-level files), `"dataset"` for the one-row dataset file. */
  collection?: CsvCollection | "dataset";
  /** Fields every row gets (e.g. `kind: "fft"` for feedback-fft.csv). */
  constants?: Readonly<Record<string, string>>;
  /** Columns that identify a row, for child files that link to it. */
  key?: readonly string[];
  /** For a child file: which parent record each row belongs to. */
  parent?: CsvParent;
  /** The documented columns: the link columns, then the fields, in the schema's order. */
  columns: readonly CsvColumn[];
}

/** `a, b or c`. */
function either(words: readonly string[]): string {
  return words.length < 2
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

/**
 * A column's description: its text, then for a closed vocabulary the allowed values from the
 * schema (the default and any gloss in brackets). Empty when the column has no text (a test
 * names it).
 */
function describe(text: string | ColumnText | undefined, cell: Partial<SchemaCell>): string {
  if (text === undefined) return "";
  const lead = typeof text === "string" ? text : text.text;
  if (cell.values === undefined) return lead;
  const glosses = typeof text === "string" ? {} : text.glosses;
  const words = cell.values.map((v) => {
    const notes = [glosses[v], v === cell.default ? "default" : undefined].filter(Boolean);
    return notes.length > 0 ? `${v} (${notes.join("; ")})` : v;
  });
  return `${lead.replace(/\.$/, "")}: ${cell.type === "list" ? "any of " : ""}${either(words)}.`;
}

/** The text of a column: by its name, or for an item of a fixed-length list by `list.#`. */
function textOf(texts: FileTexts, cell: SchemaCell): string | ColumnText | undefined {
  const own = texts[cell.name];
  if (own !== undefined) return own;
  const last = cell.path[cell.path.length - 1];
  if (typeof last !== "number") return undefined;
  const list = texts[`${cell.path.slice(0, -1).join(".")}.#`];
  if (list === undefined) return undefined;
  const n = String(last + 1);
  return typeof list === "string"
    ? list.replaceAll("#", n)
    : { ...list, text: list.text.replaceAll("#", n) };
}

function columnOf(texts: FileTexts, cell: SchemaCell, path: CsvColumn["path"]): CsvColumn {
  const column: CsvColumn = {
    name: cell.name,
    path,
    type: cell.type,
    required: cell.required,
    description: describe(textOf(texts, cell), cell),
  };
  if (cell.values !== undefined) column.values = cell.values;
  return column;
}

/** A file with its columns: the link columns, then the map's or the record's fields. */
function tableOf(
  file: CsvFile,
  files: readonly CsvFile[],
  texts: FileTexts,
  root: z.ZodType | undefined,
): CsvTable {
  const links = (file.parent?.link ?? []).map(
    (name): CsvColumn => ({
      name,
      path: null,
      type: "text",
      required: true,
      description: describe(texts[name], {}),
    }),
  );
  const fields = fileCells(file, files, root).cells.map((c) =>
    columnOf(texts, c, file.parent?.map === undefined ? c.path : null),
  );
  return { ...file, columns: [...links, ...fields] };
}

/**
 * The files with their columns, derived from a dataset schema. Internal: `csvTables()` is this
 * for ppie's own files, descriptions and schema; the tests give it a schema with a field more.
 *
 * @param files - the files, without their columns
 * @param texts - the descriptions, by file and column
 * @param root - the dataset's schema (by default ppie's)
 * @returns the tables
 */
export function deriveTables(
  files: readonly CsvFile[],
  texts: Readonly<Record<string, FileTexts>>,
  root?: z.ZodType,
): CsvTable[] {
  return files.map((f) => {
    const table = tableOf(f, files, texts[f.file] ?? {}, root);
    for (const c of table.columns) Object.freeze(c);
    Object.freeze(table.columns);
    return Object.freeze(table);
  });
}

let tables: readonly CsvTable[] | undefined;

/**
 * Every file of the CSV folder format, parents before children. Only the files you have need
 * to be present; every column not marked required may be left out of the header. The columns
 * of a file are the fields of its record in the dataset's schema (a nested field's name joins
 * its path with dots), so a field added to the schema is a column at once.
 *
 * @returns the file specifications
 * @example
 * ```ts
 * csvTables().find((t) => t.file === "contributors.csv")?.columns[0]?.name; // "id"
 * ```
 * @category IO
 */
export function csvTables(): readonly CsvTable[] {
  tables ??= Object.freeze(deriveTables(csvFiles(), csvDescriptions()));
  return tables;
}

/**
 * The CSV column reference as Markdown (the section of docs/cli.md between the
 * `csv-columns` markers is exactly this text).
 *
 * @returns Markdown, one sub-section per file
 * @example
 * ```ts
 * csvReferenceMarkdown().startsWith("### dataset.csv"); // true
 * ```
 * @category IO
 */
export function csvReferenceMarkdown(): string {
  const parts: string[] = [];
  for (const t of csvTables()) {
    const lines = [`### ${t.file}`, "", t.description];
    if (t.parent) {
      lines.push(
        "",
        `Each row belongs to a row of \`${t.parent.file}\`, found by ${t.parent.link.map((l) => `\`${l}\``).join(" and ")}.`,
      );
    }
    lines.push("", "| Column | Required | Type | What goes in it |", "| --- | --- | --- | --- |");
    for (const c of t.columns) {
      lines.push(
        `| \`${c.name}\` | ${c.required ? "yes" : ""} | ${c.type} | ${c.description.replaceAll("|", "\\|")} |`,
      );
    }
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
