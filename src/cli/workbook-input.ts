/**
 * A workbook given to the CLI: its sheets read by `io/workbook` and turned into a dataset by
 * the same code that reads a folder of CSV files (`readCsvRecords`), so a workbook validates
 * exactly like the same data as CSV files. Diagnostics that name a CSV file and line are
 * moved to the workbook, its sheet and row.
 */
import type { ReadLimits } from "../io/limits.js";
import type { SourceLocation } from "../io/location.js";
import { readWorkbook } from "../io/workbook/read.js";
import type { CsvFolderResult, LocatedDiagnostic } from "./csv.js";
import { readCsvRecords } from "./csv.js";
import { csvTables } from "./csv-columns.js";

const CSV_NAME = /\b([a-z][a-z0-9-]*)\.csv\b/g;

/** A location in a CSV file of the folder format, moved to the sheet of the workbook. */
function toSheet(loc: SourceLocation, file: string): SourceLocation {
  if (!loc.file.endsWith(".csv")) return loc;
  const moved: SourceLocation = { ...loc, file, sheet: loc.file.slice(0, -4) };
  return moved;
}

/** A message about CSV files, reworded for the sheets of a workbook. */
function toSheetWords(message: string, file: string): string {
  let first = true;
  return message
    .replace(/that file is missing/g, "that sheet is missing")
    .replace(CSV_NAME, (_, name: string, offset: number) => {
      const at = first && offset === 0;
      first = false;
      return at ? `${file} sheet "${name}"` : `sheet "${name}"`;
    })
    .replace(/^(.+? sheet "[^"]+") line (\d+)/, "$1 row $2");
}

/**
 * Read a workbook's bytes into plain data for `parseDataset`, as `readCsvFolder` reads a
 * folder: the input, the diagnostics (with file, sheet, row and column) and a locator.
 *
 * @param bytes - the workbook
 * @param file - its name, for messages
 * @param limits - how much to read
 * @returns what `readCsvFolder` returns, located in the workbook
 * @example
 * ```ts
 * import { DEFAULT_READ_LIMITS } from "../io/limits.js";
 * import { writeWorkbook } from "../io/workbook/xlsx-write.js";
 * const bytes = writeWorkbook([{ name: "contributors", rows: [["id", "roles"], ["c-1", "patient"]] }]);
 * const read = await readWorkbookInput(bytes, "book.xlsx", DEFAULT_READ_LIMITS);
 * (read.input as { contributors: unknown[] }).contributors.length; // 1
 * ```
 * @category CLI
 */
export async function readWorkbookInput(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
): Promise<CsvFolderResult> {
  const entities = csvTables().map((t) => t.file.replace(/\.csv$/, ""));
  const book = readWorkbook(bytes, file, { entities, limits });
  const own: LocatedDiagnostic[] = book.diagnostics;
  if (book.tables.length === 0 || own.some((d) => d.severity === "error")) {
    return { input: undefined, diagnostics: own, locate: () => undefined, rows: 0 };
  }
  const records = new Map<string, { info: { lines: number }; record: string[] }[]>();
  for (const t of book.tables) {
    const list =
      t.header.length === 0 && t.rows.length === 0
        ? []
        : [
            { info: { lines: t.headerRow }, record: t.header },
            ...t.rows.map((r) => ({ info: { lines: r.row }, record: r.cells })),
          ];
    records.set(`${t.entity}.csv`, list);
  }
  const read = await readCsvRecords(records, { limits });
  const moved = read.diagnostics.map((d): LocatedDiagnostic => {
    if (d.location === undefined || !d.location.file.endsWith(".csv")) return d;
    return {
      ...d,
      path: [file],
      message: toSheetWords(d.message, file),
      ...(d.hint === undefined ? {} : { hint: d.hint.replace(CSV_NAME, 'the sheet "$1"') }),
      location: toSheet(d.location, file),
    };
  });
  return {
    input: read.input,
    diagnostics: [...own, ...moved],
    locate: (path) => {
      const loc = read.locate(path);
      return loc === undefined ? undefined : toSheet(loc, file);
    },
    rows: read.rows,
  };
}
