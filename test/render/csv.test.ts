import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { renderCsv, renderCsvTables, tableToCsv } from "../../src/render/csv.js";
import type { Report, TableBlock } from "../../src/reports/report.js";
import { formatSource } from "../../src/source.js";
import { HOSTILE_STRINGS, hostileReport, SAMPLE_SOURCES, sampleReport } from "./fixtures.js";

function rows(csv: string): string[][] {
  return parse(csv, { relax_column_count: false, record_delimiter: "\r\n" }) as string[][];
}

describe("tableToCsv", () => {
  it("neutralises a formula in a text cell (TSDoc example)", () => {
    const t: TableBlock = {
      type: "table",
      id: "t",
      caption: "T",
      columns: [{ key: "a", label: "A" }],
      rows: [{ a: { text: "=SUM(1)" } }],
    };
    expect(tableToCsv(t)).toBe("A\r\n'=SUM(1)\r\n");
  });

  it("writes RFC 4180: CRLF after every line, quotes doubled, parses back to the texts", () => {
    const t: TableBlock = {
      type: "table",
      id: "t",
      caption: "T",
      columns: [
        { key: "a", label: "Name, full" },
        { key: "b", label: "Change", align: "right" },
      ],
      rows: [
        { a: { text: 'Say "hi"\nthen go' }, b: { text: "-3", value: -3 } },
        {
          a: { text: "Tab\there" },
          b: { text: "fewer than 5", value: null, suppressed: true },
        },
        { b: { text: "0", value: 0 } },
      ],
    };
    const csv = tableToCsv(t);
    expect(csv).toBe(
      '"Name, full",Change\r\n"Say ""hi""\nthen go",-3\r\nTab\there,fewer than 5\r\n,0\r\n',
    );
    expect(rows(csv)).toEqual([
      ["Name, full", "Change"],
      ['Say "hi"\nthen go', "-3"],
      ["Tab\there", "fewer than 5"],
      ["", "0"],
    ]);
  });
});

describe("renderCsvTables", () => {
  it("gives one CSV per table, checklist, chart and sources list, plus the metrics, in document order", () => {
    const names = renderCsvTables(sampleReport("gripp2")).map((t) => t.name);
    expect(names).toEqual([
      "metrics",
      "activities-by-stage",
      "activities-by-quarter-data",
      "payment-status-data",
      "fft-trend-data",
      "stage-heatmap-data",
      "gripp2-short-form",
      "sources",
    ]);
  });

  it("writes a sources list: number, full reference, link, verified and note", () => {
    const sources = renderCsvTables(sampleReport("gripp2")).find((t) => t.name === "sources");
    const parsed = rows(sources?.csv ?? "");
    expect(parsed[0]).toEqual(["No.", "Reference", "Link", "Verified", "Note"]);
    expect(parsed.slice(1).map((r) => r[1])).toEqual(SAMPLE_SOURCES.map(formatSource));
    expect(parsed[1]?.[2]).toBe("https://doi.org/10.1136/bmj.j3453");
    expect(parsed[1]?.[3]).toBe("yes");
    // a design choice: no link, said in the verified column
    expect(parsed[2]?.slice(2, 4)).toEqual(["", "ppie design choice"]);
    // not yet verified, with what is unconfirmed
    expect(parsed[5]?.[3]).toBe("no (not yet verified)");
    expect(parsed[5]?.[4]).toMatch(/^A secondary reproduction of the GRIPP2 long form/);
  });

  it("writes the same figures as the other formats (the cells' text)", () => {
    const [, table] = renderCsvTables(sampleReport("impact"));
    expect(rows(table?.csv ?? "")).toEqual([
      ["Research stage", "Activities", "Contributors", "Change since 2024-25"],
      ["Identifying and prioritising", "8", "23", "+2"],
      ["Designing and managing", "17", "31", "-3"],
      ["Undertaking", "11", "fewer than 5", "hidden"],
      ["Disseminating", "6", "12", "0"],
    ]);
  });

  it("writes a checklist with its status in words and the unverified flag", () => {
    const checklist = renderCsvTables(sampleReport("gripp2")).find(
      (t) => t.name === "gripp2-short-form",
    );
    const parsed = rows(checklist?.csv ?? "");
    expect(parsed[0]).toEqual(["Code", "Item", "Status", "Detail", "Wording verified"]);
    expect(parsed[2]).toEqual([
      "2",
      "Methods",
      "Partly reported",
      "Methods described for 3 of 5 activities.",
      "yes",
    ]);
    expect(parsed[5]?.[4]).toBe("no (wording or numbering unverified)");
  });

  it("makes repeated names unique and file-safe", () => {
    const table: TableBlock = { type: "table", id: "a/b", caption: "", columns: [], rows: [] };
    const report: Report = {
      kind: "project",
      title: "T",
      generatedAt: "2026-04-01T09:00:00Z",
      sections: [table, table, { ...table, id: "a-b" }],
    };
    expect(renderCsvTables(report).map((t) => t.name)).toEqual(["a-b", "a-b-2", "a-b-3"]);
  });

  it("gives nothing for a report without tables", () => {
    const report: Report = {
      kind: "project",
      title: "T",
      generatedAt: "x",
      sections: [{ type: "paragraph", text: "p" }],
    };
    expect(renderCsvTables(report)).toEqual([]);
    expect(renderCsv(report)).toBe("");
  });

  it("never lets a hostile string start a cell with a formula character, unless it is a plain number", () => {
    for (const s of HOSTILE_STRINGS) {
      for (const { csv } of renderCsvTables(hostileReport(s))) {
        for (const row of rows(csv)) {
          for (const field of row) {
            const formula =
              /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/.test(field) &&
              !/^[+-]?\d+(\.\d+)?%?$/.test(field);
            expect(formula, `${JSON.stringify(s)} -> ${field}`).toBe(false);
          }
        }
      }
    }
  });
});

describe("renderCsv", () => {
  it("heads each table with its name and separates tables with an empty line", () => {
    const csv = renderCsv(sampleReport("gripp2"));
    const tables = renderCsvTables(sampleReport("gripp2"));
    expect(csv).toBe(tables.map((t) => `${t.name}\r\n${t.csv}`).join("\r\n"));
    expect(
      csv.startsWith("metrics\r\nId,Measure,Value,Target,Status,Trend,How it was reached\r\n"),
    ).toBe(true);
    expect(csv).toContain("\r\n\r\nactivities-by-stage\r\n");
  });
});
