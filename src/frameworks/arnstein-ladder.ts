import { ARNSTEIN_1969 } from "./publications.js";
import type { Scale } from "./types.js";

/**
 * Item ids of Arnstein's eight rungs, bottom (1) to top (8) (Arnstein 1969).
 *
 * @example
 * ```ts
 * ARNSTEIN_LADDER_IDS.length; // 8
 * ```
 * @category Frameworks
 */
export const ARNSTEIN_LADDER_IDS = [
  "manipulation",
  "therapy",
  "informing",
  "consultation",
  "placation",
  "partnership",
  "delegated-power",
  "citizen-control",
] as const;

/**
 * An item (rung) id of {@link arnsteinLadder}.
 *
 * @example
 * ```ts
 * const id: ArnsteinLadderItemId = "placation";
 * ```
 * @category Frameworks
 */
export type ArnsteinLadderItemId = (typeof ARNSTEIN_LADDER_IDS)[number];

/**
 * Group ids of Arnstein's ladder, bottom to top (Arnstein 1969).
 *
 * @example
 * ```ts
 * ARNSTEIN_LADDER_GROUP_IDS; // ["nonparticipation", "tokenism", "citizen-power"]
 * ```
 * @category Frameworks
 */
export const ARNSTEIN_LADDER_GROUP_IDS = ["nonparticipation", "tokenism", "citizen-power"] as const;

/**
 * A group id of {@link arnsteinLadder}.
 *
 * @example
 * ```ts
 * const g: ArnsteinLadderGroupId = "tokenism";
 * ```
 * @category Frameworks
 */
export type ArnsteinLadderGroupId = (typeof ARNSTEIN_LADDER_GROUP_IDS)[number];

/**
 * Arnstein's Ladder of Citizen Participation (1969): eight rungs in three groups, from
 * manipulation to citizen control. Rung names and grouping are standard (verified indirectly via
 * ladder citations); summaries are ppie's paraphrases.
 *
 * Source: Arnstein 1969 (Journal of the American Institute of Planners 35(4):216-224).
 *
 * @example
 * ```ts
 * arnsteinLadder.items.filter((i) => i.group === "tokenism").length; // 3
 * ```
 * @category Frameworks
 */
export const arnsteinLadder = {
  id: "arnstein-ladder",
  name: "A Ladder of Citizen Participation",
  publisher: "Sherry R. Arnstein, Journal of the American Institute of Planners",
  version: "1969",
  publishedDate: "1969",
  ordered: true,
  complete: true,
  verified: false,
  evidence: "secondary",
  source: ARNSTEIN_1969,
  note: "Volume, issue and pages checked through Think Local Act Personal's citation of the paper; the DOI is not yet verified. Written about US urban-renewal and anti-poverty programmes; the ancestor of most later ladders.",
  groups: [
    { id: "nonparticipation", label: "Nonparticipation", ordinal: 1, verified: true },
    { id: "tokenism", label: "Degrees of tokenism", ordinal: 2, verified: true },
    { id: "citizen-power", label: "Degrees of citizen power", ordinal: 3, verified: true },
  ],
  items: [
    {
      id: "manipulation",
      ordinal: 1,
      label: "Manipulation",
      group: "nonparticipation",
      summary:
        "People are put on rubber-stamp bodies so that powerholders can 'educate' them or engineer their support.",
      verified: true,
    },
    {
      id: "therapy",
      ordinal: 2,
      label: "Therapy",
      group: "nonparticipation",
      summary:
        "Participation is used to 'cure' people of their views or behaviour rather than to address the issues they raise.",
      verified: true,
    },
    {
      id: "informing",
      ordinal: 3,
      label: "Informing",
      group: "tokenism",
      summary:
        "People are told about their rights, responsibilities and options; information flows one way with little chance to respond.",
      verified: true,
    },
    {
      id: "consultation",
      ordinal: 4,
      label: "Consultation",
      group: "tokenism",
      summary:
        "Views are collected (surveys, meetings, hearings) but with no assurance they will change anything.",
      verified: true,
    },
    {
      id: "placation",
      ordinal: 5,
      label: "Placation",
      group: "tokenism",
      summary:
        "A few hand-picked people get seats on boards; they can advise, but powerholders keep the right to decide.",
      verified: true,
    },
    {
      id: "partnership",
      ordinal: 6,
      label: "Partnership",
      group: "citizen-power",
      summary:
        "Power is redistributed by negotiation; planning and decisions are shared through joint structures.",
      verified: true,
    },
    {
      id: "delegated-power",
      ordinal: 7,
      label: "Delegated power",
      group: "citizen-power",
      summary: "Citizens gain the dominant say over a particular plan or programme.",
      verified: true,
    },
    {
      id: "citizen-control",
      ordinal: 8,
      label: "Citizen control",
      group: "citizen-power",
      summary:
        "Citizens govern a programme or institution and are in full charge of policy and management.",
      verified: true,
    },
  ],
} as const satisfies Scale<"arnstein-ladder", ArnsteinLadderItemId>;
