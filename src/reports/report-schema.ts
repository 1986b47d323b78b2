/**
 * zod schemas for the report document model (`report.ts`), and its JSON Schema, so a report
 * saved as JSON (`render(report, "json")`) can be checked by ppie or by tools in any language.
 * Kept in its own module so that code which only renders reports does not pull in zod.
 */
import * as z from "zod";
import { IsoDateSchema, ownRecord, ownRecordJsonSchema } from "../model/common.js";
import type { DesignChoiceSource, PublicationSource } from "../source.js";
import { PICTURE_SRC } from "./report.js";

/**
 * A report kind, as in `REPORT_KINDS`.
 *
 * @example
 * ```ts
 * ReportKindSchema.parse("gripp2"); // "gripp2"
 * ```
 * @category Schemas
 */
export const ReportKindSchema = z.enum([
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
]);

/**
 * A table cell: text, the number behind it, and whether disclosure control suppressed it.
 *
 * @example
 * ```ts
 * CellSchema.parse({ text: "withheld", value: null, suppressed: true }); // { text: "withheld", value: null, suppressed: true }
 * ```
 * @category Schemas
 */
export const CellSchema = z.strictObject({
  text: z.string(),
  value: z.number().nullable().optional(),
  suppressed: z.literal(true).optional(),
});

/**
 * A table column.
 *
 * @example
 * ```ts
 * ColumnSchema.parse({ key: "n", label: "Activities", align: "right" }); // { key: "n", label: "Activities", align: "right" }
 * ```
 * @category Schemas
 */
export const ColumnSchema = z.strictObject({
  key: z.string().min(1),
  label: z.string(),
  align: z.enum(["left", "right"]).optional(),
});

/**
 * A heading block (levels 2 to 4; the report title is level 1).
 *
 * @example
 * ```ts
 * HeadingBlockSchema.parse({ type: "heading", level: 2, text: "Activities" }); // { type: "heading", level: 2, text: "Activities" }
 * ```
 * @category Schemas
 */
export const HeadingBlockSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  text: z.string(),
});

/**
 * A public publication a report cites (see `PublicationSource`).
 *
 * @example
 * ```ts
 * PublicationSourceSchema.parse({ id: "flesch-1948", title: "A new readability yardstick", publisher: "Journal of Applied Psychology", year: 1948, verified: true });
 * ```
 */
export const PublicationSourceSchema = z.strictObject({
  id: z.string().min(1),
  authors: z.string().optional(),
  title: z.string(),
  short: z.string().optional(),
  publisher: z.string(),
  year: z.number().int().optional(),
  version: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  doi: z.string().optional(),
  section: z.string().optional(),
  verified: z.boolean(),
  note: z.string().optional(),
});

/**
 * One of ppie's design choices, as a report cites it (see `DesignChoiceSource`).
 *
 * @example
 * ```ts
 * DesignChoiceSourceSchema.parse({ designChoice: true, id: "x", title: "A choice", explained: "docs/design-choices.md#x" });
 * ```
 */
export const DesignChoiceSourceSchema = z.strictObject({
  designChoice: z.literal(true),
  id: z.string().min(1),
  title: z.string(),
  explained: z.string(),
  buildsOn: z.array(z.string()).readonly().optional(),
});

/**
 * A source a report cites: a publication or one of ppie's design choices (`designChoice: true`).
 *
 * @example
 * ```ts
 * SourceSchema.safeParse({ designChoice: true, id: "x", title: "T", explained: "docs/design-choices.md#x" }).success; // true
 * ```
 */
export const SourceSchema = z.union([DesignChoiceSourceSchema, PublicationSourceSchema]);

/** The schemas accept exactly the fields of the model's types (a new field fails to compile). */
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;
const sameSourceFields: [
  SameKeys<z.infer<typeof PublicationSourceSchema>, PublicationSource>,
  SameKeys<z.infer<typeof DesignChoiceSourceSchema>, DesignChoiceSource>,
] = [true, true];
void sameSourceFields;

/**
 * A paragraph block, with the sources a method statement cites (at least one, when given).
 *
 * @example
 * ```ts
 * ParagraphBlockSchema.parse({ type: "paragraph", text: "Small numbers are hidden.", tone: "note" });
 * ```
 * @category Schemas
 */
export const ParagraphBlockSchema = z.strictObject({
  type: z.literal("paragraph"),
  text: z.string(),
  tone: z.enum(["normal", "note", "warning"]).optional(),
  sources: z.tuple([SourceSchema], SourceSchema).readonly().optional(),
});

