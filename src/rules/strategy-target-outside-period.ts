import * as z from "zod";
import { CHOICE_STRATEGY_STATUS } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `strategy/target-outside-period`: a metric's target period does not fit inside its
 * strategy's period (or ends before it starts).
 *
 * @example
 * ```ts
 * strategyTargetOutsidePeriod.severity; // "warning"
 * ```
 * @category Rules
 */
export const strategyTargetOutsidePeriod = defineRule({
  code: "strategy/target-outside-period",
  title: "Target period does not fit the strategy",
  description:
    "A target is a promise the strategy makes for part of its own life. A target period that starts before the strategy, ends after it or ends before it begins is usually a typing mistake, and the target cannot be reported against the strategy.",
  severity: "warning",
  category: "strategy",
  entity: "strategies",
  source: CHOICE_STRATEGY_STATUS,
  options: z.strictObject({}),
  example: {
    path: ["strategies", 0, "objectives", 0, "metrics", 0, "target", "period"],
    message:
      "The target of metric m-trained (2026-04-01 to 2027-03-31) does not fit within strategy s-1's period (2024-04-01 to 2026-03-31).",
    hint: "Move the target period inside the strategy's period, or extend the strategy.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    ctx.dataset.strategies.forEach((s, i) => {
      s.objectives.forEach((o, j) => {
        o.metrics.forEach((m, k) => {
          const t = m.target?.period;
          if (t === undefined) return;
          const inverted = t.end < t.start;
          if (!inverted && t.start >= s.period.start && t.end <= s.period.end) return;
          out.push({
            path: ["strategies", i, "objectives", j, "metrics", k, "target", "period"],
            message: inverted
              ? `The target of metric ${m.id} ends (${t.end}) before it starts (${t.start}).`
              : `The target of metric ${m.id} (${t.start} to ${t.end}) does not fit within strategy ${s.id}'s period (${s.period.start} to ${s.period.end}).`,
            hint: "Move the target period inside the strategy's period, or extend the strategy.",
          });
        });
      });
    });
    return out;
  },
});
