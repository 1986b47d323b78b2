/**
 * Layout helpers shared by the Markdown and HTML renderers. They arrange blocks; they never
 * compute a figure.
 */
import type {
  Block,
  Cell,
  ChartBlock,
  ChecklistBlock,
  Column,
  MetricBlock,
  Report,
  SourcesBlock,
  TableBlock,
} from "../reports/report.js";
import { formatDate, formatDateTime } from "../reports/format.js";
import type { Source } from "../source.js";
import { formatSource, isDesignChoice, sourceLink } from "../source.js";
import { safeHref } from "./escape.js";
import { checklistStatusLabels, metricStatusLabels, UNVERIFIED_NOTE } from "./labels.js";

/**
 * A block as laid out: a run of consecutive metric blocks is shown together (one table or one
 * set of cards), every other block stands alone. Headings carry the level they are drawn at.
 *
 * @example
 * ```ts
 * const item: LayoutItem = { type: "heading", level: 2, text: "Activities", index: 0 };
 * ```
 * @category Render
 */
export type LayoutItem =
  | { type: "metrics"; metrics: MetricBlock[] }
  | { type: "heading"; level: 2 | 3 | 4; text: string; index: number }
  | { type: "block"; block: Exclude<Block, MetricBlock | { type: "heading" }>; index: number };

/**
 * Lay out a report's blocks: group consecutive metrics, and draw headings so they never skip a
 * level. A heading is drawn one level below the nearest earlier heading of a higher (smaller)
 * level in the report, so a level-4 heading straight after the title is drawn at level 2, a
 * level-4 heading under a level-2 heading at level 3 (and so are its level-4 siblings), and a
 * well-formed outline is unchanged.
 *
 * @param sections - the report's blocks, in order
 * @returns layout items in the same order; `index` is the block's position in `sections`
 * @example
 * ```ts
 * layout([{ type: "heading", level: 3, text: "A" }])[0]; // { type: "heading", level: 2, text: "A", index: 0 }
 * ```
 * @category Render
 */
export function layout(sections: readonly Block[]): LayoutItem[] {
  const items: LayoutItem[] = [];
  // Open headings: their level in the report and the level they are drawn at.
  const open: { source: number; drawn: number }[] = [];
  sections.forEach((block, index) => {
    if (block.type === "metric") {
      const last = items[items.length - 1];
      if (last?.type === "metrics") last.metrics.push(block);
      else items.push({ type: "metrics", metrics: [block] });
    } else if (block.type === "heading") {
      while ((open[open.length - 1]?.source ?? 0) >= block.level) open.pop();
      const level = ((open[open.length - 1]?.drawn ?? 1) + 1) as 2 | 3 | 4;
      open.push({ source: block.level, drawn: level });
      items.push({ type: "heading", level, text: block.text, index });
    } else {
      items.push({ type: "block", block, index });
    }
  });
  return items;
}

/**
 * A chart's data as a table, so every chart can be read without seeing it. For bar,
 * stacked-bar and line charts each category is a row and each series a column; for a heat map
 * each series is a row and each category a column, as drawn. Cells hold the chart's own
 * `labels` text and its `values`.
 *
 * @param chart - a chart block
 * @returns a table block with id `<chart id>-data`
 * @example
 * ```ts
 * const t = chartDataTable({ type: "chart", id: "c", kind: "bar", title: "T", description: "D",
 *   categories: ["Q1"], series: [{ name: "Done", values: [3] }], unit: "activities", labels: [["3"]] });
 * t.rows[0]; // { c0: { text: "Q1" }, s0: { text: "3", value: 3 } }
 * ```
 * @category Render
 */
export function chartDataTable(chart: ChartBlock): TableBlock {
  const unit = chart.unit.trim() === "" ? "" : ` (${chart.unit})`;
  const cell = (s: number, c: number) => {
    const value = chart.series[s]?.values[c];
    const text = chart.labels[s]?.[c] ?? "";
    return value === undefined ? { text } : { text, value };
  };
  const base = { type: "table" as const, id: `${chart.id}-data`, caption: `Data: ${chart.title}` };
  if (chart.kind === "heatmap") {
    const columns: Column[] = [
      { key: "c0", label: "Series", align: "left" },
      ...chart.categories.map(
        (c, i): Column => ({ key: `s${i}`, label: `${c}${unit}`, align: "right" }),
      ),
    ];
    const rows = chart.series.map((series, s) => {
      const row: TableBlock["rows"][number] = { c0: { text: series.name } };
      chart.categories.forEach((_, c) => {
        row[`s${c}`] = cell(s, c);
      });
      return row;
    });
    return { ...base, columns, rows };
  }
  const columns: Column[] = [
    { key: "c0", label: "Category", align: "left" },
    ...chart.series.map(
      (s, i): Column => ({ key: `s${i}`, label: `${s.name}${unit}`, align: "right" }),
    ),
  ];
  const rows = chart.categories.map((category, c) => {
    const row: TableBlock["rows"][number] = { c0: { text: category } };
    chart.series.forEach((_, s) => {
      row[`s${s}`] = cell(s, c);
    });
    return row;
  });
  return { ...base, columns, rows };
}

