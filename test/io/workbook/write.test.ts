import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../src/io/workbook/read.js";
import { writeWorkbook } from "../../../src/io/workbook/xlsx-write.js";

describe("writeWorkbook", () => {
  it("writes text as text, numbers as numbers, booleans and dates, and reads back the same", () => {
    const text = ["=1+1", " leading space", "tab\tand\nline", "a\u0001b", "_x0041_", "<&>"];
    const bytes = writeWorkbook([
      {
        name: "contributors",
        rows: [
          ["id", "n", "b", "d", ...text.map((_, i) => `t${i}`)],
          ["c-1", 0.1 + 0.2, true, { date: "2025-01-31" }, ...text],
          ["c-2", -12.5, false, { date: "not a date" }, null, undefined],
        ],
      },
    ]);
    const [table] = readWorkbook(bytes, "w.xlsx").tables;
    expect(table?.rows).toEqual([
      { row: 2, cells: ["c-1", "0.3", "true", "2025-01-31", ...text] },
      { row: 3, cells: ["c-2", "-12.5", "false", "not a date", "", "", "", "", "", ""] },
    ]);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheet).not.toContain("<f>");
    expect(sheet).toContain('<c r="B2"><v>0.30000000000000004</v></c>');
  });

  it("gives the same bytes for the same sheets", () => {
    const sheets = [{ name: "a", rows: [["x", 1]] }];
    expect(writeWorkbook(sheets)).toEqual(writeWorkbook(sheets));
  });

  it("keeps drop-down lists on a hidden sheet, strict or only warning", () => {
    const bytes = writeWorkbook([
      {
        name: "activities",
        rows: [["id", "mode", "stages"]],
        validations: [
          { column: 1, values: ["involvement", "engagement"], strict: true },
          { column: 2, values: ["a", "b", "c"], strict: false },
        ],
      },
    ]);
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheet).toContain(
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Not in the list" error="Choose a value from the list." sqref="B2:B1048576"><formula1>'lists'!$A$1:$A$2</formula1></dataValidation>`,
    );
    expect(sheet).toContain('errorStyle="information"');
    expect(sheet).toContain("<formula1>'lists'!$B$1:$B$3</formula1>");
    const book = strFromU8(parts["xl/workbook.xml"] as Uint8Array);
    expect(book).toContain('<sheet name="lists" sheetId="2" state="hidden" r:id="rId2"/>');
    // the lists sheet is the template's own: not a table
    expect(readWorkbook(bytes, "w.xlsx").tables.map((t) => t.sheet)).toEqual(["activities"]);
  });

  it("throws a TypeError for a sheet name a workbook cannot have", () => {
    for (const name of ["", "a/b", "x".repeat(32), "[a]"]) {
      expect(() => writeWorkbook([{ name, rows: [] }])).toThrow(TypeError);
    }
    expect(() =>
      writeWorkbook([
        { name: "Same", rows: [] },
        { name: "same", rows: [] },
      ]),
    ).toThrow(TypeError);
  });
});
