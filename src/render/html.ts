/**
 * HTML renderer: one self-contained, accessible page (no script, no external request), with
 * inline SVG charts and print styles for saving as PDF from a browser.
 */
import type {
  ChartBlock,
  ChecklistBlock,
  IdeaBlock,
  MetricBlock,
  ParagraphBlock,
  Report,
  ReportPresentation,
  SourcesBlock,
  TableBlock,
} from "../reports/report.js";
import { PICTURE_SRC } from "../reports/report.js";
import { cellOf, chartDataTable, layout, reportMeta, sourceReference } from "./blocks.js";
import { escapeControls, escapeHtml, splitLines } from "./escape.js";
import {
  checklistStatusLabels,
  metricStatusLabels,
  trendSymbols,
  UNVERIFIED_NOTE,
} from "./labels.js";
import { renderChartSvg } from "./svg.js";
import { assertReport } from "./report-shape.js";

/** Escaped text with line breaks kept as `<br>`. */
function text(value: string): string {
  return splitLines(value).map(escapeHtml).join("<br>");
}

/** Paragraphs from text: blank lines separate paragraphs, single line breaks become `<br>`. */
function paragraphs(value: string, cls?: string, lead?: string): string {
  const paras = value
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const attr = cls === undefined ? "" : ` class="${cls}"`;
  return paras
    .map((p, i) => `<p${attr}>${i === 0 && lead !== undefined ? lead : ""}${text(p)}</p>`)
    .join("\n");
}

/** The text, or a fallback when it is blank (an empty title or heading is an accessibility error). */
function orDefault(value: string, fallback: string): string {
  return value.trim() === "" ? fallback : value;
}

