import { describe, expect, it } from "vitest";
import {
  RENDER_FORMATS,
  render,
  renderCsv,
  renderCsvTables,
  renderHtml,
  renderJson,
  renderMarkdown,
} from "../../src/render/index.js";
import type { Report, TableBlock } from "../../src/reports/report.js";
import { ReportSchema } from "../../src/reports/report-schema.js";
import { sampleReport, sampleReports } from "./fixtures.js";

describe("render", () => {
  it("lists the four formats", () => {
    expect(RENDER_FORMATS).toEqual(["markdown", "html", "csv", "json"]);
  });

  it("dispatches to each renderer", () => {
    const r = sampleReport("feedback");
    expect(render(r, "markdown")).toBe(renderMarkdown(r));
    expect(render(r, "html")).toBe(renderHtml(r));
    expect(render(r, "csv")).toBe(renderCsv(r));
    expect(render(r, "json")).toBe(renderJson(r));
  });

  it("gives byte-identical output for the same report, in every format", () => {
    for (const { report } of sampleReports) {
      for (const format of RENDER_FORMATS) {
        expect(render(structuredClone(report), format)).toBe(render(report, format));
      }
    }
  });

  it("does not change the report", () => {
    const r = sampleReport("impact");
    const before = structuredClone(r);
    for (const format of RENDER_FORMATS) render(r, format);
    expect(r).toEqual(before);
  });

  it("shows the same figures in every format (renderers compute nothing)", () => {
    const r = sampleReport("strategy");
    for (const format of RENDER_FORMATS) {
      const out = render(r, format);
      for (const figure of ["83.3%", "£12,500.00", "fewer than 5", "no data", "88.2%"]) {
        expect(out, `${format} ${figure}`).toContain(figure);
      }
    }
  });
});

describe("table cells keyed like Object.prototype's properties", () => {
  const report = JSON.parse(`{
    "kind": "project", "title": "T", "generatedAt": "2026-04-01T09:00:00Z",
    "sections": [{ "type": "table", "id": "t", "caption": "C",
      "columns": [{ "key": "__proto__", "label": "P" }, { "key": "constructor", "label": "K" },
                  { "key": "toString", "label": "S" }, { "key": "n", "label": "N" }],
      "rows": [{ "__proto__": { "text": "proto-cell" }, "n": { "text": "n-cell" } }, {}] }]
  }`) as Report;

  it("keeps a __proto__ cell through ReportSchema", () => {
    const parsed = ReportSchema.safeParse(report);
    expect(parsed.success).toBe(true);
    const table = parsed.data?.sections[0] as TableBlock;
    expect(Object.keys(table.rows[0] ?? {})).toEqual(["__proto__", "n"]);
  });

  it("shows own cells only, in every format", () => {
    const parsed = ReportSchema.parse(report) as Report;
    for (const r of [report, parsed]) {
      for (const format of RENDER_FORMATS) {
        const out = render(r, format);
        expect(out, format).toContain("proto-cell");
        expect(out, format).not.toMatch(/function|\[object|undefined|native code/);
      }
      expect(renderCsv(r)).toContain("P,K,S,N\r\nproto-cell,,,n-cell\r\n,,,\r\n");
      const json = JSON.parse(renderJson(r)) as { sections: { rows: object[] }[] };
      expect(json.sections[0]?.rows[1]).toEqual({});
    }
  });
});

describe("render on values that are not reports (a TypeError, documented)", () => {
  const renderers = [
    ["renderMarkdown", renderMarkdown],
    ["renderHtml", renderHtml],
    ["renderCsv", renderCsv],
    ["renderCsvTables", renderCsvTables],
    ["renderJson", renderJson],
  ] as const;

  it("throws a TypeError naming the formats for an unknown format", () => {
    const r = sampleReport("feedback");
    for (const format of ["pdf", "", "MARKDOWN", "toString", "__proto__", 5, null]) {
      expect(() => render(r, format as never)).toThrow(TypeError);
      expect(() => render(r, format as never)).toThrow(/markdown, html, csv, json/);
    }
  });

  it("throws a TypeError pointing at ReportSchema for a value that is not a report", () => {
    const notReports: unknown[] = [
      {},
      null,
      undefined,
      "report",
      [],
      { kind: "project", title: "T", generatedAt: "x" },
      { kind: "project", title: "T", generatedAt: "x", sections: {} },
      { kind: "project", title: 5, generatedAt: "x", sections: [] },
      { kind: "project", title: "T", generatedAt: "x", sections: [null] },
      { kind: "project", title: "T", generatedAt: "x", sections: [{ type: "video" }] },
      { kind: "project", title: "T", generatedAt: "x", period: 5, sections: [] },
      Object.create(null),
    ];
    for (const value of notReports) {
      for (const format of RENDER_FORMATS) {
        expect(() => render(value as Report, format)).toThrow(TypeError);
        expect(() => render(value as Report, format)).toThrow(/ReportSchema/);
      }
      for (const [name, fn] of renderers) {
        expect(() => fn(value as Report), name).toThrow(TypeError);
      }
    }
  });

  it("says where an unknown block is", () => {
    const bad = {
      ...sampleReport("impact"),
      sections: [{ type: "heading", level: 2, text: "A" }, { type: "video" }],
    };
    expect(() => render(bad as Report, "markdown")).toThrow(/sections\[1\].*"video"/);
  });

  it("renders an empty report (no sections) in every format", () => {
    const empty: Report = {
      kind: "project",
      title: "",
      generatedAt: "2026-04-01T09:00:00Z",
      sections: [],
    };
    expect(ReportSchema.safeParse(empty).success).toBe(true);
    for (const format of RENDER_FORMATS) expect(typeof render(empty, format)).toBe("string");
  });
});

describe("rendering takes time in proportion to the text", () => {
  const N = 200_000;
  it.each([
    ["spaces inside a line", `a${" ".repeat(N)}a`],
    ["tabs inside a line", `a${"\t".repeat(N)}a`],
    ["ampersands", `${"&a".repeat(N / 2)};`],
    ["equals signs", `${"=".repeat(N)}x`],
    ["blank lines", `a${"\n \n".repeat(N / 3)}a`],
  ])("%s", (_, text) => {
    const report: Report = {
      kind: "project",
      title: text,
      generatedAt: "2026-04-01T09:00:00Z",
      sections: [
        { type: "heading", level: 2, text },
        { type: "paragraph", text, tone: "note" },
        {
          type: "table",
          id: "t",
          caption: text,
          columns: [{ key: "a", label: text }],
          rows: [{ a: { text } }],
          footnote: text,
        },
      ],
    };
    for (const format of RENDER_FORMATS) {
      // no timing asserted: a quadratic renderer runs past the test's timeout
      expect(render(report, format).length, format).toBeGreaterThan(0);
    }
  });
});
