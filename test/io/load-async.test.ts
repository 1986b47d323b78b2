/**
 * `loadDatasetAsync` of `ppie/io`: workbooks read through the same tables as CSV files, with
 * the workbook reader loaded only when a workbook is given; everything else as `loadDataset`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateSheets } from "../../src/cli/workbook-template.js";
import { demoDataset } from "../../src/demo/index.js";
import { datasetToCsv } from "../../src/io/csv-write.js";
import { DEFAULT_READ_LIMITS, loadDataset, loadDatasetAsync } from "../../src/io/index.js";
import { formatOf } from "../../src/io/load.js";
import { writeWorkbook } from "../../src/io/workbook/xlsx-write.js";

const FIX = join(import.meta.dirname, "../fixtures/workbook");
const demoCsv = datasetToCsv(demoDataset).map(({ file, lines }) => ({
  name: file,
  data: `${[...lines].join("\n")}\n`,
}));

describe("loadDatasetAsync", () => {
  it("reads a workbook to the same dataset as the same data in CSV files", async () => {
    const fromCsv = loadDataset(demoCsv);
    expect(fromCsv.ok).toBe(true);
    const data = writeWorkbook(templateSheets(demoDataset));
    for (const file of [
      { name: "demo.xlsx", data },
      { name: "demo-libreoffice.xlsx", data: readFileSync(join(FIX, "demo-libreoffice.xlsx")) },
      { name: "demo-libreoffice.ods", data: readFileSync(join(FIX, "demo-libreoffice.ods")) },
    ]) {
      const r = await loadDatasetAsync(file);
      expect(r.ok, file.name).toBe(true);
      expect(r.ok && r.value).toEqual(fromCsv.ok && fromCsv.value);
      expect(r.format).toBe(file.name.endsWith(".ods") ? "ods" : "xlsx");
      expect(r.locate(["contributors", 0])).toEqual({
        file: file.name,
        sheet: "contributors",
        line: 2,
      });
    }
  });

  it("tells a workbook by its bytes when the name does not say", async () => {
    const data = writeWorkbook([
      {
        name: "contributors",
        rows: [
          ["id", "roles"],
          ["c-1", "patient"],
        ],
      },
    ]);
    expect(formatOf({ name: "upload", data })).toBe("xlsx");
    const r = await loadDatasetAsync({ name: "upload", data });
    expect(r.ok && r.value.contributors.map((c) => c.id)).toEqual(["c-1"]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(formatOf({ name: "old", data: ole })).toBe("xlsx");
    const old = await loadDatasetAsync({ name: "old", data: ole });
    expect(old.diagnostics.map((d) => d.code)).toEqual(["workbook/old-format"]);
  });

  it("names the workbook, sheet, row and column of each problem", async () => {
    const data = writeWorkbook([
      {
        name: "contributors",
        rows: [
          ["id", "roles"],
          ["c-1", "patinet"],
        ],
      },
      { name: "Notes", rows: [["anything"]] },
    ]);
    const r = await loadDatasetAsync({ name: "book.xlsx", data });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.source])).toEqual([
      ["workbook/unknown-sheet", { file: "book.xlsx", sheet: "Notes" }],
      [expect.any(String), { file: "book.xlsx", sheet: "contributors", line: 2, column: "roles" }],
    ]);
  });

  it("never throws on bytes that are not a workbook, text, or a workbook over the limit", async () => {
    const damaged = await loadDatasetAsync({
      name: "book.xlsx",
      data: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]),
    });
    expect(damaged.diagnostics.map((d) => d.code)).toEqual(["workbook/unreadable"]);
    const text = await loadDatasetAsync({ name: "book.xlsx", data: "id,roles\n" });
    expect(text.diagnostics.map((d) => d.code)).toEqual(["workbook/unreadable"]);
    const data = writeWorkbook([{ name: "contributors", rows: [["id"], ["c-1"]] }]);
    const big = await loadDatasetAsync(
      { name: "book.xlsx", data },
      { limits: { ...DEFAULT_READ_LIMITS, maxBytes: 100 } },
    );
    expect(big.diagnostics.map((d) => [d.code, d.source])).toEqual([
      ["input/too-large", { file: "book.xlsx" }],
    ]);
    expect(big.diagnostics[0]?.message).toMatch(/^book\.xlsx is .* ppie reads in one workbook\.$/);
  });

  it("reads JSON, YAML and CSV as loadDataset does; a workbook with other files is mixed formats", async () => {
    const json = { name: "d.json", data: '{"schemaVersion": 1, "contributors": [{"id": 7}]}' };
    const { locate: _a, ...async } = await loadDatasetAsync(json);
    const { locate: _b, ...sync } = loadDataset(json);
    expect(async).toEqual(sync);
    expect((await loadDatasetAsync(demoCsv)).ok).toBe(true);
    const data = writeWorkbook([{ name: "contributors", rows: [["id"], ["c-1"]] }]);
    const mixed = await loadDatasetAsync([{ name: "b.xlsx", data }, ...demoCsv]);
    expect(mixed.diagnostics.map((d) => d.code)).toEqual(["input/mixed-formats"]);
  });

  it("loadDataset, which never carries the workbook reader, says to use loadDatasetAsync", () => {
    const data = writeWorkbook([{ name: "contributors", rows: [["id"], ["c-1"]] }]);
    const r = loadDataset({ name: "book.xlsx", data });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["input/unsupported-format"]);
    expect(r.diagnostics[0]?.hint).toContain("loadDatasetAsync");
  });
});
