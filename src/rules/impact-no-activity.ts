import * as z from "zod";
import { PIRIT_2023 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `impact/no-activity`: an impact record is linked to no (existing) activity.
 *
 * @example
 * ```ts
 * impactNoActivity.severity; // "warning"
 * ```
 * @category Rules
 */
export const impactNoActivity = defineRule({
  code: "impact/no-activity",
  title: "Impact record linked to no activity",
  description:
    "An impact log entry should say when and how the public contributed (PIRIT's tracking fields). Without a link to the activity it came from, the change cannot be credited to the people involved or fed back to them.",
  severity: "warning",
  category: "closing-the-loop",
  entity: "impacts",
  source: cite(PIRIT_2023, "Tracking Tool (when and how the public contributed, and what changed)"),
  options: z.strictObject({}),
  example: {
    path: ["impacts", 2, "activityIds"],
    message: "Impact record i-3 is not linked to any activity.",
    hint: "Add the id of the activity (or activities) the contribution came from to activityIds.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.impacts;
    const known = ctx.index.activities;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!;
      if (m.activityIds.some((id) => known.has(id))) continue;
      out.push({
        path: ["impacts", i, "activityIds"],
        message: `Impact record ${m.id} is not linked to any activity.`,
        hint: "Add the id of the activity (or activities) the contribution came from to activityIds.",
      });
    }
    return out;
  },
});
