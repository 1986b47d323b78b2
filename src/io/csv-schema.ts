/**
 * The dataset's zod schemas read as CSV columns: the record schema behind each file of the
 * folder format, the cell type of a column from the field's schema, and every field a record
 * can hold. The column table (`csv-columns.ts`) is checked against it by a test, so that a
 * field added to a schema without its column (or a column whose type no longer fits) fails.
 *
 * @module
 */
import type * as z from "zod";
import { DatasetSchema } from "../model/dataset.js";
import type { CsvCellType, CsvTable } from "./csv-columns.js";

/** A zod 4 schema as its definition shows it (the internals every zod 4 schema carries). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  in?: z.ZodType;
  valueType?: z.ZodType;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; format?: string } } }[];
  format?: string;
}

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema without its optional, default, nullable, readonly and pipe wrappers. */
function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean; nullable: boolean } {
  let cur = s;
  let optional = false;
  let nullable = false;
  for (;;) {
    const d = def(cur);
    if (d.type === "optional" || d.type === "default" || d.type === "prefault") optional = true;
    else if (d.type === "nullable") nullable = true;
    else if (d.type !== "readonly" && d.type !== "pipe" && d.type !== "catch") break;
    cur = (d.type === "pipe" ? d.in : d.innerType) as z.ZodType;
  }
  return { schema: cur, optional, nullable };
}

/** The option of a union whose literal fields match the constants (e.g. `kind: "fft"`). */
function pick(s: z.ZodType, constants: Readonly<Record<string, string>>): z.ZodType {
  const d = def(s);
  if (d.type !== "union") return s;
  for (const o of d.options ?? []) {
    const shape = def(unwrap(o).schema).shape ?? {};
    const fits = Object.entries(constants).every(([k, v]) => {
      const f = shape[k];
      return f !== undefined && (def(unwrap(f).schema).values ?? []).includes(v);
    });
    if (fits) return unwrap(o).schema;
  }
  return s;
}

/**
 * The schema at a path into a value of `s`: object keys, and any number for an array's items.
 *
 * @param s - the schema
 * @param path - keys and indexes
 * @param constants - literal fields that choose the option of a union
 * @returns the schema there (wrappers kept), or undefined when the path leaves the schema
 */
export function schemaAt(
  s: z.ZodType,
  path: readonly (string | number)[],
  constants: Readonly<Record<string, string>> = {},
): z.ZodType | undefined {
  let cur: z.ZodType | undefined = s;
  for (const key of path) {
    if (cur === undefined) return undefined;
    const inner = pick(unwrap(cur).schema, constants);
    const d = def(inner);
    if (d.type === "array" && typeof key === "number") cur = d.element;
    else if (d.type === "object" && typeof key === "string") cur = d.shape?.[key];
    else if (d.type === "record") cur = d.valueType;
    else return undefined;
  }
  return cur;
}

function isInteger(s: z.ZodType): boolean {
  const d = def(s);
  return (
    d.format === "safeint" ||
    d.format === "int32" ||
    (d.checks ?? []).some((c) => ["safeint", "int32"].includes(c._zod.def.format ?? ""))
  );
}

/**
 * The cell type a field's schema asks for: text for strings, dates and closed vocabularies,
 * `integer` or `number`, `boolean`, `list` for an array of them, `integer-or-text` for a whole
 * number or a word, `answer` for a whole number or null.
 *
 * @param field - the field's schema
 * @returns the cell type, or undefined for a field no single cell holds (an object, a list of records)
 */
export function cellTypeOf(field: z.ZodType): CsvCellType | undefined {
  const { schema, nullable } = unwrap(field);
  const d = def(schema);
  switch (d.type) {
    case "literal":
      return (d.values ?? []).every((v) => typeof v === "number") ? "integer" : "text";
    case "string":
    case "enum":
    case "template_literal":
      return "text";
    case "boolean":
      return "boolean";
    case "number":
    case "int":
      if (nullable) return "answer";
      return isInteger(schema) ? "integer" : "number";
    case "array":
      return cellTypeOf(d.element as z.ZodType) === "text" ? "list" : undefined;
    case "union": {
      const kinds = new Set((d.options ?? []).map((o) => cellTypeOf(o)));
      if (kinds.has("integer") && kinds.has("text")) return "integer-or-text";
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The schema of one record of a file of the folder format: an item of its collection, of its
 * parent's list, or the dataset itself for `dataset.csv`.
 *
 * @param table - the file
 * @param tables - every file (to follow a child file to its parent)
 * @returns the record's schema
 */
export function recordSchema(table: CsvTable, tables: readonly CsvTable[]): z.ZodType | undefined {
  if (table.collection === "dataset") return DatasetSchema;
  if (table.collection !== undefined) {
    const item = schemaAt(DatasetSchema, [table.collection, 0], table.constants ?? {});
    return item === undefined ? undefined : pick(unwrap(item).schema, table.constants ?? {});
  }
  const parent = tables.find((t) => t.file === table.parent?.file);
  if (!parent || !table.parent) return undefined;
  const parentSchema = recordSchema(parent, tables);
  if (parentSchema === undefined) return undefined;
  const into = schemaAt(parentSchema, table.parent.into.split("."), parent.constants ?? {});
  if (into === undefined) return undefined;
  const d = def(unwrap(into).schema);
  return d.type === "array" ? (d.element as z.ZodType) : into;
}

/**
 * Every path to a single-cell field of a record schema (`consent.data.given`, `answers.1`
 * for a fixed-length tuple is not walked), skipping the fields that child files fill.
 *
 * @param s - the record's schema
 * @param skip - the fields filled by child files
 * @param constants - literal fields that choose the option of a union
 * @returns the dotted names
 */
export function fieldNames(
  s: z.ZodType,
  skip: ReadonlySet<string> = new Set(),
  constants: Readonly<Record<string, string>> = {},
): string[] {
  const out: string[] = [];
  const walk = (node: z.ZodType, prefix: string): void => {
    const inner = pick(unwrap(node).schema, constants);
    const d = def(inner);
    if (d.type === "object") {
      for (const [k, v] of Object.entries(d.shape ?? {})) {
        const name = prefix === "" ? k : `${prefix}.${k}`;
        if (prefix === "" && skip.has(k)) continue;
        if (cellTypeOf(v) !== undefined) out.push(name);
        else walk(v, name);
      }
    }
  };
  walk(s, "");
  return out;
}
