/**
 * Renderers: a `Report` to Markdown, HTML, CSV or JSON. Renderers compute nothing: every
 * figure a person reads comes from the report's own text fields, so all formats agree, and the
 * same report always gives byte-identical output.
 */
import { match } from "ts-pattern";
import type { Report } from "../reports/report.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

export type { NamedCsv } from "./csv.js";
export { renderCsv, renderCsvTables, tableToCsv } from "./csv.js";
export { csvField, escapeHtml, escapeMarkdownCell, escapeMarkdownLine } from "./escape.js";
export { renderHtml } from "./html.js";
export { renderJson } from "./json.js";
export { renderMarkdown } from "./markdown.js";
export { renderChartSvg } from "./svg.js";
export { renderWorkbook, workbookCell } from "./xlsx.js";

/**
 * An output format for {@link render}.
 *
 * @example
 * ```ts
 * const f: RenderFormat = "html";
 * ```
 * @category Render
 */
export type RenderFormat = "markdown" | "html" | "csv" | "json";

/**
 * Every output format, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * RENDER_FORMATS.includes("csv"); // true
 * ```
 * @category Render
 */
export const RENDER_FORMATS: readonly RenderFormat[] = ["markdown", "html", "csv", "json"];

/**
 * Render a report in one of the four formats:
 *
 * - `"markdown"`: GitHub-flavoured Markdown ({@link renderMarkdown});
 * - `"html"`: one self-contained, accessible HTML page with inline SVG charts
 *   ({@link renderHtml});
 * - `"csv"`: all the report's tables in one file, each headed by a line with its name
 *   ({@link renderCsv}; use {@link renderCsvTables} for one CSV per table);
 * - `"json"`: the report object itself with a stable key order ({@link renderJson}).
 *
 * Every report that `ReportSchema` accepts renders in every format; the text in it is data and
 * never throws. A call that breaks the types is a programming error and throws a `TypeError`
 * (as the `render*` functions do): a format that is not one of {@link RENDER_FORMATS}, or a
 * value that is not a report (not an object, no `sections` list, a block of an unknown type).
 * Check a report read from JSON with `ReportSchema.safeParse` first.
 *
 * @param report - the report, e.g. from `buildReport`
 * @param format - the output format
 * @returns the rendered text
 * @throws TypeError for an unknown format, or a value that is not a report
 * @example
 * ```ts
 * const opts = { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" };
 * const result = buildReport("gripp2", demoDataset, opts);
 * if (result.ok) render(result.value, "markdown").startsWith("# GRIPP2 short form"); // true
 * ```
 * @category Render
 */
export function render(report: Report, format: RenderFormat): string {
  if (!RENDER_FORMATS.includes(format)) {
    throw new TypeError(
      `render: ${typeof format === "string" ? JSON.stringify(format) : `a ${format === null ? "null" : typeof format}`} is not a format; use one of ${RENDER_FORMATS.join(", ")}.`,
    );
  }
  return match(format)
    .with("markdown", () => renderMarkdown(report))
    .with("html", () => renderHtml(report))
    .with("csv", () => renderCsv(report))
    .with("json", () => renderJson(report))
    .exhaustive();
}
