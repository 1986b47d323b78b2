import type { Framework } from "./types.js";

/**
 * Item ids of the five 4Pi domains (frameworks.md §8.7).
 *
 * @example
 * ```ts
 * FOUR_PI_STANDARDS_IDS; // ["principles", "purpose", "presence", "process", "impact"]
 * ```
 * @category Frameworks
 */
export const FOUR_PI_STANDARDS_IDS = [
  "principles",
  "purpose",
  "presence",
  "process",
  "impact",
] as const;

/**
 * An item id of {@link fourPiStandards}.
 *
 * @example
 * ```ts
 * const id: FourPiStandardsItemId = "presence";
 * ```
 * @category Frameworks
 */
export type FourPiStandardsItemId = (typeof FOUR_PI_STANDARDS_IDS)[number];

/**
 * The 4Pi National Involvement Standards (mental-health origin): five domains, principles,
 * purpose, presence, process and impact. The domains are verified via Table 3 of an RIE 2019
 * paper; publisher and year are UNVERIFIED.
 *
 * Source: frameworks.md §8.7.
 *
 * @example
 * ```ts
 * fourPiStandards.items.length; // 5
 * ```
 * @category Frameworks
 */
export const fourPiStandards = {
  id: "4pi-standards",
  name: "4Pi National Involvement Standards",
  publisher: "National Survivor User Network / National Involvement Partnership (UNVERIFIED)",
  version: "2015 (UNVERIFIED)",
  ordered: false,
  complete: true,
  verified: false,
  evidence: "secondary",
  source: {
    title: "Table 3 of a Research Involvement and Engagement 2019 paper",
    doi: "10.1186/s40900-019-0164-0",
    section: "frameworks.md §8.7",
  },
  note: "Five domains verified via a reproduced table (RIE 2019); publisher and year (2015) UNVERIFIED.",
  items: [
    {
      id: "principles",
      label: "Principles",
      summary: "The values that inform meaningful involvement.",
      verified: true,
    },
    {
      id: "purpose",
      label: "Purpose",
      summary: "Why people are involved.",
      verified: true,
    },
    {
      id: "presence",
      label: "Presence",
      summary: "Who needs to be involved.",
      verified: true,
    },
    {
      id: "process",
      label: "Process",
      summary: "How involvement happens, with reflection and accountability.",
      verified: true,
    },
    {
      id: "impact",
      label: "Impact",
      summary: "The difference involvement makes.",
      verified: true,
    },
  ],
} as const satisfies Framework<"4pi-standards", FourPiStandardsItemId>;
