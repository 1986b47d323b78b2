import * as z from "zod";
import { PIRIT_2023 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `impact/no-activity`: an impact record is linked to nothing it came from: no (existing)
 * activity, engagement event or feedback record (a PALS contact, a story, an FFT return, a
 * PPEET response). The code keeps its name from when impacts could only come from activities.
 *
 * @example
 * ```ts
 * impactNoActivity.severity; // "warning"
 * ```
 * @category Rules
 */
export const impactNoActivity = defineRule({
  code: "impact/no-activity",
  title: "Impact record linked to no activity, event or feedback record",
  description:
    "An impact log entry should say when and how the public contributed (PIRIT's tracking fields). Without a link to what it came from (an activity, an engagement event, or a feedback record such as a PALS contact or a patient story), the change cannot be credited to the people involved or fed back to them.",
  severity: "warning",
  category: "closing-the-loop",
  entity: "impacts",
  source: cite(PIRIT_2023, "Tracking Tool (when and how the public contributed, and what changed)"),
  options: z.strictObject({}),
  example: {
    path: ["impacts", 2, "activityIds"],
    message: "Impact record i-3 is not linked to any activity, event or feedback record.",
    hint: "Add the activity (activityIds), event (eventIds) or feedback record (feedbackIds) the change came from.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.impacts;
    const activities = ctx.index.activities;
    const events = ctx.index.events;
    let feedback: Set<string> | undefined;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!;
      if (m.activityIds.some((id) => activities.has(id))) continue;
      if (m.eventIds?.some((id) => events.has(id))) continue;
      if (m.feedbackIds !== undefined && m.feedbackIds.length > 0) {
        feedback ??= new Set(ctx.dataset.feedback.map((f) => f.id));
        const known = feedback;
        if (m.feedbackIds.some((id) => known.has(id))) continue;
      }
      out.push({
        path: ["impacts", i, "activityIds"],
        message: `Impact record ${m.id} is not linked to any activity, event or feedback record.`,
        hint: "Add the activity (activityIds), event (eventIds) or feedback record (feedbackIds) the change came from.",
      });
    }
    return out;
  },
});
