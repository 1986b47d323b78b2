import * as z from "zod";
import { GUNNING_1985 } from "../frameworks/publications.js";
import { consultationDays } from "../derive/service-change.js";
import { idRecord } from "../model/common.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

const DAYS = z.int().min(1).max(3650);

/**
 * `service-change/consultation-shorter-than-minimum`: a consultation shorter than the
 * organisation's own minimum period. ppie knows no national minimum: the rule finds nothing
 * until a minimum is given, either `minimumDays` for every organisation or `organisations`, a
 * minimum for each organisation id (which wins over `minimumDays`). The length counts the
 * consultation's first and last days.
 *
 * @example
 * ```ts
 * serviceChangeConsultationShorterThanMinimum.options.parse({}).minimumDays; // undefined
 * ```
 * @category Rules
 */
export const serviceChangeConsultationShorterThanMinimum = defineRule({
  code: "service-change/consultation-shorter-than-minimum",
  title: "Consultation shorter than the organisation's own minimum",
  description:
    "Consultees need adequate time to consider a proposal and respond: the third of the Gunning principles (R v Brent London Borough Council, ex parte Gunning, 1985). What is adequate depends on the proposal, and ppie applies no national minimum period: the rule compares each consultation with the minimum your organisation sets itself, and finds nothing until you give one (`minimumDays`, or `organisations` for one minimum per organisation id).",
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: cite(GUNNING_1985, "page 189, the third requirement (adequate time)", {
    note: "The principle asks for adequate time and sets no number of days; the minimum the rule checks against is the one the organisation gives, never a default of ppie's.",
  }),
  options: z.strictObject({
    minimumDays: DAYS.optional(),
    organisations: idRecord(DAYS).default({}),
  }),
  example: {
    path: ["serviceChanges", 1, "consultation"],
    message:
      "Service change sc-002 consulted for 28 days (2025-08-05 to 2025-09-01), shorter than the minimum of 42 days set for org-northgate.",
    hint: "Extend the consultation to the organisation's minimum, or record why a shorter period was adequate for this proposal.",
  },
  check: (ctx, { minimumDays, organisations }) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const c = s.consultation;
      if (c === undefined) continue;
      const minimum = Object.hasOwn(organisations, s.organisationId)
        ? organisations[s.organisationId]
        : minimumDays;
      if (minimum === undefined) continue;
      const days = consultationDays(c);
      if (days >= minimum) continue;
      out.push({
        path: ["serviceChanges", i, "consultation"],
        message: `Service change ${s.id} consulted for ${days} day${days === 1 ? "" : "s"} (${c.start} to ${c.end}), shorter than the minimum of ${minimum} days set for ${s.organisationId}.`,
        hint: "Extend the consultation to the organisation's minimum, or record why a shorter period was adequate for this proposal.",
      });
    }
    return out;
  },
});