/**
 * The list of sources a report cites, in the order first cited.
 *
 * @example
 * ```ts
 * SourcesBlockSchema.parse({ type: "sources", id: "sources", caption: "Sources", items: [] });
 * ```
 */
export const SourcesBlockSchema = z.strictObject({
  type: z.literal("sources"),
  id: z.string().min(1),
  caption: z.string(),
  items: z.array(SourceSchema),
});

/**
 * A headline figure block.
 *
 * @example
 * ```ts
 * MetricBlockSchema.parse({ type: "metric", id: "fft", label: "FFT positive", value: 0.939, display: "93.9%" });
 * ```
 * @category Schemas
 */
export const MetricBlockSchema = z.strictObject({
  type: z.literal("metric"),
  id: z.string().min(1),
  label: z.string(),
  value: z.number().nullable(),
  display: z.string(),
  detail: z.string().optional(),
  status: z.enum(["met", "on-track", "off-track", "no-data"]).optional(),
  target: z.string().optional(),
  trend: z
    .strictObject({ direction: z.enum(["up", "down", "flat", "none"]), text: z.string() })
    .optional(),
});

/**
 * A table block. Every row may only use keys of the table's columns.
 *
 * @example
 * ```ts
 * TableBlockSchema.parse({ type: "table", id: "t", caption: "Activities", columns: [{ key: "n", label: "N" }], rows: [{ n: { text: "3", value: 3 } }] });
 * ```
 * @category Schemas
 */
export const TableBlockSchema = z
  .strictObject({
    type: z.literal("table"),
    id: z.string().min(1),
    caption: z.string(),
    columns: z.array(ColumnSchema),
    rows: z.array(ownRecord(z.string(), CellSchema)),
    footnote: z.string().optional(),
  })
  .superRefine((table, ctx) => {
    const keys = new Set(table.columns.map((c) => c.key));
    table.rows.forEach((row, r) => {
      for (const key of Object.keys(row)) {
        if (!keys.has(key)) {
          ctx.addIssue({
            code: "custom",
            path: ["rows", r, key],
            message: `Cell "${key}" has no column in table "${table.id}".`,
          });
        }
      }
    });
  });

/**
 * A checklist block (e.g. GRIPP2).
 *
 * @example
 * ```ts
 * ChecklistBlockSchema.parse({ type: "checklist", id: "g", caption: "GRIPP2", items: [] });
 * ```
 * @category Schemas
 */
export const ChecklistBlockSchema = z.strictObject({
  type: z.literal("checklist"),
  id: z.string().min(1),
  caption: z.string(),
  items: z.array(
    z.strictObject({
      id: z.string().min(1),
      code: z.string().optional(),
      label: z.string(),
      status: z.enum(["reported", "partial", "missing", "not-applicable"]),
      detail: z.string(),
      verified: z.boolean(),
    }),
  ),
});

/**
 * A chart block. Each series has one value per category, and `labels` has the same shape as
 * the series' values.
 *
 * @example
 * ```ts
 * ChartBlockSchema.parse({ type: "chart", id: "c", kind: "bar", title: "T", description: "D", categories: ["Q1"], series: [{ name: "s", values: [3] }], unit: "activities", labels: [["3"]] });
 * ```
 * @category Schemas
 */
export const ChartBlockSchema = z
  .strictObject({
    type: z.literal("chart"),
    id: z.string().min(1),
    kind: z.enum(["bar", "stacked-bar", "line", "heatmap"]),
    title: z.string(),
    description: z.string(),
    categories: z.array(z.string()),
    series: z.array(z.strictObject({ name: z.string(), values: z.array(z.number().nullable()) })),
    unit: z.string(),
    labels: z.array(z.array(z.string())),
  })
  .superRefine((chart, ctx) => {
    const n = chart.categories.length;
    chart.series.forEach((s, i) => {
      if (s.values.length !== n) {
        ctx.addIssue({
          code: "custom",
          path: ["series", i, "values"],
          message: `Series "${s.name}" has ${s.values.length} values for ${n} categories.`,
        });
      }
      if (chart.labels[i]?.length !== n) {
        ctx.addIssue({
          code: "custom",
          path: ["labels", i],
          message: `Series "${s.name}" needs ${n} labels, one per category.`,
        });
      }
    });
    if (chart.labels.length !== chart.series.length) {
      ctx.addIssue({
        code: "custom",
        path: ["labels"],
        message: `Chart "${chart.id}" has ${chart.labels.length} label rows for ${chart.series.length} series.`,
      });
    }
  });

