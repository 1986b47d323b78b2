import * as z from "zod";
import { UK_STANDARDS_2019 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import { GroupSchema } from "../model/group.js";
import { memberOn, seldomHeardFor } from "../derive/people.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `group/no-seldom-heard`: a panel has current members, but none from any group its
 * organisation lists as seldom heard. Option `kinds`: which kinds of group count as panels
 * (default the organisation's standing panels: advisory panels, PPI groups, virtual panels and
 * citizens' assemblies; add `"co-production-group"` or `"steering-group"` to check project
 * groups too).
 *
 * @example
 * ```ts
 * groupNoSeldomHeard.options.parse({}).kinds.includes("ppi-group"); // true
 * ```
 * @category Rules
 */
export const groupNoSeldomHeard = defineRule({
  code: "group/no-seldom-heard",
  title: "Panel with no seldom-heard members",
  description:
    "An organisation's standing panel that includes no one from the groups its own organisation names as seldom heard cannot bring those voices into decisions. Checked against current members (membership begun on or before today and not ended) and only when the organisation lists seldom-heard groups.",
  severity: "warning",
  category: "inclusion",
  entity: "groups",
  source: cite(UK_STANDARDS_2019, "Inclusive opportunities", {
    note: "NHS England's statutory guidance Working in partnership with people and communities (2022) also asks for attention to seldom-heard groups (principle 2), known only from an integrated care board's restatement and not yet verified. Which groups count as seldom heard is for each organisation to list.",
  }),
  options: z.strictObject({
    kinds: z
      .array(GroupSchema.shape.kind)
      .default(["advisory-panel", "ppi-group", "virtual-panel", "citizens-assembly"]),
  }),
  example: {
    path: ["groups", 6, "memberships"],
    message:
      "Group g-estates (Estates and Facilities Reader Group) has 6 current members, none from the seldom-heard groups org-northgate lists.",
    hint: "Reach out through community partners to the groups the organisation lists (e.g. young carers, deaf BSL users) and offer the support they need to join.",
  },
  check: (ctx, { kinds }) => {
    const out: RuleFinding[] = [];
    const { groups } = ctx.dataset;
    const panelKinds = new Set<string>(kinds);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (!panelKinds.has(g.kind)) continue;
      const org = ctx.index.organisations.get(g.organisationId)?.record;
      if (org === undefined || org.seldomHeardGroups.length === 0) continue;
      let current = 0;
      let reached = false;
      for (const m of g.memberships) {
        if (!memberOn(m, ctx.asOf)) continue;
        current++;
        const c = ctx.index.contributors.get(m.contributorId)?.record;
        if (c !== undefined && seldomHeardFor(c, org).length > 0) {
          reached = true;
          break;
        }
      }
      if (reached || current === 0) continue;
      out.push({
        path: ["groups", i, "memberships"],
        message: `Group ${g.id} (${g.name}) has ${current} current member${current === 1 ? "" : "s"}, none from the seldom-heard groups ${g.organisationId} lists.`,
        hint: "Reach out through community partners to the groups the organisation lists (e.g. young carers, deaf BSL users) and offer the support they need to join.",
      });
    }
    return out;
  },
});