function symbol(s: string): string {
  return `<span class="sym" aria-hidden="true">${escapeHtml(s)}</span>`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1a1a1a; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.report-header, main { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem; }
header.report-header { padding-top: 1.5rem; border-bottom: 3px solid #1a1a1a; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #6b6b6b; padding-bottom: 0.25rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.meta { color: #333333; margin: 0 0 1rem; }
p { margin: 0.75rem 0; max-width: 48rem; }
.callout { border-left: 6px solid #1f5fa6; background: #eef4fb; padding: 0.6rem 0.9rem; max-width: 48rem; }
.callout.warning { border-left-color: #a34700; background: #fdf1e7; }
.callout p { margin: 0.25rem 0; }
dl.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
.metric { border: 1px solid #6b6b6b; border-radius: 6px; padding: 0.75rem 0.9rem; break-inside: avoid; }
.metric dt { font-weight: 600; }
.metric dd { margin: 0.15rem 0 0; }
.metric dd.value { font-size: 1.6rem; font-weight: 700; line-height: 1.25; }
.metric dd.detail { color: #333333; font-size: 0.9rem; }
.status { display: inline-block; padding: 0 0.4rem; border-radius: 4px; border: 1px solid currentColor; font-weight: 600; }
.status-met, .status-reported { color: #14532d; background: #e7f5ea; }
.status-on-track, .status-partial { color: #5c3b00; background: #fff4d6; }
.status-off-track, .status-missing { color: #8a1414; background: #fdecec; }
.status-no-data, .status-not-applicable { color: #333333; background: #f0f0f0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
th.prose, td.prose { min-width: 13rem; }
th.prose-2, td.prose-2 { min-width: 8rem; }
@media (max-width: 40rem) {
  header.report-header, main { padding: 0 0.75rem; }
  h1 { font-size: 1.6rem; }
  table.stack, table.stack caption, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack { min-width: 0; width: 100%; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.stack tr { border: 1px solid #8a8a8a; border-radius: 6px; margin: 0 0 0.75rem; padding: 0.25rem 0; }
  th.prose, td.prose { min-width: 10rem; }
  th.prose-2, td.prose-2 { min-width: 6rem; }
  table.stack th, table.stack td { border: none; min-width: 0; text-align: left; padding: 0.2rem 0.6rem; overflow-wrap: break-word; }
  table.stack th[data-label]::before, table.stack td[data-label]::before { content: attr(data-label); display: block; font-weight: 600; font-size: 0.85rem; color: #333333; }
}
.footnote { font-size: 0.9rem; color: #333333; }
.unverified { font-style: italic; color: #333333; }
figure { margin: 1.5rem 0; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 0.25rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
details { margin: 0.5rem 0 1rem; }
summary { cursor: pointer; font-weight: 600; }
.sym { margin-right: 0.25rem; }
ol.sources { max-width: 48rem; padding-left: 2rem; }
ol.sources li { margin: 0.5rem 0; overflow-wrap: anywhere; }
.source-note { display: block; font-size: 0.9rem; color: #333333; }
footer.report-footer { max-width: 64rem; margin: 2rem auto 1rem; padding: 0 1.25rem; color: #333333; font-size: 0.9rem; }
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 11pt; background: none; }
  header.report-header, main, footer.report-footer { max-width: none; padding: 0; }
  .callout, .status, thead th { background: none !important; }
  .metric, figure, tr, .callout { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
`
  .trim()
  .replace(/\n\s*/g, "\n");

/**
 * Extra styles for a document read by the person it is about (`Report.presentation`): body text
 * at its point size on screen and paper, A4 pages, and for Easy Read each idea as a row with its
 * picture on the left and more space around everything. The size is clamped to 8 to 72 points.
 */
function presentationStyle(p: ReportPresentation): string {
  const size = Number.isFinite(p.pointSize) ? Math.min(72, Math.max(8, p.pointSize)) : 12;
  const rules = [
    `body.presentation { font-size: ${size}pt; line-height: 1.6; }`,
    "body.presentation p { max-width: 40em; }",
    "@page { size: A4; margin: 18mm 16mm; }",
    // the method note and the sources are for the people who send the document: smaller
    "body.presentation .callout, body.presentation .sources-caption, body.presentation ol.sources { font-size: 0.8em; }",
    `@media print { body.presentation { font-size: ${size}pt; } }`,
  ];
  if (p.style === "easy-read") {
    rules.push(
      "body.easy-read h2 { border-bottom: none; margin-top: 2.5rem; }",
      ".idea { display: grid; grid-template-columns: 6rem 1fr; gap: 1.5rem; align-items: center; margin: 1.5rem 0; max-width: 44em; break-inside: avoid; page-break-inside: avoid; }",
      ".idea .picture { width: 6rem; height: 6rem; display: block; }",
      ".idea .picture-text { width: 6rem; font-size: 0.8em; }",
      ".idea p { margin: 0; }",
      "@media (max-width: 30rem) { .idea { grid-template-columns: 4rem 1fr; gap: 1rem; } .idea .picture { width: 4rem; height: 4rem; } }",
    );
  }
  return rules.join("\n");
}

/**
 * An idea (Easy Read): its picture on the left, its words on the right with key words in bold.
 * A picture whose address is not a base64 `data:` image (see `PICTURE_SRC`) is shown as its
 * text alternative instead.
 */
function idea(block: IdeaBlock): string {
  const { alt, src } = block.picture;
  const label = orDefault(alt, "Picture");
  const picture = PICTURE_SRC.test(src)
    ? `<img class="picture" src="${escapeHtml(src)}" alt="${escapeHtml(splitLines(label).join(" "))}" width="96" height="96">`
    : `<span class="picture-text">${text(label)}</span>`;
  const words = block.parts
    .map((p) => (p.strong === true ? `<strong>${text(p.text)}</strong>` : text(p.text)))
    .join("");
  return `<div class="idea">${picture}<p>${words}</p></div>`;
}

function paragraph(block: ParagraphBlock): string {
  const tone = block.tone ?? "normal";
  if (tone === "normal") return paragraphs(block.text);
  const lead = tone === "note" ? "<strong>Note:</strong> " : "<strong>Warning:</strong> ";
  return `<div class="callout ${tone === "note" ? "note" : "warning"}">${paragraphs(block.text, undefined, lead)}</div>`;
}

function metrics(list: readonly MetricBlock[]): string {
  const statuses = metricStatusLabels();
  const trends = trendSymbols();
  const cards = list.map((m) => {
    const dds = [`<dd class="value">${text(m.display)}</dd>`];
    if (m.target !== undefined) dds.push(`<dd>Target: ${text(m.target)}</dd>`);
    if (m.status !== undefined) {
      const s = statuses[m.status];
      dds.push(
        `<dd>Status: <span class="status status-${escapeHtml(m.status)}">${symbol(s.symbol)}${s.word}</span></dd>`,
      );
    }
    if (m.trend !== undefined)
      dds.push(`<dd>Trend: ${symbol(trends[m.trend.direction])}${text(m.trend.text)}</dd>`);
    if (m.detail !== undefined) dds.push(`<dd class="detail">${text(m.detail)}</dd>`);
    return `<div class="metric"><dt>${text(m.label)}</dt>${dds.join("")}</div>`;
  });
  return `<dl class="metrics">\n${cards.join("\n")}\n</dl>`;
}

/** A column whose cells hold running text (any longer than 40 characters): it keeps a readable width. */
const PROSE_CHARS = 40;

/**
 * Which columns of a table hold running text (class `prose`: the four with the most text keep
 * 13rem, about five words a line; any others 8rem, class `prose-2`), and whether the table
 * stacks on a phone.
 */
function tableShape(block: TableBlock): { prose: ("" | "prose" | "prose-2")[]; stack: boolean } {
  const length = block.columns.map((c) =>
    c.align === "right"
      ? 0
      : Math.max(0, ...block.rows.map((row) => [...(cellOf(row, c.key)?.text ?? "")].length)),
  );
  const mean = block.columns.map((c, i) =>
    (length[i] ?? 0) <= PROSE_CHARS || block.rows.length === 0
      ? 0
      : block.rows.reduce((a, row) => a + [...(cellOf(row, c.key)?.text ?? "")].length, 0) /
        block.rows.length,
  );
  const widest = [...mean.keys()]
    .filter((i) => (mean[i] ?? 0) > 0)
    .sort((a, b) => (mean[b] ?? 0) - (mean[a] ?? 0) || a - b)
    .slice(0, 4);
  const prose = mean.map((m, i) => (m === 0 ? "" : widest.includes(i) ? "prose" : "prose-2"));
  // a table with running text becomes one card per row on a narrow screen
  return { prose, stack: block.columns.length >= 3 && widest.length > 0 };
}

function table(block: TableBlock, id: string): string {
  const cols = block.columns;
  const rowHeader = cols[0] !== undefined && cols[0].align !== "right";
  const shape = tableShape(block);
  const head = cols
    .map((c, i) => {
      const cls = [c.align === "right" ? "num" : "", shape.prose[i] ?? ""].filter((x) => x !== "");
      return `<th scope="col"${cls.length > 0 ? ` class="${cls.join(" ")}"` : ""}>${text(c.label)}</th>`;
    })
    .join("");
  const rows = block.rows.map((row) => {
    const cells = cols.map((c, i) => {
      const cell = cellOf(row, c.key);
      const cls = [
        c.align === "right" ? "num" : "",
        shape.prose[i] ?? "",
        cell?.suppressed === undefined ? "" : "suppressed",
      ].filter((x) => x !== "");
      const attr =
        (cls.length > 0 ? ` class="${cls.join(" ")}"` : "") +
        (shape.stack ? ` data-label="${escapeHtml(splitLines(c.label).join(" "))}"` : "");
      const content = text(cell?.text ?? "");
      return i === 0 && rowHeader
        ? `<th scope="row"${attr}>${content}</th>`
        : `<td${attr}>${content}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  if (rows.length === 0)
    rows.push(`<tr><td colspan="${Math.max(1, cols.length)}">No rows.</td></tr>`);
  const caption = `<caption id="${id}-caption">${text(block.caption)}</caption>`;
  const thead = cols.length > 0 ? `<thead><tr>${head}</tr></thead>` : "";
  const foot = block.footnote === undefined ? "" : `\n${paragraphs(block.footnote, "footnote")}`;
  const cls = shape.stack ? ` class="stack"` : "";
  return `<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0"><table${cls}>${caption}${thead}<tbody>${rows.join("\n")}</tbody></table></div>${foot}`;
}

function checklist(block: ChecklistBlock, id: string): string {
  const labels = checklistStatusLabels();
  const withCode = block.items.some((i) => i.code !== undefined);
  const head = `${withCode ? `<th scope="col">Item</th>` : ""}<th scope="col">Requirement</th><th scope="col">Status</th><th scope="col" class="prose">Detail</th>`;
  const rows = block.items.map((item) => {
    const s = labels[item.status];
    const unverified = item.verified
      ? ""
      : ` <span class="unverified">${escapeHtml(UNVERIFIED_NOTE)}</span>`;
    const code = withCode ? `<td data-label="Item">${text(item.code ?? "")}</td>` : "";
    return `<tr>${code}<th scope="row" data-label="Requirement">${text(item.label)}${unverified}</th><td data-label="Status"><span class="status status-${escapeHtml(item.status)}">${symbol(s.symbol)}${s.word}</span></td><td class="prose" data-label="Detail">${text(item.detail)}</td></tr>`;
  });
  if (rows.length === 0) rows.push(`<tr><td colspan="${withCode ? 4 : 3}">No items.</td></tr>`);
  return `<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0"><table class="stack"><caption id="${id}-caption">${text(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table></div>`;
}

function chart(block: ChartBlock, id: string): string {
  return [
    `<figure aria-labelledby="${id}-figcaption">`,
    `<figcaption id="${id}-figcaption">${text(block.title)}</figcaption>`,
    renderChartSvg(block, id),
    paragraphs(block.description, "chart-description"),
    `<details open><summary>Data for this chart</summary>`,
    table(chartDataTable(block), `${id}-data`),
    "</details>",
    "</figure>",
  ].join("\n");
}

/**
 * A sources list: its caption, then a numbered list with one full reference per item, its web
 * address a link (only an `http(s)://` address, made safe by `safeHref`), and for a
 * publication not yet verified, what is unconfirmed. Long addresses wrap on narrow screens.
 */
function sources(block: SourcesBlock, id: string): string {
  const caption = `<p id="${id}-caption" class="sources-caption">${text(orDefault(block.caption, "Sources"))}</p>`;
  if (block.items.length === 0) return `${caption}\n<p>No sources.</p>`;
  const items = block.items.map((source) => {
    const ref = sourceReference(source);
    const link =
      ref.link === undefined
        ? ""
        : `<a href="${escapeHtml(ref.link.href)}" rel="noreferrer">${text(ref.link.text)}</a>`;
    const flag = ref.flag === undefined ? "" : ` <span class="unverified">${text(ref.flag)}</span>`;
    const note = ref.note === undefined ? "" : `<span class="source-note">${text(ref.note)}</span>`;
    return `<li>${text(ref.before)}${link}${text(ref.after)}${flag}${note}</li>`;
  });
  return `${caption}\n<ol class="sources" aria-labelledby="${id}-caption">\n${items.join("\n")}\n</ol>`;
}

/**
 * Render a report as one self-contained HTML page: `<!doctype html>`, `lang="en-GB"`, a
 * Content-Security-Policy that forbids scripts and every outside request, inline styles
 * (readable, high contrast, with print styles for saving as PDF), a `<header>` with the title,
 * period and generation time, and `<main>` with one `<section>` per level-2 heading. Headings
 * never skip a level; tables have captions and column (and row) headers; metrics are cards
 * with their status in words; checklists are tables; charts are inline SVG followed by their
 * description and data table; a sources list is a numbered list of full references, each web
 * address a link (`http(s)://` only). Every string from the report is escaped.
 *
 * @param report - the report
 * @returns the HTML text, ending with a newline
 * @throws TypeError when given a value that is not a report (see `render`)
 * @example
 * ```ts
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) renderHtml(r.value).startsWith("<!doctype html>"); // true
 * ```
 * @category Render
 */
export function renderHtml(report: Report): string {
  assertReport(report, "renderHtml");
  const body: string[] = [];
  let inSection = false;
  for (const item of layout(report.sections)) {
    switch (item.type) {
      case "metrics":
        body.push(metrics(item.metrics));
        break;
      case "heading": {
        const id = `b${item.index}`;
        if (item.level === 2) {
          if (inSection) body.push("</section>");
          body.push(`<section aria-labelledby="${id}">`);
          inSection = true;
        }
        body.push(
          `<h${item.level} id="${id}">${text(orDefault(item.text, "Section"))}</h${item.level}>`,
        );
        break;
      }
      case "block": {
        const b = item.block;
        const id = `b${item.index}`;
        switch (b.type) {
          case "paragraph":
            body.push(paragraph(b));
            break;
          case "table":
            body.push(table(b, id));
            break;
          case "checklist":
            body.push(checklist(b, id));
            break;
          case "chart":
            body.push(chart(b, id));
            break;
          case "sources":
            body.push(sources(b, id));
            break;
          case "idea":
            body.push(idea(b));
            break;
          default: {
            const unhandled: never = b;
            throw new TypeError(
              `Unknown block type ${String((unhandled as { type: unknown }).type)}`,
            );
          }
        }
        break;
      }
      default: {
        const unhandled: never = item;
        throw new TypeError(`Unknown layout item ${String((unhandled as { type: unknown }).type)}`);
      }
    }
  }
  if (inSection) body.push("</section>");
  const meta: string[] = [];
  const said = reportMeta(report);
  if (said.period !== undefined) meta.push(text(said.period));
  // people read the time in words; machines read the ISO time in <time datetime>
  meta.push(
    `Generated: <time datetime="${escapeHtml(report.generatedAt)}">${text(said.generated.slice("Generated: ".length))}</time>`,
  );
  const p = report.presentation;
  const metaLine = `<p class="meta">${meta.join(" · ")}</p>`;
  const page = [
    "<!doctype html>",
    `<html lang="en-GB">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="generator" content="ppie">`,
    `<title>${escapeHtml(orDefault(splitLines(report.title).join(" "), "Report"))}</title>`,
    `<style>\n${p === undefined ? STYLE : `${STYLE}\n${presentationStyle(p)}`}\n</style>`,
    "</head>",
    p === undefined
      ? "<body>"
      : `<body class="presentation ${p.style === "easy-read" ? "easy-read" : "plain"}">`,
    `<header class="report-header">`,
    `<h1>${text(orDefault(report.title, "Report"))}</h1>`,
    // a document for a person starts with its words; when and for which period it was made
    // is for the people who send it, at the end
    ...(p === undefined ? [metaLine] : []),
    "</header>",
    "<main>",
    ...body,
    "</main>",
    ...(p === undefined ? [] : [`<footer class="report-footer">`, metaLine, "</footer>"]),
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return escapeControls(page);
}