/**
 * A picture beside an idea: its id in the picture set, its text alternative and the image as a
 * base64 `data:` address.
 *
 * @example
 * ```ts
 * PictureSchema.safeParse({ id: "x", alt: "A tick", src: "data:image/png;base64,iVBORw0KGgo=" }).success; // true
 * ```
 * @category Schemas
 */
export const PictureSchema = z.strictObject({
  id: z.string().min(1),
  alt: z.string().regex(/\S/, { message: "must not be blank" }),
  src: z.string().regex(PICTURE_SRC, {
    message: "must be a base64 data: address of a PNG, JPEG, GIF, WebP or SVG image",
  }),
});

/**
 * One idea with its picture (Easy Read): the picture, then the words in parts, key words marked
 * `strong`.
 *
 * @example
 * ```ts
 * IdeaBlockSchema.safeParse({ type: "idea", picture: { id: "x", alt: "A tick", src: "data:image/png;base64,iVBORw0KGgo=" }, parts: [{ text: "Thank you." }] }).success; // true
 * ```
 * @category Schemas
 */
export const IdeaBlockSchema = z.strictObject({
  type: z.literal("idea"),
  picture: PictureSchema,
  parts: z.array(z.strictObject({ text: z.string(), strong: z.literal(true).optional() })).min(1),
});

/**
 * How a document for a person is set out: its style and body text size in points.
 *
 * @example
 * ```ts
 * ReportPresentationSchema.parse({ style: "easy-read", pointSize: 14 }); // { style: "easy-read", pointSize: 14 }
 * ```
 * @category Schemas
 */
export const ReportPresentationSchema = z.strictObject({
  style: z.enum(["plain", "easy-read"]),
  pointSize: z.number().min(8).max(72),
});

/**
 * Any report block: a discriminated union on `type`.
 *
 * @example
 * ```ts
 * BlockSchema.safeParse({ type: "heading", level: 5, text: "x" }).success; // false
 * ```
 * @category Schemas
 */
export const BlockSchema = z.discriminatedUnion("type", [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  MetricBlockSchema,
  TableBlockSchema,
  ChecklistBlockSchema,
  ChartBlockSchema,
  SourcesBlockSchema,
  IdeaBlockSchema,
]);

/**
 * A whole report, as produced by `buildReport` and written by `render(report, "json")`.
 *
 * @example
 * ```ts
 * const r = buildReport("impact", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * const parsed = r.ok && ReportSchema.safeParse(JSON.parse(render(r.value, "json")));
 * parsed && parsed.success; // true
 * ```
 * @category Schemas
 */
export const ReportSchema = z.strictObject({
  kind: ReportKindSchema,
  title: z.string(),
  period: z
    .strictObject({ start: IsoDateSchema, end: IsoDateSchema, label: z.string().min(1) })
    .optional(),
  generatedAt: z.string().min(1),
  presentation: ReportPresentationSchema.optional(),
  sections: z.array(BlockSchema),
});

/**
 * A non-empty list of one kind of item, which zod writes as a tuple (`prefixItems` of one
 * schema, then `items` of the same schema), as the list it is: `items` and `minItems`. Strict
 * validators such as ajv reject a tuple open at the end; the list says the same.
 */
function nonEmptyListJsonSchema(schema: Record<string, unknown>): void {
  const prefix = schema.prefixItems;
  if (!Array.isArray(prefix) || schema.items === undefined) return;
  const item = JSON.stringify(schema.items);
  if (!prefix.every((p) => JSON.stringify(p) === item)) return;
  delete schema.prefixItems;
  schema.minItems = prefix.length;
}

/**
 * The JSON Schema (draft 2020-12) of a report, with `$id` `https://ppie.dev/schema/report.json`
 * (an identifier, not a download). Refinements that JSON Schema cannot say (chart shapes,
 * row keys) are checked by {@link ReportSchema} only.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * reportJsonSchema().$id; // "https://ppie.dev/schema/report.json"
 * ```
 * @category Schemas
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      ownRecordJsonSchema(ctx);
      nonEmptyListJsonSchema(ctx.jsonSchema);
    },
  }) as Record<string, unknown>;
  return { $id: "https://ppie.dev/schema/report.json", title: "ppie report", ...schema };
}
