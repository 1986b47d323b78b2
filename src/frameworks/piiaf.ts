import { PIIAF_2014 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Ids of the four PiiAF Part 1 elements, in the website diagram order.
 *
 * @example
 * ```ts
 * PIIAF_ELEMENT_IDS[0]; // "values"
 * ```
 * @category Frameworks
 */
export const PIIAF_ELEMENT_IDS = [
  "values",
  "approaches",
  "research-focus-and-design",
  "practical-issues",
] as const;

/**
 * Ids of the four PiiAF Part 2 phases, in order.
 *
 * @example
 * ```ts
 * PIIAF_PHASE_IDS.length; // 4
 * ```
 * @category Frameworks
 */
export const PIIAF_PHASE_IDS = [
  "laying-the-foundations",
  "developing-intervention-theory",
  "identifying-context-effects",
  "formulating-questions-and-design",
] as const;

/**
 * Ids of the three PiiAF assessment types.
 *
 * @example
 * ```ts
 * PIIAF_ASSESSMENT_TYPE_IDS; // ["formative", "summative", "process"]
 * ```
 * @category Frameworks
 */
export const PIIAF_ASSESSMENT_TYPE_IDS = ["formative", "summative", "process"] as const;

/**
 * All item ids of {@link piiaf}: elements, phases, then assessment types.
 *
 * @example
 * ```ts
 * PIIAF_IDS.length; // 11
 * ```
 * @category Frameworks
 */
export const PIIAF_IDS = [
  "values",
  "approaches",
  "research-focus-and-design",
  "practical-issues",
  "laying-the-foundations",
  "developing-intervention-theory",
  "identifying-context-effects",
  "formulating-questions-and-design",
  "formative",
  "summative",
  "process",
] as const;

/**
 * An item id of {@link piiaf} (an element, a phase or an assessment type).
 *
 * @example
 * ```ts
 * const id: PiiafItemId = "laying-the-foundations";
 * ```
 * @category Frameworks
 */
export type PiiafItemId = (typeof PIIAF_IDS)[number];

/**
 * The Public Involvement Impact Assessment Framework (PiiAF): a planning framework (not a
 * scoring instrument) that helps research teams, with public members, plan how to assess the
 * impact of public involvement in their own research. Part 1 explores four elements; Part 2
 * develops an impact assessment plan in four ordered phases; an assessment can be formative,
 * summative or process. A "record card" carries notes from Part 1 into Part 2.
 *
 * Source: Popay J, Collins M (eds), The Public Involvement Impact Assessment Framework Guidance
 * (2014), and the piiaf.org.uk pages on its structure and phases.
 *
 * @example
 * ```ts
 * piiaf.items.filter((i) => i.list === "phases").map((i) => i.ordinal); // [1, 2, 3, 4]
 * ```
 * @category Frameworks
 */
export const piiaf = {
  id: "piiaf",
  name: "The Public Involvement Impact Assessment Framework (PiiAF) and its Guidance",
  publisher:
    "Popay J, Collins M (editors) with the PiiAF Study Group; Lancaster University with the Universities of Exeter and Liverpool; funded by the MRC Methodology Research Programme",
  version: "Guidance, January 2014",
  publishedDate: "2014-01",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: PIIAF_2014,
  lists: [
    {
      id: "elements",
      label: "Part 1 - Exploring impacts: elements",
      ordered: false,
      complete: true,
      expectedItemCount: 4,
      verified: true,
      note: "Website diagram order is Values, Approaches, Research focus, Practical issues; the overview text lists approaches before values.",
    },
    {
      id: "phases",
      label: "Part 2 - Developing an impact assessment plan: phases",
      ordered: true,
      complete: true,
      expectedItemCount: 4,
      verified: true,
    },
    {
      id: "assessment-types",
      label: "Assessment types",
      ordered: false,
      complete: true,
      expectedItemCount: 3,
      verified: true,
    },
  ],
  items: [
    {
      id: "values",
      list: "elements",
      label: "Values",
      summary: "The values the team (and others) hold about public involvement.",
      verified: true,
    },
    {
      id: "approaches",
      list: "elements",
      label: "Approaches",
      summary: "The ways members of the public are involved in the study.",
      verified: true,
    },
    {
      id: "research-focus-and-design",
      list: "elements",
      label: "Research focus (and study design)",
      summary: "What the research is about and how it is designed.",
      verified: true,
    },
    {
      id: "practical-issues",
      list: "elements",
      label: "Practical issues",
      summary: "Resources (people, money, time), structures and procedures.",
      verified: true,
    },
    {
      id: "laying-the-foundations",
      list: "phases",
      ordinal: 1,
      label: "Laying the foundations",
      summary:
        "Decide why you are assessing impact (formative, summative, process) and who will design and do it; public members should help design it; choose an internal or independent assessor.",
      verified: true,
    },
    {
      id: "developing-intervention-theory",
      list: "phases",
      ordinal: 2,
      label: "Developing your intervention theory",
      summary:
        "Describe how your approach to involvement is expected to lead to the impacts you want (possibly several pathways; views may differ).",
      verified: true,
    },
    {
      id: "identifying-context-effects",
      list: "phases",
      ordinal: 3,
      label: "Identifying how context may affect the impacts",
      summary:
        "Consider how research design, values and behaviours in the team and organisation, and practical structures and resources could help or hinder impact.",
      verified: true,
    },
    {
      id: "formulating-questions-and-design",
      list: "phases",
      ordinal: 4,
      label: "Formulating assessment questions and designing the assessment",
      summary:
        "Set specific questions, identify challenges, choose the assessment approach and the data to collect.",
      verified: true,
    },
    {
      id: "formative",
      list: "assessment-types",
      label: "Formative",
      summary: "Improve the involvement process as you go.",
      verified: true,
    },
    {
      id: "summative",
      list: "assessment-types",
      label: "Summative",
      summary: "Demonstrate impact at the end.",
      verified: true,
    },
    {
      id: "process",
      list: "assessment-types",
      label: "Process",
      summary:
        "Identify factors affecting the involvement process (can be formative or summative).",
      verified: true,
    },
  ],
} as const satisfies Framework<"piiaf", PiiafItemId>;
