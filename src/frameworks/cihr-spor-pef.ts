import { CIHR_SPOR_2014 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Ids of the four CIHR SPOR guiding principles.
 *
 * @example
 * ```ts
 * CIHR_SPOR_PEF_PRINCIPLE_IDS; // ["inclusiveness", "support", "mutual-respect", "co-build"]
 * ```
 * @category Frameworks
 */
export const CIHR_SPOR_PEF_PRINCIPLE_IDS = [
  "inclusiveness",
  "support",
  "mutual-respect",
  "co-build",
] as const;

/**
 * Ids of the four areas of research in which CIHR expects patient engagement.
 *
 * @example
 * ```ts
 * CIHR_SPOR_PEF_AREA_IDS.length; // 4
 * ```
 * @category Frameworks
 */
export const CIHR_SPOR_PEF_AREA_IDS = [
  "governance",
  "priority-setting",
  "conducting-research",
  "knowledge-translation",
] as const;

/**
 * All item ids of {@link cihrSporPef}: principles, then areas.
 *
 * @example
 * ```ts
 * CIHR_SPOR_PEF_IDS.length; // 8
 * ```
 * @category Frameworks
 */
export const CIHR_SPOR_PEF_IDS = [
  "inclusiveness",
  "support",
  "mutual-respect",
  "co-build",
  "governance",
  "priority-setting",
  "conducting-research",
  "knowledge-translation",
] as const;

/**
 * An item id of {@link cihrSporPef} (a principle or an engagement area).
 *
 * @example
 * ```ts
 * const id: CihrSporPefItemId = "co-build";
 * ```
 * @category Frameworks
 */
export type CihrSporPefItemId = (typeof CIHR_SPOR_PEF_IDS)[number];

/**
 * The Canadian Institutes of Health Research (CIHR) Strategy for Patient-Oriented Research
 * (SPOR) Patient Engagement Framework (2014): four guiding principles, and the four areas in
 * which patient engagement means meaningful, active collaboration. "Patient" includes people
 * with lived experience of a health issue and their informal caregivers.
 *
 * Source: CIHR, Strategy for Patient-Oriented Research: Patient Engagement Framework (2014).
 *
 * @example
 * ```ts
 * cihrSporPef.items.filter((i) => i.list === "areas").length; // 4
 * ```
 * @category Frameworks
 */
export const cihrSporPef = {
  id: "cihr-spor-pef",
  name: "Strategy for Patient-Oriented Research (SPOR) - Patient Engagement Framework",
  publisher: "Canadian Institutes of Health Research (CIHR)",
  version: "2014",
  publishedDate: "2014",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: CIHR_SPOR_2014,
  note: "The principles are also tabulated in Table 1 of 'Patient-identified priorities for successful partnerships in patient-oriented research', Research Involvement and Engagement 2022 (doi:10.1186/s40900-022-00384-4). 'Patient engagement' here means what UK research calls 'involvement'.",
  lists: [
    {
      id: "principles",
      label: "Guiding principles",
      ordered: false,
      complete: true,
      expectedItemCount: 4,
      verified: true,
    },
    {
      id: "areas",
      label: "Areas of engagement",
      ordered: false,
      complete: true,
      expectedItemCount: 4,
      verified: true,
    },
  ],
  items: [
    {
      id: "inclusiveness",
      list: "principles",
      label: "Inclusiveness",
      summary:
        "Draw on patients with varied perspectives and make their lived experience visible in the work.",
      verified: true,
    },
    {
      id: "support",
      list: "principles",
      label: "Support",
      summary:
        "Patient partners get the practical help they need to take a full part: a safe setting for honest exchange, cultural competence, training and payment.",
      verified: true,
    },
    {
      id: "mutual-respect",
      list: "principles",
      label: "Mutual respect",
      summary:
        "Everyone on the team (academic, clinical and patient) treats the others' professional and lived knowledge as valuable.",
      verified: true,
    },
    {
      id: "co-build",
      list: "principles",
      label: "Co-build",
      summary:
        "Patients, researchers and clinicians build the project together from start to finish: spotting gaps, choosing priorities, and creating and putting solutions into practice.",
      verified: true,
    },
    {
      id: "governance",
      list: "areas",
      label: "Governance",
      summary: "Patients collaborate in how research organisations and projects are governed.",
      verified: true,
    },
    {
      id: "priority-setting",
      list: "areas",
      label: "Priority setting",
      summary: "Patients collaborate in deciding which research questions come first.",
      verified: true,
    },
    {
      id: "conducting-research",
      list: "areas",
      label: "Conducting research",
      summary: "Patients collaborate in carrying out the research.",
      verified: true,
    },
    {
      id: "knowledge-translation",
      list: "areas",
      label: "Knowledge translation",
      summary: "Patients collaborate in getting research findings known and used.",
      verified: true,
    },
  ],
} as const satisfies Framework<"cihr-spor-pef", CihrSporPefItemId>;
