import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { renderCsvTables } from "../../src/render/csv.js";
import { render } from "../../src/render/index.js";
import { renderHtml } from "../../src/render/html.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import type { Report } from "../../src/reports/report.js";
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
        "\uFF1D",
        "\uFF20",
        " =",
        "https://",
        "www.",
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
  expect(html).not.toMatch(/<script|<iframe|<!--(?!\s*$)/i);
  // the one image is the report's picture, from its data: address
  expect(html.match(/<img/gi)?.length).toBe(1);
  expect(html).toContain('<img class="picture" src="data:image/svg+xml;base64,');
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
            /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/.test(field) &&
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
    const full = renderMarkdown(hostileReport(s, v));
    // The report ends with its sources list: the renderer's own numbered items, whose only
    // markup is an autolink to an http(s) address that safeHref made safe.
    const at = full.search(/^1\. /m);
    expect(at).toBeGreaterThan(0);
    const md = full.slice(0, at);
    const list = full.slice(at).replace(/<https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+>/g, "");
    expect(list).not.toContain("<");
    expect(list).not.toMatch(/(?<!\\):\/\/|(?<!\\)@|www(?!\\)\./i);
    for (const line of list.split("\n").filter((l) => l !== ""))
      expect(line, line).toMatch(/^(\d+\. | {3})(?![ \t])/);
    expect(md.replace(/<br>/g, "")).not.toContain("<");
    expect(md).not.toMatch(/(?<!\\):\/\/|(?<!\\)@|www(?!\\)\./i);
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

/** Any report ReportSchema accepts: every block type, empty lists, odd text, numbers and keys. */
const anyText = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_STRINGS, "", "__proto__"));
const anyKey = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom("__proto__", "constructor", "toString"),
);
const anyNumber = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
const anyBlock = fc.oneof(
  fc.record({ type: fc.constant("heading"), level: fc.constantFrom(2, 3, 4), text: anyText }),
  fc.record(
    {
      type: fc.constant("paragraph"),
      text: anyText,
      tone: fc.constantFrom("normal", "note", "warning"),
    },
    { requiredKeys: ["type", "text"] },
  ),
  fc.record(
    {
      type: fc.constant("metric"),
      id: anyKey,
      label: anyText,
      value: fc.option(anyNumber, { nil: null }),
      display: anyText,
      detail: anyText,
      status: fc.constantFrom("met", "on-track", "off-track", "no-data"),
      target: anyText,
      trend: fc.record({ direction: fc.constantFrom("up", "down", "flat", "none"), text: anyText }),
    },
    { requiredKeys: ["type", "id", "label", "value", "display"] },
  ),
  fc.uniqueArray(anyKey, { maxLength: 4 }).chain((keys) =>
    fc.record(
      {
        type: fc.constant("table"),
        id: anyKey,
        caption: anyText,
        columns: fc.constant(keys.map((key) => ({ key, label: key }))),
        rows: fc.array(
          fc
            .dictionary(
              fc.constantFrom(...(keys.length > 0 ? keys : ["k"])),
              fc.record(
                { text: anyText, value: fc.option(anyNumber, { nil: null }) },
                { requiredKeys: ["text"] },
              ),
            )
            .map((row) => (keys.length > 0 ? row : {})),
          { maxLength: 3 },
        ),
        footnote: anyText,
      },
      { requiredKeys: ["type", "id", "caption", "columns", "rows"] },
    ),
  ),
  fc.record({
    type: fc.constant("checklist"),
    id: anyKey,
    caption: anyText,
    items: fc.array(
      fc.record(
        {
          id: anyKey,
          code: anyText,
          label: anyText,
          status: fc.constantFrom("reported", "partial", "missing", "not-applicable"),
          detail: anyText,
          verified: fc.boolean(),
        },
        { requiredKeys: ["id", "label", "status", "detail", "verified"] },
      ),
      { maxLength: 3 },
    ),
  }),
  fc
    .tuple(fc.array(anyText, { maxLength: 4 }), fc.integer({ min: 0, max: 3 }))
    .chain(([categories, nSeries]) =>
      fc.record({
        type: fc.constant("chart"),
        id: anyKey,
        kind: fc.constantFrom("bar", "stacked-bar", "line", "heatmap"),
        title: anyText,
        description: anyText,
        categories: fc.constant(categories),
        series: fc.array(
          fc.record({
            name: anyText,
            values: fc.array(fc.option(anyNumber, { nil: null }), {
              minLength: categories.length,
              maxLength: categories.length,
            }),
          }),
          { minLength: nSeries, maxLength: nSeries },
        ),
        unit: anyText,
        labels: fc.array(
          fc.array(anyText, { minLength: categories.length, maxLength: categories.length }),
          { minLength: nSeries, maxLength: nSeries },
        ),
      }),
    ),
);
const anyReport = fc.record(
  {
    kind: fc.constantFrom("gripp2", "strategy", "impact", "representation", "project", "feedback"),
    title: anyText,
    period: fc.record({
      start: fc.constant("2025-04-01"),
      end: fc.constant("2026-03-31"),
      label: fc.string({ minLength: 1 }),
    }),
    generatedAt: fc.string({ minLength: 1 }),
    sections: fc.array(anyBlock, { maxLength: 8 }),
  },
  { requiredKeys: ["kind", "title", "generatedAt", "sections"] },
);

test.prop([anyReport])("every report ReportSchema accepts renders in every format", (candidate) => {
  const parsed = ReportSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
  expect(parsed.error?.issues ?? []).toEqual([]);
  const report = parsed.data as Report;
  expect(typeof render(report, "markdown")).toBe("string");
  expect(typeof render(report, "html")).toBe("string");
  expect(typeof render(report, "csv")).toBe("string");
  expect(JSON.parse(render(report, "json"))).toEqual(JSON.parse(JSON.stringify(report)));
});
