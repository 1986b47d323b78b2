import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import type { Result } from "../../src/result.js";
import type { PolicyPresetId } from "../../src/scores/disclosure.js";
import type { Report, ReportKind, ReportOptions } from "../../src/reports/index.js";
import { buildReport } from "../../src/reports/index.js";

describe("buildReport types", () => {
  it("takes a kind, a dataset and options, and returns a Result<Report>", () => {
    expectTypeOf(buildReport).parameters.toEqualTypeOf<[ReportKind, Dataset, ReportOptions]>();
    expectTypeOf(buildReport).returns.toEqualTypeOf<Result<Report>>();
  });

  it("requires generatedAt and types every option", () => {
    expectTypeOf<ReportOptions["generatedAt"]>().toEqualTypeOf<string>();
    expectTypeOf<ReportOptions["form"]>().toEqualTypeOf<"short" | "long" | undefined>();
    expectTypeOf<ReportOptions["disclosure"]>().toEqualTypeOf<PolicyPresetId | undefined>();
    expectTypeOf<ReportOptions["includeIdentifiers"]>().toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error generatedAt is required: reports never read the clock
    const missing: ReportOptions = { project: "p-001" };
    void missing;
    // @ts-expect-error unknown options are rejected at compile time too
    const extra: ReportOptions = { generatedAt: "2026-04-01T09:00:00Z", colour: "red" };
    void extra;
  });

  it("only accepts the nine report kinds", () => {
    expectTypeOf<ReportKind>().toEqualTypeOf<
      | "gripp2"
      | "strategy"
      | "impact"
      | "representation"
      | "project"
      | "feedback"
      | "service-change"
      | "contributor-feedback"
      | "engagement"
      | "listening"
    >();
    // @ts-expect-error not a report kind
    const k: ReportKind = "summary";
    void k;
  });

  it("narrows the result before the report can be read", () => {
    const r = buildReport("impact", {} as Dataset, { generatedAt: "2026-04-01T09:00:00Z" });
    if (r.ok) expectTypeOf(r.value.sections).toEqualTypeOf<Report["sections"]>();
    // @ts-expect-error value exists only on success
    void r.value;
  });
});
