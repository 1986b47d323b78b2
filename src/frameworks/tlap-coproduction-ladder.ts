import { TLAP_LADDER } from "./publications.js";
import type { Scale } from "./types.js";

/**
 * Item ids of the TLAP ladder of co-production, bottom (1) to top (7).
 *
 * @example
 * ```ts
 * TLAP_COPRODUCTION_LADDER_IDS.at(-1); // "co-production"
 * ```
 * @category Frameworks
 */
export const TLAP_COPRODUCTION_LADDER_IDS = [
  "coercion",
  "educating",
  "informing",
  "consultation",
  "engagement",
  "co-design",
  "co-production",
] as const;

/**
 * An item (step) id of {@link tlapCoproductionLadder}.
 *
 * @example
 * ```ts
 * const id: TlapCoproductionLadderItemId = "co-design";
 * ```
 * @category Frameworks
 */
export type TlapCoproductionLadderItemId = (typeof TLAP_COPRODUCTION_LADDER_IDS)[number];

/**
 * Group ids of the TLAP ladder ("doing to", "doing for", "doing with"), bottom to top.
 *
 * @example
 * ```ts
 * TLAP_COPRODUCTION_LADDER_GROUP_IDS; // ["doing-to", "doing-for", "doing-with"]
 * ```
 * @category Frameworks
 */
export const TLAP_COPRODUCTION_LADDER_GROUP_IDS = ["doing-to", "doing-for", "doing-with"] as const;

/**
 * A group id of {@link tlapCoproductionLadder}.
 *
 * @example
 * ```ts
 * const g: TlapCoproductionLadderGroupId = "doing-with";
 * ```
 * @category Frameworks
 */
export type TlapCoproductionLadderGroupId = (typeof TLAP_COPRODUCTION_LADDER_GROUP_IDS)[number];

/**
 * The ladder of co-production from Think Local Act Personal (TLAP) and its National
 * Co-production Advisory Group, widely reused by NHS England, integrated care boards and
 * councils: seven steps in three groups. Step descriptions were checked only against Norfolk County
 * Council's restatement; the three group labels come from local-government adaptations.
 *
 * Source: Think Local Act Personal, Co-production: the ladder of co-production.
 *
 * @example
 * ```ts
 * tlapCoproductionLadder.items.filter((i) => i.group === "doing-for").length; // 3
 * ```
 * @category Frameworks
 */
export const tlapCoproductionLadder = {
  id: "tlap-coproduction-ladder",
  name: "Ladder of co-production",
  publisher: "Think Local Act Personal (TLAP), National Co-production Advisory Group",
  version: "in circulation by the late 2010s (year not yet verified)",
  ordered: true,
  complete: true,
  verified: false,
  evidence: "secondary",
  source: TLAP_LADDER,
  note: "Inspired by Arnstein (1969). Step descriptions were checked only against Norfolk County Council's restatement. Norfolk notes every step except coercion can have a legitimate role.",
  groups: [
    {
      id: "doing-to",
      label: "Doing to",
      ordinal: 1,
      verified: false,
      note: "Group labels verified in a local-government adaptation (Hammersmith & Fulham); whether TLAP's original graphic shows them is not yet verified.",
    },
    {
      id: "doing-for",
      label: "Doing for",
      ordinal: 2,
      verified: false,
      note: "Group labels verified in a local-government adaptation (Hammersmith & Fulham); whether TLAP's original graphic shows them is not yet verified.",
    },
    {
      id: "doing-with",
      label: "Doing with",
      ordinal: 3,
      verified: false,
      note: "Group labels verified in a local-government adaptation (Hammersmith & Fulham); whether TLAP's original graphic shows them is not yet verified.",
    },
  ],
  items: [
    {
      id: "coercion",
      ordinal: 1,
      label: "Coercion",
      group: "doing-to",
      summary:
        "People are present only to receive; what they think is treated as unimportant and ignored.",
      verified: false,
      note: "Description checked only against Norfolk County Council's restatement.",
    },
    {
      id: "educating",
      ordinal: 2,
      label: "Educating",
      group: "doing-to",
      summary: "Providers teach people about how services are set up and run.",
      verified: false,
      note: "Description checked only against Norfolk County Council's restatement.",
    },
    {
      id: "informing",
      ordinal: 3,
      label: "Informing",
      group: "doing-for",
      summary:
        "Service owners explain what services exist and how they work, possibly announcing decisions already taken and the reasons.",
      verified: false,
      note: "Description checked only against Norfolk County Council's restatement.",
    },
    {
      id: "consultation",
      ordinal: 4,
      label: "Consultation",
      group: "doing-for",
      summary:
        "People are asked for views through questionnaires or meetings; without power to change anything this can feel like a token gesture.",
      verified: false,
      note: "Description checked only against Norfolk County Council's restatement.",
    },
    {
      id: "engagement",
      ordinal: 5,
      label: "Engagement",
      group: "doing-for",
      summary:
        "More opportunities to give views and some ability to influence decisions, within limits set by the provider.",
      verified: false,
      note: "Description checked only against Norfolk County Council's restatement.",
    },
    {
      id: "co-design",
      ordinal: 6,
      label: "Co-design",
      group: "doing-with",
      summary:
        "People shape the design of a service using their experience and ideas; their influence is real but stops before delivery.",
      verified: false,
      note: "Description checked only against Norfolk County Council's restatement.",
    },
    {
      id: "co-production",
      ordinal: 7,
      label: "Co-production",
      group: "doing-with",
      summary:
        "An equal relationship in which people who use services and professionals work together from start to finish (design, delivery, review).",
      verified: false,
      note: "Summary not yet verified (the source text was not seen in full).",
    },
  ],
} as const satisfies Scale<"tlap-coproduction-ladder", TlapCoproductionLadderItemId>;
