/**
 * Workbook renderer: a report as the bytes of an `.xlsx` workbook. A cover sheet (title,
 * period, when it was made, the method notes and the sources, and a list of the sheets), then
 * one sheet per table: the same tables as the CSV renderer, with numbers as numbers shown as
 * the report shows them, and text that a spreadsheet would run as a formula neutralised as in
 * CSV.
 */
import type { WorkbookCell, WorkbookSheet } from "../io/workbook/xlsx-write.js";
import { writeWorkbook } from "../io/workbook/xlsx-write.js";
import type { Cell, Report, TableBlock } from "../reports/report.js";
import { cellOf, sourcesTable } from "./blocks.js";
import { tablesOf } from "./csv.js";
import { escapeControls, fileSafeName, neutraliseFormula } from "./escape.js";
import { assertReport } from "./report-shape.js";

/**
 * Report text made safe for a cell, as the CSV renderer makes it: control characters shown as
 * `\uXXXX`, and a formula neutralised.
 */
function safeText(text: string, value?: number | null): string {
  return escapeControls(neutraliseFormula(text, value));
}

/** A number as people write it in a report: sign, currency, thousands, decimals, percent. */
const SHOWN_NUMBER = /^([+-]?)([£$€]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

/**
 * A report cell as a workbook cell: its number, in a format that shows it as the report's text
 * does (`84.7%` → 84.72… shown `0.0"%"`), when the text is that number; its text otherwise
 * (neutralised against formulas, control characters shown as `\uXXXX`).
 *
 * @param cell - a report cell
 * @returns the workbook cell
 * @example
 * ```ts
 * workbookCell({ text: "1,250", value: 1250 }); // { number: 1250, format: "#,##0" }
 * ```
 * @category Render
 */
export function workbookCell(cell: Cell | undefined): WorkbookCell {
  if (cell === undefined) return null;
  const v = cell.value;
  const m = SHOWN_NUMBER.exec(cell.text);
  if (typeof v === "number" && Number.isFinite(v) && m) {
    const [, sign, currency, whole, decimals = "", percent] = m;
    const shown = Number(`${sign}${(whole ?? "").replaceAll(",", "")}.${decimals || "0"}`);
    if (Math.abs(shown - v) <= 0.5 * 10 ** -decimals.length + 1e-9 * Math.abs(v)) {
      const digits = (whole ?? "").includes(",") ? "#,##0" : "0";
      const format = `${currency ? `"${currency}"` : ""}${digits}${decimals ? `.${"0".repeat(decimals.length)}` : ""}${percent ? '"%"' : ""}`;
      return format === "0" ? v : { number: v, format };
    }
  }
  return cell.text === "" ? null : safeText(cell.text, v);
}

/** A table as a sheet: header labels, rows, then its footnote under a blank row. */
function tableSheet(table: TableBlock, name: string): WorkbookSheet {
  const rows: WorkbookCell[][] = [table.columns.map((c) => safeText(c.label))];
  for (const row of table.rows)
    rows.push(table.columns.map((c) => workbookCell(cellOf(row, c.key))));
  if (table.footnote !== undefined && table.footnote !== "") {
    rows.push([], [safeText(table.footnote)]);
  }
  return { name, rows };
}

/** Sheet names from table ids: file-safe, at most 31 characters, unique in any case. */
function sheetNames(tables: readonly TableBlock[]): string[] {
  const used = new Set<string>(["cover", "lists", "history"]);
  return tables.map((t) => {
    const base = fileSafeName(t.id).slice(0, 28);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The cover sheet: what the report is, its method notes and sources, and its sheets. */
function coverSheet(
  report: Report,
  tables: readonly TableBlock[],
  names: readonly string[],
): WorkbookSheet {
  const text = (s: string): WorkbookCell => safeText(s);
  const rows: WorkbookCell[][] = [[text(report.title)]];
  if (report.period) {
    rows.push([
      text(`Period: ${report.period.label} (${report.period.start} to ${report.period.end})`),
    ]);
  }
  rows.push([text(`Made: ${report.generatedAt}`)]);
  const notes = report.sections.flatMap((b) =>
    b.type === "paragraph" && (b.tone === "note" || b.tone === "warning") ? [b.text] : [],
  );
  if (notes.length > 0) rows.push([], ["Method notes"], ...notes.map((n) => [text(n)]));
  const sources = report.sections.flatMap((b) => (b.type === "sources" ? [sourcesTable(b)] : []));
  for (const s of sources) {
    rows.push([], ["Sources"]);
    for (const row of s.rows) {
      const ref = cellOf(row, "reference")?.text ?? "";
      const link = cellOf(row, "link")?.text ?? "";
      rows.push([text(`${cellOf(row, "n")?.text ?? ""}. ${ref}${link ? ` ${link}` : ""}`)]);
    }
  }
  rows.push([], ["Sheets"]);
  tables.forEach((t, i) => {
    rows.push([text(`${names[i]}: ${t.caption}`)]);
  });
  return { name: "Cover", rows, header: true, widths: [120], wrap: true };
}

/**
 * Render a report as the bytes of an `.xlsx` workbook: a cover sheet with the title, period,
 * method notes, sources and the list of sheets, then one sheet per table (every table block,
 * checklist, chart's data and sources list, and the headline measures as one `metrics` sheet:
 * the tables of `renderCsvTables` of "ppie"). Numbers are numbers, shown as the report shows them;
 * text a spreadsheet would run as a formula is neutralised as in CSV. The same report gives
 * the same bytes.
 *
 * @param report - the report, e.g. from `buildReport`
 * @returns the workbook's bytes
 * @throws TypeError when given a value that is not a report (see `render`)
 * @example
 * ```ts
 * const r = buildReport("strategy", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) renderWorkbook(r.value)[0]; // 0x50: a zip archive
 * ```
 * @category Render
 */
export function renderWorkbook(report: Report): Uint8Array {
  assertReport(report, "renderWorkbook");
  const tables = tablesOf(report.sections);
  const names = sheetNames(tables);
  return writeWorkbook([
    coverSheet(report, tables, names),
    ...tables.map((t, i) => tableSheet(t, names[i] as string)),
  ]);
}
