/**
 * Markdown renderer (GitHub-flavoured): renders cleanly on GitHub and in TypeDoc. Every string
 * from the report is escaped, so data can never become markup; the only HTML it writes is
 * `<br>` for a line break inside a table cell.
 */
import type {
  ChartBlock,
  ChecklistBlock,
  IdeaBlock,
  MetricBlock,
  ParagraphBlock,
  Report,
  SourcesBlock,
  TableBlock,
} from "../reports/report.js";
import { PICTURE_SRC } from "../reports/report.js";
import { cellOf, chartDataTable, layout, reportMeta, sourceReference } from "./blocks.js";
import {
  escapeControls,
  escapeMarkdownCell,
  escapeMarkdownLine,
  escapeMarkdownParagraphs,
  splitLines,
} from "./escape.js";
import {
  checklistStatusLabels,
  metricStatusLabels,
  trendSymbols,
  UNVERIFIED_NOTE,
} from "./labels.js";
import { assertReport } from "./report-shape.js";

/** One line of heading or caption text: line breaks become spaces. */
function oneLine(text: string): string {
  return escapeMarkdownLine(splitLines(text).join(" ").trim());
}

function bold(text: string): string {
  const t = oneLine(text);
  return t === "" ? "" : `**${t}**`;
}

function gfmTable(
  header: string[],
  align: ("left" | "right" | undefined)[],
  rows: string[][],
): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const rule = align.map((a) => (a === "right" ? "---:" : "---"));
  return [line(header), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}

function paragraph(block: ParagraphBlock): string {
  const paras = escapeMarkdownParagraphs(block.text);
  const tone = block.tone ?? "normal";
  if (tone === "normal") return paras.join("\n\n");
  const label = tone === "note" ? "**Note:**" : "**Warning:**";
  const [first = "", ...rest] = paras;
  const quoted = [`${label} ${first}`.trimEnd(), ...rest];
  return quoted
    .map((p) =>
      p
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n"),
    )
    .join("\n>\n");
}

function metrics(list: readonly MetricBlock[]): string {
  const statuses = metricStatusLabels();
  const trends = trendSymbols();
  const has = {
    target: list.some((m) => m.target !== undefined),
    status: list.some((m) => m.status !== undefined),
    trend: list.some((m) => m.trend !== undefined),
    detail: list.some((m) => m.detail !== undefined),
  };
  const header = ["Measure", "Value"];
  const align: ("left" | "right" | undefined)[] = [undefined, "right"];
  if (has.target) header.push("Target");
  if (has.status) header.push("Status");
  if (has.trend) header.push("Trend");
  if (has.detail) header.push("How it was reached");
  for (let i = align.length; i < header.length; i++) align.push(undefined);
  const rows = list.map((m) => {
    const row = [escapeMarkdownCell(m.label), escapeMarkdownCell(m.display)];
    if (has.target) row.push(escapeMarkdownCell(m.target ?? ""));
    if (has.status) {
      const s = m.status === undefined ? undefined : statuses[m.status];
      row.push(s === undefined ? "" : `${s.symbol} ${s.word}`);
    }
    if (has.trend)
      row.push(
        m.trend === undefined
          ? ""
          : `${trends[m.trend.direction]} ${escapeMarkdownCell(m.trend.text)}`,
      );
    if (has.detail) row.push(escapeMarkdownCell(m.detail ?? ""));
    return row;
  });
  return gfmTable(header, align, rows);
}

function table(block: TableBlock): string {
  const parts: string[] = [];
  const caption = bold(block.caption);
  if (caption !== "") parts.push(caption);
  if (block.columns.length === 0) {
    parts.push("No columns.");
  } else {
    const rows = block.rows.map((row) =>
      block.columns.map((c) => escapeMarkdownCell(cellOf(row, c.key)?.text ?? "")),
    );
    parts.push(
      gfmTable(
        block.columns.map((c) => escapeMarkdownCell(c.label)),
        block.columns.map((c) => c.align),
        rows,
      ),
    );
    if (block.rows.length === 0) parts.push("No rows.");
  }
  if (block.footnote !== undefined) parts.push(...escapeMarkdownParagraphs(block.footnote));
  return parts.join("\n\n");
}

function checklist(block: ChecklistBlock): string {
  const labels = checklistStatusLabels();
  const withCode = block.items.some((i) => i.code !== undefined);
  const header = [...(withCode ? ["Item"] : []), "Requirement", "Status", "Detail"];
  const rows = block.items.map((item) => {
    const s = labels[item.status];
    const label =
      escapeMarkdownCell(item.label) +
      (item.verified ? "" : ` _${escapeMarkdownLine(UNVERIFIED_NOTE)}_`);
    return [
      ...(withCode ? [escapeMarkdownCell(item.code ?? "")] : []),
      label,
      `${s.symbol} ${s.word}`,
      escapeMarkdownCell(item.detail),
    ];
  });
  const parts: string[] = [];
  const caption = bold(block.caption);
  if (caption !== "") parts.push(caption);
  parts.push(
    gfmTable(
      header,
      header.map(() => undefined),
      rows,
    ),
  );
  if (block.items.length === 0) parts.push("No items.");
  return parts.join("\n\n");
}

