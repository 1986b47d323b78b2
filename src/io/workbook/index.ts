/**
 * Workbooks: `.xlsx` and `.ods` bytes to tables of text cells (`readWorkbook`), and sheets to
 * `.xlsx` bytes (`writeWorkbook`). A module of its own, so that readers of JSON, YAML and CSV
 * do not carry it (nor fflate, the zip library it reads and writes with): import it, or load it
 * with `import()`, only when a workbook is given.
 *
 * @module
 */
export type { WorkbookCode } from "./codes.js";
export { WORKBOOK_CODES } from "./codes.js";
export type { SniffedKind, WorkbookRead, WorkbookReadOptions } from "./read.js";
export { readWorkbook, sniffWorkbook } from "./read.js";
export { HELP_SHEET, LISTS_SHEET } from "./sheet-names.js";
export type { WorkbookCell, WorkbookSheet, WorkbookValidation } from "./xlsx-write.js";
export { writeWorkbook } from "./xlsx-write.js";
