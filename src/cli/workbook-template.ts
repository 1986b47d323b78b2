/**
 * The workbooks the CLI writes: the template of `ppie init --format xlsx` (one sheet per
 * entity with its headers, a "How to fill this in" sheet and drop-down lists for every closed
 * vocabulary: the `values` of the CSV columns, derived from the zod schemas, and the
 * involvement scales), and a dataset as a workbook (its sheets hold the same cells as the CSV
 * files, with the same drop-down lists).
 */
import { involvementScales } from "../frameworks/involvement-scales.js";
import type { WorkbookCell, WorkbookSheet, WorkbookValidation } from "../io/workbook/xlsx-write.js";
import { HELP_SHEET } from "../io/workbook/sheet-names.js";
import type { Dataset } from "../model/dataset.js";
import { DATASET_SCHEMA_VERSION } from "../model/dataset.js";
import type { CsvColumn, CsvTable } from "../io/csv-columns.js";
import { csvTables } from "../io/csv-columns.js";
import { datasetToTables } from "../io/csv-write.js";

/**
 * The drop-down list of a column: its closed vocabulary from the zod schema (modes, stages,
 * roles, statuses, ...), or, for an activity's level, the involvement scales and their items.
 *
 * @param column - the column
 * @returns the values, and whether the list only allows them
 */
function columnVocabulary(column: CsvColumn): { values: string[]; strict: boolean } | undefined {
  if (column.name.endsWith("level.scale")) {
    return { values: Object.keys(involvementScales), strict: true };
  }
  if (column.name.endsWith("level.item")) {
    const items = Object.values(involvementScales).flatMap((s) =>
      s.items.map((i: { id: string }) => i.id),
    );
    return { values: [...new Set(items)], strict: false };
  }
  if (column.values === undefined || column.values.length === 0) return undefined;
  // a column of several values (a list) takes "a;b": the list suggests, and only warns
  return { values: [...column.values], strict: column.type !== "list" };
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
        const v = columnVocabulary(column);
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
