/**
 * `ppie/io`: read a user's files into a dataset, in any JavaScript runtime. Bytes or text in
 * (never a file path): one JSON or YAML file, a set of CSV files (one per kind of record), or
 * (with `loadDatasetAsync`) an `.xlsx` or `.ods` workbook; a `Result` out, whose diagnostics
 * name the file, sheet, line and column they are about. And back out: `datasetToCsv`, and
 * `renderWorkbook` for a report as an `.xlsx` workbook.
 *
 * ```ts
 * import { loadDatasetAsync } from "ppie/io";
 * const result = await loadDatasetAsync({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
 * ```
 *
 * @packageDocumentation
 * @module ppie/io
 */
export type { DatasetCsvFile } from "./csv-write.js";
export { datasetToCsv } from "./csv-write.js";
export type { TableCode, TablesOptions, TablesRead } from "./csv.js";
export { tablesToDataset } from "./csv.js";
export type { CsvCode } from "./csv-codes.js";
export type { DecodeCode, EncodingName, TextEncoding } from "./decode.js";
export type { DuplicateKeyCode } from "./duplicate-key.js";
export type { JsonCode } from "./json.js";
export type { LimitCode, ReadLimits } from "./limits.js";
export { DEFAULT_READ_LIMITS } from "./limits.js";
export type {
  DataFile,
  DataFormat,
  DiagnosticSource,
  InputCode,
  LoadCode,
  LoadOptions,
  LoadResult,
} from "./load.js";
export { loadDataset } from "./load.js";
export { loadDatasetAsync } from "./load-async.js";
export type { LocatedDiagnostic, SourceLocation } from "./location.js";
export type { EncodingCode, SingleByteEncoding } from "./single-byte.js";
export type { CsvTextProblem, RawRow, RawTable, TableSource } from "./tables.js";
export { csvToTable } from "./tables.js";
export type { WorkbookCode } from "./workbook/codes.js";
export type { YamlCode } from "./yaml.js";
export { renderWorkbook } from "../render/xlsx.js";
