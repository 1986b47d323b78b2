import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import type { CoproductionAssessment, StandardsAssessment } from "../../src/model/feedback.js";
import type { Period } from "../../src/model/period.js";
import type { Project } from "../../src/model/project.js";
import type { CoproductionComponents } from "../../src/scores/coproduction.js";
import { coproduction } from "../../src/scores/coproduction.js";
import type {
  Gripp2CompletenessComponents,
  Gripp2ItemStatus,
} from "../../src/scores/gripp2-completeness.js";
import { completenessPercent, gripp2Completeness } from "../../src/scores/gripp2-completeness.js";
import type { ImpactComponents } from "../../src/scores/impact.js";
import { impact } from "../../src/scores/impact.js";
import type { InvolvementDepthComponents } from "../../src/scores/involvement-depth.js";
import { involvementDepth } from "../../src/scores/involvement-depth.js";
import type { PaymentsComponents } from "../../src/scores/payments.js";
import { payments } from "../../src/scores/payments.js";
import type { Score } from "../../src/scores/score.js";
import type { StandardsComponents } from "../../src/scores/standards.js";
import { standards } from "../../src/scores/standards.js";
import type { StrategyComponents, StrategyStatus } from "../../src/scores/strategy.js";
import { strategy } from "../../src/scores/strategy.js";

declare const ds: Dataset;
declare const project: Project;
declare const period: Period;
declare const one: StandardsAssessment;

describe("dataset-wide scorers: signatures", () => {
  it("gripp2Completeness takes a project or id, a dataset and a form", () => {
    expectTypeOf(gripp2Completeness(ds, { project: project, form: "short" })).toEqualTypeOf<
      Score<Gripp2CompletenessComponents>
    >();
    expectTypeOf(gripp2Completeness(ds, { project: "p-1", form: "long" })).toEqualTypeOf<
      Score<Gripp2CompletenessComponents>
    >();
    // @ts-expect-error only "short" or "long"
    gripp2Completeness(ds, { project: "p-1", form: "medium" });
    expectTypeOf<Gripp2ItemStatus>().toEqualTypeOf<
      "reported" | "partial" | "missing" | "not-applicable"
    >();
    expectTypeOf(completenessPercent).returns.toEqualTypeOf<number | null>();
  });

  it("involvementDepth takes a project or id, a dataset and options", () => {
    expectTypeOf(involvementDepth(ds, { project: "p-1" })).toEqualTypeOf<
      Score<InvolvementDepthComponents>
    >();
    expectTypeOf(
      involvementDepth(ds, {
        project: project,
        weights: { breadth: 1, depth: 2 },
        period: "2025-26",
      }),
    ).toEqualTypeOf<Score<InvolvementDepthComponents>>();
    // @ts-expect-error weights need both parts
    involvementDepth(ds, { project: "p-1", weights: { breadth: 1 } });
  });

  it("coproduction and standards take assessments", () => {
    expectTypeOf(coproduction).parameter(0).toEqualTypeOf<readonly CoproductionAssessment[]>();
    expectTypeOf(coproduction([])).toEqualTypeOf<Score<CoproductionComponents>>();
    expectTypeOf(standards(one)).toEqualTypeOf<Score<StandardsComponents>>();
    expectTypeOf(standards([one])).toEqualTypeOf<Score<StandardsComponents>>();
  });

  it("payments, strategy and impact take a dataset and a period label or object", () => {
    expectTypeOf(payments(ds, { period: "2025-26" })).toEqualTypeOf<Score<PaymentsComponents>>();
    expectTypeOf(payments(ds, { period: period, targetDays: 14 })).toEqualTypeOf<
      Score<PaymentsComponents>
    >();
    expectTypeOf(strategy(ds, { period: "2025-26" })).toEqualTypeOf<Score<StrategyComponents>>();
    expectTypeOf(impact(ds, { period: period })).toEqualTypeOf<Score<ImpactComponents>>();
    // @ts-expect-error a period is a label or { start, end }
    impact(ds, { period: 2025 });
    expectTypeOf<StrategyStatus>().toEqualTypeOf<"met" | "on-track" | "off-track" | "no-data">();
    expectTypeOf(payments(ds, { period: "2025-26" }).components.duePence).toEqualTypeOf<number>();
    expectTypeOf(strategy(ds, { period: "2025-26" }).value).toEqualTypeOf<number | null>();
  });
});
