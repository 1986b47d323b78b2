import { INVOLVE_COPRODUCTION_2018 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Ids of the five key principles of INVOLVE's co-production guidance, as published.
 *
 * @example
 * ```ts
 * INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS.length; // 5
 * ```
 * @category Frameworks
 */
export const INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS = [
  "sharing-of-power",
  "including-all-perspectives-and-skills",
  "respecting-and-valuing-all-knowledge",
  "reciprocity",
  "building-and-maintaining-relationships",
] as const;

/**
 * Ids of the key features of INVOLVE's co-production guidance as shipped: seven, of which only
 * the first four are verified.
 *
 * @example
 * ```ts
 * INVOLVE_COPRODUCTION_2018_FEATURE_IDS.length; // 7
 * ```
 * @category Frameworks
 */
export const INVOLVE_COPRODUCTION_2018_FEATURE_IDS = [
  "establishing-ground-rules",
  "continuing-dialogue",
  "joint-ownership-of-key-decisions",
  "commitment-to-relationship-building",
  "opportunities-for-personal-growth",
  "flexibility",
  "valuing-and-evaluating-impact",
] as const;

/**
 * All item ids of {@link involveCoproduction2018}: principles, then features.
 *
 * @example
 * ```ts
 * INVOLVE_COPRODUCTION_2018_IDS.length; // 12
 * ```
 * @category Frameworks
 */
export const INVOLVE_COPRODUCTION_2018_IDS = [
  "sharing-of-power",
  "including-all-perspectives-and-skills",
  "respecting-and-valuing-all-knowledge",
  "reciprocity",
  "building-and-maintaining-relationships",
  "establishing-ground-rules",
  "continuing-dialogue",
  "joint-ownership-of-key-decisions",
  "commitment-to-relationship-building",
  "opportunities-for-personal-growth",
  "flexibility",
  "valuing-and-evaluating-impact",
] as const;

/**
 * An item id of {@link involveCoproduction2018} (a principle or a feature).
 *
 * @example
 * ```ts
 * const id: InvolveCoproduction2018ItemId = "reciprocity";
 * ```
 * @category Frameworks
 */
export type InvolveCoproduction2018ItemId = (typeof INVOLVE_COPRODUCTION_2018_IDS)[number];

/**
 * INVOLVE (NIHR) "Guidance on co-producing a research project" (2018; republished by NIHR in
 * April 2021): five key principles (verified) and key features. The first four features are
 * verified; features 5-7 and the total of seven are not yet verified, so the feature list is
 * `complete: false` and those items carry `verified: false`.
 *
 * Source: INVOLVE, Guidance on co-producing a research project (Hickey G, et al., 2018).
 *
 * @example
 * ```ts
 * involveCoproduction2018.items.filter((i) => i.list === "principles").length; // 5
 * ```
 * @category Frameworks
 */
export const involveCoproduction2018 = {
  id: "involve-coproduction-2018",
  name: "INVOLVE guidance on co-producing a research project",
  publisher: "INVOLVE (NIHR); republished by NIHR in April 2021",
  version: "2018 (foreword February 2018, web page March 2018)",
  publishedDate: "2018-03",
  ordered: false,
  complete: false,
  verified: false,
  evidence: "partial",
  source: INVOLVE_COPRODUCTION_2018,
  note: "Co-production: researchers, practitioners and the public jointly hold power and responsibility across the whole project and create knowledge together. The guidance does not promote co-production as a 'gold standard'. Author list not yet verified beyond Hickey et al.",
  lists: [
    {
      id: "principles",
      label: "Key principles",
      ordered: false,
      complete: true,
      expectedItemCount: 5,
      verified: true,
      note: "Order as published.",
    },
    {
      id: "features",
      label: "Key features",
      ordered: false,
      complete: false,
      expectedItemCount: 7,
      verified: false,
      note: "First four verified (order also confirmed by a 2024 summary by a third party); features 5-7 and the total of 7 are not yet verified. Treat the list as open-ended until checked.",
    },
  ],
  items: [
    {
      id: "sharing-of-power",
      list: "principles",
      label: "Sharing of power",
      summary:
        "The research is jointly owned; people work together towards a shared understanding; decision-making is equitable and roles are defined.",
      verified: true,
    },
    {
      id: "including-all-perspectives-and-skills",
      list: "principles",
      label: "Including all perspectives and skills",
      summary:
        "The team includes everyone who can contribute the perspectives, skills and expertise the research needs.",
      verified: true,
    },
    {
      id: "respecting-and-valuing-all-knowledge",
      list: "principles",
      label: "Respecting and valuing the knowledge of all those working together on the research",
      summary: "Everyone's knowledge counts equally; all voices get a chance to be heard.",
      verified: true,
    },
    {
      id: "reciprocity",
      list: "principles",
      label: "Reciprocity",
      summary:
        "Everyone gets something back for what they put in (payment, and also confidence, skills, knowledge).",
      verified: true,
    },
    {
      id: "building-and-maintaining-relationships",
      list: "principles",
      label: "Building and maintaining relationships",
      summary:
        "Relationships are the basis for sharing power; this needs joint understanding, consensus, clarity about roles, and valuing people and their potential.",
      verified: true,
    },
    {
      id: "establishing-ground-rules",
      list: "features",
      label: "Establishing ground rules",
      summary: "Agree how the group will work so that all voices are treated with equal respect.",
      verified: true,
    },
    {
      id: "continuing-dialogue",
      list: "features",
      label: "Continuing (ongoing) dialogue",
      summary:
        "Keep talking to surface different kinds of knowledge, responsibilities and expectations and to build relationships.",
      verified: true,
    },
    {
      id: "joint-ownership-of-key-decisions",
      list: "features",
      label: "Joint ownership of key decisions",
      summary: "Make the important decisions together (e.g. who is involved, when).",
      verified: true,
    },
    {
      id: "commitment-to-relationship-building",
      list: "features",
      label: "A commitment to relationship building",
      summary: "Invest time in trust and in regularly reflecting on power and bias.",
      verified: true,
      note: "Title verified.",
    },
    {
      id: "opportunities-for-personal-growth",
      list: "features",
      label: "Opportunities for personal growth and development",
      summary: "Everyone can learn and develop through the work.",
      verified: false,
      note: "Not yet verified: not confirmed as a feature of the guidance.",
    },
    {
      id: "flexibility",
      list: "features",
      label: "Flexibility",
      summary: "Adapt methods, timescales and ways of working to people's needs.",
      verified: false,
      note: "Not yet verified: not confirmed as a feature of the guidance.",
    },
    {
      id: "valuing-and-evaluating-impact",
      list: "features",
      label: "Valuing and evaluating the impact of co-producing research",
      summary: "Recognise and assess what co-production changed.",
      verified: false,
      note: "Not yet verified: not confirmed as a feature of the guidance.",
    },
  ],
} as const satisfies Framework<"involve-coproduction-2018", InvolveCoproduction2018ItemId>;
