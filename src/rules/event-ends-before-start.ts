import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `event/ends-before-start`: an engagement event's last day (`endDate`) is before its first
 * (`date`).
 *
 * @example
 * ```ts
 * eventEndsBeforeStart.severity; // "error"
 * ```
 * @category Rules
 */
export const eventEndsBeforeStart = defineRule({
  code: "event/ends-before-start",
  title: "Event ends before it starts",
  description:
    "A campaign, festival or other event whose last day is before its first cannot be placed in time, so it would be counted in the wrong period (or only on its first day).",
  severity: "error",
  category: "dates",
  entity: "events",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["events", 3, "endDate"],
    message: "Event e-4 ends (2025-03-01) before it starts (2025-03-05).",
    hint: "Check the first and last days, or swap them.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.events;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.endDate !== undefined && e.endDate < e.date) {
        out.push({
          path: ["events", i, "endDate"],
          message: `Event ${e.id} ends (${e.endDate}) before it starts (${e.date}).`,
          hint: "Check the first and last days, or swap them.",
        });
      }
    }
    return out;
  },
});
