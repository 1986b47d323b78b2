/**
 * Read the sheets of an `.ods` workbook (OpenDocument, as LibreOffice Calc saves it) into rows
 * of text cells. Repeated rows and cells (`table:number-rows-repeated`,
 * `table:number-columns-repeated`) are expanded only where they hold something: a sheet that
 * ends in a blank row repeated a million times costs nothing.
 */
import { isoDateText, numberText } from "./cell-text.js";
import { MAX_CELLS, MAX_COLUMNS } from "./raw-table.js";
import type { SheetRows } from "./raw-table.js";
import type { XmlEvent } from "./xml.js";
import { SheetTooLarge, xmlEvents } from "./xml.js";

/** The text of a cell from its value type and attributes (its paragraphs' text otherwise). */
function valueText(attrs: Readonly<Record<string, string>>, paragraphs: string): string {
  const type = attrs["office:value-type"] ?? attrs["calcext:value-type"];
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = Number(attrs["office:value"]);
      return Number.isFinite(n) ? numberText(n) : paragraphs;
    }
    case "date":
      return attrs["office:date-value"] === undefined
        ? paragraphs
        : isoDateText(attrs["office:date-value"]);
    case "boolean": {
      const b = attrs["office:boolean-value"];
      return b === "true" || b === "1" ? "true" : b === undefined ? paragraphs : "false";
    }
    default:
      return paragraphs;
  }
}

function repeat(attrs: Readonly<Record<string, string>>, name: string): number {
  const n = Number(attrs[name] ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

interface Sheet {
  name: string;
  rows: SheetRows["rows"];
  merged: string[];
  /** The next row's number. */
  nextRow: number;
  /** Cells kept so far. */
  cells: number;
}

interface RowState {
  cells: string[];
  /** Blank cells seen after the last non-blank one, added only if something follows. */
  pendingBlank: number;
  repeat: number;
}

interface CellState {
  attrs: Readonly<Record<string, string>>;
  text: string;
  paragraphs: number;
  /** Depth of paragraphs open: text outside them is layout whitespace. */
  inP: number;
}

/** Add a finished cell (repeated as asked) to its row. */
function endCell(row: RowState, cell: CellState, rowNumber: number, sheet: Sheet): void {
  const text = valueText(cell.attrs, cell.text);
  const times = repeat(cell.attrs, "table:number-columns-repeated");
  const spanC = repeat(cell.attrs, "table:number-columns-spanned");
  const spanR = repeat(cell.attrs, "table:number-rows-spanned");
  if (spanC > 1 || spanR > 1) {
    const col = row.cells.length + row.pendingBlank;
    sheet.merged.push(
      `${cellName(col, rowNumber)}:${cellName(col + spanC - 1, rowNumber + spanR - 1)}`,
    );
  }
  if (text === "") {
    row.pendingBlank += times;
    return;
  }
  if (row.cells.length + row.pendingBlank + times > MAX_COLUMNS) {
    throw new SheetTooLarge(`a row of more than ${MAX_COLUMNS} cells`);
  }
  for (; row.pendingBlank > 0; row.pendingBlank--) row.cells.push("");
  for (let i = 0; i < times; i++) row.cells.push(text);
}

function cellName(col: number, row: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}

/** Add a finished row (repeated as asked, when it holds something) to its sheet. */
function endRow(sheet: Sheet, row: RowState, maxRows: number): void {
  const first = sheet.nextRow;
  sheet.nextRow += row.repeat;
  if (!row.cells.some((c) => c.trim() !== "")) return;
  if (sheet.rows.length + row.repeat > maxRows) {
    throw new SheetTooLarge(`more than ${maxRows} rows in sheet "${sheet.name}"`);
  }
  sheet.cells += row.repeat * row.cells.length;
  if (sheet.cells > MAX_CELLS) {
    throw new SheetTooLarge(`more than ${MAX_CELLS} cells in sheet "${sheet.name}"`);
  }
  for (let i = 0; i < row.repeat; i++) sheet.rows.push({ row: first + i, cells: [...row.cells] });
}

/** Text inside a cell: paragraphs joined by line breaks, `text:s` spaces, tabs, line breaks. */
function cellTextEvent(cell: CellState, e: XmlEvent): void {
  if (e.kind === "text") {
    if (cell.inP > 0) cell.text += e.text;
    return;
  }
  if (e.kind === "close") {
    if (e.name === "text:p" || e.name === "text:h") cell.inP--;
    return;
  }
  switch (e.name) {
    case "text:p":
    case "text:h":
      if (cell.paragraphs++ > 0) cell.text += "\n";
      cell.inP++;
      break;
    case "text:s":
      cell.text += " ".repeat(Math.min(repeat(e.attrs, "text:c"), 10_000));
      break;
    case "text:tab":
      cell.text += "\t";
      break;
    case "text:line-break":
      cell.text += "\n";
      break;
    default:
  }
}

/**
 * The sheets of an `.ods` workbook's `content.xml`, in order, as rows of text cells. Throws
 * `XmlError` when it is malformed, `SheetTooLarge` when a sheet holds more than `maxRows` rows
 * or a row more than {@link MAX_COLUMNS} cells.
 *
 * @param xml - the text of `content.xml`
 * @param maxRows - the most non-blank rows of one sheet
 * @returns the sheets
 * @example
 * ```ts
 * const xml =
 *   '<table:table table:name="contributors"><table:table-row><table:table-cell><text:p>id</text:p></table:table-cell></table:table-row></table:table>';
 * readOdsSheets(xml, 1_000_000)[0]?.name; // "contributors"
 * ```
 */
export function readOdsSheets(xml: string, maxRows: number): SheetRows[] {
  const sheets: SheetRows[] = [];
  let sheet: Sheet | undefined;
  let row: RowState | undefined;
  let cell: CellState | undefined;
  // annotations (comments) and nested tables inside a cell are not its value
  let skip = 0;
  for (const e of xmlEvents(xml)) {
    if (skip > 0) {
      if (e.kind === "open") skip++;
      else if (e.kind === "close") skip--;
      continue;
    }
    if (cell && !(e.kind === "close" && isCell(e.name))) {
      if (e.kind === "open" && e.name === "office:annotation") skip = 1;
      else cellTextEvent(cell, e);
      continue;
    }
    if (e.kind === "open") {
      if (e.name === "table:table") {
        sheet = { name: e.attrs["table:name"] ?? "", rows: [], merged: [], nextRow: 1, cells: 0 };
      } else if (e.name === "table:table-row" && sheet) {
        row = { cells: [], pendingBlank: 0, repeat: repeat(e.attrs, "table:number-rows-repeated") };
      } else if (isCell(e.name) && row) {
        cell = { attrs: e.attrs, text: "", paragraphs: 0, inP: 0 };
      }
    } else if (e.kind === "close") {
      if (isCell(e.name) && row && cell && sheet) {
        endCell(row, cell, sheet.nextRow, sheet);
        cell = undefined;
      } else if (e.name === "table:table-row" && row && sheet) {
        endRow(sheet, row, maxRows);
        row = undefined;
      } else if (e.name === "table:table" && sheet) {
        sheets.push({ name: sheet.name, rows: sheet.rows, merged: sheet.merged });
        sheet = undefined;
      }
    }
  }
  return sheets;
}

function isCell(name: string): boolean {
  return name === "table:table-cell" || name === "table:covered-table-cell";
}
