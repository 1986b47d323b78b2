import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `activity/outside-project-dates`: an activity starts before its project starts or ends after
 * its project ends.
 *
 * @example
 * ```ts
 * activityOutsideProjectDates.severity; // "warning"
 * ```
 * @category Rules
 */
export const activityOutsideProjectDates = defineRule({
  code: "activity/outside-project-dates",
  title: "Activity outside its project's dates",
  description:
    "An activity dated outside its project's start and end dates is usually a typing mistake or an activity filed under the wrong project; either way the project's reports would miss or misplace it.",
  severity: "warning",
  category: "dates",
  entity: "activities",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["activities", 0, "startDate"],
    message:
      "Activity a-1 (2024-03-10 to 2024-03-10) falls outside the dates of its project p-1 (2024-04-01 to 2026-03-31).",
    hint: "Correct the activity's dates or the project's dates, or file the activity under the right project.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const byId = ctx.index.projects;
    const list = ctx.dataset.activities;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.projectId === undefined) continue;
      const p = byId.get(a.projectId)?.record;
      if (p === undefined) continue;
      const end = a.endDate ?? a.startDate;
      const early = a.startDate < p.startDate;
      const late = p.endDate !== undefined && end > p.endDate;
      if (!early && !late) continue;
      out.push({
        path: [
          "activities",
          i,
          early ? "startDate" : a.endDate === undefined ? "startDate" : "endDate",
        ],
        message: `Activity ${a.id} (${a.startDate} to ${end}) falls outside the dates of its project ${p.id} (${p.startDate} to ${p.endDate ?? "open"}).`,
        hint: "Correct the activity's dates or the project's dates, or file the activity under the right project.",
      });
    }
    return out;
  },
});
