import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS } from "../../../src/io/limits.js";
import { readWorkbook, sniffWorkbook } from "../../../src/io/workbook/read.js";
import { writeWorkbook } from "../../../src/io/workbook/xlsx-write.js";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const ENTITIES = ["contributors", "activities", "activity-contributors"];

/** An .xlsx made part by part, as another program might write it. */
function xlsx(
  sheets: Record<string, string>,
  extra: Record<string, string> = {},
  workbookPr = "",
): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} ${NS_R}>${workbookPr}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Target="/xl/worksheets/s${i + 1}.xml"/>`).join("")}</Relationships>`,
    ),
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/s${i + 1}.xml`] = strToU8(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${sheets[n]}</x:sheetData></x:worksheet>`.replace(
        /<(\/?)(row|c|v|is|t|r|f|mergeCells|mergeCell)\b/g,
        "<$1x:$2",
      ),
    );
  });
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

/** An .ods made from the `table:table` elements of its content.xml. */
function ods(tables: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8(
      `<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

describe("readWorkbook: cells become the text a CSV file would carry", () => {
  it("reads shared, rich, inline and formula strings, numbers, booleans, dates and errors", () => {
    const styles = `<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const shared = `<sst ${NS}><si><t>id</t></si><si><t>roles</t></si><si><r><t>pat</t></r><r><rPr><b/></rPr><t xml:space="preserve">ient </t></r><rPh><t>ignored</t></rPh></si><si><t>a_x000D_b</t></si></sst>`;
    const bytes = xlsx(
      {
        contributors:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>joined</t></is></c><c r="D1" t="str"><v>n</v></c><c r="E1" t="str"><f>1</f><v>b</v></c><c r="F1" t="s"><v>3</v></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>c-1</t></is></c><c r="B3" t="s"><v>2</v></c><c r="C3" s="1"><v>45658</v></c><c r="D3"><v>0.30000000000000004</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>' +
          '<row r="4"><c r="A4" t="inlineStr"><is><t>c-2</t></is></c><c r="C4" s="2"><v>60</v></c><c r="D4"><v>1E-3</v></c><c r="E4" t="b"><v>0</v></c><c r="F4" t="d"><v>2025-03-04T00:00:00</v></c></row>',
      },
      { "xl/styles.xml": styles, "xl/sharedStrings.xml": shared },
    );
    const { tables, diagnostics } = readWorkbook(bytes, "b.xlsx", { entities: ENTITIES });
    expect(diagnostics).toEqual([]);
    expect(tables).toEqual([
      {
        entity: "contributors",
        file: "b.xlsx",
        sheet: "contributors",
        header: ["id", "roles", "joined", "n", "b", "a\rb"],
        headerRow: 1,
        rows: [
          { row: 3, cells: ["c-1", "patient ", "2025-01-01", "0.3", "true", "#N/A"] },
          { row: 4, cells: ["c-2", "", "1900-02-29", "0.001", "false", "2025-03-04"] },
        ],
      },
    ]);
  });

  it("reads the 1904 date system", () => {
    const styles = `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const bytes = xlsx(
      {
        contributors:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2" s="1"><v>0</v></c></row>',
      },
      { "xl/styles.xml": styles },
      '<workbookPr date1904="1"/>',
    );
    expect(readWorkbook(bytes, "b.xlsx").tables[0]?.rows[0]?.cells).toEqual(["1904-01-01"]);
  });

  it("reads .ods values, repeated cells and rows, spaces, tabs, line breaks, and not comments", () => {
    const bytes = ods(
      '<table:table table:name="contributors">' +
        '<table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell><table:table-cell><text:p>n</text:p></table:table-cell><table:table-cell><text:p>d</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>' +
        '<table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>a<text:s text:c="2"/>b<text:tab/>c</text:p><text:p>d<text:line-break/>e</text:p><office:annotation><text:p>a note</text:p></office:annotation></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.30000000000000004"><text:p>30%</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2025-01-31T00:00:00"><text:p>31/01/25</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell></table:table-row>' +
        '<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
        "</table:table>",
    );
    const { tables, diagnostics } = readWorkbook(bytes, "b.ods", { entities: ENTITIES });
    expect(diagnostics).toEqual([]);
    const cells = ["a  b\tc\nd\ne", "0.3", "2025-01-31", "false"];
    expect(tables[0]?.rows).toEqual([
      { row: 2, cells },
      { row: 3, cells },
    ]);
  });
});

describe("readWorkbook never throws: bad files are diagnostics", () => {
  const codes = (bytes: Uint8Array, file = "b.xlsx"): string[] =>
    readWorkbook(bytes, file, { entities: ENTITIES }).diagnostics.map((d) => d.code);

  it("names a file that is not a zip, a damaged zip, or a zip of something else", () => {
    expect(codes(strToU8("contributors: []\n"))).toEqual(["workbook/unreadable"]);
    const good = writeWorkbook([{ name: "contributors", rows: [["id"], ["c-1"]] }]);
    expect(codes(good.slice(0, good.length - 40))).toEqual(["workbook/unreadable"]);
    const damaged = good.slice();
    damaged.fill(0x41, 60, 400);
    expect(codes(damaged)).toEqual(["workbook/unreadable"]);
    expect(codes(zipSync({ "word/document.xml": strToU8("<w/>") }))).toEqual([
      "workbook/unreadable",
    ]);
    const [d] = readWorkbook(strToU8("x"), "b.xlsx").diagnostics;
    expect(d?.location).toEqual({ file: "b.xlsx" });
    expect(d?.message).toBe(
      "b.xlsx could not be read as a workbook (it is not a zip archive, as .xlsx and .ods files are).",
    );
  });

  it("names a password-protected workbook and an old .xls", () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codes(ole, "b.xls")).toEqual(["workbook/old-format"]);
    const name = "EncryptedPackage";
    for (let i = 0; i < name.length; i++) ole[1024 + i * 2] = name.charCodeAt(i);
    expect(codes(ole)).toEqual(["workbook/encrypted"]);
  });

  it("reads a workbook with macros, and says they were not run", () => {
    const bytes = xlsx(
      { contributors: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>' },
      { "xl/vbaProject.bin": "binary" },
    );
    const read = readWorkbook(bytes, "b.xlsm", { entities: ENTITIES });
    expect(read.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["workbook/macros", "warning"],
    ]);
    expect(read.tables).toHaveLength(1);
  });

  it("warns about sheets it does not read, suggesting the name meant", () => {
    const bytes = writeWorkbook([
      { name: "Contributors", rows: [["id"]] },
      { name: "activites", rows: [["id"]] },
      { name: "activities", rows: [["id"]] },
    ]);
    const read = readWorkbook(bytes, "b.xlsx", { entities: ENTITIES });
    expect(read.tables.map((t) => t.entity)).toEqual(["activities"]);
    expect(read.diagnostics.map((d) => [d.code, d.location, d.hint])).toEqual([
      [
        "workbook/unknown-sheet",
        { file: "b.xlsx", sheet: "Contributors" },
        'Did you mean "contributors"? The sheet names are the CSV file names of docs/cli.md without .csv.',
      ],
      [
        "workbook/unknown-sheet",
        { file: "b.xlsx", sheet: "activites" },
        "The sheet names are the CSV file names of docs/cli.md without .csv (e.g. contributors, activities).",
      ],
    ]);
    const none = readWorkbook(writeWorkbook([{ name: "Sheet1", rows: [["id"]] }]), "b.xlsx", {
      entities: ENTITIES,
    });
    expect(none.diagnostics.map((d) => d.code)).toEqual([
      "workbook/unknown-sheet",
      "workbook/no-sheets",
    ]);
    expect(none.diagnostics[1]?.message).toBe('b.xlsx has no sheet ppie reads (it has "Sheet1").');
  });

  it("refuses merged cells, in .xlsx and .ods", () => {
    const x = xlsx({
      contributors:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row></sheetData><mergeCells><mergeCell ref="A2:A4"/></mergeCells><sheetData>',
    });
    const read = readWorkbook(x, "b.xlsx", { entities: ENTITIES });
    expect(read.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["workbook/merged-cells", 'b.xlsx sheet "contributors" has merged cells at A2:A4.'],
    ]);
    const o = ods(
      '<table:table table:name="contributors"><table:table-row><table:table-cell><text:p>id</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>c-1</text:p></table:table-cell></table:table-row><table:table-row><table:covered-table-cell/></table:table-row></table:table>',
    );
    expect(readWorkbook(o, "b.ods").diagnostics.map((d) => d.message)).toEqual([
      'b.ods sheet "contributors" has merged cells at A2:A3.',
    ]);
  });

  it("does not allocate a row repeated a million times when it is blank, and refuses it when it is not", () => {
    const rows = (cell: string): Uint8Array =>
      ods(
        `<table:table table:name="contributors"><table:table-row><table:table-cell><text:p>id</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384">${cell}</table:table-cell></table:table-row></table:table>`,
      );
    const before = process.memoryUsage().heapUsed;
    const blank = readWorkbook(rows(""), "b.ods", { entities: ENTITIES });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50_000_000);
    expect(blank.diagnostics).toEqual([]);
    expect(blank.tables[0]?.rows).toEqual([]);
    const full = readWorkbook(rows("<text:p>x</text:p>"), "b.ods", { entities: ENTITIES });
    expect(full.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "workbook/too-large",
        `b.ods holds more than ${DEFAULT_READ_LIMITS.maxRecords} rows in sheet "contributors", more than ppie reads in one workbook.`,
      ],
    ]);
  });

  it("refuses a zip that says it unpacks to more than the limit, before unpacking it", () => {
    const bytes = writeWorkbook([{ name: "contributors", rows: [["id"], ["x".repeat(5000)]] }]);
    const limits = { ...DEFAULT_READ_LIMITS, maxBytes: 4000 };
    const read = readWorkbook(bytes, "b.xlsx", { entities: ENTITIES, limits });
    expect(read.diagnostics.map((d) => d.code)).toEqual(["workbook/too-large"]);
  });

  it("refuses a cell past the last column and malformed sheet XML", () => {
    expect(
      codes(
        xlsx({
          contributors: '<row r="1"><c r="ZZZZ1" t="inlineStr"><is><t>id</t></is></c></row>',
        }),
      ),
    ).toEqual(["workbook/too-large"]);
    expect(codes(xlsx({ contributors: '<row r="1"></row><!-- never closed' }))).toEqual([
      "workbook/unreadable",
    ]);
    expect(
      codes(
        xlsx({
          contributors: '<row r="1"><c r="A1" t="inlineStr"><is><t>&bad;</t></is></c></row>',
        }),
      ),
    ).toEqual(["workbook/unreadable"]);
    expect(codes(xlsx({ contributors: "<!DOCTYPE x><row/>" }))).toEqual(["workbook/unreadable"]);
  });

  it("never throws on random bytes after a zip signature", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const bytes = new Uint8Array(64 + seed);
      let x = seed;
      for (let i = 0; i < bytes.length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = x & 0xff;
      }
      bytes.set([0x50, 0x4b, 3, 4]);
      expect(() => readWorkbook(bytes, "b.xlsx")).not.toThrow();
    }
  });
});

describe("sniffWorkbook", () => {
  it("tells a zip, an OLE file and anything else apart by the first bytes", () => {
    expect(sniffWorkbook(writeWorkbook([{ name: "a", rows: [] }]))).toBe("zip");
    expect(sniffWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      "ole",
    );
    expect(sniffWorkbook(strToU8("{}"))).toBe("other");
    expect(sniffWorkbook(new Uint8Array())).toBe("other");
  });
});
