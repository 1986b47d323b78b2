/**
 * `writeWorkbook`: sheets of cells to the bytes of an `.xlsx` workbook, with bold frozen
 * headers, column widths and drop-down lists (data validation). The same sheets always give
 * the same bytes.
 */
import { strToU8, zipSync } from "fflate";
import { escapeXml } from "./xml.js";

/**
 * One cell to write: text (always written as text, never as a formula), a number, a number
 * shown in a number format (`{ number: 84.72, format: '0.0"%"' }`), a true/false, a calendar
 * date (`{ date: "2025-01-31" }`, shown as `yyyy-mm-dd`), or nothing.
 *
 * @category IO
 */
export type WorkbookCell =
  | string
  | number
  | boolean
  | { date: string }
  | { number: number; format: string }
  | null
  | undefined;

/**
 * A drop-down list on a column of a sheet, below its header row.
 *
 * @category IO
 */
export interface WorkbookValidation {
  /** 0-based column. */
  column: number;
  /** The values offered. */
  values: readonly string[];
  /**
   * Whether a value not in the list is refused (`true`, for a column of one value) or only
   * warned about (`false`, for a column that holds a list of values separated by `;`).
   */
  strict: boolean;
}

/**
 * One sheet to write.
 *
 * @category IO
 */
export interface WorkbookSheet {
  /** The name on its tab: at most 31 characters, none of `[ ] : * ? / \`. */
  name: string;
  /** Rows of cells; the first is shown in bold and kept in view when the first row is frozen. */
  rows: readonly (readonly WorkbookCell[])[];
  /** Whether the first row is a header (bold, frozen). Default true. */
  header?: boolean;
  /** Column widths in characters (default: from the longest cell, 8 to 60). */
  widths?: readonly number[];
  /** Wrap the text of long cells (for a sheet of prose). */
  wrap?: boolean;
  /** Drop-down lists. */
  validations?: readonly WorkbookValidation[];
  /** Hide the sheet's tab. */
  hidden?: boolean;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style indexes of styles.xml. */
const STYLE = { plain: 0, bold: 1, date: 2, wrap: 3 } as const;
const FIXED_STYLES = 4;
/** The last row of a sheet, for a validation that covers a whole column. */
const LAST_ROW = 1_048_576;
const BAD_NAME = /[[\]:*?/\\]/;

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The number formats of a workbook beyond the fixed styles, each with its style index. */
type Formats = Map<string, number>;

function cellXml(cell: WorkbookCell, ref: string, style: number, formats: Formats): string {
  if (cell === null || cell === undefined || cell === "") return "";
  const s = style === 0 ? "" : ` s="${style}"`;
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? `<c r="${ref}"${s}><v>${cell}</v></c>`
      : cellXml(String(cell), ref, style, formats);
  }
  if (typeof cell === "boolean") return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === "object" && "number" in cell) {
    if (!Number.isFinite(cell.number)) return cellXml(String(cell.number), ref, style, formats);
    let at = formats.get(cell.format);
    if (at === undefined) {
      at = FIXED_STYLES + formats.size;
      formats.set(cell.format, at);
    }
    return `<c r="${ref}" s="${at}"><v>${cell.number}</v></c>`;
  }
  if (typeof cell === "object") {
    const serial = dateSerial(cell.date);
    return serial === undefined
      ? cellXml(cell.date, ref, style, formats)
      : `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  const space = /^\s|\s$|\n/.test(cell) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(cell)}</t></is></c>`;
}

/** The 1900-system serial number of a `YYYY-MM-DD` date after 1900-02-28. */
function dateSerial(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== date) return undefined;
  const serial = (t - Date.UTC(1899, 11, 30)) / 86_400_000;
  return serial > 60 ? serial : undefined;
}

function widthOf(cell: WorkbookCell): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === "object") return "number" in cell ? String(cell.number).length : 10;
  const text = String(cell);
  let longest = 0;
  for (const line of text.split("\n")) longest = Math.max(longest, line.length);
  return longest;
}

