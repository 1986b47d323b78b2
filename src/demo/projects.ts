/**
 * The demo's projects: one per template in turn, numbered "(2)", "(3)" ... on later rounds.
 */
import { addDays } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { Calendar } from "./common.js";
import { ORG_CENTRE, ORG_TRUST, pad } from "./common.js";
import type { Rng } from "./random.js";
import type { ProjectTemplate } from "./templates.js";
import { PROJECTS } from "./templates.js";

/** `nProjects` projects from the templates, research projects at the centre and others at the trust. */
export function generateProjects(rng: Rng, nProjects: number, cal: Calendar): Project[] {
  const { start, end } = cal;
  const projects: Project[] = [];
  for (let p = 0; p < nProjects; p++) {
    const t = PROJECTS[p % PROJECTS.length] as ProjectTemplate;
    const round = Math.floor(p / PROJECTS.length);
    const org = t.kind === "research" ? ORG_CENTRE : ORG_TRUST;
    rng.int(0, 60); // keeps the seeded stream stable for the data generated after it
    const project: Project = {
      id: `p-${pad(p + 1, 3)}`,
      organisationId: org,
      title: round === 0 ? t.title : `${t.title} (${round + 1})`,
      kind: t.kind,
      startDate: start,
      endDate: addDays(end, 60),
      plannedStages: [...t.stages],
      coProduced: t.coProduced,
      reporting: t.reporting,
      involvement: {
        aim: "To make sure the project asks questions that matter to patients and carers and is run in a way that suits them.",
        methods:
          "A patient advisory group meets every two months; members also review documents between meetings and two public co-applicants sit on the steering group.",
        ...(p % 3 !== 2
          ? {
              reflections:
                "Paying people promptly and meeting in the evening widened who could take part; we reached too few younger people.",
            }
          : {}),
        ...(t.reporting === "gripp2-long"
          ? {
              definition:
                "We use the NIHR definition: research carried out with or by members of the public rather than to, about or for them.",
              impactCapture:
                "We keep an impact log after every meeting and review it with the group each quarter.",
            }
          : {}),
      },
      plainEnglishSummary: t.summary,
    };
    projects.push(project);
  }
  return projects;
}
