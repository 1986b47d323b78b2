/**
 * CSV renderer (RFC 4180): one CSV per table, checklist and chart, or all of them in one file.
 * Cells are the text a person reads in the other formats (so every format shows the same
 * figures); the numbers behind them are in the JSON output.
 */
import type { Block, MetricBlock, Report, TableBlock } from "../reports/report.js";
import { cellOf, chartDataTable, checklistTable, metricsTable, sourcesTable } from "./blocks.js";
import { csvField, escapeControls, fileSafeName } from "./escape.js";
import { assertReport } from "./report-shape.js";

/**
 * One CSV document and the name it goes by.
 *
 * @example
 * ```ts
 * const t: NamedCsv = { name: "metrics", csv: "Id,Measure\r\n" };
 * ```
 * @category Render
 */
export interface NamedCsv {
  /**
   * The block's id made safe for a file name (see `fileSafeName`), unique within the
   * report: a repeated name gets `-2`, `-3`, ... A chart's data is named `<chart id>-data`, and
   * the report's headline measures (its metric blocks) `metrics`.
   */
  name: string;
  /** The CSV text: a header row of column labels, then one line per row; CRLF line ends. */
  csv: string;
}

const CRLF = "\r\n";

/**
 * Write one table as RFC 4180 CSV: header row of column labels, one line per row, CRLF after
 * every line, fields quoted where needed and neutralised against formula injection (see
 * {@link csvField}).
 *
 * @param table - a table block
 * @returns the CSV text
 * @example
 * ```ts
 * tableToCsv({ type: "table", id: "t", caption: "T", columns: [{ key: "a", label: "A" }],
 *   rows: [{ a: { text: "=SUM(1)" } }] }); // "A\r\n'=SUM(1)\r\n"
 * ```
 * @category Render
 */
export function tableToCsv(table: TableBlock): string {
  const lines = [table.columns.map((c) => csvField(c.label))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((c) => {
        const cell = cellOf(row, c.key);
        return cell === undefined ? "" : csvField(cell.text, cell.value);
      }),
    );
  }
  return lines.map((fields) => fields.join(",") + CRLF).join("");
}

/**
 * The tabular blocks of a report as tables, in document order: each table block, each
 * checklist, each chart's data, each sources list, and the metric blocks together as one table
 * (placed where the first metric is). The CSV and workbook renderers write the same tables.
 *
 * @param sections - a report's blocks
 * @returns the tables
 */
export function tablesOf(sections: readonly Block[]): TableBlock[] {
  const tables: TableBlock[] = [];
  const metrics: MetricBlock[] = [];
  let metricsAt = -1;
  for (const block of sections) {
    switch (block.type) {
      case "table":
        tables.push(block);
        break;
      case "checklist":
        tables.push(checklistTable(block));
        break;
      case "chart":
        tables.push(chartDataTable(block));
        break;
      case "sources":
        tables.push(sourcesTable(block));
        break;
      case "metric":
        if (metricsAt < 0) metricsAt = tables.length;
        metrics.push(block);
        break;
      case "heading":
      case "paragraph":
      case "idea":
        break;
      default: {
        const unhandled: never = block;
        throw new TypeError(`Unknown block type ${String((unhandled as { type: unknown }).type)}`);
      }
    }
  }
  if (metricsAt >= 0) tables.splice(metricsAt, 0, metricsTable(metrics));
  return tables;
}

/**
 * One CSV per table in a report: every table block, every checklist (code, item, status,
 * detail, verified), every chart's data (see `chartDataTable`), every sources list (number,
 * full reference, link, verified, note), and one `metrics` CSV of the headline measures when
 * the report has metric blocks. Headings, paragraphs and ideas are not tabular and are left out;
 * the sources a paragraph cites are all in the report's sources list.
 *
 * @param report - the report
 * @returns the CSVs in document order, each with a unique file-safe name
 * @throws TypeError when given a value that is not a report (see `render`)
 * @example
 * ```ts
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * const names = r.ok ? renderCsvTables(r.value).map((t) => t.name) : [];
 * names; // ["metrics", "gripp2-short", "gripp2-stages", "gripp2-events", "gripp2-impacts", "sources"]
 * ```
 * @category Render
 */
export function renderCsvTables(report: Report): NamedCsv[] {
  assertReport(report, "renderCsvTables");
  const used = new Set<string>();
  return tablesOf(report.sections).map((table) => {
    const base = fileSafeName(table.id);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { name, csv: escapeControls(tableToCsv(table)) };
  });
}

/**
 * All of a report's tables in one CSV file. RFC 4180 has one table per file, so this is a
 * documented extension: each table starts with a line holding only its name (as in
 * {@link renderCsvTables}), then its header row and rows; an empty line separates one table from
 * the next. Use {@link renderCsvTables} for one plain CSV per table.
 *
 * @param report - the report
 * @returns the CSV text (empty when the report has no tables)
 * @throws TypeError when given a value that is not a report (see `render`)
 * @example
 * ```ts
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) renderCsv(r.value).startsWith("metrics\r\nId,Measure,Value,"); // true
 * ```
 * @category Render
 */
export function renderCsv(report: Report): string {
  assertReport(report, "renderCsv");
  return renderCsvTables(report)
    .map((t) => csvField(t.name) + CRLF + t.csv)
    .join(CRLF);
}
