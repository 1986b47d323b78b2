import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `event/unknown-seldom-heard-group`: an event counts people from a seldom-heard group
 * (`reach.seldomHeard`) that its organisation does not name in its `seldomHeardGroups`. Reach
 * to seldom-heard groups is reported for the groups the organisation names, so a count under
 * any other key (often a misspelt id) would not be shown.
 *
 * @example
 * ```ts
 * eventUnknownSeldomHeardGroup.severity; // "warning"
 * ```
 * @category Rules
 */
export const eventUnknownSeldomHeardGroup = defineRule({
  code: "event/unknown-seldom-heard-group",
  title: "Event reach counted for a group its organisation does not name",
  description:
    "Reach to seldom-heard groups is reported for the groups the event's organisation names as seldom heard. A count for any other group (often a misspelt id) would not be shown anywhere.",
  severity: "warning",
  category: "inclusion",
  entity: "events",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["events", 3, "reach", "seldomHeard", "young-carer"],
    message:
      'Event e-4 counts people from the group "young-carer", which org-northgate does not name as seldom heard.',
    hint: "Use one of the groups org-northgate names (young-carers, deaf-bsl), or add this one to its seldom-heard groups.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.events;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      const counts = e.reach.seldomHeard;
      if (counts === undefined) continue;
      const org = ctx.index.organisations.get(e.organisationId)?.record;
      if (org === undefined) continue;
      const named = org.seldomHeardGroups;
      for (const group of Object.keys(counts)) {
        if (named.includes(group)) continue;
        out.push({
          path: ["events", i, "reach", "seldomHeard", group],
          message: `Event ${e.id} counts people from the group "${group}", which ${org.id} does not name as seldom heard.`,
          hint:
            named.length === 0
              ? `List the groups ${org.id} names as seldom heard in its seldom-heard groups, including this one.`
              : `Use one of the groups ${org.id} names (${named.join(", ")}), or add this one to its seldom-heard groups.`,
        });
      }
    }
    return out;
  },
});
