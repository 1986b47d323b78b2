import * as z from "zod";
import { CHOICE_STRATEGY_STATUS } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { targetsOf } from "../derive/strategy-targets.js";

/**
 * `strategy/target-outside-period`: a metric's target period (its `target`'s or one of its
 * `targets`') does not fit inside its strategy's period (or ends before it starts).
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
          const at: [string, (string | number)[]][] = [
            ...(m.target === undefined ? [] : [["The target", ["target"]] as [string, string[]]]),
            ...(m.targets ?? []).map((_, n): [string, (string | number)[]] => [
              `Target ${n + 1}`,
              ["targets", n],
            ]),
          ];
          targetsOf(m).forEach((target, n) => {
            const t = target.period;
            const [name, where] = at[n] as [string, (string | number)[]];
            const inverted = t.end < t.start;
            if (!inverted && t.start >= s.period.start && t.end <= s.period.end) return;
            const of = name === "The target" ? "The target of metric" : `${name} of metric`;
            out.push({
              path: ["strategies", i, "objectives", j, "metrics", k, ...where, "period"],
              message: inverted
                ? `${of} ${m.id} ends (${t.end}) before it starts (${t.start}).`
                : `${of} ${m.id} (${t.start} to ${t.end}) does not fit within strategy ${s.id}'s period (${s.period.start} to ${s.period.end}).`,
              hint: "Move the target period inside the strategy's period, or extend the strategy.",
            });
          });
        });
      });
    });
    return out;
  },
});
