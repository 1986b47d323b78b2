import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { readWorkbook } from "../../src/io/workbook/read.js";
import { renderCsvTables } from "../../src/render/csv.js";
import { renderWorkbook, workbookCell } from "../../src/render/xlsx.js";
import { buildReport } from "../../src/reports/index.js";
import type { Report } from "../../src/reports/report.js";
import { REPORT_KINDS } from "../../src/reports/report.js";
import { HOSTILE_STRINGS, hostileReport, sampleReport } from "./fixtures.js";

const AT = "2026-04-01T09:00:00Z";
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must not appear
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function built(kind: "strategy" | "representation"): Report {
  const r = buildReport(kind, demoDataset, { generatedAt: AT });
  if (!r.ok) throw new Error("report not built");
  return r.value;
}

describe("workbookCell", () => {
  it("keeps numbers as numbers, shown as the report shows them (TSDoc example)", () => {
    expect(workbookCell({ text: "1,250", value: 1250 })).toEqual({ number: 1250, format: "#,##0" });
    expect(workbookCell({ text: "61", value: 61 })).toBe(61);
    expect(workbookCell({ text: "84.7%", value: 84.72222222222221 })).toEqual({
      number: 84.72222222222221,
      format: '0.0"%"',
    });
    expect(workbookCell({ text: "-£12.50", value: -12.5 })).toEqual({
      number: -12.5,
      format: '"£"0.00',
    });
  });
  it("keeps text when the text is not the number, and neutralises formulas", () => {
    expect(workbookCell({ text: "withheld", value: null, suppressed: true })).toBe("withheld");
    expect(workbookCell({ text: "1 in 5", value: 0.2 })).toBe("1 in 5");
    expect(workbookCell({ text: "12", value: 15 })).toBe("12");
    expect(workbookCell({ text: "=HYPERLINK(1)" })).toBe("'=HYPERLINK(1)");
    expect(workbookCell({ text: "-3", value: -3 })).toBe(-3);
    expect(workbookCell({ text: "-3" })).toBe("'-3");
  });
});

describe("renderWorkbook", () => {
  it("writes a cover sheet, then one sheet per table of the CSV renderer", () => {
    const report = built("representation");
    const read = readWorkbook(renderWorkbook(report), "r.xlsx");
    const csv = renderCsvTables(report);
    expect(read.tables.map((t) => t.sheet)).toEqual(["Cover", ...csv.map((t) => t.name)]);
    const cover = read.tables[0];
    expect(cover?.header).toEqual([report.title]);
    const text = cover?.rows.map((r) => r.cells[0]).join("\n") ?? "";
    expect(text).toContain("Period: 2025-26 (2025-04-01 to 2026-03-31)");
    expect(text).toContain(`Made: ${AT}`);
    expect(text).toContain("Method notes");
    expect(text).toContain("Sources\n1. ");
    expect(text).toContain("Sheets\nmetrics: Headline measures");
    // a numeric column holds numbers (with a number format), not text
    const sheet1 = strFromU8(
      unzipSync(renderWorkbook(report))["xl/worksheets/sheet2.xml"] as Uint8Array,
    );
    expect(sheet1).toMatch(/<c r="C2" s="\d+"><v>[0-9.]+<\/v><\/c>|<c r="C2"><v>[0-9.]+<\/v><\/c>/);
  });

  it("gives the same bytes for the same report", () => {
    const report = built("strategy");
    expect(renderWorkbook(report)).toEqual(renderWorkbook(report));
  });

  it("renders every sample block and never lets a hostile string start a formula", () => {
    for (const kind of REPORT_KINDS) expect(() => renderWorkbook(sampleReport(kind))).not.toThrow();
    for (const s of HOSTILE_STRINGS) {
      const bytes = renderWorkbook(hostileReport(s));
      for (const t of readWorkbook(bytes, "h.xlsx").tables) {
        for (const cell of [...t.header, ...t.rows.flatMap((r) => r.cells)]) {
          // as in CSV: no formula character first, unless the cell is a plain number
          const formula =
            /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/.test(cell) &&
            !/^[+-]?\d+(\.\d+)?%?$/.test(cell);
          expect(formula, `${JSON.stringify(s)} -> ${cell}`).toBe(false);
          // control characters are shown as \uXXXX, as in every renderer
          expect(cell.replaceAll("\r\n", "\n")).not.toMatch(CONTROLS);
        }
      }
      const parts = unzipSync(bytes);
      for (const [name, part] of Object.entries(parts)) {
        if (name.startsWith("xl/worksheets/")) expect(strFromU8(part)).not.toContain("<f>");
      }
    }
  });

  it("throws a TypeError for a value that is not a report, as render does", () => {
    expect(() => renderWorkbook({} as Report)).toThrow(TypeError);
  });
});