/**
 * A checklist as a plain table (for CSV): code, item, status in words, detail and whether the
 * item's wording is verified.
 *
 * @param checklist - a checklist block
 * @returns a table block with the checklist's id and caption
 * @example
 * ```ts
 * checklistTable({ type: "checklist", id: "g", caption: "GRIPP2", items: [] }).columns.length; // 5
 * ```
 * @category Render
 */
export function checklistTable(checklist: ChecklistBlock): TableBlock {
  const labels = checklistStatusLabels();
  return {
    type: "table",
    id: checklist.id,
    caption: checklist.caption,
    columns: [
      { key: "code", label: "Code" },
      { key: "item", label: "Item" },
      { key: "status", label: "Status" },
      { key: "detail", label: "Detail" },
      { key: "verified", label: "Wording verified" },
    ],
    rows: checklist.items.map((item) => ({
      code: { text: item.code ?? "" },
      item: { text: item.label },
      status: { text: labels[item.status].word },
      detail: { text: item.detail },
      verified: { text: item.verified ? "yes" : `no ${UNVERIFIED_NOTE}` },
    })),
  };
}

/**
 * The metric blocks of a report as one plain table (for CSV): id, measure, value as shown,
 * target, status, trend and how it was reached.
 *
 * @param metrics - metric blocks
 * @returns a table block with id `metrics`
 * @example
 * ```ts
 * const m: MetricBlock = { type: "metric", id: "m", label: "FFT positive", value: 0.9, display: "90.0%" };
 * metricsTable([m]).rows[0]?.value; // { text: "90.0%", value: 0.9 }
 * ```
 * @category Render
 */
export function metricsTable(metrics: readonly MetricBlock[]): TableBlock {
  const statuses = metricStatusLabels();
  return {
    type: "table",
    id: "metrics",
    caption: "Headline measures",
    columns: [
      { key: "id", label: "Id" },
      { key: "label", label: "Measure" },
      { key: "value", label: "Value", align: "right" },
      { key: "target", label: "Target" },
      { key: "status", label: "Status" },
      { key: "trend", label: "Trend" },
      { key: "detail", label: "How it was reached" },
    ],
    rows: metrics.map((m) => ({
      id: { text: m.id },
      label: { text: m.label },
      value: { text: m.display, value: m.value },
      target: { text: m.target ?? "" },
      status: { text: m.status === undefined ? "" : statuses[m.status].word },
      trend: { text: m.trend?.text ?? "" },
      detail: { text: m.detail ?? "" },
    })),
  };
}

/**
 * The cell of a row under a column key, or `undefined` when the row has none: only the row's
 * own cells count, so a column keyed `constructor` or `toString` never reads the prototype, and
 * a cell keyed `__proto__` (an own property, as `JSON.parse` makes it) is read like any other.
 *
 * @param row - a table row
 * @param key - a column key
 * @returns the cell, if the row has it
 * @example
 * ```ts
 * cellOf({ n: { text: "3" } }, "n"); // { text: "3" }
 * cellOf({}, "constructor"); // undefined
 * ```
 * @category Render
 */
export function cellOf(row: TableBlock["rows"][number], key: string): Cell | undefined {
  return Object.hasOwn(row, key) ? row[key] : undefined;
}

/** The flag `formatSource` ends the reference of a publication not yet verified with. */
const NOT_YET_VERIFIED = "(not yet verified)";

