import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `feedback/before-activity`: feedback about an activity is dated before the activity began.
 *
 * @example
 * ```ts
 * feedbackBeforeActivity.severity; // "warning"
 * ```
 * @category Rules
 */
export const feedbackBeforeActivity = defineRule({
  code: "feedback/before-activity",
  title: "Feedback dated before its activity",
  description:
    "Feedback about an activity (a PPEET or PEIRS-22 response, a story) cannot be given before the activity happened; the date or the linked activity is probably wrong.",
  severity: "warning",
  category: "dates",
  entity: "feedback",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["feedback", 7, "date"],
    message: "Feedback f-8 is dated 2025-01-03, before activity a-12 began (2025-01-10).",
    hint: "Check the feedback's date and which activity it is about.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const { feedback } = ctx.dataset;
    for (let i = 0; i < feedback.length; i++) {
      const f = feedback[i]!;
      if (f.activityId === undefined) continue;
      const a = ctx.index.activities.get(f.activityId)?.record;
      if (a === undefined) continue;
      if (f.date < a.startDate) {
        out.push({
          path: ["feedback", i, "date"],
          message: `Feedback ${f.id} is dated ${f.date}, before activity ${a.id} began (${a.startDate}).`,
          hint: "Check the feedback's date and which activity it is about.",
        });
      }
    }
    return out;
  },
});