function chart(block: ChartBlock): string {
  const title = oneLine(block.title);
  const parts = [
    title === "" ? "**Chart**" : `**Chart: ${title}**`,
    ...escapeMarkdownParagraphs(block.description),
  ];
  parts.push(table(chartDataTable(block)));
  return parts.join("\n\n");
}

/** Text that follows other text on a line: its leading spaces kept, the rest escaped. */
function inline(text: string): string {
  const t = splitLines(text).join(" ");
  const lead = /^[ \t]*/.exec(t)?.[0] ?? "";
  return lead + escapeMarkdownLine(t.slice(lead.length));
}

/**
 * An idea (Easy Read) as one paragraph: its picture as an image with its text alternative (a
 * base64 `data:` address, see `PICTURE_SRC`; any other address is written as the text
 * alternative in brackets instead), then its words, key words in bold.
 */
function idea(block: IdeaBlock): string {
  const alt = oneLine(block.picture.alt) || "Picture";
  const picture = PICTURE_SRC.test(block.picture.src)
    ? `![${alt}](${block.picture.src})`
    : `\\[${alt}\\]`;
  const words = block.parts
    .map((p) => {
      if (p.strong !== true) return inline(p.text);
      const t = splitLines(p.text).join(" ");
      const core = t.trim();
      if (core === "") return t;
      const lead = t.slice(0, t.indexOf(core));
      const trail = t.slice(lead.length + core.length);
      return `${lead}**${escapeMarkdownLine(core)}**${trail}`;
    })
    .join("");
  return `${picture} ${words.trim()}`.trimEnd();
}

/**
 * A sources list: its caption, then a numbered list with one full reference per item, its
 * web address as an autolink (`<https://…>`, an address `safeHref` made safe), and for a
 * publication not yet verified, the flag in italics and what is unconfirmed on the next line.
 */
function sources(block: SourcesBlock): string {
  const parts = escapeMarkdownParagraphs(splitLines(block.caption).join(" "));
  if (block.items.length === 0) return [...parts, "No sources."].join("\n\n");
  const items = block.items.map((source, i) => {
    const ref = sourceReference(source);
    const marker = `${i + 1}. `;
    const link = ref.link === undefined ? "" : `<${ref.link.href}>`;
    const flag = ref.flag === undefined ? "" : ` _${escapeMarkdownLine(ref.flag)}_`;
    const line =
      `${marker}${inline(ref.before).trimStart()}${link}${inline(ref.after)}`.trimEnd() + flag;
    if (ref.note === undefined) return line;
    return `${line}\\\n${" ".repeat(marker.length)}${inline(ref.note).trim()}`;
  });
  return [...parts, items.join("\n")].join("\n\n");
}

/**
 * Render a report as GitHub-flavoured Markdown: the title as `#`, a line with the period and
 * when it was generated, then each block: headings (`##` to `####`, never skipping a level),
 * paragraphs (notes and warnings as block quotes), metrics as a table with status and trend,
 * tables with a header and alignment row, checklists as a table with status symbols and
 * words, charts as their description followed by their data table, and a sources list as a
 * numbered list of full references with their web addresses as links.
 *
 * @param report - the report
 * @returns the Markdown text, ending with a newline
 * @throws TypeError when given a value that is not a report (see `render`)
 * @example
 * ```ts
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) renderMarkdown(r.value).startsWith("# GRIPP2 short form (GRIPP2-SF) for "); // true
 * ```
 * @category Render
 */
export function renderMarkdown(report: Report): string {
  assertReport(report, "renderMarkdown");
  const meta: string[] = [];
  const said = reportMeta(report);
  if (said.period !== undefined) meta.push(oneLine(said.period));
  meta.push(oneLine(said.generated));
  const title = oneLine(report.title);
  // a document for a person (see Report.presentation) starts with its words; when and for
  // which period it was made is for the people who send it, at the end
  const person = report.presentation !== undefined;
  const parts = [title === "" ? "# Report" : `# ${title}`, ...(person ? [] : [meta.join(" · ")])];
  for (const item of layout(report.sections)) {
    switch (item.type) {
      case "metrics":
        parts.push(metrics(item.metrics));
        break;
      case "heading": {
        const text = oneLine(item.text);
        parts.push(`${"#".repeat(item.level)} ${text === "" ? "Section" : text}`);
        break;
      }
      case "block": {
        const b = item.block;
        switch (b.type) {
          case "paragraph": {
            const p = paragraph(b);
            if (p !== "") parts.push(p);
            break;
          }
          case "table":
            parts.push(table(b));
            break;
          case "checklist":
            parts.push(checklist(b));
            break;
          case "chart":
            parts.push(chart(b));
            break;
          case "sources":
            parts.push(sources(b));
            break;
          case "idea":
            parts.push(idea(b));
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
  if (person) parts.push(meta.join(" · "));
  return escapeControls(`${parts.join("\n\n")}\n`);
}
