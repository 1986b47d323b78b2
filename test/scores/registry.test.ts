import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { parseDataset } from "../../src/model/parse.js";
import { scoreDataset } from "../../src/scores/registry.js";

describe("scoreDataset on values of the wrong type", () => {
  it("names an unknown measure that is not text without throwing", () => {
    for (const measure of [Object.create(null), Symbol("m"), 5, null]) {
      const r = scoreDataset(measure as never, demoDataset);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["score/unknown-measure"]);
    }
  });
});

describe("scoreDataset with dates outside 1900-01-01..9998-12-31", () => {
  it("rejects such an as-of date or period with a diagnostic, never a year 10000", () => {
    const asOf = scoreDataset("payments", demoDataset, { asOf: "9999-12-31" });
    expect(asOf.ok).toBe(false);
    expect(asOf.diagnostics.map((d) => d.code)).toEqual(["score/invalid-option"]);
    for (const period of ["9999", "FY9999", "9999-00", "0001", "0000-01-01..2025-01-01"]) {
      const r = scoreDataset("payments", demoDataset, { period });
      expect(r.ok, period).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["payments/invalid-period"]);
    }
    const range = scoreDataset("payments", demoDataset, {
      period: { start: "0001-01-01", end: "9999-12-31" },
    });
    expect(range.ok).toBe(false);
  });

  it("reads the last financial year that holds a date ppie reads", () => {
    const r = scoreDataset("payments", demoDataset, { period: "9998-99" });
    expect(r.ok).toBe(true);
  });
});

describe("measures over ids named like Object.prototype's properties", () => {
  const ds = parseDataset(
    JSON.parse(`{
      "schemaVersion": 1,
      "ppeetItems": [{ "id": "__proto__", "text": "Was it worth it?" }],
      "feedback": [
        { "id": "f1", "kind": "ppeet", "date": "2025-05-01", "questionnaire": "participant",
          "responses": { "__proto__": "agree" } },
        { "id": "f2", "kind": "coproduction", "date": "2025-05-01", "respondent": "public",
          "ratings": { "__proto__": 4, "constructor": 5 } }
      ]
    }`),
  );
  if (!ds.ok) throw new Error(JSON.stringify(ds.diagnostics));

  it("counts a PPEET answer to the item __proto__", () => {
    const r = scoreDataset("ppeet", ds.value, { period: "2025-26" });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.components.items.map((i) => [i.id, i.n])).toEqual([["__proto__", 1]]);
  });

  it("names the co-production principles __proto__ and constructor as unknown", () => {
    const r = scoreDataset("coproduction", ds.value, { period: "2025-26" });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(
      r.diagnostics.filter((d) => d.code === "coproduction/unknown-principle").map((d) => d.path),
    ).toEqual([
      ["assessments", 0, "ratings", "__proto__"],
      ["assessments", 0, "ratings", "constructor"],
    ]);
  });
});

describe("scoreDataset options with a __proto__ key", () => {
  it("reports the key as unknown and never reads options through it", () => {
    const opts = JSON.parse('{"__proto__": {"period": "2024-25"}}') as Record<string, unknown>;
    const r = scoreDataset("payments", demoDataset, opts);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["score/unknown-option", ["opts", "__proto__"]],
    ]);
  });
});
