import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `activity/unknown-level`: an activity's level names an item that is not on its (declared,
 * known) scale.
 *
 * @example
 * ```ts
 * activityUnknownLevel.severity; // "error"
 * ```
 * @category Rules
 */
export const activityUnknownLevel = defineRule({
  code: "activity/unknown-level",
  title: "Activity level not on its scale",
  description:
    'A level such as { scale: "iap2-spectrum", item: "co-produce" } names a step the scale does not have, so the activity\'s depth of involvement cannot be counted. Checked for declared scales that the framework registry knows (ppie\'s built-in scales, or your own passed in `CheckOptions.frameworks`).',
  severity: "error",
  category: "involvement",
  entity: "activities",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["activities", 8, "level", "item"],
    message:
      'Activity a-9 has the level "co-produce", which is not a step of the scale "iap2-spectrum".',
    hint: "Use one of: inform, consult, involve, collaborate, empower.",
  },
  check: (ctx) => {
    const declared = new Set(ctx.dataset.scales);
    const items = new Map<string, Set<string> | null>();
    const itemsOf = (scale: string): Set<string> | null => {
      let s = items.get(scale);
      if (s === undefined) {
        const fw = ctx.frameworks.get(scale);
        s = fw === undefined ? null : new Set(fw.items.map((x) => x.id));
        items.set(scale, s);
      }
      return s;
    };
    const out: RuleFinding[] = [];
    const list = ctx.dataset.activities;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.level === undefined || !declared.has(a.level.scale)) continue;
      const known = itemsOf(a.level.scale);
      if (known === null || known.has(a.level.item)) continue;
      out.push({
        path: ["activities", i, "level", "item"],
        message: `Activity ${a.id} has the level "${a.level.item}", which is not a step of the scale "${a.level.scale}".`,
        hint: `Use one of: ${[...known].join(", ")}.`,
      });
    }
    return out;
  },
});
