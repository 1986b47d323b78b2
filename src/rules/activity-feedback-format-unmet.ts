import * as z from "zod";
import { formatNeeds } from "../frameworks/accessible-formats.js";
import { NHSE_ACCESSIBLE_INFORMATION_2017 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { listText } from "./util.js";

/**
 * `activity/feedback-format-unmet`: an activity's outcome was fed back to its contributors in
 * the formats recorded in `feedbackFormats`, and a contributor of the activity has an access
 * need for an accessible format (Easy Read, large print, braille, audio or British Sign
 * Language video, by the ids of `ACCESSIBLE_FORMATS`) that none of them is. Outcomes without
 * `feedbackFormats` are not checked: the format was not recorded.
 *
 * @example
 * ```ts
 * activityFeedbackFormatUnmet.severity; // "warning"
 * ```
 * @category Rules
 */
export const activityFeedbackFormatUnmet = defineRule({
  code: "activity/feedback-format-unmet",
  title: "Feedback given in a format that did not meet a contributor's recorded needs",
  description:
    "Telling people what changed only closes the loop if they can read what they are sent. When a contributor's access needs name a format (Easy Read, large print, braille, audio, British Sign Language video) and the formats an outcome was fed back in are recorded, one of them should be that format.",
  severity: "warning",
  category: "inclusion",
  entity: "activities",
  source: cite(
    NHSE_ACCESSIBLE_INFORMATION_2017,
    "identifying, recording, flagging, sharing and meeting information and communication needs",
    {
      note: "The standard asks services to meet the needs they record; which access needs name a format (the ids easy-read, large-print, braille, audio and bsl-video) is ppie's own vocabulary, a ppie design choice (docs/design-choices.md#access-needs-and-formats).",
    },
  ),
  options: z.strictObject({}),
  example: {
    path: ["activities", 40, "outcomes", 0, "feedbackFormats"],
    message:
      "Activity a-41's outcome 1 was fed back in standard-print, but contributor c-0003 needs Easy Read.",
    hint: "Send the feedback in the format each person needs (ppie report contributor-feedback writes Easy Read and large print letters) and record it in feedbackFormats.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const { activities } = ctx.dataset;
    const byId = ctx.index.contributors;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      if (a.contributors.length === 0) continue;
      a.outcomes.forEach((o, j) => {
        const given = o.feedbackFormats;
        if (given === undefined) return;
        const unmet: string[] = [];
        for (const part of a.contributors) {
          const c = byId.get(part.contributorId)?.record;
          if (c === undefined) continue;
          const missing = formatNeeds(c.accessNeeds).filter((f) => !given.includes(f.id));
          if (missing.length > 0)
            unmet.push(`contributor ${c.id} needs ${listText(missing.map((f) => f.label))}`);
        }
        if (unmet.length === 0) return;
        out.push({
          path: ["activities", i, "outcomes", j, "feedbackFormats"],
          message: `Activity ${a.id}'s outcome ${j + 1} was fed back in ${given.length === 0 ? "no recorded format" : listText(given)}, but ${unmet.join("; ")}.`,
          hint: "Send the feedback in the format each person needs (ppie report contributor-feedback writes Easy Read and large print letters) and record it in feedbackFormats.",
        });
      });
    }
    return out;
  },
});
