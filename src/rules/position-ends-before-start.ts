import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/** How a message names each position. */
const POSITION_WORDS: Readonly<Record<string, string>> = {
  member: "member",
  volunteer: "volunteer",
  governor: "governor",
  "ppi-champion": "PPI champion",
};

/**
 * `position/ends-before-start`: a position a contributor holds (a governor, a member, a PPI
 * champion) ends (`to`) before it starts (`from`).
 *
 * @example
 * ```ts
 * positionEndsBeforeStart.severity; // "error"
 * ```
 * @category Rules
 */
export const positionEndsBeforeStart = defineRule({
  code: "position/ends-before-start",
  title: "Position ends before it starts",
  description:
    "A position (a governor's term, a membership, a PPI champion's role) whose end date is before its start date cannot say who held it on a given day.",
  severity: "error",
  category: "dates",
  entity: "contributors",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["contributors", 3, "positions", 0, "to"],
    message:
      "Contributor c-4's position as governor of org-northgate ends (2025-03-01) before it starts (2025-03-05).",
    hint: "Check the dates the position was held from and to, or swap them.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.contributors;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      const positions = c.positions ?? [];
      for (let j = 0; j < positions.length; j++) {
        const p = positions[j]!;
        if (p.from === undefined || p.to === undefined || p.to >= p.from) continue;
        out.push({
          path: ["contributors", i, "positions", j, "to"],
          message: `Contributor ${c.id}'s position as ${POSITION_WORDS[p.role] ?? p.role} of ${p.organisationId} ends (${p.to}) before it starts (${p.from}).`,
          hint: "Check the dates the position was held from and to, or swap them.",
        });
      }
    }
    return out;
  },
});
