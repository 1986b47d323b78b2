/**
 * The report document model: data, not markup. Builders (`buildReport`) fill it from a
 * dataset; renderers (`render`) turn it into Markdown, HTML, CSV or JSON and compute nothing.
 * Every number a person reads is already written out in a block's text fields, so all
 * renderers show the same figures. This module imports no zod; the schema is in
 * `report-schema.ts`.
 */

import type { Period } from "../model/period.js";
import type { Source, Sources } from "../source.js";

/**
 * The kinds of report ppie builds.
 *
 * @category Reports
 */
export type ReportKind =
  | "gripp2"
  | "strategy"
  | "impact"
  | "representation"
  | "project"
  | "feedback"
  | "service-change"
  | "contributor-feedback"
  | "engagement"
  | "listening";

/**
 * Every report kind, in display order.
 *
 * @category Reports
 */
export const REPORT_KINDS: readonly ReportKind[] = [
  "gripp2",
  "strategy",
  "impact",
  "representation",
  "project",
  "feedback",
  "service-change",
  "contributor-feedback",
  "engagement",
  "listening",
];

/**
 * A table cell: the text a person reads, the number behind it (for CSV and JSON users), and
 * whether disclosure control suppressed it.
 *
 * @category Reports
 */
export interface Cell {
  /** What is shown, e.g. `"83.3%"`, `"withheld"`, `"Workshop"`. */
  text: string;
  /** The number behind the text, where there is one; `null` when suppressed or missing. */
  value?: number | null;
  /**
   * `true` when disclosure control hid the figure. Reports never say why (too small, or
   * hidden so that a small figure elsewhere cannot be worked out), as that would tell which
   * hidden figure is the small one; every hidden figure reads "withheld".
   */
  suppressed?: true;
}

/**
 * A table column.
 *
 * @category Reports
 */
export interface Column {
  /** Key of the cell in each row. */
  key: string;
  /** Header text. */
  label: string;
  /** Numbers align right. */
  align?: "left" | "right";
}

/**
 * A section heading.
 *
 * @category Reports
 */
export interface HeadingBlock {
  type: "heading";
  /** 2 for a section, 3 for a sub-section (the report title is level 1). */
  level: 2 | 3 | 4;
  text: string;
}

/**
 * A paragraph of plain text.
 *
 * @category Reports
 */
export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  /** `note` for method statements, `warning` for caveats a reader must not miss. */
  tone?: "normal" | "note" | "warning";
  /** The publications (and design choices) a method statement rests on. */
  sources?: Sources;
}

/**
 * The list of sources a report cites, in the order first cited: every publication and design
 * choice named by its method statements, as full references with their links.
 *
 * @category Reports
 */
export interface SourcesBlock {
  type: "sources";
  id: string;
  /** The heading shown above the list, e.g. `"Sources"`. */
  caption: string;
  items: Source[];
}

/**
 * One headline figure with its label, and optionally its target status and trend.
 *
 * @category Reports
 */
export interface MetricBlock {
  type: "metric";
  id: string;
  label: string;
  /** The number, unrounded; `null` when there is no data. */
  value: number | null;
  /** The number as a person reads it, e.g. `"93.9%"`, `"£1,250.00"`, `"no data"`. */
  display: string;
  /** One sentence on how it was reached. */
  detail?: string;
  /** Status against a target, when there is one. */
  status?: "met" | "on-track" | "off-track" | "no-data";
  /** Text of the target, e.g. `"at least 90%"`. */
  target?: string;
  /** Change since the previous period. */
  trend?: { direction: "up" | "down" | "flat" | "none"; text: string };
}

/**
 * A table with a caption, column headers and rows of cells.
 *
 * @category Reports
 */
export interface TableBlock {
  type: "table";
  id: string;
  caption: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** A note printed under the table, e.g. the disclosure control statement. */
  footnote?: string;
}

/**
 * A checklist such as GRIPP2: each item reported, partly reported, missing or not applicable.
 *
 * @category Reports
 */
