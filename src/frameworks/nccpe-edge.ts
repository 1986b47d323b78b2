import { NCCPE_EDGE } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Ids of the four EDGE maturity levels, lowest first.
 *
 * @example
 * ```ts
 * NCCPE_EDGE_LEVEL_IDS; // ["embryonic", "developing", "gripping", "embedded"]
 * ```
 * @category Frameworks
 */
export const NCCPE_EDGE_LEVEL_IDS = ["embryonic", "developing", "gripping", "embedded"] as const;

/**
 * An EDGE maturity level id.
 *
 * @example
 * ```ts
 * const level: NccpeEdgeLevelId = "gripping";
 * ```
 * @category Frameworks
 */
export type NccpeEdgeLevelId = (typeof NCCPE_EDGE_LEVEL_IDS)[number];

/**
 * Ids of the three EDGE dimensions.
 *
 * @example
 * ```ts
 * NCCPE_EDGE_DIMENSION_IDS; // ["purpose", "process", "people"]
 * ```
 * @category Frameworks
 */
export const NCCPE_EDGE_DIMENSION_IDS = ["purpose", "process", "people"] as const;

/**
 * Ids of the nine EDGE focal points, three per dimension.
 *
 * @example
 * ```ts
 * NCCPE_EDGE_FOCAL_POINT_IDS.length; // 9
 * ```
 * @category Frameworks
 */
export const NCCPE_EDGE_FOCAL_POINT_IDS = [
  "mission",
  "leadership",
  "communication",
  "support",
  "learning",
  "recognition",
  "staff",
  "students",
  "public",
] as const;

/**
 * An EDGE focal point id.
 *
 * @example
 * ```ts
 * const fp: NccpeEdgeFocalPointId = "recognition";
 * ```
 * @category Frameworks
 */
export type NccpeEdgeFocalPointId = (typeof NCCPE_EDGE_FOCAL_POINT_IDS)[number];

/**
 * All item ids of {@link nccpeEdge}: the four levels, then the nine focal points.
 *
 * @example
 * ```ts
 * NCCPE_EDGE_IDS.length; // 13
 * ```
 * @category Frameworks
 */
export const NCCPE_EDGE_IDS = [
  "embryonic",
  "developing",
  "gripping",
  "embedded",
  "mission",
  "leadership",
  "communication",
  "support",
  "learning",
  "recognition",
  "staff",
  "students",
  "public",
] as const;

/**
 * An item id of {@link nccpeEdge} (a level or a focal point).
 *
 * @example
 * ```ts
 * const id: NccpeEdgeItemId = "embedded";
 * ```
 * @category Frameworks
 */
export type NccpeEdgeItemId = (typeof NCCPE_EDGE_IDS)[number];

/**
 * The NCCPE EDGE tool: a self-assessment matrix for how well a university or research
 * organisation supports public engagement. Four ordered maturity levels (Embryonic, Developing,
 * Gripping, Embedded) are rated for each of nine focal points in three dimensions (purpose,
 * process, people). Assess as `{ focalPointId, level }` per assessment date. "Public engagement"
 * here is NCCPE's broad sense (it can include what NIHR calls involvement).
 *
 * Source: NCCPE, Assess your institutional culture: introducing the EDGE tool (2023).
 *
 * @example
 * ```ts
 * nccpeEdge.items.filter((i) => i.group === "people").length; // 3
 * ```
 * @category Frameworks
 */
export const nccpeEdge = {
  id: "nccpe-edge",
  name: "EDGE tool (self-assessment matrix for institutional support for public engagement)",
  publisher: "National Co-ordinating Centre for Public Engagement (NCCPE)",
  version: "web guide updated 9 October 2023",
  publishedDate: "2023-10-09",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: NCCPE_EDGE,
  note: "Distilled from the Beacons for Public Engagement programme. The NCCPE Culture Change Indicator Bank (2024) links indicators to the EDGE categories.",
  lists: [
    {
      id: "levels",
      label: "Maturity levels",
      ordered: true,
      complete: true,
      expectedItemCount: 4,
      verified: true,
    },
    {
      id: "focal-points",
      label: "Focal points",
      ordered: false,
      complete: true,
      expectedItemCount: 9,
      verified: true,
      note: "Order within People varies between NCCPE pages (staff-public-students vs staff-students-public); canonical order not yet verified.",
    },
  ],
  groups: [
    { id: "purpose", label: "Purpose", ordinal: 1, list: "focal-points", verified: true },
    { id: "process", label: "Process", ordinal: 2, list: "focal-points", verified: true },
    { id: "people", label: "People", ordinal: 3, list: "focal-points", verified: true },
  ],
  items: [
    {
      id: "embryonic",
      list: "levels",
      ordinal: 1,
      label: "Embryonic",
      summary: "Little or no organisational backing, even though some engagement goes on.",
      verified: true,
    },
    {
      id: "developing",
      list: "levels",
      ordinal: 2,
      label: "Developing",
      summary: "Bits of support exist, put in place ad hoc rather than by strategy.",
      verified: true,
    },
    {
      id: "gripping",
      list: "levels",
      ordinal: 3,
      label: "Gripping",
      summary: "Work is under way to make support systematic and strategic.",
      verified: true,
    },
    {
      id: "embedded",
      list: "levels",
      ordinal: 4,
      label: "Embedded",
      summary: "Support is fully in place at both strategic and operational levels.",
      verified: true,
    },
    {
      id: "mission",
      list: "focal-points",
      group: "purpose",
      label: "Mission",
      summary:
        "Does the organisation agree on why engagement matters, and is that written into its mission and strategy?",
      verified: true,
    },
    {
      id: "leadership",
      list: "focal-points",
      group: "purpose",
      label: "Leadership",
      summary: "Are engagement champions backed at every level?",
      verified: true,
    },
    {
      id: "communication",
      list: "focal-points",
      group: "purpose",
      label: "Communication",
      summary:
        "Does the organisation speak about engagement clearly and consistently, celebrate it, and keep two-way channels with internal and external audiences?",
      verified: true,
    },
    {
      id: "support",
      list: "focal-points",
      group: "process",
      label: "Support",
      summary:
        "Is help for engagement organised so that it is efficient, well aimed, good quality, innovative and monitored?",
      verified: true,
    },
    {
      id: "learning",
      list: "focal-points",
      group: "process",
      label: "Learning",
      summary: "Are there opportunities for learning, reflection and professional development?",
      verified: true,
    },
    {
      id: "recognition",
      list: "focal-points",
      group: "process",
      label: "Recognition",
      summary:
        "Does engagement count in hiring, promotion, workload models and appraisals, and is success celebrated?",
      verified: true,
    },
    {
      id: "staff",
      list: "focal-points",
      group: "people",
      label: "Staff",
      summary:
        "Can every member of staff, academic or professional services, take part in engagement in formal or informal ways?",
      verified: true,
    },
    {
      id: "students",
      list: "focal-points",
      group: "people",
      label: "Students",
      summary: "Are students involved and able to contribute?",
      verified: true,
      note: "Position within People (before or after 'public') varies between NCCPE pages.",
    },
    {
      id: "public",
      list: "focal-points",
      group: "people",
      label: "Public",
      summary:
        "Are external stakeholders and the public brought in to shape the mission and help deliver the strategy?",
      verified: true,
      note: "Position within People (before or after 'students') varies between NCCPE pages.",
    },
  ],
} as const satisfies Framework<"nccpe-edge", NccpeEdgeItemId>;
