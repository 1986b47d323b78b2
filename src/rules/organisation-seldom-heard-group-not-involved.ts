import * as z from "zod";
import { involvedIn } from "../derive/people.js";
import { UK_STANDARDS_2019 } from "../frameworks/publications.js";
import { scoreDataset } from "../scores/registry.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

const HINT =
  "Reach the group through community partners and offer the support people need to take part, and record each contributor's seldomHeard groups so that their involvement counts. The check covers the default period (the latest financial year ended by the as-of date); set the as-of date to check another year.";

/**
 * `organisation/seldom-heard-group-not-involved`: a group an organisation names as seldom heard
 * (`seldomHeardGroups`) from which no one was involved in the check period: no contributor who
 * identifies with the group took part in an activity or event (the `seldom-heard-reach`
 * measure's "involved"). The check period is the default period as of the check's as-of date
 * (the latest financial year that has ended, see docs/definitions.md, "The default period"),
 * and the rule is silent for a period in which no one at all was involved.
 *
 * @example
 * ```ts
 * organisationSeldomHeardGroupNotInvolved.code; // "organisation/seldom-heard-group-not-involved"
 * ```
 * @category Rules
 */
export const organisationSeldomHeardGroupNotInvolved = defineRule({
  code: "organisation/seldom-heard-group-not-involved",
  title: "Named seldom-heard group with no one involved",
  description:
    "An organisation that names a group as seldom heard means to hear from it; a year in which no one from the group took part in any activity or event means those voices were missed. Checked over the default period (the latest financial year ended by the as-of date), only for organisations that list seldom-heard groups, and only when someone was involved in that period.",
  severity: "warning",
  category: "inclusion",
  entity: "organisations",
  source: cite(UK_STANDARDS_2019, "Inclusive opportunities", {
    note: "Which groups count as seldom heard is for each organisation to list; the check period is a ppie design choice (docs/design-choices.md#seldom-heard-reach).",
  }),
  options: z.strictObject({}),
  example: {
    path: ["organisations", 0, "seldomHeardGroups", 4],
    message:
      "Organisation org-northgate names learning-disability as a seldom-heard group, and no one from it was involved in 2025-26 (2025-04-01 to 2026-03-31).",
    hint: HINT,
  },
  check: (ctx) => {
    const r = scoreDataset("seldom-heard-reach", ctx.dataset, { asOf: ctx.asOf });
    if (!r.ok || r.value.value === null) return [];
    const { period, groups } = r.value.components;
    if (involvedIn(ctx.dataset, period).size === 0) return [];
    const out: RuleFinding[] = [];
    const orgs = ctx.dataset.organisations;
    for (let i = 0; i < orgs.length; i++) {
      const org = orgs[i]!;
      for (const g of groups) {
        if (g.organisationId !== org.id || g.involved > 0) continue;
        out.push({
          path: ["organisations", i, "seldomHeardGroups", org.seldomHeardGroups.indexOf(g.group)],
          message: `Organisation ${org.id} names ${g.group} as a seldom-heard group, and no one from it was involved in ${period.label} (${period.start} to ${period.end}).`,
          hint: HINT,
        });
      }
    }
    return out;
  },
});
