import type { Framework } from "./types.js";

/**
 * Item ids of the 17 shipped GRIPP2 long-form items (sections 1-6), in checklist order
 * (frameworks.md §6.2). The published checklist has 34 items; sections 7-9 are not shipped.
 *
 * @example
 * ```ts
 * GRIPP2_LF_IDS.length; // 17
 * ```
 * @category Frameworks
 */
export const GRIPP2_LF_IDS = [
  "1a-abstract-aim",
  "1b-abstract-methods",
  "1c-abstract-results",
  "1d-abstract-conclusions",
  "1e-abstract-keywords",
  "2a-background-definition",
  "2b-background-theoretical-underpinnings",
  "2c-background-concepts-and-theory-development",
  "3-aims",
  "4a-methods-design",
  "4b-methods-people-involved",
  "4c-methods-stages-of-involvement",
  "4d-methods-level-or-nature-of-involvement",
  "5a-capture-qualitative-evidence",
  "5b-capture-quantitative-evidence",
  "5c-capture-robustness-of-measure",
  "6-economic-assessment",
] as const;

/**
 * An item id of {@link gripp2LongForm}.
 *
 * @example
 * ```ts
 * const id: Gripp2LfItemId = "4c-methods-stages-of-involvement";
 * ```
 * @category Frameworks
 */
export type Gripp2LfItemId = (typeof GRIPP2_LF_IDS)[number];

/**
 * The sections of the GRIPP2 long form that ppie does **not** ship items for, with what is
 * believed about them. Everything here is UNVERIFIED; no items are invented. Together they must
 * hold 34 - 17 = 17 items (COMPUTED, assuming the 17 shipped items are right).
 *
 * Source: frameworks.md §6.2.
 *
 * @example
 * ```ts
 * GRIPP2_LF_UNVERIFIED_SECTIONS.map((s) => s.section); // ["7", "8", "9"]
 * ```
 * @category Frameworks
 */
export const GRIPP2_LF_UNVERIFIED_SECTIONS = [
  {
    section: "7",
    label: "Study results",
    belief:
      "Believed to open with outcomes of PPI (positive and negative) and impacts of PPI on the research, the people involved and more widely, with further items believed to mirror sections 5-6.",
    verified: false,
  },
  {
    section: "8",
    label: "Discussion and conclusions",
    belief:
      "Believed to open with how far PPI influenced the study overall, with further items believed to revisit impacts, definition, theory, context, process and economic assessment.",
    verified: false,
  },
  {
    section: "9",
    label: "Reflections / critical perspective",
    belief:
      "Believed to be one item: critical reflection on what went well and what did not (mirrors short-form item 5).",
    verified: false,
  },
] as const;

/**
 * The GRIPP2 long form (GRIPP2-LF), for studies where patient and public involvement (PPI) is the
 * main focus. The published checklist has 34 items; ppie ships only the 17 items of sections
 * 1-6, with their exact codes, checked against a SECONDARY reproduction (BMC Rheumatology 2023,
 * Table 2). Sections 7-9 are listed as groups with no items and `verified: false` (see
 * {@link GRIPP2_LF_UNVERIFIED_SECTIONS}); the framework is `complete: false` with
 * `expectedItemCount: 34`. Completeness scores against the long form must account for this.
 *
 * Source: frameworks.md §6, §6.2.
 *
 * @example
 * ```ts
 * gripp2LongForm.items.length; // 17
 * gripp2LongForm.expectedItemCount; // 34
 * ```
 * @category Frameworks
 */
