/** A sheet's rows as the workbook format readers return them, and the bounds they read within. */
import type { RawRow } from "../tables.js";

/** The rows of one sheet as read, before its header is found. */
export interface SheetRows {
  /** The sheet's name. */
  name: string;
  /** Non-blank rows, in order, with their 1-based row numbers. */
  rows: RawRow[];
  /** Ranges of merged cells, e.g. `"B3:B5"`. */
  merged: string[];
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
