import * as z from "zod";
import { NHSE_WORKING_IN_PARTNERSHIP_2022 } from "../frameworks/publications.js";
import { addDays } from "../model/period.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `service-change/no-published-feedback`: a service change decided more than `days` days
 * (default 90) before the as-of date, with no date on which feedback on the outcome was
 * published. "Today" is the as-of date: `CheckOptions.asOf`, or the latest date recorded in the
 * dataset.
 *
 * @example
 * ```ts
 * serviceChangeNoPublishedFeedback.options.parse({}).days; // 90
 * ```
 * @category Rules
 */
export const serviceChangeNoPublishedFeedback = defineRule({
  code: "service-change/no-published-feedback",
  title: "Service change decided with no published feedback",
  description:
    'People who responded should hear what was decided and how their views shaped it ("you said, we did"). A decision with no feedback published a season later leaves the people involved without an answer. The 90 days allowed before the rule finds it is ppie\'s choice (see docs/design-choices.md), not a published number.',
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: cite(
    NHSE_WORKING_IN_PARTNERSHIP_2022,
    "principle 3 (tell people how their input changed decisions, or why it could not)",
    {
      verified: false,
      note: "The ten principles are taken from an integrated care board's restatement and not yet checked against the guidance itself. The 90-day default is ppie's own choice, not a published number.",
    },
  ),
  options: z.strictObject({ days: z.int().min(0).max(3650).default(90) }),
  example: {
    path: ["serviceChanges", 1, "feedbackPublished"],
    message:
      "Service change sc-002 was decided on 2025-09-22 and no feedback on the outcome has been published after 90 days.",
    hint: "Publish what was decided and how people's views shaped it, and record the date (feedbackPublished).",
  },
  check: (ctx, { days }) => {
    const out: RuleFinding[] = [];
    const cutoff = addDays(ctx.asOf, -days);
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const decided = s.decision?.date;
      if (decided === undefined || s.feedbackPublished !== undefined || decided > cutoff) continue;
      out.push({
        path: ["serviceChanges", i, "feedbackPublished"],
        message: `Service change ${s.id} was decided on ${decided} and no feedback on the outcome has been published after ${days} days.`,
        hint: "Publish what was decided and how people's views shaped it, and record the date (feedbackPublished).",
      });
    }
    return out;
  },
});
