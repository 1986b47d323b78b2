import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { numberText } from "../../src/io/workbook/cell-text.js";
import { readWorkbook } from "../../src/io/workbook/read.js";
import { writeWorkbook } from "../../src/io/workbook/xlsx-write.js";

/** Any text but the lone surrogates that no file format can hold. */
const text = fc.string({ unit: "grapheme", maxLength: 40 });

test.prop([
  fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
])("text cells written to a workbook read back the same, whatever they hold", (rows) => {
  const header = rows[0]?.map((_, i) => `c${i}`) ?? [];
  const width = header.length;
  const body = rows.map((r) => header.map((_, i) => r[i] ?? ""));
  const [table] = readWorkbook(
    writeWorkbook([{ name: "t", rows: [header, ...body] }]),
    "p.xlsx",
  ).tables;
  const kept = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
  expect(table?.rows).toEqual(kept.map((r) => ({ ...r, cells: r.cells.slice(0, width) })));
});

test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
  "a number written to a workbook reads back as its text to 15 significant digits",
  (n) => {
    const [table] = readWorkbook(
      writeWorkbook([{ name: "t", rows: [["n"], [n]] }]),
      "p.xlsx",
    ).tables;
    expect(table?.rows[0]?.cells).toEqual([numberText(n)]);
    // 15 significant digits, as a spreadsheet shows it
    expect(Math.abs(Number(numberText(n)) - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-14);
  },
);

test.prop([fc.uint8Array({ maxLength: 400 }), fc.boolean()])(
  "readWorkbook never throws on any bytes, zip-looking or not",
  (bytes, zip) => {
    if (zip && bytes.length >= 4) bytes.set([0x50, 0x4b, 3, 4]);
    expect(() => readWorkbook(bytes, "p.xlsx")).not.toThrow();
  },
);
