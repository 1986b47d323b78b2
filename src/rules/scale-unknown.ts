import * as z from "zod";
import { CHOICE_INFLUENCE_LEVEL } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `scale/unknown`: the dataset declares a scale that the framework registry does not know, so
 * levels on it cannot be checked or compared.
 *
 * @example
 * ```ts
 * scaleUnknown.severity; // "warning"
 * ```
 * @category Rules
 */
export const scaleUnknown = defineRule({
  code: "scale/unknown",
  title: "Declared scale not known",
  description:
    "A scale listed in the dataset's `scales` that neither ppie nor your registry knows cannot be checked (are its levels real steps?) or placed on the common influence level. Register your own ladder and pass the registry in `CheckOptions.frameworks`.",
  severity: "warning",
  category: "involvement",
  entity: "scales",
  source: CHOICE_INFLUENCE_LEVEL,
  options: z.strictObject({}),
  example: {
    path: ["scales", 2],
    message:
      'The dataset declares the scale "my-trust-ladder", which is not in the framework registry, so its levels cannot be checked.',
    hint: "Define it with defineFramework, add it with createFrameworkRegistry([myLadder]) and pass that registry as the frameworks option.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    ctx.dataset.scales.forEach((scale, i) => {
      if (seen.has(scale)) return;
      seen.add(scale);
      if (ctx.frameworks.get(scale) !== undefined) return;
      out.push({
        path: ["scales", i],
        message: `The dataset declares the scale "${scale}", which is not in the framework registry, so its levels cannot be checked.`,
        hint: "Define it with defineFramework, add it with createFrameworkRegistry([myLadder]) and pass that registry as the frameworks option.",
      });
    });
    return out;
  },
});
