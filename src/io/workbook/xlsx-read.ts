/**
 * Read the sheets of an `.xlsx` workbook (Office Open XML, as Excel, LibreOffice, Numbers and
 * Google Sheets save it) into rows of text cells.
 */
import { isDateFormat, isoDateText, numberText, serialDate } from "./cell-text.js";
import { MAX_CELLS, MAX_COLUMNS } from "./raw-table.js";
import type { SheetRows } from "./raw-table.js";
import { localName, SheetTooLarge, unescapeOoxml, XmlError, xmlEvents } from "./xml.js";
import type { ZipParts } from "./zip.js";

/** A workbook's sheets in order, with the part each is stored in. */
function sheetParts(parts: ZipParts): { name: string; part: string }[] {
  const book = parts.text("xl/workbook.xml");
  if (book === undefined) throw new XmlError("there is no xl/workbook.xml");
  const targets = new Map<string, string>();
  for (const e of xmlEvents(parts.text("xl/_rels/workbook.xml.rels") ?? "")) {
    if (e.kind === "open" && localName(e.name) === "Relationship") {
      const id = e.attrs.Id;
      const target = e.attrs.Target;
      if (id !== undefined && target !== undefined) {
        targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
      }
    }
  }
  const sheets: { name: string; part: string }[] = [];
  for (const e of xmlEvents(book)) {
    if (e.kind !== "open" || localName(e.name) !== "sheet") continue;
    const rid = Object.entries(e.attrs).find(([k]) => localName(k) === "id")?.[1];
    const part = rid === undefined ? undefined : targets.get(rid);
    if (e.attrs.name !== undefined && part !== undefined) sheets.push({ name: e.attrs.name, part });
  }
  return sheets;
}

/** Whether the workbook counts dates from 1904 (old Mac Excel). */
function uses1904(parts: ZipParts): boolean {
  for (const e of xmlEvents(parts.text("xl/workbook.xml") ?? "")) {
    if (e.kind === "open" && localName(e.name) === "workbookPr") {
      const v = e.attrs.date1904;
      return v === "1" || v === "true";
    }
  }
  return false;
}

/** The shared strings, rich text joined and phonetic runs left out. */
function sharedStrings(parts: ZipParts): string[] {
  const xml = parts.text("xl/sharedStrings.xml");
  if (xml === undefined) return [];
  const out: string[] = [];
  let cur: string | undefined;
  let inT = false;
  let phonetic = 0;
  for (const e of xmlEvents(xml)) {
    if (e.kind === "open") {
      const n = localName(e.name);
      if (n === "si") cur = "";
      else if (n === "rPh") phonetic++;
      else if (n === "t") inT = true;
    } else if (e.kind === "close") {
      const n = localName(e.name);
      if (n === "si") {
        out.push(unescapeOoxml(cur ?? ""));
        cur = undefined;
      } else if (n === "rPh") phonetic--;
      else if (n === "t") inT = false;
    } else if (inT && phonetic === 0 && cur !== undefined) cur += e.text;
  }
  return out;
}

/** For each cell style index, whether it shows a date. */
function dateStyles(parts: ZipParts): boolean[] {
  const xml = parts.text("xl/styles.xml");
  if (xml === undefined) return [];
  const formats = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  for (const e of xmlEvents(xml)) {
    if (e.kind === "open") {
      const n = localName(e.name);
      if (n === "numFmt") formats.set(Number(e.attrs.numFmtId), e.attrs.formatCode ?? "");
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(e.attrs.numFmtId ?? 0);
        out.push(isDateFormat(id, formats.get(id)));
      }
    } else if (e.kind === "close" && localName(e.name) === "cellXfs") inCellXfs = false;
  }
  return out;
}

/**
 * The 0-based column of a cell reference: `"C7"` → 2.
 *
 * @param ref - a cell reference
 * @returns the column index, or -1 when the reference has no column letters
 * @example
 * ```ts
 * columnIndex("AB12"); // 27
 * ```
 */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