function sheetXml(
  sheet: WorkbookSheet,
  listsRef: (v: WorkbookValidation) => string,
  formats: Formats,
): string {
  const header = sheet.header ?? true;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const widths = Array.from({ length: width }, (_, c) => {
    const given = sheet.widths?.[c];
    if (given !== undefined) return given;
    const longest = Math.max(0, ...sheet.rows.map((r) => widthOf(r[c])));
    return Math.min(60, Math.max(8, longest + 2));
  });
  const parts: string[] = [XML_HEAD, `<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`];
  if (header && sheet.rows.length > 0) {
    parts.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  }
  if (widths.length > 0) {
    parts.push("<cols>");
    widths.forEach((w, c) => {
      parts.push(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`);
    });
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  sheet.rows.forEach((row, r) => {
    const style = header && r === 0 ? STYLE.bold : sheet.wrap ? STYLE.wrap : STYLE.plain;
    parts.push(`<row r="${r + 1}">`);
    row.forEach((cell, c) => {
      parts.push(cellXml(cell, `${letters(c)}${r + 1}`, style, formats));
    });
    parts.push("</row>");
  });
  parts.push("</sheetData>");
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    parts.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) {
      const col = letters(v.column);
      const error = v.strict
        ? ' showErrorMessage="1" errorTitle="Not in the list" error="Choose a value from the list."'
        : ' showErrorMessage="1" errorStyle="information" errorTitle="Not in the list" error="Pick from the list; for several values, separate them with a semicolon (;)."';
      parts.push(
        `<dataValidation type="list" allowBlank="1" showInputMessage="1"${error} sqref="${col}2:${col}${LAST_ROW}"><formula1>${escapeXml(listsRef(v))}</formula1></dataValidation>`,
      );
    }
    parts.push("</dataValidations>");
  }
  parts.push("</worksheet>");
  return parts.join("");
}

function stylesXml(formats: Formats): string {
  const custom = [...formats.keys()];
  const numFmts = [
    '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>',
    ...custom.map((f, i) => `<numFmt numFmtId="${165 + i}" formatCode="${escapeXml(f)}"/>`),
  ];
  const xfs = custom.map(
    (_, i) =>
      `<xf numFmtId="${165 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  );
  return `${XML_HEAD}<styleSheet xmlns="${NS}"><numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${FIXED_STYLES + xfs.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>${xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/** A hidden sheet holding each drop-down list in a column, when any sheet has one. */
function listsSheet(
  sheets: readonly WorkbookSheet[],
  name: string,
): { sheet: WorkbookSheet | undefined; ref: (v: WorkbookValidation) => string } {
  const columns: string[][] = [];
  const at = new Map<string, number>();
  for (const s of sheets) {
    for (const v of s.validations ?? []) {
      const key = JSON.stringify(v.values);
      if (!at.has(key)) {
        at.set(key, columns.length);
        columns.push([...v.values]);
      }
    }
  }
  if (columns.length === 0) return { sheet: undefined, ref: () => "" };
  const height = Math.max(...columns.map((c) => c.length));
  const rows = Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? null));
  return {
    sheet: { name, rows, header: false, hidden: true },
    ref: (v) => {
      const col = letters(at.get(JSON.stringify(v.values)) ?? 0);
      return `'${name}'!$${col}$1:$${col}$${Math.max(1, v.values.length)}`;
    },
  };
}

/**
 * Write sheets as the bytes of an `.xlsx` workbook (Office Open XML), readable by Excel,
 * LibreOffice Calc, Numbers and Google Sheets. Text is written as text (never as a formula),
 * numbers as numbers, dates as dates shown `yyyy-mm-dd`. Drop-down lists are kept on a hidden
 * sheet named `listsSheetName`. The same sheets give the same bytes.
 *
 * @param sheets - the sheets, in order
 * @param listsSheetName - the hidden sheet for drop-down lists (default `"lists"`)
 * @returns the workbook's bytes
 * @throws {TypeError} when a sheet name is empty, too long, repeated or has `[ ] : * ? / \`
 * @example
 * ```ts
 * const bytes = writeWorkbook([{ name: "contributors", rows: [["id", "roles"], ["c-1", "patient"]] }]);
 * bytes[0]; // 0x50 (a zip archive)
 * ```
 * @category IO
 */
export function writeWorkbook(
  sheets: readonly WorkbookSheet[],
  listsSheetName = "lists",
): Uint8Array {
  const lists = listsSheet(sheets, listsSheetName);
  const all = lists.sheet ? [...sheets, lists.sheet] : [...sheets];
  const seen = new Set<string>();
  for (const s of all) {
    const lower = s.name.toLowerCase();
    if (s.name === "" || s.name.length > 31 || BAD_NAME.test(s.name) || seen.has(lower)) {
      throw new TypeError(`Not a sheet name ppie can write: "${s.name}".`);
    }
    seen.add(lower);
  }
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string): void => {
    files[name] = strToU8(xml);
  };
  put(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${all.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
  );
  put(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const firstVisible = Math.max(
    0,
    all.findIndex((s) => !s.hidden),
  );
  put(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><bookViews><workbookView activeTab="${firstVisible}"/></bookViews><sheets>${all.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${all.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${all.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
  );
  const formats: Formats = new Map();
  all.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, lists.ref, formats));
  });
  put("xl/styles.xml", stylesXml(formats));
  // a fixed time stamp: the same sheets give the same bytes
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
