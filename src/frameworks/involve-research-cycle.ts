import { cite } from "../source.js";
import { INVOLVE_BRIEFING_NOTES_2012 } from "./publications.js";
import type { Scale } from "./types.js";

/**
 * Item ids of the INVOLVE/NIHR research cycle, in cycle order (INVOLVE briefing notes, 2012).
 *
 * @example
 * ```ts
 * INVOLVE_RESEARCH_CYCLE_IDS.length; // 7
 * ```
 * @category Frameworks
 */
export const INVOLVE_RESEARCH_CYCLE_IDS = [
  "identifying-and-prioritising",
  "commissioning",
  "designing-and-managing",
  "undertaking",
  "disseminating",
  "implementing",
  "evaluating-impact",
] as const;

/**
 * An item id of {@link involveResearchCycle}.
 *
 * @example
 * ```ts
 * const id: InvolveResearchCycleItemId = "undertaking";
 * ```
 * @category Frameworks
 */
export type InvolveResearchCycleItemId = (typeof INVOLVE_RESEARCH_CYCLE_IDS)[number];

/**
 * A canonical research stage: one of the seven INVOLVE stages (a ppie design choice: the INVOLVE
 * seven are ppie's canonical closed enum; see docs/design-choices.md#seven-research-stages).
 *
 * @example
 * ```ts
 * const stage: ResearchStageId = "disseminating";
 * ```
 * @category Frameworks
 */
export type ResearchStageId = InvolveResearchCycleItemId;

/**
 * The INVOLVE/NIHR research cycle: seven stages where the public can be involved, drawn as a
 * circle (the last stage leads back to the first). Ethics is not a separate stage (map it to
 * `designing-and-managing`); analysing and interpreting sit within `undertaking`. Summaries are
 * ppie's illustrative examples, not the publisher's wording.
 *
 * Source: INVOLVE, Briefing notes for researchers (2012): Ways that people can be involved in the
 * research cycle; NIHR, The Research Cycle.
 *
 * @example
 * ```ts
 * involveResearchCycle.cyclic; // true
 * ```
 * @category Frameworks
 */
export const involveResearchCycle = {
  id: "involve-research-cycle",
  name: "INVOLVE/NIHR research cycle",
  publisher: "INVOLVE (NIHR)",
  version: "Briefing notes for researchers (2012); NIHR 'The Research Cycle' page",
  publishedDate: "2012",
  ordered: true,
  cyclic: true,
  complete: true,
  verified: true,
  evidence: "primary",
  source: /* @__PURE__ */ cite(
    INVOLVE_BRIEFING_NOTES_2012,
    "Ways that people can be involved in the research cycle",
  ),
  note: "NIHR's page 'The Research Cycle' shows the same stages. Order is the order of the INVOLVE image map and page sequence. Ethics and analysing/interpreting are not separate stages; local variants cut the cycle differently (see RESEARCH_STAGE_LABEL_MAP).",
  items: [
    {
      id: "identifying-and-prioritising",
      ordinal: 1,
      label: "Identifying and prioritising",
      summary:
        "Suggest topics and help decide which research questions matter most (e.g. priority-setting partnerships).",
      verified: true,
    },
    {
      id: "commissioning",
      ordinal: 2,
      label: "Commissioning",
      summary:
        "Help funders decide what to fund: review applications, sit on funding panels and boards.",
      verified: true,
    },
    {
      id: "designing-and-managing",
      ordinal: 3,
      label: "Designing and managing",
      summary:
        "Shape the design (questions, outcomes, recruitment, materials, plain-language summaries), act as co-applicants, sit on steering or management groups.",
      verified: true,
    },
    {
      id: "undertaking",
      ordinal: 4,
      label: "Undertaking",
      summary:
        "Help carry out the research (e.g. interviewing, data collection, analysis and interpretation as peer or user researchers).",
      verified: true,
    },
    {
      id: "disseminating",
      ordinal: 5,
      label: "Disseminating",
      summary:
        "Help share findings with the right audiences in accessible ways; co-present and co-author.",
      verified: true,
    },
    {
      id: "implementing",
      ordinal: 6,
      label: "Implementing",
      summary: "Help get findings used in practice and policy; advocate for adoption.",
      verified: true,
    },
    {
      id: "evaluating-impact",
      ordinal: 7,
      label: "Evaluating impact",
      summary: "Help assess the difference the research (and the involvement) made.",
      verified: true,
    },
  ],
} as const satisfies Scale<"involve-research-cycle", InvolveResearchCycleItemId>;

