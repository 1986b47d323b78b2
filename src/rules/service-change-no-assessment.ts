import * as z from "zod";
import { statutoryGuidanceSource } from "../frameworks/service-change-law.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { dutySection } from "./service-change-words.js";

/**
 * `service-change/no-assessment`: a service change with no recorded assessment of whether the
 * legal duty to involve the public applies to it (who assessed it, when, the answer and why).
 *
 * @example
 * ```ts
 * serviceChangeNoAssessment.severity; // "warning"
 * ```
 * @category Rules
 */
export const serviceChangeNoAssessment = defineRule({
  code: "service-change/no-assessment",
  title: "Service change with no recorded assessment of the duty to involve",
  description:
    "NHS bodies must involve the public in proposals to change services (section 242 of the NHS Act 2006 for NHS trusts and foundation trusts, section 14Z45 for integrated care boards, section 13Q for NHS England), and NHS England's statutory guidance expects each organisation to decide, and record, whether the duty applies to a proposal and why. A proposal with no such record cannot show that the question was asked.",
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: statutoryGuidanceSource(),
  options: z.strictObject({}),
  example: {
    path: ["serviceChanges", 1, "assessment"],
    message:
      "Service change sc-002 (Online-first booking for outpatient physiotherapy (fictional)) has no recorded assessment of whether the duty to involve the public (section 242 of the NHS Act 2006) applies.",
    hint: "Record who assessed the proposal, when, whether the duty applies and why (assessment.date, assessment.decidedBy, assessment.dutyApplies, assessment.reason).",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s.assessment !== undefined) continue;
      out.push({
        path: ["serviceChanges", i, "assessment"],
        message: `Service change ${s.id} (${s.title}) has no recorded assessment of whether the duty to involve the public (${dutySection(s.duty)} of the NHS Act 2006) applies.`,
        hint: "Record who assessed the proposal, when, whether the duty applies and why (assessment.date, assessment.decidedBy, assessment.dutyApplies, assessment.reason).",
      });
    }
    return out;
  },
});
