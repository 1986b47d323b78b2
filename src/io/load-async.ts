/**
 * `loadDatasetAsync`: {@link loadDataset}, and workbooks too. The workbook reader (and fflate,
 * the zip library it reads with) is loaded with `import()` only when a workbook is given, so a
 * page that reads JSON, YAML or CSV never downloads it.
 *
 * @module
 */
import type { DataFile, LoadOptions, LoadResult } from "./load.js";
import { datasetOf, formatOf, readInput } from "./load.js";

/**
 * Load a dataset from the bytes or text of its files, as {@link loadDataset} does, and from
 * the bytes of a workbook (`.xlsx` or `.ods`, told by the name or by the bytes): each sheet
 * named for a kind of record (`contributors`, `activities`, ... : the CSV file names without
 * `.csv`) is read as that CSV file would be, so a workbook gives the same dataset and the same
 * diagnostics as the same data in CSV files, naming the workbook, sheet, row and column. The
 * workbook reader is loaded only when a workbook is given. Never throws on bad input (a damaged,
 * password-protected or old `.xls` file is a diagnostic), and touches no file system.
 *
 * @param input - a file `{ name, data }`, or several (the CSV files of a dataset)
 * @param opts - format, encoding and limits
 * @returns a promise of what {@link loadDataset} returns
 * @example
 * ```ts
 * const file = { name: "data.yaml", data: "schemaVersion: 1\ncontributors: []\n" };
 * (await loadDatasetAsync(file)).ok; // true
 * ```
 * @category IO
 */
export async function loadDatasetAsync(
  input: DataFile | readonly DataFile[],
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const files: readonly DataFile[] = Array.isArray(input) ? input : [input as DataFile];
  const format =
    files.length === 1 && files[0] !== undefined ? (opts.format ?? formatOf(files[0])) : undefined;
  if (format !== "xlsx" && format !== "ods") return datasetOf(readInput(input, opts));
  const { readWorkbook } = await import("./workbook/read.js");
  return datasetOf(readInput(input, opts, readWorkbook));
}
