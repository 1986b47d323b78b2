import { cite } from "../source.js";
import { SCIE_GUIDE_51 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of SCIE's four co-production principles, as published (SCIE Guide 51).
 *
 * @example
 * ```ts
 * SCIE_COPRODUCTION_PRINCIPLES_IDS.length; // 4
 * ```
 * @category Frameworks
 */
export const SCIE_COPRODUCTION_PRINCIPLES_IDS = [
  "equality",
  "diversity",
  "accessibility",
  "reciprocity",
] as const;

/**
 * An item id of {@link scieCoproductionPrinciples}.
 *
 * @example
 * ```ts
 * const id: ScieCoproductionPrinciplesItemId = "accessibility";
 * ```
 * @category Frameworks
 */
export type ScieCoproductionPrinciplesItemId = (typeof SCIE_COPRODUCTION_PRINCIPLES_IDS)[number];

/**
 * The four pieces of SCIE's "whole systems" (jigsaw) approach to participation, for
 * organisational assessment (source: SCIE's co-production charter). Not items
 * of {@link scieCoproductionPrinciples}.
 *
 * @example
 * ```ts
 * SCIE_WHOLE_SYSTEMS_PIECE_IDS; // ["culture", "structure", "practice", "review"]
 * ```
 * @category Frameworks
 */
export const SCIE_WHOLE_SYSTEMS_PIECE_IDS = ["culture", "structure", "practice", "review"] as const;

/**
 * SCIE's co-production principles (Guide 51, "Co-production in social care: what it is and how
 * to do it"): equality, diversity, accessibility and reciprocity. SCIE suggests approaching
 * co-production through principles rather than a single definition.
 *
 * Source: SCIE Guide 51, Co-production in social care: what it is and how to do it (2013),
 * principles of co-production.
 *
 * @example
 * ```ts
 * scieCoproductionPrinciples.items[0].label; // "Equality"
 * ```
 * @category Frameworks
 */
export const scieCoproductionPrinciples = {
  id: "scie-coproduction-principles",
  name: "Co-production in social care: what it is and how to do it (SCIE Guide 51), principles",
  publisher: "Social Care Institute for Excellence (SCIE)",
  version:
    "first published 2013, updated since (a July 2022 edition is cited; revision history not yet verified)",
  publishedDate: "2013",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: /* @__PURE__ */ cite(SCIE_GUIDE_51, "principles of co-production"),
  note: "Co-production here is about services; INVOLVE 2018 is about research projects (keep a context field).",
  items: [
    {
      id: "equality",
      label: "Equality",
      summary:
        "No person or group matters more than another; everyone has assets (skills, abilities, time) to bring. This needs a shift of power towards people who use services and carers.",
      verified: true,
    },
    {
      id: "diversity",
      label: "Diversity",
      summary: "Be actively inclusive and representative; pursue diversity even when it is hard.",
      verified: true,
    },
    {
      id: "accessibility",
      label: "Accessibility",
      summary:
        "Remove obstacles so that anyone can join in fully and in a form that works for them (physical access, information formats, time).",
      verified: true,
    },
    {
      id: "reciprocity",
      label: "Reciprocity",
      summary:
        "Contributing brings a return for the contributor, and people come away feeling their input was wanted and worthwhile.",
      verified: true,
    },
  ],
} as const satisfies Framework<"scie-coproduction-principles", ScieCoproductionPrinciplesItemId>;
