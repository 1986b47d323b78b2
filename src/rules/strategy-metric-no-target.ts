import * as z from "zod";
import { CHOICE_STRATEGY_STATUS } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { targetsOf } from "../derive/strategy-targets.js";

/**
 * `strategy/metric-no-target`: a strategy metric has no target (neither `target` nor any of
 * `targets`).
 *
 * @example
 * ```ts
 * strategyMetricNoTarget.severity; // "warning"
 * ```
 * @category Rules
 */
export const strategyMetricNoTarget = defineRule({
  code: "strategy/metric-no-target",
  title: "Strategy metric with no target",
  description:
    "A strategy metric without a target can be counted but not judged: nobody can tell whether the strategy is on track. Set a value to reach (or stay under) and the period it applies to.",
  severity: "warning",
  category: "strategy",
  entity: "strategies",
  source: CHOICE_STRATEGY_STATUS,
  options: z.strictObject({}),
  example: {
    path: ["strategies", 0, "objectives", 1, "metrics", 0, "target"],
    message: 'Metric m-hours ("Hours given by public contributors") of strategy s-1 has no target.',
    hint: "Add a target: a value, at-least or at-most, and the period it applies to.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    ctx.dataset.strategies.forEach((s, i) => {
      s.objectives.forEach((o, j) => {
        o.metrics.forEach((m, k) => {
          if (targetsOf(m).length > 0) return;
          out.push({
            path: ["strategies", i, "objectives", j, "metrics", k, "target"],
            message: `Metric ${m.id} ("${m.title}") of strategy ${s.id} has no target.`,
            hint: "Add a target: a value, at-least or at-most, and the period it applies to.",
          });
        });
      });
    });
    return out;
  },
});
