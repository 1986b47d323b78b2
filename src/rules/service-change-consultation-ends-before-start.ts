import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `service-change/consultation-ends-before-start`: a service change's consultation closes before
 * it opens, so its length, and whether a decision came after it closed, cannot be known.
 *
 * @example
 * ```ts
 * serviceChangeConsultationEndsBeforeStart.severity; // "error"
 * ```
 * @category Rules
 */
export const serviceChangeConsultationEndsBeforeStart = defineRule({
  code: "service-change/consultation-ends-before-start",
  title: "Consultation ends before it starts",
  description:
    "A consultation whose last day is before its first cannot be placed in time, so its length and the rules that compare it with the decision would be wrong.",
  severity: "error",
  category: "dates",
  entity: "serviceChanges",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["serviceChanges", 0, "consultation", "end"],
    message:
      "The consultation on service change sc-1 ends (2025-03-01) before it starts (2025-04-01).",
    hint: "Check the consultation's first and last days, or swap them.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      const consultation = c.consultation;
      if (consultation !== undefined && consultation.end < consultation.start) {
        out.push({
          path: ["serviceChanges", i, "consultation", "end"],
          message: `The consultation on service change ${c.id} ends (${consultation.end}) before it starts (${consultation.start}).`,
          hint: "Check the consultation's first and last days, or swap them.",
        });
      }
    }
    return out;
  },
});
