import * as z from "zod";
import { CHOICE_STRATEGY_STATUS } from "../frameworks/design-choices.js";
import { targetsOf } from "../derive/strategy-targets.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/** Where target `n` of {@link targetsOf} sits in the metric, and how a message names it. */
function place(hasSingle: boolean, n: number): { path: (string | number)[]; name: string } {
  if (hasSingle && n === 0) return { path: ["target"], name: "its target" };
  const i = hasSingle ? n - 1 : n;
  return { path: ["targets", i], name: `target ${i + 1} of its targets` };
}

/**
 * `strategy/targets-overlap`: two targets of one strategy metric (its `target` and its
 * `targets`, or two of its `targets`) cover the same days, so a scorecard for those days has
 * two targets to choose from.
 *
 * @example
 * ```ts
 * strategyTargetsOverlap.severity; // "warning"
 * ```
 * @category Rules
 */
export const strategyTargetsOverlap = defineRule({
  code: "strategy/targets-overlap",
  title: "Two targets of one metric overlap",
  description:
    "A metric's trajectory gives one target per period (for example one per year of the strategy). Two targets that cover the same days leave it unclear which one the metric should be judged against; the scorecard uses the one that ends within the period scored (the later, if both do), else the one that ends soonest.",
  severity: "warning",
  category: "strategy",
  entity: "strategies",
  source: CHOICE_STRATEGY_STATUS,
  options: z.strictObject({}),
  example: {
    path: ["strategies", 0, "objectives", 0, "metrics", 0, "targets", 0, "period"],
    message:
      "Metric m-trained of strategy s-1: target 1 of its targets (2025-04-01 to 2026-03-31) overlaps its target (2025-04-01 to 2028-03-31).",
    hint: "Give each target its own period (one per year, say), or remove the duplicate.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    ctx.dataset.strategies.forEach((s, i) => {
      s.objectives.forEach((o, j) => {
        o.metrics.forEach((m, k) => {
          const all = targetsOf(m);
          const single = m.target !== undefined;
          for (let b = 1; b < all.length; b++) {
            const tb = (all[b] as (typeof all)[number]).period;
            if (tb.end < tb.start) continue;
            for (let a = 0; a < b; a++) {
              const ta = (all[a] as (typeof all)[number]).period;
              if (ta.end < ta.start || ta.start > tb.end || ta.end < tb.start) continue;
              const pb = place(single, b);
              const pa = place(single, a);
              out.push({
                path: ["strategies", i, "objectives", j, "metrics", k, ...pb.path, "period"],
                message: `Metric ${m.id} of strategy ${s.id}: ${pb.name} (${tb.start} to ${tb.end}) overlaps ${pa.name} (${ta.start} to ${ta.end}).`,
                hint: "Give each target its own period (one per year, say), or remove the duplicate.",
              });
              break;
            }
          }
        });
      });
    });
    return out;
  },
});
