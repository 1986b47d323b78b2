import { cite } from "../source.js";
import { GRIPP2_BMJ_2017, GRIPP2_LF_REPRODUCTION_2023 } from "./publications.js";
import type { Framework } from "./types.js";

/** Where a shipped long-form item's title and content were checked: a reproduction of the checklist. */
function reproduced(code: string) {
  return cite(GRIPP2_LF_REPRODUCTION_2023, `Table 2, item ${code}`);
}

const REPRODUCTION_NOTE =
  "Checked only against a reproduction of the checklist (BMC Rheumatology 2023, Table 2), not against the GRIPP2 paper.";

/**
 * Item ids of the 17 shipped GRIPP2 long-form items (sections 1-6), in checklist order
 * (Staniszewska et al. 2017). The published checklist has 34 items; sections 7-9 are not shipped.
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
 * believed about them. Nothing here is verified; no items are invented. Together they must
 * hold 34 - 17 = 17 items (computed by ppie, assuming the 17 shipped items are right).
 *
 * Source: Staniszewska et al. 2017 (the abstract gives the 34 items); the rest is belief, not
 * checked against the paper.
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
 * 1-6, with their exact codes, checked only against a reproduction of the checklist (BMC Rheumatology
 * 2023, Table 2), which each item cites as its `source`. Sections 7-9 are listed as groups with no items and `verified: false` (see
 * {@link GRIPP2_LF_UNVERIFIED_SECTIONS}); the framework is `complete: false` with
 * `expectedItemCount: 34`. Completeness scores against the long form must account for this.
 *
 * Source: Staniszewska et al. 2017 (BMJ 2017;358:j3453); items checked against BMC Rheumatology
 * 2023, Table 2.
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
  source: /* @__PURE__ */ cite(GRIPP2_BMJ_2017, "long form checklist"),
  note: "34 items in the published checklist (verified from the paper's abstract); only the 17 items of sections 1-6 are shipped, checked only against a reproduction of the checklist (BMC Rheumatology 2023, Table 2). Item titles in the primary table may differ slightly (e.g. 2b may be 'Theoretical rationale'). Sections 7-9 (17 items) are not yet verified and not shipped.",
  groups: [
    { id: "1-abstract", label: "1 Abstract", ordinal: 1, verified: false, note: REPRODUCTION_NOTE },
    {
      id: "2-background",
      label: "2 Background",
      ordinal: 2,
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    { id: "3-aims", label: "3 Aims", ordinal: 3, verified: false, note: REPRODUCTION_NOTE },
    { id: "4-methods", label: "4 Methods", ordinal: 4, verified: false, note: REPRODUCTION_NOTE },
    {
      id: "5-capture-or-measurement-of-impact",
      label: "5 Capture or measurement of PPI impact",
      ordinal: 5,
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "6-economic-assessment",
      label: "6 Economic assessment",
      ordinal: 6,
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "7-study-results",
      label: "7 Study results",
      ordinal: 7,
      verified: false,
      note: "Section not yet verified: items not shipped (see GRIPP2_LF_UNVERIFIED_SECTIONS).",
    },
    {
      id: "8-discussion-and-conclusions",
      label: "8 Discussion and conclusions",
      ordinal: 8,
      verified: false,
      note: "Section not yet verified: items not shipped (see GRIPP2_LF_UNVERIFIED_SECTIONS).",
    },
    {
      id: "9-reflections-critical-perspective",
      label: "9 Reflections / critical perspective",
      ordinal: 9,
      verified: false,
      note: "Section not yet verified: items not shipped (see GRIPP2_LF_UNVERIFIED_SECTIONS).",
    },
  ],
  items: [
    {
      id: "1a-abstract-aim",
      code: "1a",
      group: "1-abstract",
      label: "Aim",
      summary: "State the aim of the study.",
      source: /* @__PURE__ */ reproduced("1a"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "1b-abstract-methods",
      code: "1b",
      group: "1-abstract",
      label: "Methods",
      summary: "Describe how patients and the public were involved.",
      source: /* @__PURE__ */ reproduced("1b"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "1c-abstract-results",
      code: "1c",
      group: "1-abstract",
      label: "Results",
      summary: "Report the impacts and outcomes of PPI.",
      source: /* @__PURE__ */ reproduced("1c"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "1d-abstract-conclusions",
      code: "1d",
      group: "1-abstract",
      label: "Conclusions",
      summary: "Summarise the main conclusions.",
      source: /* @__PURE__ */ reproduced("1d"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "1e-abstract-keywords",
      code: "1e",
      group: "1-abstract",
      label: "Keywords",
      summary: "Use 'patient and public involvement' (PPI) or equivalent terms as keywords.",
      source: /* @__PURE__ */ reproduced("1e"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "2a-background-definition",
      code: "2a",
      group: "2-background",
      label: "Definition",
      summary: "Give the definition of PPI used and how it relates to comparable studies.",
      source: /* @__PURE__ */ reproduced("2a"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "2b-background-theoretical-underpinnings",
      code: "2b",
      group: "2-background",
      label: "Theoretical underpinnings / rationale",
      summary: "Give the theoretical rationale and influences for the PPI.",
      source: /* @__PURE__ */ reproduced("2b"),
      verified: false,
      note: `${REPRODUCTION_NOTE} The GRIPP2 paper may title this 'Theoretical rationale'.`,
    },
    {
      id: "2c-background-concepts-and-theory-development",
      code: "2c",
      group: "2-background",
      label: "Concepts and theory development",
      summary: "Report conceptual or theoretical models or influences used.",
      source: /* @__PURE__ */ reproduced("2c"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "3-aims",
      code: "3",
      group: "3-aims",
      label: "Aim",
      summary: "State the aim of the study.",
      source: /* @__PURE__ */ reproduced("3"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "4a-methods-design",
      code: "4a",
      group: "4-methods",
      label: "Design",
      summary: "Describe clearly the methods by which patients and the public were involved.",
      source: /* @__PURE__ */ reproduced("4a"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "4b-methods-people-involved",
      code: "4b",
      group: "4-methods",
      label: "People involved",
      summary: "Describe the patients, carers and public who took part in the PPI.",
      source: /* @__PURE__ */ reproduced("4b"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "4c-methods-stages-of-involvement",
      code: "4c",
      group: "4-methods",
      label: "Stages of involvement",
      summary:
        "Report how PPI was used at different stages of the study (see the research cycle, involve-research-cycle).",
      source: /* @__PURE__ */ reproduced("4c"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "4d-methods-level-or-nature-of-involvement",
      code: "4d",
      group: "4-methods",
      label: "Level or nature of involvement",
      summary:
        "Report the level or nature of PPI at the various stages (store the depth scale's framework id alongside the level).",
      source: /* @__PURE__ */ reproduced("4d"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "5a-capture-qualitative-evidence",
      code: "5a",
      group: "5-capture-or-measurement-of-impact",
      label: "Qualitative evidence of impact",
      summary: "If relevant, describe the methods used to explore PPI impact qualitatively.",
      source: /* @__PURE__ */ reproduced("5a"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "5b-capture-quantitative-evidence",
      code: "5b",
      group: "5-capture-or-measurement-of-impact",
      label: "Quantitative evidence of impact",
      summary: "If relevant, describe the methods used to measure PPI impact quantitatively.",
      source: /* @__PURE__ */ reproduced("5b"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "5c-capture-robustness-of-measure",
      code: "5c",
      group: "5-capture-or-measurement-of-impact",
      label: "Robustness of measure",
      summary: "If relevant, report how rigorous the capture or measurement method was.",
      source: /* @__PURE__ */ reproduced("5c"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
    {
      id: "6-economic-assessment",
      code: "6",
      group: "6-economic-assessment",
      label: "Economic assessment",
      summary: "If relevant, describe the method used for an economic assessment of PPI.",
      source: /* @__PURE__ */ reproduced("6"),
      verified: false,
      note: REPRODUCTION_NOTE,
    },
  ],
} as const satisfies Framework<"gripp2-lf", Gripp2LfItemId>;
