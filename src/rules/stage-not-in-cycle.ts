import * as z from "zod";
import { INVOLVE_BRIEFING_NOTES_2012 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import { INVOLVE_RESEARCH_CYCLE_IDS } from "../frameworks/involve-research-cycle.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `stage/not-in-cycle`: a stage id (on an activity, an impact record or a project's planned
 * stages) that is not one of the seven INVOLVE research-cycle stages. Parsing already rejects
 * these; the rule guards data built in code without `parseDataset`.
 *
 * @example
 * ```ts
 * stageNotInCycle.severity; // "error"
 * ```
 * @category Rules
 */
export const stageNotInCycle = defineRule({
  code: "stage/not-in-cycle",
  title: "Stage not in the research cycle",
  description:
    "Stages are counted and reported (GRIPP2-LF 4c) on the seven INVOLVE/NIHR research-cycle stages; any other stage id would be silently left out. Map local stage labels onto the canonical stages first.",
  severity: "error",
  category: "involvement",
  entity: "any",
  source: cite(
    INVOLVE_BRIEFING_NOTES_2012,
    "Ways that people can be involved in the research cycle (seven stages)",
    {
      note: "Mapping the stages of other research cycles onto these seven is ppie's own choice.",
    },
  ),
  options: z.strictObject({}),
  example: {
    path: ["activities", 2, "stages", 0],
    message: 'Activity a-3 has the stage "analysis", which is not a stage of the research cycle.',
    hint: "Use one of the seven stages (analysing and interpreting belong to undertaking); mapStageLabel in ppie/frameworks maps common local labels.",
  },
  check: (ctx) => {
    const valid = new Set<string>(INVOLVE_RESEARCH_CYCLE_IDS);
    const hint =
      "Use one of the seven stages (analysing and interpreting belong to undertaking); mapStageLabel in ppie/frameworks maps common local labels.";
    const out: RuleFinding[] = [];
    const { activities, impacts, projects } = ctx.dataset;
    const checkList = (
      stages: readonly string[],
      path: (string | number)[],
      what: string,
    ): void => {
      for (let j = 0; j < stages.length; j++) {
        const s = stages[j]!;
        if (!valid.has(s)) {
          out.push({
            path: [...path, j],
            message: `${what} has the stage "${s}", which is not a stage of the research cycle.`,
            hint,
          });
        }
      }
    };
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      checkList(a.stages, ["activities", i, "stages"], `Activity ${a.id}`);
    }
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i]!;
      checkList(p.plannedStages, ["projects", i, "plannedStages"], `Project ${p.id}`);
    }
    for (let i = 0; i < impacts.length; i++) {
      const m = impacts[i]!;
      if (m.stage !== undefined && !valid.has(m.stage)) {
        out.push({
          path: ["impacts", i, "stage"],
          message: `Impact record ${m.id} has the stage "${m.stage}", which is not a stage of the research cycle.`,
          hint,
        });
      }
    }
    return out;
  },
});
