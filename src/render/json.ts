import { SOURCE_FIELDS } from "../source.js";
/**
 * JSON renderer: the report object itself, with a fixed key order so the same report always
 * gives byte-identical text, whatever order its objects were built in.
 */
import type { Block, Cell, Report, TableBlock } from "../reports/report.js";
import { cellOf } from "./blocks.js";
import { escapeControls } from "./escape.js";
import { assertReport } from "./report-shape.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Key order of each kind of object in the report model; keys not listed follow, sorted. */
const REPORT_KEYS = ["kind", "title", "period", "generatedAt", "presentation", "sections"];
const PRESENTATION_KEYS = ["style", "pointSize"];
const PERIOD_KEYS = ["label", "start", "end"];
const CELL_KEYS = ["text", "value", "suppressed"];
const BLOCK_KEYS: Record<Block["type"], string[]> = {
  heading: ["type", "level", "text"],
  paragraph: ["type", "tone", "text", "sources"],
  metric: ["type", "id", "label", "value", "display", "target", "status", "trend", "detail"],
  table: ["type", "id", "caption", "columns", "rows", "footnote"],
  checklist: ["type", "id", "caption", "items"],
  chart: ["type", "id", "kind", "title", "description", "unit", "categories", "series", "labels"],
  sources: ["type", "id", "caption", "items"],
  idea: ["type", "picture", "parts"],
};
const NESTED_KEYS: Record<string, string[]> = {
  trend: ["direction", "text"],
  columns: ["key", "label", "align"],
  items: ["id", "code", "label", "status", "detail", "verified"],
  series: ["name", "values"],
  picture: ["id", "alt", "src"],
  parts: ["text", "strong"],
};

/** Plain data (JSON.stringify's rules: `undefined` dropped, non-finite numbers become null). */
function plain(value: unknown): Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : plain(v)));
  if (typeof value === "object") return ordered(value as Record<string, unknown>, []);
  return null;
}

/** Copy an object with the given keys first, then any others in code-point order. */
function ordered(
  obj: object,
  first: readonly string[],
  nested?: (key: string) => Json | undefined,
): { [key: string]: Json } {
  const source = obj as Record<string, unknown>;
  const rest = Object.keys(source)
    .filter((k) => !first.includes(k))
    .sort();
  const out: { [key: string]: Json } = {};
  for (const key of [...first, ...rest]) {
    // Own properties only: a key from `first` that the object lacks is never read from the
    // prototype (a column keyed "constructor" or "__proto__" with no cell in a row).
    const v = Object.hasOwn(source, key) ? source[key] : undefined;
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    const custom = nested?.(key);
    // defineProperty, so a key named "__proto__" stays an ordinary key.
    Object.defineProperty(out, key, {
      value: custom === undefined ? plain(v) : custom,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function orderedList(list: unknown, keys: readonly string[]): Json {
  return Array.isArray(list)
    ? list.map((v) => (typeof v === "object" && v !== null ? ordered(v, keys) : plain(v)))
    : plain(list);
}

function orderedCell(cell: Cell): Json {
  return ordered(cell, CELL_KEYS);
}

function orderedRows(table: TableBlock): Json {
  const keys = table.columns.map((c) => c.key);
  return table.rows.map((row) =>
    ordered(row, keys, (key) => {
      const cell = cellOf(row, key);
      return cell === undefined ? undefined : orderedCell(cell);
    }),
  );
}

function orderedBlock(block: Block): Json {
  return ordered(block, BLOCK_KEYS[block.type], (key) => {
    if (key === "rows" && block.type === "table") return orderedRows(block);
    if (key === "items" && block.type === "sources") return orderedList(block.items, SOURCE_FIELDS);
    if (key === "sources" && block.type === "paragraph")
      return orderedList(block.sources, SOURCE_FIELDS);
    const keys = NESTED_KEYS[key];
    if (keys === undefined) return undefined;
    const value = (block as unknown as Record<string, unknown>)[key];
    if (key === "trend" || key === "picture")
      return typeof value === "object" && value !== null ? ordered(value, keys) : plain(value);
    return orderedList(value, keys);
  });
}

/**
 * Render a report as JSON: the report object itself, 2-space indent, a newline at the end,
 * and a fixed key order (the order of the fields in the report model, e.g. `kind`, `title`,
 * `period`, `generatedAt`, `presentation`, `sections`; table row cells in column order; any extra keys after,
 * sorted). The output parses back to an equal object and validates against `ReportSchema`.
 *
 * @param report - the report
 * @returns the JSON text
 * @throws TypeError when given a value that is not a report (see `render`)
 * @example
 * ```ts
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * // The JSON parses back to the same report.
 * if (r.ok) renderJson(JSON.parse(renderJson(r.value))) === renderJson(r.value); // true
 * ```
 * @category Render
 */
export function renderJson(report: Report): string {
  assertReport(report, "renderJson");
  const doc = ordered(report, REPORT_KEYS, (key) => {
    if (key === "period" && report.period !== undefined) return ordered(report.period, PERIOD_KEYS);
    if (key === "presentation" && report.presentation !== undefined)
      return ordered(report.presentation, PRESENTATION_KEYS);
    if (key === "sections") return report.sections.map(orderedBlock);
    return undefined;
  });
  return escapeControls(`${JSON.stringify(doc, null, 2)}\n`);
}
