import type { LocatedDiagnostic } from "../location.js";
import type { WorkbookCode } from "./codes.js";

/**
 * One table of text cells read from a file: a CSV file, or a sheet of a workbook whose name
 * is an entity (`activities`, `contributors`, ...). Cells hold the text a CSV file would carry.
 *
 * @category IO
 */
export interface RawTable {
  /** The entity, as the CSV file is named without `.csv`, e.g. `"activities"`. */
  entity: string;
  /** The file the table came from, e.g. `"book.xlsx"`. */
  file: string;
  /** The sheet, for a workbook. */
  sheet?: string;
  /** The header cells. */
  header: string[];
  /** The 1-based row number of the header. */
  headerRow: number;
  /** The data rows after the header (blank rows left out), each with its 1-based row number. */
  rows: { row: number; cells: string[] }[];
}

/** The rows of one sheet as read, before its header is found. */
export interface SheetRows {
  /** The sheet's name. */
  name: string;
  /** Non-blank rows, in order, with their 1-based row numbers. */
  rows: { row: number; cells: string[] }[];
  /** Ranges of merged cells, e.g. `"B3:B5"`. */
  merged: string[];
}

/** What a workbook format reader returns: its sheets, or the diagnostics that stopped it. */
export interface SheetsRead {
  sheets: SheetRows[];
  diagnostics: LocatedDiagnostic<WorkbookCode>[];
}

/**
 * The most cells of one row ppie reads (Excel's widest sheet), and the most cells of a whole
 * workbook: bounds on what repeated rows and columns (`.ods`) may expand to.
 */
export const MAX_COLUMNS = 16_384;

/**
 * The most cells (up to the last non-blank one of each row) of one sheet: a bound on the
 * memory a hostile sheet can take, far above a dataset's (a million rows of twenty columns).
 */
export const MAX_CELLS = 25_000_000;
