import { describe, expect, it } from "vitest";
import { TEXT_FIELDS } from "../../src/derive/text-fields.js";
import type { Dataset } from "../../src/model/dataset.js";
import { jsonSchemas } from "../../src/model/json-schema.js";
import { parseDataset } from "../../src/model/parse.js";
import { render, RENDER_FORMATS } from "../../src/render/index.js";
import { buildReport, REPORT_KINDS } from "../../src/reports/index.js";
import { checkDataset } from "../../src/rules/check.js";
import type { Variant } from "./identifier-variants.js";
import { VARIANTS } from "./identifier-variants.js";
import type { Json } from "./seed-fields.js";
import { base, CANNOT_HOLD, key, RECORDED, seedField } from "./seed-fields.js";

/** Every text leaf of a JSON Schema: strings that are not enums, constants or dates. */
function textLeaves(schema: Json, path: string[], out: Set<string>): void {
  for (const k of ["oneOf", "anyOf"] as const) {
    for (const option of (schema[k] as Json[] | undefined) ?? []) textLeaves(option, path, out);
  }
  if (schema.type === "string") {
    if (schema.enum === undefined && schema.const === undefined && schema.format !== "date")
      out.add(path.join("."));
  } else if (schema.type === "array") {
    textLeaves(schema.items as Json, [...path, "*"], out);
  } else if (schema.type === "object") {
    for (const [k, v] of Object.entries((schema.properties as Record<string, Json>) ?? {}))
      textLeaves(v, [...path, k], out);
    if (schema.propertyNames !== undefined) out.add([...path, "{}"].join("."));
    if (typeof schema.additionalProperties === "object")
      textLeaves(schema.additionalProperties as Json, [...path, "{}"], out);
  }
}

describe("TEXT_FIELDS", () => {
  it("lists every text field and id of the dataset schema, and nothing else", () => {
    const leaves = new Set<string>();
    textLeaves(jsonSchemas().dataset as Json, [], leaves);
    const fromSchema = [...leaves]
      .map((p) => {
        const [head, star, ...rest] = p.split(".");
        return star === "*" && head !== "scales" ? key(head!, rest) : key(null, p.split("."));
      })
      .sort();
    expect(TEXT_FIELDS.map((f) => key(f.collection, f.path)).sort()).toEqual(fromSchema);
  });
});

// ---------------------------------------------------------------------------------------------
// Every field, every variant (issue 17 items 1 and 4): written into every text field and id of
// a dataset, a contributor's identifier is flagged by the rule where it is, and no report of
// any kind, in any format, shows it.

/** The dataset with the variant written after the value of every field that can hold it. */
function seeded(variant: string) {
  const ds = base();
  const f = (s: string) => `${s} ${variant}`;
  const flagged = new Set<string>();
  for (const field of TEXT_FIELDS) {
    if (field.role === "identifier" || CANNOT_HOLD.has(key(field.collection, field.path))) continue;
    const paths = seedField(ds, field, f);
    expect([key(field.collection, field.path), paths.length > 0]).toEqual([
      key(field.collection, field.path),
      true,
    ]);
    if (field.role !== "reference") for (const p of paths) flagged.add(p);
  }
  const parsed = parseDataset(ds);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics.slice(0, 3)));
  return { dataset: parsed.value, flagged, project: f("p-001") };
}

/** What a renderer's escaping hides: backslashes (Markdown) and character references (HTML). */
function unescaped(out: string): string {
  return out
    .replace(/\\(.)/g, "$1")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Pieces of the variant (5 characters, 3 of them letters or digits) a leak would show. */
function fragments(variant: string): string[] {
  const cs = [...variant];
  const out: string[] = [];
  for (let i = 0; i + 5 <= cs.length; i++) {
    const w = cs.slice(i, i + 5).join("");
    if ((w.match(/[\p{L}\p{N}]/gu) ?? []).length >= 3) out.push(w);
  }
  return out;
}

function reportsOf(ds: Dataset, project: string) {
  return REPORT_KINDS.flatMap((kind) => {
    const r = buildReport(kind, ds, { generatedAt: "2026-04-01T09:00:00Z", project });
    if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.diagnostics.slice(0, 3))}`);
    return RENDER_FORMATS.map((format) => ({
      kind,
      format,
      out: unescaped(render(r.value, format)),
    }));
  });
}

const cases: [string, Variant][] = VARIANTS.map((v) => [`${v.of}, ${v.name}`, v]);

/** The reports of the dataset before seeding: a piece they show anyway is no leak. */
const before = (() => {
  const parsed = parseDataset(base());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics.slice(0, 3)));
  return new Map(reportsOf(parsed.value, "p-001").map((r) => [`${r.kind} ${r.format}`, r.out]));
})();

describe.each(cases)("a contributor's %s in every text field and id", (_, v) => {
  const variant = v.apply(RECORDED[v.of]);
  const { dataset, flagged, project } = seeded(variant);

  it("is flagged by privacy/identifier-in-text wherever it is", () => {
    const found = new Set(
      checkDataset(dataset)
        .filter((d) => d.code === "privacy/identifier-in-text")
        .map((d) => JSON.stringify(d.path)),
    );
    expect([...flagged].filter((p) => !found.has(p))).toEqual([]);
  });

  it("appears in no report, in no format", () => {
    // the identifier as written, not what a variant writes around it (e.g. a URL), which stays
    const kept = v.left?.("") ?? "";
    const pieces = fragments(variant.slice(kept.length)).filter((p) => !kept.includes(p));
    const leaks = reportsOf(dataset, project).flatMap(({ kind, format, out }) =>
      pieces
        .filter((p) => out.includes(p) && !before.get(`${kind} ${format}`)?.includes(p))
        .map((p) => `${kind} ${format}: ${JSON.stringify(p)}`),
    );
    expect(leaks).toEqual([]);
  });
});