export interface ChecklistBlock {
  type: "checklist";
  id: string;
  caption: string;
  items: {
    id: string;
    /** The publisher's item number, e.g. `"4c"`. */
    code?: string;
    label: string;
    status: "reported" | "partial" | "missing" | "not-applicable";
    /** What the data says for this item, or what is missing. */
    detail: string;
    /** False when the item's own wording or numbering is unverified. */
    verified: boolean;
  }[];
}

/**
 * A chart: the renderer draws it (inline SVG in HTML) and always also gives its text
 * alternative and its data as a table.
 *
 * @category Reports
 */
export interface ChartBlock {
  type: "chart";
  id: string;
  kind: "bar" | "stacked-bar" | "line" | "heatmap";
  title: string;
  /** A text alternative that states what the chart shows. */
  description: string;
  /** Category labels along the x axis (or heat-map columns). */
  categories: string[];
  /** One series per bar group, line or heat-map row. `null` is a missing point. */
  series: { name: string; values: (number | null)[] }[];
  /** Unit label for values, e.g. `"%"`, `"activities"`. */
  unit: string;
  /** The value's display text per series and category, same shape as `series[].values`. */
  labels: string[][];
}

/**
 * A picture shown beside an idea: an image as a `data:` address (PNG, JPEG, GIF, WebP or SVG,
 * base64-encoded, so that a report needs nothing from outside) and its text alternative.
 *
 * @category Reports
 */
export interface Picture {
  /** Which picture of the set, e.g. `"meeting"`. */
  id: string;
  /** The text alternative: what the picture shows, e.g. `"Picture of people at a meeting"`. */
  alt: string;
  /** The image, e.g. `"data:image/svg+xml;base64,PHN2Zy..."`. */
  src: string;
}

/**
 * The `data:` addresses a picture may use: a base64-encoded PNG, JPEG, GIF, WebP or SVG image,
 * nothing else (no outside address, no script). `PictureSchema` checks it, and renderers check it
 * again before they show a picture (a picture with any other address is shown as its text
 * alternative).
 *
 * @example
 * ```ts
 * PICTURE_SRC.test("data:image/png;base64,iVBORw0KGgo="); // true
 * PICTURE_SRC.test("https://example.org/a.png"); // false
 * ```
 * @category Reports
 */
export const PICTURE_SRC: RegExp =
  /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * One idea with its picture, as Easy Read sets it out: the picture on the left, the words on
 * its right. The words are in parts so that a few key words can be shown in bold.
 *
 * @category Reports
 */
export interface IdeaBlock {
  type: "idea";
  /** The picture that goes with the idea. */
  picture: Picture;
  /** The words, in order; a part with `strong: true` is a key word, shown in bold. */
  parts: { text: string; strong?: true }[];
}

/**
 * How a report asks to be set out, for a document read by the person it is about rather than
 * by staff: `plain` (plain English) or `easy-read` (ideas with pictures, more space), and the
 * size of its body text in points. Reports without it are set out as usual.
 *
 * @category Reports
 */
export interface ReportPresentation {
  /** The style the words were written in. */
  style: "plain" | "easy-read";
  /** Body text size in points, on paper (and its equivalent on screen), e.g. `14`. */
  pointSize: number;
}

/**
 * Any block of a report.
 *
 * @category Reports
 */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | MetricBlock
  | TableBlock
  | ChecklistBlock
  | ChartBlock
  | SourcesBlock
  | IdeaBlock;

/**
 * A report: a typed document of blocks. `generatedAt` is injected by the caller, so the same
 * input always gives byte-identical output.
 *
 * @category Reports
 */
export interface Report {
  kind: ReportKind;
  title: string;
  /** The period the report covers, with its label (e.g. `"2025-26"`). */
  period?: Period & { label: string };
  /** ISO timestamp supplied by the caller. */
  generatedAt: string;
  /** How a document for a person (a letter to a contributor) is set out; absent for other reports. */
  presentation?: ReportPresentation;
  sections: Block[];
}
