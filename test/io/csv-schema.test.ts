import { describe, expect, it } from "vitest";
import { csvTables } from "../../src/io/csv-columns.js";
import { cellTypeOf, fieldNames, recordSchema, schemaAt } from "../../src/io/csv-schema.js";

/**
 * The hand-kept column table against the dataset's zod schemas: every column is a field of its
 * file's record with the cell type the schema asks for, and every single-cell field of a
 * record has a column.
 */
describe("the CSV columns against the zod schemas", () => {
  const tables = csvTables();
  const mismatches: string[] = [];
  const missing: string[] = [];
  for (const t of tables) {
    const record = recordSchema(t, tables);
    if (record === undefined) {
      mismatches.push(`${t.file}: no record schema`);
      continue;
    }
    const constants = t.constants ?? {};
    for (const c of t.columns) {
      if (c.path === null) continue;
      if (t.parent?.map && c.name === t.parent.map.value) continue;
      const field = schemaAt(record, c.path, constants);
      const type = field === undefined ? undefined : cellTypeOf(field);
      if (type !== c.type)
        mismatches.push(`${t.file} ${c.name}: table ${c.type}, schema ${type ?? "none"}`);
    }
    if (t.parent?.map) continue;
    const children = new Set(
      tables.filter((x) => x.parent?.file === t.file).map((x) => x.parent?.into ?? ""),
    );
    const names = new Set(t.columns.map((c) => c.name));
    for (const f of fieldNames(record, children, constants)) {
      if (!names.has(f) && !Object.hasOwn(constants, f)) missing.push(`${t.file} ${f}`);
    }
  }

  it("every column is a field of its record, of the cell type its schema asks for", () => {
    expect(mismatches).toEqual([]);
  });

  it("every single-cell field of a record has a column", () => {
    expect(missing).toEqual([]);
  });
});
