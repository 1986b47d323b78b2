import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/render/json.js";
import type { Block, Report } from "../../src/reports/report.js";
import { BlockSchema, ReportSchema, reportJsonSchema } from "../../src/reports/report-schema.js";
import { CHOICE_GRIPP2 } from "../../src/frameworks/design-choices.js";
import { GRIPP2_BMJ_2017, NIHR_RATE_UPLIFT_2025 } from "../../src/frameworks/publications.js";
import { cite } from "../../src/source.js";
import { HOSTILE_STRINGS, hostileReport, sampleReport, sampleReports } from "./fixtures.js";

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  return ajv.compile(reportJsonSchema());
}

/** Every block type, each in its smallest and its fullest form. */
const BLOCKS: Block[] = [
  { type: "heading", level: 2, text: "Section" },
  { type: "heading", level: 4, text: "Sub-sub-section" },
  { type: "paragraph", text: "Plain." },
  { type: "paragraph", text: "A caveat.", tone: "warning" },
  {
    type: "paragraph",
    text: "Method (Staniszewska et al. 2017; a ppie design choice).",
    tone: "note",
    sources: [cite(GRIPP2_BMJ_2017, "short form (GRIPP2-SF)"), CHOICE_GRIPP2],
  },
  { type: "metric", id: "m1", label: "No data yet", value: null, display: "no data" },
  {
    type: "metric",
    id: "m2",
    label: "FFT positive",
    value: 0.939,
    display: "93.9%",
    detail: "31 of 33",
    status: "met",
    target: "at least 90%",
    trend: { direction: "up", text: "up 2 points" },
  },
  {
    type: "table",
    id: "t",
    caption: "Table",
    columns: [
      { key: "a", label: "A" },
      { key: "b", label: "B", align: "right" },
    ],
    rows: [{ a: { text: "x" }, b: { text: "fewer than 5", value: null, suppressed: true } }],
    footnote: "Small numbers hidden.",
  },
  {
    type: "checklist",
    id: "c",
    caption: "Checklist",
    items: [
      {
        id: "i1",
        code: "4c",
        label: "Item",
        status: "not-applicable",
        detail: "n/a",
        verified: false,
      },
    ],
  },
  {
    type: "chart",
    id: "ch",
    kind: "line",
    title: "Chart",
    description: "Falls then rises.",
    categories: ["a", "b"],
    series: [{ name: "s", values: [1, null] }],
    unit: "%",
    labels: [["1%", "no data"]],
  },
  { type: "sources", id: "none", caption: "Sources", items: [] },
  {
    type: "sources",
    id: "sources",
    caption: "Sources",
    items: [cite(GRIPP2_BMJ_2017, "short form (GRIPP2-SF)"), CHOICE_GRIPP2, NIHR_RATE_UPLIFT_2025],
  },
];

