import * as z from "zod";
import { NHSE_WORKING_IN_PARTNERSHIP_2022 } from "../frameworks/publications.js";
import { seldomHeardReach } from "../derive/service-change.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `service-change/seldom-heard-not-reached`: a seldom-heard group a service change affects that
 * none of its linked activities reached: no contributor at them counts as seldom heard in that
 * group, by the dataset's definition (the contributor's own `seldomHeard` ids that the
 * organisation lists in `seldomHeardGroups`; docs/definitions.md, "Seldom-heard groups").
 *
 * @example
 * ```ts
 * serviceChangeSeldomHeardNotReached.code; // "service-change/seldom-heard-not-reached"
 * ```
 * @category Rules
 */
export const serviceChangeSeldomHeardNotReached = defineRule({
  code: "service-change/seldom-heard-not-reached",
  title: "Affected seldom-heard group not reached by any involvement activity",
  description:
    "A proposal's record names the seldom-heard groups it affects; if none of its involvement or consultation activities reached a group, the people most likely to be missed were missed. A group counts as reached when a contributor at one of the linked activities belongs to it, by the dataset's own definition of seldom heard.",
  severity: "warning",
  category: "legal-duty",
  entity: "serviceChanges",
  source: cite(NHSE_WORKING_IN_PARTNERSHIP_2022, "principle 2 (attention to seldom-heard groups)", {
    verified: false,
    note: "The ten principles are taken from an integrated care board's restatement and not yet checked against the guidance itself. Which groups count as seldom heard is for each organisation to list.",
  }),
  options: z.strictObject({}),
  example: {
    path: ["serviceChanges", 0, "affected", "seldomHeardGroups", 1],
    message:
      "Service change sc-001 affects the seldom-heard group homeless, and none of its linked activities reached it.",
    hint: "Involve the group before deciding (for example through community partners) and link that activity in activityIds. A contributor reaches a group when their own seldomHeard ids include it and the organisation lists it.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.serviceChanges;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s.affected.seldomHeardGroups.length === 0) continue;
      for (const r of seldomHeardReach(ctx.dataset, s)) {
        if (r.reached) continue;
        const j = s.affected.seldomHeardGroups.indexOf(r.group);
        out.push({
          path: ["serviceChanges", i, "affected", "seldomHeardGroups", j],
          message: r.listed
            ? `Service change ${s.id} affects the seldom-heard group ${r.group}, and none of its linked activities reached it.`
            : `Service change ${s.id} affects the seldom-heard group ${r.group}, which ${s.organisationId} does not list in its seldomHeardGroups, so no activity can be counted as reaching it.`,
          hint: "Involve the group before deciding (for example through community partners) and link that activity in activityIds. A contributor reaches a group when their own seldomHeard ids include it and the organisation lists it.",
        });
      }
    }
    return out;
  },
});
