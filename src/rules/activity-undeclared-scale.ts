import * as z from "zod";
import { GRIPP2_BMJ_2017 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `activity/undeclared-scale`: an activity's level is on a scale the dataset does not list in
 * `scales`.
 *
 * @example
 * ```ts
 * activityUndeclaredScale.severity; // "error"
 * ```
 * @category Rules
 */
export const activityUndeclaredScale = defineRule({
  code: "activity/undeclared-scale",
  title: "Activity level on an undeclared scale",
  description:
    "Levels of involvement from different scales (IAP2, Arnstein, the ppie influence level, an organisation's own ladder) only compare through a declared crosswalk. A level on a scale the dataset does not declare in `scales` cannot be interpreted or reported (GRIPP2-LF item 4d asks for the level and its scale).",
  severity: "error",
  category: "involvement",
  entity: "activities",
  source: cite(GRIPP2_BMJ_2017, "long form, item 4d (level or nature of involvement)", {
    verified: false,
    note: "The number and title of item 4d were checked against a reproduction of the long form (BMC Rheumatology 2023, Table 2), not against the BMJ paper's own table. Asking for every scale to be declared, so that levels compare through ppie's crosswalk to the public influence level, is ppie's own choice.",
  }),
  options: z.strictObject({}),
  example: {
    path: ["activities", 5, "level", "scale"],
    message:
      'Activity a-6 has a level on the scale "arnstein-ladder", which the dataset does not declare.',
    hint: 'Add "arnstein-ladder" to the dataset\'s "scales", or record the level on a declared scale.',
  },
  check: (ctx) => {
    const declared = new Set(ctx.dataset.scales);
    const out: RuleFinding[] = [];
    const list = ctx.dataset.activities;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.level === undefined || declared.has(a.level.scale)) continue;
      out.push({
        path: ["activities", i, "level", "scale"],
        message: `Activity ${a.id} has a level on the scale "${a.level.scale}", which the dataset does not declare.`,
        hint: `Add "${a.level.scale}" to the dataset's "scales", or record the level on a declared scale.`,
      });
    }
    return out;
  },
});
