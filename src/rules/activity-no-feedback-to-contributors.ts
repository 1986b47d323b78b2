import * as z from "zod";
import { NHSE_WORKING_IN_PARTNERSHIP_2022 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import { firstFedBack, outcomeRecorded } from "../derive/loop.js";
import { addDays } from "../model/period.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `activity/no-feedback-to-contributors`: an involvement activity with contributors has, more
 * than `days` days (default 90) after it ended, no record that contributors were told what
 * happened: no outcome with a feedback-to-contributors date, and no linked impact record with
 * one. "Today" is the as-of date: `CheckOptions.asOf`, or the latest date recorded in the dataset.
 *
 * @example
 * ```ts
 * activityNoFeedbackToContributors.options.parse({}).days; // 90
 * ```
 * @category Rules
 */
export const activityNoFeedbackToContributors = defineRule({
  code: "activity/no-feedback-to-contributors",
  title: "Loop not closed: contributors not told what happened",
  description:
    'People who give their time should hear what difference it made ("you said, we did"), and explain when their input could not be acted on. An involvement activity with no outcome fed back to its contributors a season after it ended is a loop left open.',
  severity: "warning",
  category: "closing-the-loop",
  entity: "activities",
  source: cite(
    NHSE_WORKING_IN_PARTNERSHIP_2022,
    "principle 3 (involve people early, and tell them how their input changed decisions, or why it could not)",
    {
      verified: false,
      note: "The ten principles are taken from an integrated care board's restatement and not yet checked against the guidance itself. The 90-day default is ppie's own choice, not a published number.",
    },
  ),
  options: z.strictObject({ days: z.int().min(0).max(3650).default(90) }),
  example: {
    path: ["activities", 0, "outcomes"],
    message:
      "Involvement activity a-1 ended on 2024-04-12 and no outcome has been recorded or fed back to its 4 contributors after 90 days.",
    hint: "Record what happened as a result (an outcome, or an impact record) and the date contributors were told, even if the answer was that nothing could change.",
  },
  check: (ctx, { days }) => {
    const out: RuleFinding[] = [];
    const cutoff = addDays(ctx.asOf, -days);
    const { activities } = ctx.dataset;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      if (a.mode !== "involvement" || a.contributors.length === 0) continue;
      const end = a.endDate ?? a.startDate;
      if (end > cutoff) continue;
      if (firstFedBack(ctx.dataset, a) !== undefined) continue;
      const n = a.contributors.length;
      const who = `its ${n} contributor${n === 1 ? "" : "s"}`;
      out.push({
        path: ["activities", i, "outcomes"],
        message: !outcomeRecorded(ctx.dataset, a)
          ? `Involvement activity ${a.id} ended on ${end} and no outcome has been recorded or fed back to ${who} after ${days} days.`
          : `Involvement activity ${a.id} ended on ${end} and its outcome has not been fed back to ${who} after ${days} days.`,
        hint: "Record what happened as a result (an outcome, or an impact record) and the date contributors were told, even if the answer was that nothing could change.",
      });
    }
    return out;
  },
});
