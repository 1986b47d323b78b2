import * as z from "zod";
import { INVOLVE_COPRODUCTION_2018 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { listText, plural } from "./util.js";

/**
 * `project/coproduced-few-stages`: a project labelled co-produced whose public contributors
 * took part in fewer research stages than a threshold (option `minStages`, default 3 of 7).
 *
 * @example
 * ```ts
 * projectCoproducedFewStages.options.parse({}).minStages; // 3
 * ```
 * @category Rules
 */
export const projectCoproducedFewStages = defineRule({
  code: "project/coproduced-few-stages",
  title: "Co-produced project with involvement at few stages",
  description:
    "Co-production means sharing power and responsibility across the life of a project, from first idea to final output. A project that calls itself co-produced but involved its public contributors at only one or two stages of the research cycle may be describing consultation or collaboration instead. Counted: the distinct stages of the project's involvement activities that had at least one contributor.",
  severity: "warning",
  category: "involvement",
  entity: "projects",
  source: cite(INVOLVE_COPRODUCTION_2018, "definition of co-production", {
    note: "The guidance describes co-production as sharing power and responsibility across the whole life of a project, but sets no number of stages and notes that some people co-produce only parts of a project; the default of 3 stages is ppie's own choice.",
  }),
  options: z.strictObject({ minStages: z.int().min(1).max(7).default(3) }),
  example: {
    path: ["projects", 1, "coProduced"],
    message:
      "Project p-2 is labelled co-produced, but its public contributors were involved at 1 stage (undertaking); the threshold is 3.",
    hint: "Involve contributors at more stages, record the activities that did involve them, or describe the project as collaboration rather than co-production.",
  },
  check: (ctx, { minStages }) => {
    const { projects, activities } = ctx.dataset;
    const stages = new Map<string, Set<string>>();
    for (const p of projects) if (p.coProduced) stages.set(p.id, new Set());
    if (stages.size === 0) return [];
    for (const a of activities) {
      if (a.projectId === undefined || a.mode !== "involvement" || a.contributors.length === 0)
        continue;
      const set = stages.get(a.projectId);
      if (set === undefined) continue;
      for (const s of a.stages) set.add(s);
    }
    const out: RuleFinding[] = [];
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i]!;
      const set = stages.get(p.id);
      if (!p.coProduced || set === undefined || set.size >= minStages) continue;
      const which = set.size === 0 ? "" : ` (${listText([...set].sort())})`;
      out.push({
        path: ["projects", i, "coProduced"],
        message: `Project ${p.id} is labelled co-produced, but its public contributors were involved at ${plural(set.size, "stage")}${which}; the threshold is ${minStages}.`,
        hint: "Involve contributors at more stages, record the activities that did involve them, or describe the project as collaboration rather than co-production.",
      });
    }
    return out;
  },
});
