/**
 * A workbook (`.xlsx`, `.ods`) into a dataset's plain data: its sheets read by the reader passed
 * in (`readWorkbook` of `io/workbook`, loaded by `loadDatasetAsync` only when a workbook is
 * given, so that readers of JSON, YAML and CSV never carry it, nor fflate), then turned into
 * data by `tablesToDataset`, as a set of CSV files is: a workbook validates exactly like the
 * same data as CSV files, and its diagnostics name the workbook, the sheet and the row.
 *
 * @module
 */
import { readTables } from "./csv.js";
import { csvTables } from "./csv-columns.js";
import type { ReadLimits } from "./limits.js";
import { tooLarge } from "./limits.js";
import type { InputCode, InputRead } from "./load.js";
import type { LocatedDiagnostic } from "./location.js";
import { fileProblem } from "./location.js";
import type { readWorkbook } from "./workbook/read.js";

/**
 * The workbook reader `loadDatasetAsync` loads when a workbook is given (`readWorkbook` of
 * `io/workbook`).
 */
export type WorkbookReader = typeof readWorkbook;

/**
 * Read one workbook into plain data, before `parseDataset`: the sheets named for a kind of
 * record (the CSV file names without `.csv`) become tables, and `tablesToDataset` reads them.
 *
 * @param name - the file's name, for messages
 * @param data - its bytes (text is not a workbook)
 * @param format - `xlsx` or `ods`, as the name or the bytes say
 * @param limits - how much to read
 * @param reader - `readWorkbook`
 * @returns the data, the located diagnostics and a locator
 * @example
 * ```ts
 * import { DEFAULT_READ_LIMITS } from "./limits.js";
 * import { readWorkbook, writeWorkbook } from "./workbook/index.js";
 * const data = writeWorkbook([{ name: "contributors", rows: [["id", "roles"], ["c-1", "patient"]] }]);
 * const read = readWorkbookInput("book.xlsx", data, "xlsx", DEFAULT_READ_LIMITS, readWorkbook);
 * (read.input as { contributors: unknown[] }).contributors.length; // 1
 * ```
 * @category IO
 */
export function readWorkbookInput(
  name: string,
  data: Uint8Array | string,
  format: "xlsx" | "ods",
  limits: ReadLimits,
  reader: WorkbookReader,
): InputRead {
  const none = (d: LocatedDiagnostic<InputCode>[]): InputRead => ({
    format,
    input: undefined,
    diagnostics: d,
    locate: () => undefined,
  });
  if (typeof data === "string") {
    return none([
      fileProblem<InputCode>(
        "workbook/unreadable",
        "error",
        { file: name },
        `${name} could not be read as a workbook (it was given as text, and a workbook is bytes).`,
        "Give the file's bytes (a Uint8Array, e.g. from `new Uint8Array(await file.arrayBuffer())`).",
      ),
    ]);
  }
  if (data.byteLength > limits.maxBytes)
    return none([tooLarge("workbook", name, data.byteLength, limits)]);
  const entities = csvTables().map((t) => t.file.slice(0, -".csv".length));
  const book = reader(data, name, { entities, limits });
  if (book.tables.length === 0 || book.diagnostics.some((d) => d.severity === "error"))
    return none(book.diagnostics);
  const read = readTables(book.tables, { limits });
  return {
    format,
    input: read.input,
    diagnostics: [...book.diagnostics, ...read.diagnostics],
    locate: read.locate,
    adopt: read.adopt,
  };
}