describe("ReportSchema", () => {
  it("accepts each block type", () => {
    const types = new Set<string>();
    for (const block of BLOCKS) {
      expect(BlockSchema.safeParse(block).success, JSON.stringify(block)).toBe(true);
      types.add(block.type);
    }
    expect([...types].sort()).toEqual([
      "chart",
      "checklist",
      "heading",
      "metric",
      "paragraph",
      "sources",
      "table",
    ]);
  });

  it("rejects a paragraph citing an empty list, and a source with a missing or unknown field", () => {
    const para = { type: "paragraph", text: "x" };
    expect(BlockSchema.safeParse({ ...para, sources: [] }).success).toBe(false);
    expect(BlockSchema.safeParse({ ...para, sources: [{ id: "p", title: "T" }] }).success).toBe(
      false,
    );
    expect(
      BlockSchema.safeParse({ ...para, sources: [{ ...CHOICE_GRIPP2, designChoice: false }] })
        .success,
    ).toBe(false);
    expect(
      BlockSchema.safeParse({
        type: "sources",
        id: "s",
        caption: "c",
        items: [{ ...GRIPP2_BMJ_2017, html: "<b>" }],
      }).success,
    ).toBe(false);
  });

  it("rejects an unknown block type, a bad heading level and extra keys", () => {
    expect(BlockSchema.safeParse({ type: "image", src: "x" }).success).toBe(false);
    expect(BlockSchema.safeParse({ type: "heading", level: 1, text: "x" }).success).toBe(false);
    expect(BlockSchema.safeParse({ type: "paragraph", text: "x", html: "<b>" }).success).toBe(
      false,
    );
  });

  it("rejects a chart whose values or labels do not match its categories", () => {
    const chart = BLOCKS.find((b) => b.type === "chart") as Extract<Block, { type: "chart" }>;
    const bad = { ...chart, series: [{ name: "s", values: [1] }] };
    const result = BlockSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["series", 0, "values"]);
    expect(BlockSchema.safeParse({ ...chart, labels: [] }).success).toBe(false);
  });

  it("rejects a table row with a cell that has no column", () => {
    const table = BLOCKS.find((b) => b.type === "table") as Extract<Block, { type: "table" }>;
    const result = BlockSchema.safeParse({ ...table, rows: [{ z: { text: "?" } }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["rows", 0, "z"]);
  });

  it("has a JSON Schema with an $id", () => {
    const schema = reportJsonSchema();
    expect(schema.$id).toBe("https://ppie.dev/schema/report.json");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("renderJson", () => {
  const validate = validator();
  const all: Report = {
    kind: "gripp2",
    title: "All blocks",
    generatedAt: "2026-04-01T09:00:00Z",
    sections: BLOCKS,
  };

  it.each([
    ...sampleReports,
    { name: "all-blocks", report: all },
  ])("$name: parses back to the same report, valid for ReportSchema and its JSON Schema (ajv)", ({
    report,
  }) => {
    const json = renderJson(report);
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toEqual(report);
    expect(ReportSchema.safeParse(parsed).error).toBeUndefined();
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it("is valid for hostile strings too", () => {
    for (const s of HOSTILE_STRINGS) {
      const parsed: unknown = JSON.parse(renderJson(hostileReport(s)));
      // hostileReport's table row keys equal the column keys, so the schema holds.
      expect(ReportSchema.safeParse(parsed).success, s).toBe(true);
      expect(validate(parsed), s).toBe(true);
    }
  });

  it("ajv rejects what the schema rejects", () => {
    expect(validate({ ...all, kind: "unknown" })).toBe(false);
    expect(validate({ ...all, sections: [{ type: "heading", level: 5, text: "x" }] })).toBe(false);
    const para = { type: "paragraph", text: "x" };
    expect(validate({ ...all, sections: [{ ...para, sources: [] }] })).toBe(false);
    expect(validate({ ...all, sections: [{ ...para, sources: [CHOICE_GRIPP2] }] })).toBe(true);
    const list = { type: "sources", id: "s", caption: "c" };
    expect(validate({ ...all, sections: [{ ...list, items: [{ id: "p", title: "T" }] }] })).toBe(
      false,
    );
    expect(
      validate({ ...all, sections: [{ ...list, items: [{ ...GRIPP2_BMJ_2017, year: 2017.5 }] }] }),
    ).toBe(false);
  });

  it("uses 2-space indent, a trailing newline and the model's key order", () => {
    const json = renderJson(sampleReport("gripp2"));
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.startsWith('{\n  "kind": "gripp2",\n  "title": ')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual([
      "kind",
      "title",
      "period",
      "generatedAt",
      "sections",
    ]);
    expect(Object.keys(JSON.parse(json).period)).toEqual(["label", "start", "end"]);
  });

  it("gives byte-identical output whatever order the keys were built in", () => {
    const report = sampleReport("project");
    const shuffled = JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as Report;
    expect(Object.keys(shuffled)[0]).toBe("sections");
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });

  it("keeps a column keyed __proto__ as an ordinary key", () => {
    const report: Report = JSON.parse(
      '{"kind":"project","title":"T","generatedAt":"g","sections":[{"type":"table","id":"t","caption":"c","columns":[{"key":"__proto__","label":"P"}],"rows":[{"__proto__":{"text":"x"}}]}]}',
    );
    const parsed: unknown = JSON.parse(renderJson(report));
    expect(parsed).toEqual(report);
    expect(renderJson(report)).toContain('"__proto__": {');
  });

  it("writes sources in the model's key order", () => {
    const doc = JSON.parse(renderJson(all)) as { sections: Record<string, unknown>[] };
    const para = doc.sections.find((b) => b.sources !== undefined);
    expect(Object.keys(para ?? {})).toEqual(["type", "tone", "text", "sources"]);
    const list = doc.sections.find((b) => b.id === "sources") as { items: object[] };
    expect(Object.keys(list)).toEqual(["type", "id", "caption", "items"]);
    expect(list.items.map((i) => Object.keys(i))).toEqual([
      ["id", "authors", "title", "publisher", "year", "date", "doi", "section", "verified"],
      ["designChoice", "id", "title", "explained", "buildsOn"],
      ["id", "title", "publisher", "year", "url", "verified", "note"],
    ]);
  });

  it("orders row cells by column", () => {
    const report: Report = {
      kind: "project",
      title: "T",
      generatedAt: "g",
      sections: [
        {
          type: "table",
          id: "t",
          caption: "c",
          columns: [
            { key: "z", label: "Z" },
            { key: "a", label: "A" },
          ],
          rows: [{ a: { value: 1, text: "1" }, z: { text: "z" } }],
        },
      ],
    };
    expect(renderJson(report)).toContain(
      '"rows": [\n        {\n          "z": {\n            "text": "z"\n          },\n          "a": {\n            "text": "1",\n            "value": 1\n',
    );
  });
});
