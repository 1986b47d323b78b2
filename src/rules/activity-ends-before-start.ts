import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `activity/ends-before-start`: an activity's end date is before its start date.
 *
 * @example
 * ```ts
 * activityEndsBeforeStart.severity; // "error"
 * ```
 * @category Rules
 */
export const activityEndsBeforeStart = defineRule({
  code: "activity/ends-before-start",
  title: "Activity ends before it starts",
  description:
    "An activity whose end date is before its start date cannot be placed in time, so time-based reports and the other date rules would be wrong.",
  severity: "error",
  category: "dates",
  entity: "activities",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["activities", 3, "endDate"],
    message: "Activity a-4 ends (2025-03-01) before it starts (2025-03-05).",
    hint: "Check the start and end dates, or swap them.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.activities;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.endDate !== undefined && a.endDate < a.startDate) {
        out.push({
          path: ["activities", i, "endDate"],
          message: `Activity ${a.id} ends (${a.endDate}) before it starts (${a.startDate}).`,
          hint: "Check the start and end dates, or swap them.",
        });
      }
    }
    return out;
  },
});
