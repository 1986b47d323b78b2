import * as z from "zod";
import { UCLPARTNERS_STRATEGY_2025 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import { PillarSchema } from "../model/common.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `strategy/pillar-no-metric`: a strategy pillar has objectives but no metric to measure them.
 * With option `requireAllPillars` (default false), a pillar with no objective at all is
 * reported too.
 *
 * @example
 * ```ts
 * strategyPillarNoMetric.options.parse({}).requireAllPillars; // false
 * ```
 * @category Rules
 */
export const strategyPillarNoMetric = defineRule({
  code: "strategy/pillar-no-metric",
  title: "Strategy pillar with no metric",
  description:
    "Each pillar of a PPIE strategy (capability, capacity, community, impact) needs at least one measurable metric, or progress on it cannot be shown.",
  severity: "warning",
  category: "strategy",
  entity: "strategies",
  source: cite(
    UCLPARTNERS_STRATEGY_2025,
    "the four pillars: capability, capacity, community and impact",
    {
      note: "Asking for at least one metric under each pillar is ppie's own choice.",
    },
  ),
  options: z.strictObject({ requireAllPillars: z.boolean().default(false) }),
  example: {
    path: ["strategies", 0, "objectives"],
    message: 'The "community" pillar of strategy s-1 has objectives but no metric.',
    hint: "Add at least one metric (e.g. active-contributors-count or representation-vs-population) to an objective under this pillar.",
  },
  check: (ctx, { requireAllPillars }) => {
    const out: RuleFinding[] = [];
    ctx.dataset.strategies.forEach((s, i) => {
      const objectives = new Map<string, number>();
      const metrics = new Map<string, number>();
      for (const o of s.objectives) {
        objectives.set(o.pillar, (objectives.get(o.pillar) ?? 0) + 1);
        metrics.set(o.pillar, (metrics.get(o.pillar) ?? 0) + o.metrics.length);
      }
      for (const pillar of PillarSchema.options) {
        const hasObjective = (objectives.get(pillar) ?? 0) > 0;
        if ((metrics.get(pillar) ?? 0) > 0 || (!hasObjective && !requireAllPillars)) continue;
        out.push({
          path: ["strategies", i, "objectives"],
          message: hasObjective
            ? `The "${pillar}" pillar of strategy ${s.id} has objectives but no metric.`
            : `The "${pillar}" pillar of strategy ${s.id} has no objective and no metric.`,
          hint: "Add at least one metric (e.g. active-contributors-count or representation-vs-population) to an objective under this pillar.",
        });
      }
    });
    return out;
  },
});
