import * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import type { Diagnostic } from "../../src/result.js";
import type { BuiltinRuleCode, BuiltinRuleOptions, CheckOptions } from "../../src/rules/index.js";
import type { Rule, RuleSource } from "../../src/rules/define.js";
import type { Source } from "../../src/source.js";
import { checkDataset, defineRule, formatDiagnostics } from "../../src/rules/index.js";

declare const ds: Dataset;

describe("rules types", () => {
  it("checkDataset takes a dataset and options and returns diagnostics", () => {
    expectTypeOf(checkDataset).parameters.toEqualTypeOf<[Dataset, CheckOptions?]>();
    expectTypeOf(checkDataset(ds)).toEqualTypeOf<Diagnostic[]>();
    expectTypeOf(formatDiagnostics).returns.toEqualTypeOf<string>();
  });

  it("types built-in rule codes and their options", () => {
    expectTypeOf<"payment/off-rate">().toMatchTypeOf<BuiltinRuleCode>();
    expectTypeOf<BuiltinRuleOptions["project/coproduced-few-stages"]>().toEqualTypeOf<{
      minStages?: number | undefined;
    }>();
    checkDataset(ds, { rules: { "project/coproduced-few-stages": { options: { minStages: 4 } } } });
    const four = { minStages: "four" };
    // @ts-expect-error minStages is a number
    checkDataset(ds, { rules: { "project/coproduced-few-stages": { options: four } } });
    // @ts-expect-error not a severity
    checkDataset(ds, { rules: { "payment/off-rate": "loud" } });
  });

  it("cites a publication or a design choice as the rule's source", () => {
    expectTypeOf<Rule["source"]>().toEqualTypeOf<RuleSource>();
    expectTypeOf<RuleSource>().toEqualTypeOf<Source>();
    const policy: RuleSource = { id: "p", title: "Policy", publisher: "Us", verified: true };
    const choice: RuleSource = { designChoice: true, id: "c", title: "C", explained: "docs/x.md" };
    expectTypeOf(policy).toMatchTypeOf<Source>();
    expectTypeOf(choice).toMatchTypeOf<Source>();
    // @ts-expect-error the free-text shape with a status is gone
    const old: RuleSource = { title: "Local", section: "local", status: "design-choice" };
    expectTypeOf(old).toEqualTypeOf<Source>();
  });

  it("infers a custom rule's code and options", () => {
    const rule = defineRule({
      code: "local/x",
      title: "X",
      description: "X.",
      severity: "info",
      category: "dates",
      entity: "activities",
      source: { id: "local", title: "Local", publisher: "Local", verified: true },
      options: z.strictObject({ n: z.int().default(1) }),
      example: { path: [], message: "X." },
      check: (_ctx, options) => {
        expectTypeOf(options).toEqualTypeOf<{ n: number }>();
        return [];
      },
    });
    expectTypeOf(rule.code).toEqualTypeOf<"local/x">();
    checkDataset(ds, { extraRules: [rule] });
  });
});
