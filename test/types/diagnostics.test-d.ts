import * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import type { CliDiagnosticCode } from "../../src/cli/diagnostics.js";
import type { CatalogueCode } from "../../src/diagnostics-catalogue.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { Diagnostic, DiagnosticCode, Result } from "../../src/index.js";
import { checkDataset, defineRule, diagnostic, hasErrors } from "../../src/index.js";

declare const ds: Dataset;

const noTitleShouting = defineRule({
  code: "local/title-shouting",
  title: "Activity title in capitals",
  description: "Titles in capitals are hard to read.",
  severity: "info",
  category: "inclusion",
  entity: "activities",
  source: { id: "style", title: "Our style guide", publisher: "Local", verified: true },
  options: z.strictObject({}),
  example: { path: ["activities", 0, "title"], message: "Activity a-1 has a title in capitals." },
  check: () => [],
});

describe("DiagnosticCode", () => {
  it("holds the codes of every area of the library", () => {
    expectTypeOf<"schema/missing-field">().toExtend<DiagnosticCode>(); // parseDataset
    expectTypeOf<"ref/unknown-ppeet-item">().toExtend<DiagnosticCode>();
    expectTypeOf<"payment/off-rate">().toExtend<DiagnosticCode>(); // a built-in rule
    expectTypeOf<"check/unknown-rule">().toExtend<DiagnosticCode>(); // checkDataset's options
    expectTypeOf<"fft/no-responses">().toExtend<DiagnosticCode>(); // a scorer
    expectTypeOf<"coproduction/no-public-ratings">().toExtend<DiagnosticCode>();
    expectTypeOf<"disclosure/single-suppressed-line">().toExtend<DiagnosticCode>();
    expectTypeOf<"score/unknown-measure">().toExtend<DiagnosticCode>(); // scoreDataset
    expectTypeOf<"fft/invalid-period">().toExtend<DiagnosticCode>();
    expectTypeOf<"gripp2/unknown-project">().toExtend<DiagnosticCode>();
    expectTypeOf<"report/unknown-kind">().toExtend<DiagnosticCode>(); // buildReport
    expectTypeOf<"framework/duplicate-id">().toExtend<DiagnosticCode>(); // frameworks registry
  });

  it("rejects a code nobody declared", () => {
    // @ts-expect-error a made-up code
    const made: DiagnosticCode = "fft/made-up";
    // @ts-expect-error a measure that reads no period has no period code
    const noPeriod: DiagnosticCode = "readability/invalid-period";
    // @ts-expect-error the CLI's own codes are not the library's
    const cli: DiagnosticCode = "csv/unknown-column";
    void [made, noPeriod, cli];
  });

  it("is, with the CLI's own codes, exactly what the catalogue lists", () => {
    expectTypeOf<CatalogueCode>().toEqualTypeOf<CliDiagnosticCode>();
    expectTypeOf<"csv/unknown-column">().toExtend<CliDiagnosticCode>();
    expectTypeOf<"input/invalid-json">().toExtend<CliDiagnosticCode>();
  });
});

describe("Diagnostic<C>", () => {
  it("defaults to the library's codes", () => {
    expectTypeOf<Diagnostic["code"]>().toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<Result<number>>().toEqualTypeOf<Result<number, DiagnosticCode>>();
    expectTypeOf<Diagnostic<"local/x">["code"]>().toEqualTypeOf<"local/x">();
  });

  it("diagnostic() takes only declared codes, unless the caller names its own", () => {
    expectTypeOf(
      diagnostic("fft/no-responses", "warning", [], "None."),
    ).toEqualTypeOf<Diagnostic>();
    // @ts-expect-error not declared
    diagnostic("fft/made-up", "warning", [], "None.");
    expectTypeOf(diagnostic<"local/x">("local/x", "info", [], "Mine.")).toEqualTypeOf<
      Diagnostic<"local/x">
    >();
  });

  it("checkDataset types the codes of your own rules", () => {
    expectTypeOf(checkDataset(ds)).toEqualTypeOf<Diagnostic[]>();
    expectTypeOf(checkDataset(ds, { asOf: "2026-03-31" })).toEqualTypeOf<Diagnostic[]>();
    expectTypeOf(checkDataset(ds, { extraRules: [noTitleShouting] })).toEqualTypeOf<
      Diagnostic<DiagnosticCode | "local/title-shouting">[]
    >();
    const found = checkDataset(ds, { extraRules: [noTitleShouting] });
    for (const d of found) {
      if (d.code === "local/title-shouting")
        expectTypeOf(d.code).toEqualTypeOf<"local/title-shouting">();
      // @ts-expect-error neither a built-in code nor one of the extra rules'
      if (d.code === "local/other") void d;
    }
  });

  it("readers take diagnostics with any codes", () => {
    const mine: Diagnostic<"local/x">[] = [
      { code: "local/x", severity: "error", path: [], message: "X." },
    ];
    expectTypeOf(hasErrors(mine)).toEqualTypeOf<boolean>();
    // @ts-expect-error a Diagnostic<string> is not a Diagnostic (its code may be anything)
    const narrowed: Diagnostic = mine[0] as Diagnostic<string>;
    void narrowed;
  });
});
