/**
 * The workbooks the CLI writes: the template of `ppie init --format xlsx` (one sheet per
 * entity with its headers, a "How to fill this in" sheet and drop-down lists for every closed
 * vocabulary, taken from the zod schemas and the involvement scales), and a dataset as a
 * workbook (its sheets hold the same cells as the CSV files, with the same drop-down lists).
 */
import type * as z from "zod";
import { involvementScales } from "../frameworks/involvement-scales.js";
import type { WorkbookCell, WorkbookSheet, WorkbookValidation } from "../io/workbook/xlsx-write.js";
import { HELP_SHEET } from "../io/workbook/sheet-names.js";
import type { Dataset } from "../model/dataset.js";
import { DATASET_SCHEMA_VERSION, DatasetSchema } from "../model/dataset.js";
import type { CsvColumn, CsvTable } from "../io/csv-columns.js";
import { csvTables } from "../io/csv-columns.js";
import { datasetToTables } from "../io/csv-write.js";

/** The zod definition of a schema, as far as this walk reads it. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema inside wrappers that do not change what a value may be. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (inner === undefined) return s;
    s = inner;
  }
  return s;
}

/** The schema of a field or list item at a key of an object (or a member of a union). */
function child(
  schema: z.ZodType | undefined,
  key: string | number,
  constants?: Readonly<Record<string, string>>,
): z.ZodType | undefined {
  if (schema === undefined) return undefined;
  const def = defOf(unwrap(schema));
  if (def.type === "array") return typeof key === "number" ? def.element : undefined;
  if (def.type === "object") return def.shape?.[key as string];
  if (def.type === "union") {
    const options = def.options ?? [];
    const fits = options.filter((o) =>
      Object.entries(constants ?? {}).every(([k, v]) => {
        const lit = defOf(unwrap(defOf(unwrap(o)).shape?.[k] ?? o));
        return lit.values?.includes(v) ?? false;
      }),
    );
    for (const o of fits) {
      const found = child(o, key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The values of a closed vocabulary (an enum or a union of literals), if it is one. */
function closedValues(schema: z.ZodType | undefined): string[] | undefined {
  if (schema === undefined) return undefined;
  let def = defOf(unwrap(schema));
  if (def.type === "array" && def.element) def = defOf(unwrap(def.element));
  if (def.type === "enum" && def.entries) return Object.values(def.entries).map(String);
  if (def.type === "literal" && def.values) return def.values.map(String);
  if (def.type === "union" && def.options) {
    const all = def.options.map((o) => closedValues(o));
    if (all.every((v) => v !== undefined)) return all.flat();
  }
  return undefined;
}

/** The record schema a table's rows are read into. */
function tableSchema(table: CsvTable, tables: readonly CsvTable[]): z.ZodType | undefined {
  if (table.collection === "dataset") return DatasetSchema;
  if (table.collection !== undefined) return child(DatasetSchema.shape[table.collection], 0);
  const parent = tables.find((t) => t.file === table.parent?.file);
  if (!parent || !table.parent) return undefined;
  let into = tableSchema(parent, tables);
  for (const key of table.parent.into.split(".")) into = child(into, key, parent.constants);
  return table.parent.map ? undefined : child(into, 0);
}

/**
 * The drop-down list of a column: its closed vocabulary from the zod schema (modes, stages,
 * roles, statuses, ...), or, for an activity's level, the involvement scales and their items.
 */
export function columnVocabulary(
  table: CsvTable,
  column: CsvColumn,
  tables: readonly CsvTable[] = csvTables(),
): { values: string[]; strict: boolean } | undefined {
  if (column.path === null) return undefined;
  const last = column.path[column.path.length - 1];
  if (last === "scale" && column.name.endsWith("level.scale")) {
    return { values: Object.keys(involvementScales), strict: true };
  }
  if (last === "item" && column.name.endsWith("level.item")) {
    const items = Object.values(involvementScales).flatMap((s) =>
      s.items.map((i: { id: string }) => i.id),
    );
    return { values: [...new Set(items)], strict: false };
  }
  let schema = tableSchema(table, tables);
  for (const key of column.path) schema = child(schema, key, table.constants);
  const values = closedValues(schema);
  if (values === undefined || values.length === 0) return undefined;
  // a column of several values (a list) takes "a;b": the list suggests, and only warns
  return { values, strict: column.type !== "list" };
}

const HELP: readonly string[] = [
  "How to fill this in",
  "",
  "Each sheet of this workbook is one kind of record: contributors, activities, activity-contributors, and so on. Keep the sheet names and the column names in the first row as they are; docs/cli.md (Input formats) describes every column.",
  "Fill in one row per record, from row 2. Leave a cell empty when you do not know.",
  "Columns with a drop-down list take one of the values in the list. A column that can hold several values (for example stages or roles) takes them separated by a semicolon: patient;carer.",
  "Dates are written YYYY-MM-DD, e.g. 2025-03-31 (a cell formatted as a date is read as one too). Time given is in whole minutes. Money is in pence (£12.50 is 1250).",
  "Rows of a sheet such as activity-contributors refer to a record of another sheet by its id (activityId, contributorId): use the same id in both.",
  "Do not merge cells: every cell of a row belongs to that row.",
  "Check the workbook with: ppie validate <this file>.xlsx",
  "You may delete the sheets you do not use. Sheets with other names are ignored, with a warning.",
];

/**
 * The sheets of the template workbook: a "How to fill this in" sheet, then one sheet per
 * entity with its column names in bold and a drop-down list on every column with a closed
 * vocabulary. Given a dataset, the sheets hold its records too (the same cells as its CSV
 * files; numbers as numbers where they read back exactly), so that reading the workbook back
 * gives the same dataset.
 *
 * @param dataset - records to fill the sheets with (none: an empty template)
 * @returns the sheets, for `writeWorkbook`
 * @example
 * ```ts
 * templateSheets().map((s) => s.name).slice(0, 2); // ["How to fill this in", "dataset"]
 * ```
 * @category CLI
 */
export function templateSheets(dataset?: Dataset): WorkbookSheet[] {
  const tables = csvTables();
  const filled = new Map(
    (dataset === undefined ? [] : datasetToTables(dataset)).map((t) => [t.file, t.rows]),
  );
  const help: WorkbookSheet = {
    name: HELP_SHEET,
    rows: HELP.map((line) => [line]),
    widths: [100],
    wrap: true,
  };
  return [
    help,
    ...tables.map((table): WorkbookSheet => {
      const validations: WorkbookValidation[] = [];
      table.columns.forEach((column, i) => {
        const v = columnVocabulary(table, column, tables);
        if (v) validations.push({ column: i, ...v });
      });
      const header = table.columns.map((c) => c.name);
      const rows: WorkbookCell[][] = [header];
      const records = filled.get(table.file);
      if (records !== undefined) {
        for (const cells of records) rows.push(cells.map((t, i) => cellValue(t, table.columns[i])));
      } else if (table.collection === "dataset" && dataset === undefined) {
        // the one row of the dataset sheet names the format version (required once it is there)
        rows.push(header.map((n) => (n === "schemaVersion" ? DATASET_SCHEMA_VERSION : null)));
      }
      return {
        name: sheetName(table),
        rows,
        widths: table.columns.map((c) => Math.min(40, Math.max(12, c.name.length + 4))),
        validations,
      };
    }),
  ];
}

function sheetName(table: CsvTable): string {
  return table.file.replace(/\.csv$/, "");
}

const EXACT_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d{1,14})?$/;

/** A cell as a number when the column holds numbers and the text reads back the same. */
function cellValue(text: string, column: CsvColumn | undefined): WorkbookCell {
  if (
    (column?.type === "integer" || column?.type === "number" || column?.type === "answer") &&
    EXACT_NUMBER.test(text) &&
    String(Number(text)) === text
  ) {
    return Number(text);
  }
  return text;
}
