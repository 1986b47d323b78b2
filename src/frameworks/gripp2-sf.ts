import { cite } from "../source.js";
import { GRIPP2_BMJ_2017 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the GRIPP2 short form, numbered 1-5 (Staniszewska et al. 2017, Table 2).
 *
 * @example
 * ```ts
 * GRIPP2_SF_IDS.length; // 5
 * ```
 * @category Frameworks
 */
export const GRIPP2_SF_IDS = [
  "1-aim",
  "2-methods",
  "3-study-results",
  "4-discussion-and-conclusions",
  "5-reflections-critical-perspective",
] as const;

/**
 * An item id of {@link gripp2ShortForm}.
 *
 * @example
 * ```ts
 * const id: Gripp2SfItemId = "2-methods";
 * ```
 * @category Frameworks
 */
export type Gripp2SfItemId = (typeof GRIPP2_SF_IDS)[number];

/**
 * The GRIPP2 short form (GRIPP2-SF): a five-item checklist for reporting patient and public
 * involvement (PPI) when PPI is a secondary part of a study. GRIPP2 is a *reporting* guideline
 * (what to write in a paper), not a quality standard. Each item has a "reported on page no."
 * column, modelled as a location string in responses.
 *
 * Source: Staniszewska et al. 2017 (BMJ 2017;358:j3453), Table 2.
 *
 * @example
 * ```ts
 * gripp2ShortForm.items.map((i) => i.code); // ["1", "2", "3", "4", "5"]
 * ```
 * @category Frameworks
 */
export const gripp2ShortForm = {
  id: "gripp2-sf",
  name: "GRIPP2 short form (Guidance for Reporting Involvement of Patients and the Public, version 2)",
  publisher: "Staniszewska S, Brett J, Simera I, et al. (BMJ; Research Involvement and Engagement)",
  version: "GRIPP2 (2017)",
  publishedDate: "2017-08-02",
  supersedes: "GRIPP (2011)",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: /* @__PURE__ */ cite(GRIPP2_BMJ_2017, "Table 2"),
  note: "Use the short form when PPI is a secondary part of a study and the long form (gripp2-lf) when PPI is the main focus. Also published in Research Involvement and Engagement 2017;3:13 (doi:10.1186/s40900-017-0062-2).",
  items: [
    {
      id: "1-aim",
      code: "1",
      label: "Aim",
      summary: "State what the PPI in the study was for.",
      verified: true,
    },
    {
      id: "2-methods",
      code: "2",
      label: "Methods",
      summary: "Describe clearly how PPI was done.",
      verified: true,
    },
    {
      id: "3-study-results",
      code: "3",
      label: "Study results (outcomes)",
      summary: "Report what PPI led to in the study, good and bad.",
      verified: true,
    },
    {
      id: "4-discussion-and-conclusions",
      code: "4",
      label: "Discussion and conclusions (outcomes)",
      summary: "Discuss how far PPI influenced the study as a whole, positive and negative.",
      verified: true,
    },
    {
      id: "5-reflections-critical-perspective",
      code: "5",
      label: "Reflections / critical perspective",
      summary:
        "Reflect critically on what went well and what did not, so others can learn from it.",
      verified: true,
    },
  ],
} as const satisfies Framework<"gripp2-sf", Gripp2SfItemId>;
