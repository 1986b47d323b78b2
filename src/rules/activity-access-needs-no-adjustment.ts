import * as z from "zod";
import { UK_STANDARDS_2019 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { listText } from "./util.js";

/**
 * `activity/access-needs-no-adjustment`: an activity includes contributors who declared access
 * needs, and no adjustment is recorded for it.
 *
 * @example
 * ```ts
 * activityAccessNeedsNoAdjustment.severity; // "warning"
 * ```
 * @category Rules
 */
export const activityAccessNeedsNoAdjustment = defineRule({
  code: "activity/access-needs-no-adjustment",
  title: "Access needs with no adjustment recorded",
  description:
    "Involvement has to be accessible to the people it includes: when a contributor has told you what they need to take part (step-free access, a BSL interpreter, large print), record the adjustments made for each activity they attend.",
  severity: "warning",
  category: "inclusion",
  entity: "activities",
  source: cite(UK_STANDARDS_2019, "Inclusive opportunities; Support and learning", {
    note: "Support and learning asks whether a range of support is available, matched to the needs people have. Recording the adjustments made for each activity is how ppie looks for evidence of it.",
  }),
  options: z.strictObject({}),
  example: {
    path: ["activities", 40, "adjustments"],
    message:
      "Activity a-41 includes contributor c-0003, who needs step-free-access, but no adjustment is recorded.",
    hint: "Record the adjustments made (e.g. accessible-venue, bsl-interpreter), or note why none was needed.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const { activities } = ctx.dataset;
    const byId = ctx.index.contributors;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      if (a.adjustments.length > 0 || a.contributors.length === 0) continue;
      const who: string[] = [];
      const needs = new Set<string>();
      for (const part of a.contributors) {
        const c = byId.get(part.contributorId)?.record;
        if (c === undefined || c.accessNeeds.length === 0) continue;
        who.push(c.id);
        for (const n of c.accessNeeds) needs.add(n);
      }
      if (who.length === 0) continue;
      out.push({
        path: ["activities", i, "adjustments"],
        message: `Activity ${a.id} includes ${who.length === 1 ? "contributor" : "contributors"} ${listText(who)}, who ${who.length === 1 ? "needs" : "need"} ${listText([...needs])}, but no adjustment is recorded.`,
        hint: "Record the adjustments made (e.g. accessible-venue, bsl-interpreter), or note why none was needed.",
      });
    }
    return out;
  },
});
