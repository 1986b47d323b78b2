import { fc, test } from "@fast-check/vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { expect } from "vitest";
import { TEXT_FIELDS } from "../../src/derive/text-fields.js";
import { parseDataset } from "../../src/model/parse.js";
import { RENDER_FORMATS, render } from "../../src/render/index.js";
import { buildReport, REPORT_KINDS } from "../../src/reports/index.js";
import { checkDataset } from "../../src/rules/check.js";
import { VARIANTS } from "../derive/identifier-variants.js";
import { base, CANNOT_HOLD, key, RECORDED, seedField } from "../derive/seed-fields.js";

/**
 * Issue 17, "done when": generated datasets with hostile text written into every text field and
 * every id (control characters, terminal escapes, bidirectional overrides, formula prefixes in
 * every width, raw HTML, prototype keys, and a contributor's identifier spelt in one of the
 * red team's variants). For every report kind in every format: nothing throws, no raw control
 * character reaches the output, no CSV cell starts a formula, and the contributor's name,
 * email address and phone number appear nowhere. (That no suppressed count can be recovered is
 * the property of `small-numbers.test-prop.ts`, over the same generator.)
 */

/**
 * Text a hostile or careless world puts into a dataset. Each can stand anywhere in an id (a line
 * break cannot: an id holding one is a parse diagnostic, and line breaks in free text are the
 * renderers' own tests).
 */
const HOSTILE = [
  "\u001b[2J\u001b[31mred",
  "bell\u0007",
  "\u009bcsi",
  "\u202eevil\u202c",
  "\u2066iso\u2069",
  '=HYPERLINK("https://evil.example")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)",
  "\uff1d1+1",
  "\uff0bcmd",
  "\uff20SUM(1)",
  "\ufe62x",
  '<iframe src="https://evil.example">',
  "<style>*{background:url(//evil.example)}</style>",
  "__proto__",
  "constructor",
  "a\u200bb",
] as const;

/** A raw character a terminal, a browser or a spreadsheet would act on. */
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A cell a spreadsheet would run: a formula sign first, in any width, after any white space. */
const FORMULA = /^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b]|^[\t\r\n]/;
/** A plain number (the one kind of cell that may start with a minus sign). */
const NUMBER = /^[+-]?[£$€]?\d[\d,]*(\.\d+)?%?$/;

/**
 * Text as a reader sees it: Markdown's backslash escapes and HTML's character references
 * undone, compatibility forms folded, invisible characters gone, lower case.
 */
function asRead(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .normalize("NFKC")
    .replace(/[\p{Default_Ignorable_Code_Point}\u00ad]/gu, "")
    .toLowerCase();
}

/** The recorded identifiers of c-0004, as a reader would find them in any output. */
const LEAKS: { what: string; re: RegExp }[] = [
  { what: "name", re: /priya[\s._'-]*example/ },
  { what: "email", re: /priya\.example3(@|%40)example\.org/ },
  { what: "phone", re: /(\+44|0044|0)[\s()_/.-]*1632[\s()_/.-]*960[\s()_/.-]*003/ },
];

/** The reports of one dataset, rendered in every format (what could have leaked is checked by the caller). */
function outputs(dataset: Parameters<typeof buildReport>[1], project: string) {
  return REPORT_KINDS.flatMap((kind) => {
    const r = buildReport(kind, dataset, { generatedAt: "2026-04-01T09:00:00Z", project });
    expect(r.ok, `${kind}: ${JSON.stringify(r.diagnostics.slice(0, 2))}`).toBe(true);
    if (!r.ok) return [];
    return RENDER_FORMATS.map((format) => ({ kind, format, out: render(r.value, format) }));
  });
}

test.prop(
  [
    fc.integer({ min: 1, max: 10_000 }),
    // two at most: with the identifier after them, an id stays within its 200 characters
    fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 2 }),
    fc.constantFrom(...VARIANTS),
  ],
  { numRuns: 6 },
)(
  "hostile text in every field and id: no throw, no raw control, no formula cell, no identifier",
  (seed, hostile, variant) => {
    const ds = base(seed);
    const spelt = variant.apply(RECORDED[variant.of]);
    const f = (s: string) => `${hostile.join("")}${s} ${spelt}`;
    for (const field of TEXT_FIELDS) {
      if (field.role === "identifier" || CANNOT_HOLD.has(key(field.collection, field.path)))
        continue;
      seedField(ds, field, f);
    }
    const parsed = parseDataset(ds);
    expect(parsed.ok, JSON.stringify(parsed.diagnostics.slice(0, 3))).toBe(true);
    if (!parsed.ok) return;
    expect(() => checkDataset(parsed.value)).not.toThrow();

    for (const { kind, format, out } of outputs(parsed.value, f("p-001"))) {
      const where = `${kind} ${format}`;
      expect(RAW_CONTROL.exec(out)?.[0], where).toBeUndefined();
      if (format === "json") expect(() => JSON.parse(out), where).not.toThrow();
      const read = asRead(out);
      for (const leak of LEAKS)
        expect(leak.re.exec(read)?.[0], `${where}: ${leak.what}`).toBeUndefined();
      if (format !== "csv") continue;
      const rows = parseCsv(out, {
        relax_column_count: true,
        skip_empty_lines: true,
      }) as string[][];
      for (const row of rows)
        for (const cell of row)
          if (FORMULA.test(cell) && !NUMBER.test(cell))
            expect.fail(`${where}: a cell starts a formula: ${JSON.stringify(cell.slice(0, 40))}`);
    }
  },
);