export const gripp2LongForm = {
  id: "gripp2-lf",
  name: "GRIPP2 long form (Guidance for Reporting Involvement of Patients and the Public, version 2)",
  publisher: "Staniszewska S, Brett J, Simera I, et al. (BMJ; Research Involvement and Engagement)",
  version: "GRIPP2 (2017)",
  publishedDate: "2017-08-02",
  supersedes: "GRIPP (2011)",
  ordered: false,
  complete: false,
  expectedItemCount: 34,
  verified: false,
  evidence: "partial",
  source: {
    title:
      "Staniszewska S, et al. GRIPP2 reporting checklists. BMJ 2017;358:j3453; sections 1-6 checked against Table 2 of 'Patient and public involvement in research: a review of practical resources for young investigators', BMC Rheumatology 2023",
    doi: "10.1136/bmj.j3453",
    section: "frameworks.md §6.2",
  },
  note: "34 items in the published checklist (verified from the paper's abstract); only the 17 items of sections 1-6 are shipped, checked against a SECONDARY reproduction. Item titles in the primary table may differ slightly (e.g. 2b may be 'Theoretical rationale'). Sections 7-9 (17 items) are UNVERIFIED and not shipped.",
  groups: [
    { id: "1-abstract", label: "1 Abstract", ordinal: 1, verified: false, note: "SECONDARY." },
    { id: "2-background", label: "2 Background", ordinal: 2, verified: false, note: "SECONDARY." },
    { id: "3-aims", label: "3 Aims", ordinal: 3, verified: false, note: "SECONDARY." },
    { id: "4-methods", label: "4 Methods", ordinal: 4, verified: false, note: "SECONDARY." },
    {
      id: "5-capture-or-measurement-of-impact",
      label: "5 Capture or measurement of PPI impact",
      ordinal: 5,
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "6-economic-assessment",
      label: "6 Economic assessment",
      ordinal: 6,
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "7-study-results",
      label: "7 Study results",
      ordinal: 7,
      verified: false,
      note: "UNVERIFIED section: items not shipped (see GRIPP2_LF_UNVERIFIED_SECTIONS).",
    },
    {
      id: "8-discussion-and-conclusions",
      label: "8 Discussion and conclusions",
      ordinal: 8,
      verified: false,
      note: "UNVERIFIED section: items not shipped (see GRIPP2_LF_UNVERIFIED_SECTIONS).",
    },
    {
      id: "9-reflections-critical-perspective",
      label: "9 Reflections / critical perspective",
      ordinal: 9,
      verified: false,
      note: "UNVERIFIED section: items not shipped (see GRIPP2_LF_UNVERIFIED_SECTIONS).",
    },
  ],
  items: [
    {
      id: "1a-abstract-aim",
      code: "1a",
      group: "1-abstract",
      label: "Aim",
      summary: "State the aim of the study.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "1b-abstract-methods",
      code: "1b",
      group: "1-abstract",
      label: "Methods",
      summary: "Describe how patients and the public were involved.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "1c-abstract-results",
      code: "1c",
      group: "1-abstract",
      label: "Results",
      summary: "Report the impacts and outcomes of PPI.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "1d-abstract-conclusions",
      code: "1d",
      group: "1-abstract",
      label: "Conclusions",
      summary: "Summarise the main conclusions.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "1e-abstract-keywords",
      code: "1e",
      group: "1-abstract",
      label: "Keywords",
      summary: "Use 'patient and public involvement' (PPI) or equivalent terms as keywords.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "2a-background-definition",
      code: "2a",
      group: "2-background",
      label: "Definition",
      summary: "Give the definition of PPI used and how it relates to comparable studies.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "2b-background-theoretical-underpinnings",
      code: "2b",
      group: "2-background",
      label: "Theoretical underpinnings / rationale",
      summary: "Give the theoretical rationale and influences for the PPI.",
      verified: false,
      note: "SECONDARY; the primary table may title this 'Theoretical rationale'.",
    },
    {
      id: "2c-background-concepts-and-theory-development",
      code: "2c",
      group: "2-background",
      label: "Concepts and theory development",
      summary: "Report conceptual or theoretical models or influences used.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "3-aims",
      code: "3",
      group: "3-aims",
      label: "Aim",
      summary: "State the aim of the study.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "4a-methods-design",
      code: "4a",
      group: "4-methods",
      label: "Design",
      summary: "Describe clearly the methods by which patients and the public were involved.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "4b-methods-people-involved",
      code: "4b",
      group: "4-methods",
      label: "People involved",
      summary: "Describe the patients, carers and public who took part in the PPI.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "4c-methods-stages-of-involvement",
      code: "4c",
      group: "4-methods",
      label: "Stages of involvement",
      summary:
        "Report how PPI was used at different stages of the study (see the research cycle, involve-research-cycle).",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "4d-methods-level-or-nature-of-involvement",
      code: "4d",
      group: "4-methods",
      label: "Level or nature of involvement",
      summary:
        "Report the level or nature of PPI at the various stages (store the depth scale's framework id alongside the level).",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "5a-capture-qualitative-evidence",
      code: "5a",
      group: "5-capture-or-measurement-of-impact",
      label: "Qualitative evidence of impact",
      summary: "If relevant, describe the methods used to explore PPI impact qualitatively.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "5b-capture-quantitative-evidence",
      code: "5b",
      group: "5-capture-or-measurement-of-impact",
      label: "Quantitative evidence of impact",
      summary: "If relevant, describe the methods used to measure PPI impact quantitatively.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "5c-capture-robustness-of-measure",
      code: "5c",
      group: "5-capture-or-measurement-of-impact",
      label: "Robustness of measure",
      summary: "If relevant, report how rigorous the capture or measurement method was.",
      verified: false,
      note: "SECONDARY.",
    },
    {
      id: "6-economic-assessment",
      code: "6",
      group: "6-economic-assessment",
      label: "Economic assessment",
      summary: "If relevant, describe the method used for an economic assessment of PPI.",
      verified: false,
      note: "SECONDARY.",
    },
  ],
} as const satisfies Framework<"gripp2-lf", Gripp2LfItemId>;
