import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { identifiersIn } from "../../src/rules/privacy-identifier-in-text.js";
import { checkDataset, sortDiagnostics } from "../../src/rules/index.js";
import type { Diagnostic } from "../../src/result.js";

const diagArb: fc.Arbitrary<Diagnostic<string>> = fc.record({
  code: fc.constantFrom("a/x", "b/y", "c/z"),
  severity: fc.constantFrom("error", "warning", "info"),
  path: fc.array(fc.oneof(fc.constantFrom("activities", "payments", "notes"), fc.nat(30)), {
    maxLength: 4,
  }),
  message: fc.constantFrom("One.", "Two."),
});

describe("rules: properties", () => {
  test.prop([fc.array(diagArb, { maxLength: 40 })])(
    "sortDiagnostics is idempotent, order-independent and drops only duplicates",
    (diags) => {
      const sorted = sortDiagnostics(diags);
      expect(sortDiagnostics(sorted)).toEqual(sorted);
      expect(sortDiagnostics([...diags].reverse())).toEqual(sorted);
      const key = (d: Diagnostic<string>) =>
        JSON.stringify([d.code, d.severity, d.path, d.message]);
      expect(new Set(sorted.map(key)).size).toBe(sorted.length);
      expect(new Set(sorted.map(key))).toEqual(new Set(diags.map(key)));
    },
  );

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 10, max: 120 })], {
    numRuns: 15,
  })(
    "a generated dataset without gaps never has errors, and checking never throws",
    (seed, activities) => {
      const ds = generateDataset({ seed, activities, contributors: 40 });
      const diags = checkDataset(ds);
      expect(diags.filter((d) => d.severity === "error")).toEqual([]);
      expect(checkDataset(ds)).toEqual(diags);
    },
  );

  test.prop([fc.string({ maxLength: 200 })])(
    "identifiersIn never throws and finds no name when no names are known",
    (text) => {
      const found = identifiersIn(text, undefined);
      expect(found).not.toContain("a contributor's full name");
    },
  );
});
