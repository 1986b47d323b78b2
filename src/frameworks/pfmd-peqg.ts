import { PFMD_PEQG_2019 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the seven PFMD PEQG quality criteria, numbered 1-7 (Deane et al. 2019).
 *
 * @example
 * ```ts
 * PFMD_PEQG_IDS.length; // 7
 * ```
 * @category Frameworks
 */
export const PFMD_PEQG_IDS = [
  "shared-purpose",
  "respect-and-accessibility",
  "representativeness-of-stakeholders",
  "roles-and-responsibilities",
  "capacity-and-capability-for-engagement",
  "transparency-in-communication-and-documentation",
  "continuity-and-sustainability",
] as const;

/**
 * An item id of {@link pfmdPeqg}.
 *
 * @example
 * ```ts
 * const id: PfmdPeqgItemId = "shared-purpose";
 * ```
 * @category Frameworks
 */
export type PfmdPeqgItemId = (typeof PFMD_PEQG_IDS)[number];

/**
 * Patient Focused Medicines Development (PFMD) Patient Engagement Quality Guidance (PEQG): seven
 * quality criteria for patient engagement in medicines development. "Patient engagement" here
 * means what UK research calls "involvement". Titles are verified; the summaries of criteria 5-7
 * are partly not verified.
 *
 * Source: Deane K, et al., Co-creation of patient engagement quality guidance for medicines
 * development, BMJ Innovations 2019;5(1):43.
 *
 * @example
 * ```ts
 * pfmdPeqg.items.map((i) => i.code).join(""); // "1234567"
 * ```
 * @category Frameworks
 */
export const pfmdPeqg = {
  id: "pfmd-peqg",
  name: "Patient Engagement Quality Guidance (PEQG)",
  publisher: "Patient Focused Medicines Development (PFMD)",
  version:
    "launched around 2018 (exact date not yet verified); described by its authors as continually updated",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: PFMD_PEQG_2019,
  note: "Co-created 2016-2018 (76 people from 51 organisations); piloted 2018-2019. The DOI is believed to be 10.1136/bmjinnov-2018-000317 (not yet verified, so not recorded in the source's doi).",
  items: [
    {
      id: "shared-purpose",
      code: "1",
      label: "Shared purpose",
      summary:
        "All stakeholders agree the project's aims and expected outcomes before starting; involve people early.",
      verified: true,
    },
    {
      id: "respect-and-accessibility",
      code: "2",
      label: "Respect and accessibility",
      summary:
        "Partners treat one another with respect, and the project is open to any individual or community, free of discrimination, with practical steps to make access possible.",
      verified: true,
    },
    {
      id: "representativeness-of-stakeholders",
      code: "3",
      label: "Representativeness of stakeholders",
      summary:
        "Choose participants so the group fits what the project needs and speaks for those who stand to gain from its results; look beyond the most resourceful or vocal patients.",
      verified: true,
    },
    {
      id: "roles-and-responsibilities",
      code: "4",
      label: "Roles and responsibilities",
      summary:
        "Write down who does what, ideally drafted together, at the start, and review it as the project goes on.",
      verified: true,
    },
    {
      id: "capacity-and-capability-for-engagement",
      code: "5",
      label: "Capacity and capability for engagement",
      summary:
        "Dedicated, relevant resources from all stakeholders, and the skills and training to engage.",
      verified: false,
      note: "Title verified; summary partly not verified (description seen only in part).",
    },
    {
      id: "transparency-in-communication-and-documentation",
      code: "6",
      label: "Transparency in communication and documentation",
      summary: "Open communication and documentation of the engagement and its results.",
      verified: false,
      note: "Title verified; summary partly not verified (description seen only in part).",
    },
    {
      id: "continuity-and-sustainability",
      code: "7",
      label: "Continuity and sustainability",
      summary:
        "Engagement and relationships continue beyond a single activity and are sustainable.",
      verified: false,
      note: "Title verified; summary partly not verified (description seen only in part).",
    },
  ],
} as const satisfies Framework<"pfmd-peqg", PfmdPeqgItemId>;
