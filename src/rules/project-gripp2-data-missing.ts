import * as z from "zod";
import { GRIPP2_BMJ_2017 } from "../frameworks/publications.js";
import { cite } from "../source.js";
import type { InvolvementPlan, Project } from "../model/project.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

type Form = "gripp2-short" | "gripp2-long";

interface Need {
  /** The involvement-plan field, or "outcomes" for recorded outcomes and impacts. */
  readonly field: keyof InvolvementPlan | "outcomes";
  readonly what: string;
  /** GRIPP2 items that draw on it, per form (absent: not needed by that form). */
  readonly items: Partial<Record<Form, string>>;
}

/**
 * What GRIPP2 items draw on in a project record (Staniszewska et al. 2017, short form items 1 to
 * 5 and the long form). Long-form numbering beyond section 6 (7a, 8a, 9) is not yet verified.
 */
const NEEDS: readonly Need[] = [
  {
    field: "aim",
    what: "aim of involvement",
    items: { "gripp2-short": "SF item 1", "gripp2-long": "LF item 3" },
  },
  {
    field: "methods",
    what: "methods of involvement",
    items: { "gripp2-short": "SF item 2", "gripp2-long": "LF item 4a" },
  },
  {
    field: "outcomes",
    what: "recorded outcome or impact of involvement",
    items: {
      "gripp2-short": "SF items 3 and 4",
      "gripp2-long": "LF items 7a and 8a (numbering UNVERIFIED)",
    },
  },
  {
    field: "reflections",
    what: "reflections on the involvement",
    items: { "gripp2-short": "SF item 5", "gripp2-long": "LF section 9 (numbering UNVERIFIED)" },
  },
  {
    field: "definition",
    what: "definition of involvement",
    items: { "gripp2-long": "LF item 2a" },
  },
  {
    field: "impactCapture",
    what: "record of how impact was captured",
    items: { "gripp2-long": "LF items 5a and 5b" },
  },
];

/**
 * `project/gripp2-data-missing`: a project that will need GRIPP2 reporting is missing the data
 * its items draw on: aim, methods, outcomes (an activity outcome or impact record for the
 * project), reflections; and for the long form also the definition of involvement and how
 * impact was captured. Option `forms`: which reporting forms to check (default both).
 *
 * @example
 * ```ts
 * projectGripp2DataMissing.options.parse({}).forms; // ["gripp2-short", "gripp2-long"]
 * ```
 * @category Rules
 */
export const projectGripp2DataMissing = defineRule({
  code: "project/gripp2-data-missing",
  title: "Project missing data for GRIPP2 reporting",
  description:
    "Papers that report public involvement are asked to follow GRIPP2: the short form when involvement is a secondary part of the study, the long form when it is the focus. Gathering the aim, methods, outcomes and reflections as the project goes is far easier than reconstructing them at the end.",
  severity: "warning",
  category: "reporting",
  entity: "projects",
  source: cite(
    GRIPP2_BMJ_2017,
    "short form items 1 to 5; long form items 2a, 3, 4a, 5a, 5b, 7a, 8a and section 9",
    {
      verified: false,
      note: "The short form's five items are checked against the paper. The long form's items up to section 6 were checked against a reproduction (BMC Rheumatology 2023, Table 2); the numbers of the items after section 6 (7a, 8a, 9) are not yet verified.",
    },
  ),
  options: z.strictObject({
    forms: z
      .array(z.enum(["gripp2-short", "gripp2-long"]))
      .default(["gripp2-short", "gripp2-long"]),
  }),
  example: {
    path: ["projects", 2, "involvement", "reflections"],
    message:
      "Project p-003 will be reported with GRIPP2 short form but has no reflections on the involvement (SF item 5).",
    hint: "Record it in the project's involvement plan now, while the team remembers.",
  },
  check: (ctx, { forms }) => {
    const wanted = new Set<string>(forms);
    const { projects, activities, impacts } = ctx.dataset;
    if (!projects.some((p) => wanted.has(p.reporting))) return [];
    const withOutcomes = new Set<string>();
    for (const a of activities) {
      if (a.projectId !== undefined && a.outcomes.length > 0) withOutcomes.add(a.projectId);
    }
    for (const m of impacts) {
      if (m.projectId !== undefined) withOutcomes.add(m.projectId);
    }
    const out: RuleFinding[] = [];
    const has = (p: Project, field: Need["field"]): boolean =>
      field === "outcomes" ? withOutcomes.has(p.id) : (p.involvement[field]?.trim() ?? "") !== "";
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i]!;
      const form = p.reporting;
      if (form === "none" || !wanted.has(form)) continue;
      for (const need of NEEDS) {
        const item = need.items[form];
        if (item === undefined || has(p, need.field)) continue;
        out.push({
          path:
            need.field === "outcomes"
              ? ["projects", i]
              : ["projects", i, "involvement", need.field],
          message: `Project ${p.id} will be reported with GRIPP2 ${form === "gripp2-short" ? "short" : "long"} form but has no ${need.what} (${item}).`,
          hint:
            need.field === "outcomes"
              ? "Record the outcomes of the project's involvement activities, or impact records for the project."
              : "Record it in the project's involvement plan now, while the team remembers.",
        });
      }
    }
    return out;
  },
});
