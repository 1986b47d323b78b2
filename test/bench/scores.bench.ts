import { bench, describe } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { CoproductionAssessment, StandardsAssessment } from "../../src/model/feedback.js";
import { coproduction } from "../../src/scores/coproduction.js";
import { gripp2Completeness } from "../../src/scores/gripp2-completeness.js";
import { impact } from "../../src/scores/impact.js";
import { involvementDepth } from "../../src/scores/involvement-depth.js";
import { payments } from "../../src/scores/payments.js";
import { standards } from "../../src/scores/standards.js";
import { strategy } from "../../src/scores/strategy.js";

for (const n of [10_000, 100_000]) {
  const ds = generateDataset({ seed: 7, activities: n, contributors: Math.max(90, n / 10) });
  const copro = ds.feedback.filter((f): f is CoproductionAssessment => f.kind === "coproduction");
  const stds = ds.feedback.filter((f): f is StandardsAssessment => f.kind === "standards");
  describe(`dataset-wide scorers, ${n} activities`, () => {
    bench("payments", () => {
      payments(ds, { period: "2025-26" });
    });
    bench("impact", () => {
      impact(ds, { period: "2025-26" });
    });
    bench("strategy", () => {
      strategy(ds, { period: "2025-26" });
    });
    bench("involvementDepth", () => {
      involvementDepth(ds, { project: "p-001" });
    });
    bench("gripp2Completeness (long)", () => {
      gripp2Completeness(ds, { project: "p-001", form: "long" });
    });
    bench("coproduction + standards", () => {
      coproduction(copro);
      standards(stds);
    });
  });
}
