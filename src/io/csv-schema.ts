/**
 * The dataset's zod schemas read as CSV columns: the record schema behind each file of the
 * folder format, and the walk of it that gives the file's columns (name, path, cell type,
 * whether required, the values of a closed vocabulary). `csvTables()` builds its columns from
 * this walk; a field that no column can hold (and no child file fills) is reported by the walk,
 * and a test fails on it.
 *
 * @module
 */
import type * as z from "zod";
import { ownRecordOf } from "../model/common.js";
import { DatasetSchema } from "../model/dataset.js";
import type { CsvCellType } from "./csv-columns.js";
import type { CsvFile } from "./csv-files.js";

/** A zod 4 schema as its definition shows it (the internals every zod 4 schema carries). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, string | number>;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; length?: number } } }[];
  format?: string;
}

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * The schema without its optional, default, nullable, readonly and pipe wrappers (a record that
 * keeps every id, made by `ownRecord`, as the plain record it checks with).
 */
function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean; nullable: boolean } {
  let cur = s;
  let optional = false;
  let nullable = false;
  for (;;) {
    const d = def(cur);
    const record = d.type === "custom" ? ownRecordOf(cur) : undefined;
    if (record !== undefined) {
      cur = record;
      continue;
    }
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
 * @param root - the dataset's schema
 * @returns the record's schema
 */
export function recordSchema(
  table: CsvFile,
  tables: readonly CsvFile[],
  root: z.ZodType = DatasetSchema,
): z.ZodType | undefined {
  if (table.collection === "dataset") return root;
  if (table.collection !== undefined) {
    const item = schemaAt(root, [table.collection, 0], table.constants ?? {});
    return item === undefined ? undefined : pick(unwrap(item).schema, table.constants ?? {});
  }
  const parent = tables.find((t) => t.file === table.parent?.file);
  if (!parent || !table.parent) return undefined;
  const parentSchema = recordSchema(parent, tables, root);
  if (parentSchema === undefined) return undefined;
  const into = schemaAt(parentSchema, table.parent.into.split("."), parent.constants ?? {});
  if (into === undefined) return undefined;
  const d = def(unwrap(into).schema);
  return d.type === "array" ? (d.element as z.ZodType) : into;
}

/** Where a list (`values`) of a closed vocabulary comes from: an enum, literals, or a union of them. */
function closedValues(field: z.ZodType): string[] | undefined {
  const { schema } = unwrap(field);
  const d = def(schema);
  switch (d.type) {
    case "enum":
      return Object.values(d.entries ?? {}).map(String);
    case "literal":
      return (d.values ?? []).map(String);
    case "array":
      return d.element === undefined ? undefined : closedValues(d.element);
    case "union": {
      const all = (d.options ?? []).map(closedValues);
      return all.every((v) => v !== undefined) ? all.flat() : undefined;
    }
    default:
      return undefined;
  }
}

/** The value a field takes when it is left out (a `.default()`), as text. */
function defaultOf(field: z.ZodType): string | undefined {
  let cur = field;
  for (;;) {
    const d = def(cur);
    if (d.type === "default" || d.type === "prefault") {
      const v = d.defaultValue;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : undefined;
    }
    if (d.type !== "optional" && d.type !== "nullable" && d.type !== "readonly") return undefined;
    cur = d.innerType as z.ZodType;
  }
}

/** The fixed number of items of a list (`.length(n)`), if it has one. */
function fixedLength(s: z.ZodType): number | undefined {
  for (const c of def(s).checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === "length_equals" && typeof cd.length === "number") return cd.length;
  }
  return undefined;
}

/** One field of a record that a single cell holds, as the walk of its schema finds it. */
export interface SchemaCell {
  /** The dotted header name, e.g. `consent.contact.given` or `answers.3`. */
  name: string;
  /** Where the value goes in the record (list items by index from 0). */
  path: (string | number)[];
  /** How the cell is read. */
  type: CsvCellType;
  /** Whether the field and every object it is nested in are neither optional nor defaulted. */
  required: boolean;
  /** The allowed values of a closed vocabulary. */
  values?: string[];
  /** The value a field left out takes. */
  default?: string;
}

/** What a walk of a record schema finds: its single-cell fields, and fields no cell can hold. */
export interface SchemaCells {
  cells: SchemaCell[];
  /** Dotted names of fields that are neither a cell nor filled by a child file. */
  unplaced: string[];
}

function cellOf(
  field: z.ZodType,
  name: string,
  path: (string | number)[],
  type: CsvCellType,
  required: boolean,
): SchemaCell {
  const cell: SchemaCell = { name, path, type, required };
  const values = closedValues(field);
  if (values !== undefined && values.length > 0) cell.values = values;
  const dflt = defaultOf(field);
  if (dflt !== undefined) cell.default = dflt;
  return cell;
}

/**
 * Every single-cell field of a record schema, in the schema's order: nested objects flattened
 * with dots (`target.period.start`), a fixed-length list of single cells expanded to one column
 * per item (`answers.1` ... `answers.22`), the fields that child files fill and the constant
 * fields left out.
 *
 * @param s - the record's schema
 * @param skip - dotted names of the fields filled by child files
 * @param constants - literal fields that choose the option of a union (and are not columns)
 * @returns the cells, and the fields no column holds
 */
export function schemaCells(
  s: z.ZodType,
  skip: ReadonlySet<string> = new Set(),
  constants: Readonly<Record<string, string>> = {},
): SchemaCells {
  const cells: SchemaCell[] = [];
  const unplaced: string[] = [];
  const walk = (node: z.ZodType, prefix: readonly string[], required: boolean): void => {
    const d = def(pick(unwrap(node).schema, constants));
    for (const [k, v] of Object.entries(d.shape ?? {})) {
      const path = [...prefix, k];
      const name = path.join(".");
      if (skip.has(name) || (prefix.length === 0 && Object.hasOwn(constants, k))) continue;
      const { schema, optional } = unwrap(v);
      const req = required && !optional;
      const type = cellTypeOf(v);
      const inner = def(schema);
      const n = inner.type === "array" ? fixedLength(schema) : undefined;
      const itemType = inner.element === undefined ? undefined : cellTypeOf(inner.element);
      if (type !== undefined) cells.push(cellOf(v, name, path, type, req));
      else if (n !== undefined && itemType !== undefined && inner.element !== undefined) {
        for (let i = 0; i < n; i++)
          cells.push(cellOf(inner.element, `${name}.${i + 1}`, [...path, i], itemType, req));
      } else if (inner.type === "object") walk(schema, path, req);
      else unplaced.push(name);
    }
  };
  walk(s, [], true);
  return { cells, unplaced };
}

/**
 * The two columns of a child file that fills a keyed map (e.g. PPEET responses by item): the
 * key, and the value as the map's schema asks for it.
 *
 * @param s - the map's schema
 * @param map - the names of the key and value columns
 * @returns the cells (their paths are empty: the reader puts them in the map), and the value
 *   column when no single cell can hold it
 */
export function mapCells(s: z.ZodType, map: { key: string; value: string }): SchemaCells {
  const d = def(unwrap(s).schema);
  const cells: SchemaCell[] = [];
  const unplaced: string[] = [];
  const key = d.keyType === undefined ? undefined : cellTypeOf(d.keyType);
  const value = d.valueType === undefined ? undefined : cellTypeOf(d.valueType);
  if (d.type !== "record" || d.keyType === undefined || key === undefined) unplaced.push(map.key);
  else cells.push(cellOf(d.keyType, map.key, [], key, true));
  if (d.valueType === undefined || value === undefined) unplaced.push(map.value);
  else cells.push(cellOf(d.valueType, map.value, [], value, true));
  return { cells, unplaced };
}

/**
 * The fields of a file's record that other files fill: the fields its child files go into, and
 * for `dataset.csv` the collections of the top-level files.
 *
 * @param file - the file
 * @param files - every file
 * @returns dotted field names
 */
export function skippedFields(file: CsvFile, files: readonly CsvFile[]): Set<string> {
  const skip = new Set<string>();
  for (const f of files) {
    if (f.parent?.file === file.file) skip.add(f.parent.into);
    if (file.collection === "dataset" && f.collection !== undefined && f.collection !== "dataset")
      skip.add(f.collection);
  }
  return skip;
}

/**
 * The field cells of one file: the walk of its record schema, or the key and value of the map
 * a child file fills.
 *
 * @param file - the file
 * @param files - every file (to follow a child file to its parent)
 * @param root - the dataset's schema
 * @returns the cells, and the fields no column holds (a file without a record schema: `*`)
 */
export function fileCells(
  file: CsvFile,
  files: readonly CsvFile[],
  root: z.ZodType = DatasetSchema,
): SchemaCells {
  const record = recordSchema(file, files, root);
  if (record === undefined) return { cells: [], unplaced: ["*"] };
  const map = file.parent?.map;
  return map !== undefined
    ? mapCells(record, map)
    : schemaCells(record, skippedFields(file, files), file.constants);
}
