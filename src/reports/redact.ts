/**
 * The one place where a report's text meets the privacy filter: every string a renderer can
 * print (titles, headings, paragraphs, labels, captions, cells, footnotes, chart categories
 * and series names, and ids and keys too, which the JSON and CSV outputs show) passes through
 * it once the report is built. Builders may write ids, theme labels or unit names straight
 * from the data; nothing reaches a report without being filtered.
 *
 * Two things are kept as they are. What a report cites: a paragraph's `sources` and the
 * "Sources" list are ppie's own bibliography (publications and design choices), which holds no
 * contributor data, so they are kept exactly as published (a contributor who shares a name with
 * an author must not change a reference). And the image of a picture (`IdeaBlock.picture.src`,
 * a base64 `data:` address of ppie's own icon or the caller's picture); its id and text
 * alternative are filtered like every other string. Like every string, they still pass through
 * the control-character escaping that every renderer applies to its output.
 *
 * @module
 */
import type { Block, Cell, ChartBlock, ChecklistBlock, Report, TableBlock } from "./report.js";

type Text = (s: string) => string;

/** Set a key as data (a key such as `__proto__` stays an ordinary key). */
function put<V>(obj: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function redactCell(c: Cell, text: Text): Cell {
  const t = text(c.text);
  return t === c.text ? c : { ...c, text: t };
}

/**
 * Filtered column keys, each unique: two keys that the filter makes equal get `-2`, `-3`, ...
 * so that no column's cells are lost.
 */
function columnKeys(table: TableBlock, text: Text): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const c of table.columns) {
    let k = text(c.key);
    if (k !== c.key) for (let n = 2; used.has(k); n++) k = `${text(c.key)}-${n}`;
    keys.set(c.key, k);
    used.add(k);
  }
  return keys;
}

function redactTable(t: TableBlock, text: Text): TableBlock {
  const keys = columnKeys(t, text);
  const out: TableBlock = {
    ...t,
    id: text(t.id),
    caption: text(t.caption),
    columns: t.columns.map((c) => ({ ...c, key: keys.get(c.key) ?? c.key, label: text(c.label) })),
    rows: t.rows.map((row) => {
      const r: Record<string, Cell> = {};
      for (const [k, c] of Object.entries(row)) put(r, keys.get(k) ?? text(k), redactCell(c, text));
      return r;
    }),
  };
  if (t.footnote !== undefined) out.footnote = text(t.footnote);
  return out;
}

function redactChecklist(c: ChecklistBlock, text: Text): ChecklistBlock {
  return {
    ...c,
    id: text(c.id),
    caption: text(c.caption),
    items: c.items.map((item) => {
      const i = { ...item, id: text(item.id), label: text(item.label), detail: text(item.detail) };
      if (item.code !== undefined) i.code = text(item.code);
      return i;
    }),
  };
}

function redactChart(c: ChartBlock, text: Text): ChartBlock {
  return {
    ...c,
    id: text(c.id),
    title: text(c.title),
    description: text(c.description),
    categories: c.categories.map(text),
    series: c.series.map((s) => ({ ...s, name: text(s.name) })),
    unit: text(c.unit),
    labels: c.labels.map((row) => row.map(text)),
  };
}

function redactBlock(b: Block, text: Text): Block {
  switch (b.type) {
    case "heading":
    case "paragraph":
      // a paragraph's sources are ppie's bibliography: kept as they are (see above)
      return { ...b, text: text(b.text) };
    case "metric": {
      const m = { ...b, id: text(b.id), label: text(b.label), display: text(b.display) };
      if (b.detail !== undefined) m.detail = text(b.detail);
      if (b.target !== undefined) m.target = text(b.target);
      if (b.trend !== undefined) m.trend = { ...b.trend, text: text(b.trend.text) };
      return m;
    }
    case "table":
      return redactTable(b, text);
    case "checklist":
      return redactChecklist(b, text);
    case "chart":
      return redactChart(b, text);
    case "sources":
      return b;
    case "idea":
      // the image itself is the caller's picture (or ppie's own), kept as given (see above)
      return {
        ...b,
        picture: { ...b.picture, id: text(b.picture.id), alt: text(b.picture.alt) },
        parts: b.parts.map((p) => ({ ...p, text: text(p.text) })),
      };
    default: {
      const never: never = b;
      return never;
    }
  }
}

/**
 * Pass every string of a report through a text filter: the title, the period label, and
 * every text, label, id and key of every block, except the sources it cites (ppie's own
 * bibliography, kept as published).
 *
 * @param report - a built report
 * @param text - the filter (the report context's `text`)
 * @returns a new report; the given one is not changed
 * @example
 * ```ts
 * const report: Report = { kind: "impact", title: "Thanks to Alex", generatedAt: "2026-04-01T09:00:00Z", sections: [] };
 * redactReport(report, (s) => s.replace("Alex", "[identifier removed]")).title; // "Thanks to [identifier removed]"
 * ```
 */
export function redactReport(report: Report, text: Text): Report {
  const out: Report = {
    ...report,
    title: text(report.title),
    sections: report.sections.map((b) => redactBlock(b, text)),
  };
  if (report.period !== undefined)
    out.period = { ...report.period, label: text(report.period.label) };
  return out;
}
