import * as z from "zod";
import { scrutinySources } from "../frameworks/service-change-law.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `service-change/substantial-no-scrutiny`: a service change recorded as a substantial
 * development or variation of the health service, with no record that the local authority's
 * health overview and scrutiny committee was consulted.
 *
 * @example
 * ```ts
 * serviceChangeSubstantialNoScrutiny.category; // "legal-duty"
 * ```
 * @category Rules
 */
export const serviceChangeSubstantialNoScrutiny = defineRule({
  code: "service-change/substantial-no-scrutiny",
  title: "Substantial variation with no scrutiny committee consulted",
  description:
    "When a proposal for a substantial development or variation of the health service in a local authority's area is under consideration, the local authority must be consulted on it (regulation 23 of the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013, made under section 244 of the NHS Act 2006), usually through its health overview and scrutiny committee. A substantial change with no scrutiny committee recorded is missing that consultation, or its record.",
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: scrutinySources()[0],
  options: z.strictObject({}),
  example: {
    path: ["serviceChanges", 0, "scrutiny"],
    message:
      "Service change sc-001 (Bringing two outpatient rehabilitation units onto one site (fictional)) is recorded as a substantial development or variation, but no consultation of the local authority's health scrutiny committee is recorded.",
    hint: "Record the committee consulted and when (scrutiny.committee, scrutiny.date); if the change is not substantial after all, set substantial to false.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s.substantial !== true || s.scrutiny !== undefined) continue;
      out.push({
        path: ["serviceChanges", i, "scrutiny"],
        message: `Service change ${s.id} (${s.title}) is recorded as a substantial development or variation, but no consultation of the local authority's health scrutiny committee is recorded.`,
        hint: "Record the committee consulted and when (scrutiny.committee, scrutiny.date); if the change is not substantial after all, set substantial to false.",
      });
    }
    return out;
  },
});
