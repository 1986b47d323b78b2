import { describe, expect, it } from "vitest";
import { identifierFilter } from "../../src/reports/options.js";
import { redactReport } from "../../src/reports/redact.js";
import type { Report, TableBlock } from "../../src/reports/report.js";
import { reportJsonSchema, ReportSchema } from "../../src/reports/report-schema.js";
import { dataset } from "../rules/fixture.js";

type Json = Record<string, unknown>;

/**
 * A report without what it cites (its paragraphs' sources and its sources lists) and without
 * its pictures' images: what the filter keeps as it is.
 */
function withoutSources(r: Report): Report {
  return {
    ...r,
    sections: r.sections
      .filter((b) => b.type !== "sources")
      .map((b) =>
        b.type === "paragraph"
          ? { ...b, sources: undefined }
          : b.type === "idea"
            ? { ...b, picture: { ...b.picture, src: "" } }
            : b,
      ) as Report["sections"],
  };
}
/** A picture's image: a valid base64 data: address (the schema checks its form). */
const IMAGE = "data:image/png;base64,iVBORw0KGgo=";
const NAME = "Alex Example";

/**
 * Instances of a JSON Schema with every free string set to NAME (and every map keyed by it):
 * one instance per option of a union, so that every kind of block is made.
 */
function instances(schema: Json): unknown[] {
  const options = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (options) return options.flatMap(instances);
  if (schema.const !== undefined) return [schema.const];
  if (Array.isArray(schema.enum)) return [schema.enum[0]];
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case "string":
      return [schema.format === "date" ? "2025-04-01" : NAME];
    case "number":
    case "integer":
      return [1];
    case "boolean":
      return [true];
    case "null":
      return [null];
    case "array":
      return [instances(schema.items as Json)];
    case "object": {
      const out: Json = {};
      for (const [k, v] of Object.entries((schema.properties as Record<string, Json>) ?? {}))
        out[k] = instances(v)[0];
      if (typeof schema.additionalProperties === "object")
        out[NAME] = instances(schema.additionalProperties as Json)[0];
      return [out];
    }
    default:
      return [undefined];
  }
}

describe("redactReport", () => {
  const text = identifierFilter(dataset());
  const report = instances(reportJsonSchema())[0] as Report;
  report.generatedAt = "2026-04-01T09:00:00Z";
  for (const b of report.sections) if (b.type === "idea") b.picture.src = IMAGE;
  if (report.presentation !== undefined) report.presentation.pointSize = 14;

  it("makes every kind of block, with every field filled", () => {
    expect(new Set(report.sections.map((b) => b.type)).size).toBe(8);
    expect(JSON.stringify(report).split(NAME).length).toBeGreaterThan(25);
  });

  it("filters every string of the report model but its sources: texts, labels, ids and keys", () => {
    const out = redactReport(report, text);
    expect(JSON.stringify(withoutSources(out))).not.toContain(NAME);
    const parsed = ReportSchema.safeParse(out);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("keeps the sources a report cites as published (ppie's bibliography, not data)", () => {
    const out = redactReport(report, text);
    const cited = (r: Report): unknown[] =>
      r.sections.flatMap((b): unknown[] =>
        b.type === "paragraph" ? [b.sources] : b.type === "sources" ? [b] : [],
      );
    expect(cited(report).length).toBe(2);
    expect(JSON.stringify(cited(report))).toContain(NAME);
    expect(cited(out)).toEqual(cited(report));
  });

  it("filters a picture's id and text alternative and keeps its image", () => {
    const out = redactReport(report, text);
    const idea = out.sections.find((b) => b.type === "idea");
    expect(idea?.type === "idea" && idea.picture).toEqual({
      id: "[identifier removed]",
      alt: "[identifier removed]",
      src: IMAGE,
    });
  });

  it("keeps each table's cells under their (filtered) column keys, and changes nothing else", () => {
    const out = redactReport(report, text);
    const t = out.sections.find((b): b is TableBlock => b.type === "table")!;
    expect(
      t.rows.every((r) => Object.keys(r).every((k) => t.columns.some((c) => c.key === k))),
    ).toBe(true);
    expect(redactReport(report, (s) => s)).toEqual(report);
  });

  it("keeps two columns apart when the filter makes their keys equal", () => {
    const table: TableBlock = {
      type: "table",
      id: "t",
      caption: "c",
      columns: [
        { key: NAME, label: "a" },
        { key: "alex  example", label: "b" },
      ],
      rows: [{ [NAME]: { text: "1" }, "alex  example": { text: "2" } }],
    };
    const out = redactReport({ ...report, sections: [table] }, text).sections[0] as TableBlock;
    expect(out.columns.map((c) => c.key)).toEqual([
      "[identifier removed]",
      "[identifier removed]-2",
    ]);
    expect(out.rows[0]).toEqual({
      "[identifier removed]": { text: "1" },
      "[identifier removed]-2": { text: "2" },
    });
  });
});