interface Book {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** The text of one cell, from its type, style and raw value. */
function cellText(
  book: Book,
  type: string | undefined,
  style: number,
  v: string,
  inline: string,
): string {
  switch (type) {
    case "s":
      return book.strings[Number(v)] ?? "";
    case "inlineStr":
      return unescapeOoxml(inline);
    case "str":
    case "e":
      return unescapeOoxml(v);
    case "b":
      return v === "1" || v === "true" ? "true" : v === "" ? "" : "false";
    case "d":
      return isoDateText(v);
    default: {
      if (v.trim() === "") return "";
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return book.dates[style] ? serialDate(n, book.date1904) : numberText(n);
    }
  }
}

/** One sheet's non-blank rows and merged ranges. */
function readSheet(book: Book, name: string, xml: string, maxRows: number): SheetRows {
  const rows: SheetRows["rows"] = [];
  let cells = 0;
  const merged: string[] = [];
  let row: { row: number; cells: string[] } | undefined;
  let lastRow = 0;
  let cell: { col: number; type: string | undefined; style: number } | undefined;
  let lastCol = -1;
  let v = "";
  let inline = "";
  let into: "v" | "t" | undefined;
  let phonetic = 0;
  for (const e of xmlEvents(xml)) {
    if (e.kind === "text") {
      if (into === "v") v += e.text;
      else if (into === "t" && phonetic === 0) inline += e.text;
      continue;
    }
    const n = localName(e.name);
    if (e.kind === "open") {
      if (n === "row") {
        const r = Number(e.attrs.r);
        lastRow = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
        row = { row: lastRow, cells: [] };
        lastCol = -1;
      } else if (n === "c" && row) {
        const ref = e.attrs.r;
        const col = ref === undefined ? lastCol + 1 : columnIndex(ref);
        if (col < 0) throw new XmlError(`a cell reference "${ref}" without a column`);
        if (col >= MAX_COLUMNS) throw new SheetTooLarge(`a cell at ${ref}, past the last column`);
        lastCol = col;
        cell = { col, type: e.attrs.t, style: Number(e.attrs.s ?? 0) };
        v = "";
        inline = "";
      } else if (n === "v") into = "v";
      else if (n === "t" && cell) into = "t";
      else if (n === "rPh") phonetic++;
      else if (n === "mergeCell" && e.attrs.ref !== undefined) merged.push(e.attrs.ref);
    } else {
      if (n === "v" || n === "t") into = undefined;
      else if (n === "rPh") phonetic--;
      else if (n === "c" && row && cell) {
        const text = cellText(book, cell.type, cell.style, v, inline);
        if (text !== "") {
          while (row.cells.length < cell.col) row.cells.push("");
          row.cells[cell.col] = text;
        }
        cell = undefined;
      } else if (n === "row" && row) {
        if (row.cells.some((c) => c.trim() !== "")) {
          rows.push(row);
          cells += row.cells.length;
          if (rows.length > maxRows)
            throw new SheetTooLarge(`more than ${maxRows} rows in sheet "${name}"`);
          if (cells > MAX_CELLS)
            throw new SheetTooLarge(`more than ${MAX_CELLS} cells in sheet "${name}"`);
        }
        row = undefined;
      }
    }
  }
  return { name, rows, merged };
}

/**
 * The sheets of an unpacked `.xlsx` workbook, in order, as rows of text cells. Throws
 * `XmlError` when a part it needs is missing or malformed, `SheetTooLarge` past the bounds.
 *
 * @param parts - the unpacked archive
 * @param maxRows - the most non-blank rows of one sheet
 * @returns the sheets
 * @example
 * ```ts
 * import { writeWorkbook } from "./xlsx-write.js";
 * import { unzipParts } from "./zip.js";
 * const parts = unzipParts(writeWorkbook([{ name: "contributors", rows: [["id"]] }]), () => true, 1e6);
 * "text" in parts && readXlsxSheets(parts, 1_000_000)[0]?.name; // "contributors"
 * ```
 */
export function readXlsxSheets(parts: ZipParts, maxRows: number): SheetRows[] {
  const book: Book = {
    strings: sharedStrings(parts),
    dates: dateStyles(parts),
    date1904: uses1904(parts),
  };
  return sheetParts(parts).map(({ name, part }) => {
    const xml = parts.text(part);
    if (xml === undefined) throw new XmlError(`sheet "${name}" has no part ${part}`);
    return readSheet(book, name, xml, maxRows);
  });
}