/**
 * The canonical research cycle ({@link involveResearchCycle} under the name the public API
 * uses).
 *
 * @example
 * ```ts
 * researchCycle.items[0].id; // "identifying-and-prioritising"
 * ```
 * @category Frameworks
 */
export const researchCycle = involveResearchCycle;

/**
 * One row of a stage-label mapping: a label an organisation uses and the canonical stage it
 * means.
 *
 * @example
 * ```ts
 * const row: StageLabelMapping = { label: "ethics application", stage: "designing-and-managing" };
 * ```
 * @category Frameworks
 */
export interface StageLabelMapping {
  /** The organisation's label, matched case-insensitively ("&" and "and" are the same). */
  readonly label: string;
  /** The canonical stage it maps to. */
  readonly stage: ResearchStageId;
}

/**
 * Variant research-stage labels seen in practice and the canonical stage each maps to
 * (a ppie design choice; see docs/design-choices.md#seven-research-stages). "Design" and "development of grant proposal" both map to
 * `designing-and-managing`; a funder's review maps to `commissioning`.
 *
 * @example
 * ```ts
 * RESEARCH_STAGE_LABEL_MAP.find((r) => r.label === "protocol")?.stage; // "designing-and-managing"
 * ```
 * @category Frameworks
 */
export const RESEARCH_STAGE_LABEL_MAP = [
  { label: "identifying & prioritising", stage: "identifying-and-prioritising" },
  { label: "priority setting", stage: "identifying-and-prioritising" },
  { label: "developing research questions", stage: "identifying-and-prioritising" },
  { label: "funding", stage: "commissioning" },
  { label: "grant review", stage: "commissioning" },
  { label: "commissioning panel", stage: "commissioning" },
  { label: "design", stage: "designing-and-managing" },
  { label: "development of grant proposal", stage: "designing-and-managing" },
  { label: "protocol", stage: "designing-and-managing" },
  { label: "ethics application", stage: "designing-and-managing" },
  { label: "study management", stage: "designing-and-managing" },
  { label: "steering committee", stage: "designing-and-managing" },
  { label: "recruitment", stage: "undertaking" },
  { label: "data collection", stage: "undertaking" },
  { label: "analysing & interpreting", stage: "undertaking" },
  { label: "dissemination", stage: "disseminating" },
  { label: "writing up", stage: "disseminating" },
  { label: "lay summary of results", stage: "disseminating" },
  { label: "implementation", stage: "implementing" },
  { label: "adoption", stage: "implementing" },
  { label: "advocacy", stage: "implementing" },
  { label: "evaluation of impact", stage: "evaluating-impact" },
] as const satisfies readonly StageLabelMapping[];

function normaliseStageLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Map a research-stage label onto the canonical INVOLVE stage. Matching ignores case,
 * punctuation, hyphens and extra spaces, and treats "&" as "and". The canonical ids
 * (`"designing-and-managing"`) and labels ("Designing and managing") map to themselves; variant
 * labels use {@link RESEARCH_STAGE_LABEL_MAP} plus any mappings you pass,
 * which are checked first.
 *
 * @param label - the stage label to map, e.g. `"Ethics application"`
 * @param mappings - your organisation's own labels, checked before the built-in ones
 * @returns the canonical stage id, or `undefined` when the label is not recognised
 * @example
 * ```ts
 * mapStageLabel("Analysing & interpreting"); // "undertaking"
 * mapStageLabel("PPI panel review", [{ label: "PPI panel review", stage: "commissioning" }]); // "commissioning"
 * mapStageLabel("lunch"); // undefined
 * ```
 * @category Frameworks
 */
export function mapStageLabel(
  label: string,
  mappings: readonly StageLabelMapping[] = [],
): ResearchStageId | undefined {
  const wanted = normaliseStageLabel(label);
  if (wanted === "") return undefined;
  for (const row of mappings) {
    if (normaliseStageLabel(row.label) === wanted) return row.stage;
  }
  for (const item of involveResearchCycle.items) {
    if (normaliseStageLabel(item.id) === wanted || normaliseStageLabel(item.label) === wanted) {
      return item.id;
    }
  }
  for (const row of RESEARCH_STAGE_LABEL_MAP) {
    if (normaliseStageLabel(row.label) === wanted) return row.stage;
  }
  return undefined;
}