/**
 * A source's full reference (`formatSource`) cut where its web address is, so that a renderer
 * can make the address a link and set the not-yet-verified flag apart: `before + link.text +
 * after`, then a space and `flag` when there is one, is the whole reference. A design choice,
 * or an address that is not `http(s)://` (see `safeHref`), has no link. `note` is what a
 * publication not yet verified says is unconfirmed.
 *
 * @example
 * ```ts
 * const r: SourceReference = { before: "Flesch R. A new readability yardstick. 1948. ", link: { text: "https://doi.org/10.1037/h0057532", href: "https://doi.org/10.1037/h0057532" }, after: "" };
 * ```
 * @category Render
 */
export interface SourceReference {
  /** The reference up to its web address (all of it when there is no link). */
  before: string;
  /** The web address: as the reference writes it, and as a safe link target. */
  link?: { text: string; href: string };
  /** The rest of the reference after the address, without the flag. */
  after: string;
  /** `"(not yet verified)"` for a publication not yet verified. */
  flag?: string;
  /** For a publication not yet verified: what is unconfirmed, where the source says. */
  note?: string;
}

/**
 * A source's full reference, ready for a renderer to write with its address as a link.
 *
 * @param source - a publication or design choice
 * @returns the reference in parts (see {@link SourceReference})
 * @example
 * ```ts
 * sourceReference({ designChoice: true, id: "x", title: "A choice", explained: "docs/design-choices.md#x" }).link; // undefined
 * ```
 * @category Render
 */
export function sourceReference(source: Source): SourceReference {
  const unverified = !isDesignChoice(source) && !source.verified;
  let text = formatSource(source);
  const flagged = unverified && text.endsWith(` ${NOT_YET_VERIFIED}`);
  if (flagged) text = text.slice(0, -(NOT_YET_VERIFIED.length + 1));
  const link = sourceLink(source);
  const href = link === undefined ? undefined : safeHref(link);
  const at = link === undefined || href === undefined ? -1 : text.lastIndexOf(link);
  const parts: SourceReference =
    link === undefined || href === undefined || at < 0
      ? { before: text, after: "" }
      : {
          before: text.slice(0, at),
          link: { text: link, href },
          after: text.slice(at + link.length),
        };
  if (flagged) parts.flag = NOT_YET_VERIFIED;
  const note = unverified ? source.note : undefined;
  if (note !== undefined && note.trim() !== "") parts.note = note;
  return parts;
}

/**
 * A sources list as a plain table (for CSV): number, full reference, link, whether it is
 * verified (or a ppie design choice), and the source's note.
 *
 * @param block - a sources block
 * @returns a table block with the list's id and caption
 * @example
 * ```ts
 * sourcesTable({ type: "sources", id: "sources", caption: "Sources", items: [] }).columns.length; // 5
 * ```
 * @category Render
 */
export function sourcesTable(block: SourcesBlock): TableBlock {
  return {
    type: "table",
    id: block.id,
    caption: block.caption,
    columns: [
      { key: "n", label: "No.", align: "right" },
      { key: "reference", label: "Reference" },
      { key: "link", label: "Link" },
      { key: "verified", label: "Verified" },
      { key: "note", label: "Note" },
    ],
    rows: block.items.map((source, i) => {
      const link = sourceLink(source);
      const href = link === undefined ? undefined : safeHref(link);
      const choice = isDesignChoice(source);
      return {
        n: { text: String(i + 1), value: i + 1 },
        reference: { text: formatSource(source) },
        link: { text: href ?? "" },
        verified: {
          text: choice ? "ppie design choice" : source.verified ? "yes" : "no (not yet verified)",
        },
        note: { text: choice ? "" : (source.note ?? "") },
      };
    }),
  };
}

/**
 * The lines a report's header (or, for a document read by the person it is about, its footer)
 * shows about the report, as a person reads them: the period with its dates, and when the
 * report was made. The machine-readable time stays in `report.generatedAt`.
 *
 * @param report - the report
 * @returns e.g. `{ period: "Period: 2025-26 (1 April 2025 to 31 March 2026)", generated: "Generated: 1 April 2026 at 09:00 UTC" }`
 * @example
 * ```ts
 * reportMeta({ generatedAt: "2026-04-01T09:00:00Z" }).generated; // "Generated: 1 April 2026 at 09:00 UTC"
 * ```
 */
export function reportMeta(report: Pick<Report, "period" | "generatedAt">): {
  period?: string;
  generated: string;
} {
  const p = report.period;
  const generated = `Generated: ${formatDateTime(report.generatedAt)}`;
  if (p === undefined) return { generated };
  return {
    period: `Period: ${p.label} (${formatDate(p.start)} to ${formatDate(p.end)})`,
    generated,
  };
}
