import * as z from "zod";
import { GUNNING_1985 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `service-change/decision-before-consultation-closed`: a service change decided before its
 * consultation closed (the decision is dated before the consultation's last day), so the
 * responses could not all have been considered.
 *
 * @example
 * ```ts
 * serviceChangeDecisionBeforeConsultationClosed.severity; // "warning"
 * ```
 * @category Rules
 */
export const serviceChangeDecisionBeforeConsultationClosed = defineRule({
  code: "service-change/decision-before-consultation-closed",
  title: "Service change decided before its consultation closed",
  description:
    "A fair consultation needs the responses to be conscientiously taken into account before the decision is made: the fourth of the Gunning principles (R v Brent London Borough Council, ex parte Gunning, 1985, endorsed by the Supreme Court in R (Moseley) v Haringey London Borough Council, 2014). A decision dated before the consultation's last day was made before every response could be in.",
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: cite(GUNNING_1985, "page 189, the fourth requirement (conscientious consideration)"),
  options: z.strictObject({}),
  example: {
    path: ["serviceChanges", 0, "decision", "date"],
    message:
      "Service change sc-001 was decided on 2025-08-11, before its consultation closed on 2025-08-24.",
    hint: "Check the dates. Responses cannot be conscientiously considered before the consultation closes: if the decision could not wait, record why.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const decided = s.decision?.date;
      const closes = s.consultation?.end;
      if (decided === undefined || closes === undefined || decided >= closes) continue;
      out.push({
        path: ["serviceChanges", i, "decision", "date"],
        message: `Service change ${s.id} was decided on ${decided}, before its consultation closed on ${closes}.`,
        hint: "Check the dates. Responses cannot be conscientiously considered before the consultation closes: if the decision could not wait, record why.",
      });
    }
    return out;
  },
});
