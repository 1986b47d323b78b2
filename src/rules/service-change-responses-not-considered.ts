import * as z from "zod";
import { GUNNING_1985 } from "../frameworks/publications.js";
import { serviceChangeImpacts } from "../derive/service-change.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `service-change/responses-not-considered`: a decided service change with no record of how the
 * responses were considered: no `decision.responsesConsidered`, and no "you said, we did"
 * impact record for the change (named in `impactIds`, or naming one of its activities).
 *
 * @example
 * ```ts
 * serviceChangeResponsesNotConsidered.entity; // "serviceChanges"
 * ```
 * @category Rules
 */
export const serviceChangeResponsesNotConsidered = defineRule({
  code: "service-change/responses-not-considered",
  title: "No record of how responses were considered",
  description:
    'The product of consultation must be conscientiously taken into account in making the decision: the fourth of the Gunning principles (R v Brent London Borough Council, ex parte Gunning, 1985). A decision recorded with no word on what people said and what changed because of it (or why nothing did), and no "you said, we did" record, leaves that consideration unshown.',
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: cite(GUNNING_1985, "page 189, the fourth requirement (conscientious consideration)"),
  options: z.strictObject({}),
  example: {
    path: ["serviceChanges", 1, "decision", "responsesConsidered"],
    message:
      "Service change sc-002 was decided on 2025-09-22 with no record of how the responses were considered.",
    hint: 'Record what changed because of what people said, or why it did not (decision.responsesConsidered), or link the "you said, we did" impact records (impactIds).',
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const d = s.decision;
      if (d === undefined || d.responsesConsidered !== undefined) continue;
      if (serviceChangeImpacts(ctx.dataset, s).length > 0) continue;
      out.push({
        path: ["serviceChanges", i, "decision", "responsesConsidered"],
        message: `Service change ${s.id} was decided on ${d.date} with no record of how the responses were considered.`,
        hint: 'Record what changed because of what people said, or why it did not (decision.responsesConsidered), or link the "you said, we did" impact records (impactIds).',
      });
    }
    return out;
  },
});
