import { FOUR_PI_REPRODUCTION_2019 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the five 4Pi domains.
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
 * purpose, presence, process and impact. The domains are checked only against a reproduction
 * (Table 3 of a Research Involvement and Engagement 2019 paper); the publisher and year of the
 * standards are not yet verified.
 *
 * Source: Research Involvement and Engagement 2019 (doi:10.1186/s40900-019-0164-0), Table 3.
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
  publisher: "National Survivor User Network / National Involvement Partnership (not yet verified)",
  version: "2015 (not yet verified)",
  ordered: false,
  complete: true,
  verified: false,
  evidence: "secondary",
  source: FOUR_PI_REPRODUCTION_2019,
  note: "The five domains are checked only against a table reproduced in a Research Involvement and Engagement 2019 paper; the publisher and the year (2015) are not yet verified.",
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
