import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { renderCsvTables } from "../../src/render/csv.js";
import { renderHtml } from "../../src/render/html.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { ReportSchema } from "../../src/reports/report-schema.js";
import { HOSTILE_STRINGS, hostileReport } from "../render/fixtures.js";
import { disallowed } from "../render/html-scan.js";

/** Hostile strings, hostile pieces glued to arbitrary text, and arbitrary unicode. */
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc
    .tuple(
      fc.constantFrom(
        ...HOSTILE_STRINGS,
        "<",
        ">",
        '"',
        "'",
        "&",
        "|",
        "\n",
        "\r",
        "`",
        "=",
        "+",
        "-",
        "@",
        "\t",
      ),
      fc.string(),
    )
    .map(([a, b]) => a + b),
  fc
    .array(
      fc.constantFrom(
        "<",
        "script",
        ">",
        "img",
        " onerror=",
        '"',
        "'",
        "|",
        "\\",
        "\n",
        "&amp;",
        "=",
        "-",
        "#",
        "*",
        "`",
        "x",
      ),
      { minLength: 1 },
    )
    .map((p) => p.join("")),
  fc.string({ unit: "binary", minLength: 1 }),
);
const value = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Tables of a Markdown document: runs of lines that start with a pipe. */
function mdTables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of [...md.split("\n"), ""]) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  return out;
}

function cells(line: string): number {
  return line.replace(/\\\\/g, "").split(/(?<!\\)\|/).length - 2;
}

test.prop([hostile, value])("HTML: only the renderer's own tags and attributes appear", (s, v) => {
  const html = renderHtml(hostileReport(s, v));
  expect(disallowed(html)).toEqual([]);
  expect(html).not.toMatch(/<script|<img|<iframe|<!--(?!\s*$)/i);
});

test.prop([hostile, value])(
  "CSV: no cell starts with a formula character unless it is a plain number",
  (s, v) => {
    for (const { csv } of renderCsvTables(hostileReport(s, v))) {
      const rows = parse(csv, { record_delimiter: "\r\n" }) as string[][];
      const width = rows[0]?.length ?? 0;
      for (const row of rows) {
        expect(row.length).toBe(width);
        for (const field of row) {
          const formula =
            /^[=+\-@\t\r]/.test(field) &&
            !/^[+-]?[£$€]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(field);
          expect(formula, field).toBe(false);
        }
      }
    }
  },
);

test.prop([hostile, value])(
  "Markdown: no HTML from the data, and every table row keeps its column count",
  (s, v) => {
    const md = renderMarkdown(hostileReport(s, v));
    expect(md.replace(/<br>/g, "")).not.toContain("<");
    const tables = mdTables(md);
    expect(tables).toHaveLength(7);
    for (const table of tables) {
      const width = cells(table[0] ?? "");
      expect(width).toBeGreaterThan(0);
      for (const line of table) expect(cells(line), line).toBe(width);
    }
    // no line of user text can open a heading, list, quote or code block
    for (const line of md.split("\n")) {
      if (
        /^#{1,4} /.test(line) ||
        line.startsWith("> ") ||
        line === ">" || // the renderer's own paragraph break inside a block quote
        line.startsWith("|") ||
        line.startsWith("**")
      )
        continue;
      // (only spaces and tabs indent in CommonMark; other whitespace is ordinary text)
      expect(line, line).not.toMatch(
        /^([ \t]|[-+*] |\d+[.)] |#|>|`{3}|~{3}|={2,}[ \t]*$|-{2,}[ \t]*$)/,
      );
    }
  },
);

test.prop([hostile, value])("JSON: parses back to the report and validates", (s, v) => {
  const report = hostileReport(s, v);
  const parsed: unknown = JSON.parse(renderJson(report));
  expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
  expect(ReportSchema.safeParse(parsed).success).toBe(true);
});

test.prop([hostile, value])("every format is deterministic", (s, v) => {
  const a = hostileReport(s, v);
  const b = structuredClone(a);
  expect(renderHtml(b)).toBe(renderHtml(a));
  expect(renderMarkdown(b)).toBe(renderMarkdown(a));
  expect(renderJson(b)).toBe(renderJson(a));
  expect(renderCsvTables(b)).toEqual(renderCsvTables(a));
});
