/**
 * Pure readers: bytes or text of JSON, YAML and CSV files to plain data with the positions of
 * its values, within limits that keep a dataset in memory. Internal for now (the CLI reads
 * files with them); the file system stays in `cli/`.
 *
 * @module
 */
import type { DecodeCode } from "./decode.js";
import type { DuplicateKeyCode } from "./duplicate-key.js";
import type { JsonCode } from "./json.js";
import type { LimitCode } from "./limits.js";
import type { WorkbookCode } from "./workbook/codes.js";
import type { YamlCode } from "./yaml.js";

export type { DecodeCode, TextEncoding, TextStreamDecoder } from "./decode.js";
export { createTextDecoder, DECODE_CODES, decodeText, firstInvalidUtf8 } from "./decode.js";
export { DUPLICATE_KEY_CODES } from "./duplicate-key.js";
export { JSON_CODES, lineFinder, readJson } from "./json.js";
export { scanJson } from "./json-scan.js";
export type { ReadLimits } from "./limits.js";
export {
  DEFAULT_READ_LIMITS,
  exceedsLimits,
  formatBytes,
  LIMIT_CODES,
  lineTooLong,
  tooLarge,
  tooManyRecords,
} from "./limits.js";
export type { DataRead, LocatedDiagnostic, LocatedResult, SourceLocation } from "./location.js";
export { describePath, fileProblem, linePosition } from "./location.js";
export { readYaml, YAML_CODES } from "./yaml.js";

/**
 * Every diagnostic code the readers of `io/` can return: decoding, syntax, duplicate keys,
 * workbooks and the reading limits.
 *
 * @category IO
 */
export type IoDiagnosticCode =
  | DecodeCode
  | DuplicateKeyCode
  | JsonCode
  | LimitCode
  | WorkbookCode
  | YamlCode;
