import { UK_STANDARDS_DRAFT_REPRODUCTION_2018 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Ids of the six standards of the 2018 draft, numbered 1-6.
 *
 * @example
 * ```ts
 * UK_STANDARDS_DRAFT_2018_STANDARD_IDS[0]; // "inclusive-opportunities"
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_DRAFT_2018_STANDARD_IDS = [
  "inclusive-opportunities",
  "working-together",
  "support-and-learning",
  "communications",
  "impact",
  "governance",
] as const;

/**
 * Ids of the verified 2018 draft indicators: only 1.1-1.3 of *Inclusive opportunities*.
 *
 * @example
 * ```ts
 * UK_STANDARDS_DRAFT_2018_INDICATOR_IDS.length; // 3
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_DRAFT_2018_INDICATOR_IDS = [
  "1-1-involve-at-earliest-stage",
  "1-2-address-barriers",
  "1-3-publicise-opportunities",
] as const;

/**
 * All item ids of {@link ukStandardsDraft2018}: six standards then three indicators.
 *
 * @example
 * ```ts
 * UK_STANDARDS_DRAFT_2018_IDS.length; // 9
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_DRAFT_2018_IDS = [
  "inclusive-opportunities",
  "working-together",
  "support-and-learning",
  "communications",
  "impact",
  "governance",
  "1-1-involve-at-earliest-stage",
  "1-2-address-barriers",
  "1-3-publicise-opportunities",
] as const;

/**
 * An item id of {@link ukStandardsDraft2018}.
 *
 * @example
 * ```ts
 * const id: UkStandardsDraft2018ItemId = "1-2-address-barriers";
 * ```
 * @category Frameworks
 */
export type UkStandardsDraft2018ItemId = (typeof UK_STANDARDS_DRAFT_2018_IDS)[number];

/**
 * The 2018 revised draft of the UK Standards for Public Involvement, used in the year-long
 * test-bed programme (April 2018 - April 2019): six numbered standards written as "We ..."
 * statements, each with numbered indicators. Only what is verified is shipped: the six draft
 * statements and indicators 1.1-1.3 of *Inclusive opportunities*; the remaining indicators are
 * not known, so the framework is `complete: false`.
 *
 * Source: Table 1 of 'Regional working in the East of England: using the UK National Standards
 * for Public Involvement', Research Involvement and Engagement 2018 (a reproduction of the draft).
 *
 * @example
 * ```ts
 * ukStandardsDraft2018.items.find((i) => i.code === "4")?.label; // "Communications"
 * ```
 * @category Frameworks
 */
export const ukStandardsDraft2018 = {
  id: "uk-standards-draft-2018",
  name: "UK Standards for Public Involvement (2018 draft, with indicators)",
  publisher: "UK Public Involvement Standards Development Partnership",
  version: "2018 revised draft (test-bed version, April 2018 - April 2019)",
  publishedDate: "2018",
  supersedes: "2017 consultation draft ('Final Draft 15 June 2017')",
  ordered: false,
  complete: false,
  verified: false,
  evidence: "partial",
  source: UK_STANDARDS_DRAFT_REPRODUCTION_2018,
  note: "The draft statements were checked only against their reproduction in a 2018 paper. Only indicators 1.1-1.3 are verified; the total number of indicators is not yet verified.",
  lists: [
    {
      id: "standards",
      label: "Standards",
      ordered: false,
      complete: true,
      expectedItemCount: 6,
      verified: true,
      note: "Numbered 1-6 in the draft (the only published numbering seen).",
    },
    {
      id: "indicators",
      label: "Indicators",
      ordered: false,
      complete: false,
      verified: false,
      note: "Only 1.1-1.3 (Inclusive opportunities) verified; more followed, total not yet verified.",
    },
  ],
  groups: [
    {
      id: "inclusive-opportunities",
      label: "Inclusive opportunities",
      list: "indicators",
      verified: true,
    },
  ],
  items: [
    {
      id: "inclusive-opportunities",
      list: "standards",
      code: "1",
      label: "Inclusive opportunities",
      summary:
        "We offer involvement opportunities that are accessible and reach people and groups according to research needs (the 2019 idea, written in the first person plural).",
      verified: false,
      note: "Checked only against the draft's reproduction in a 2018 paper.",
    },
    {
      id: "working-together",
      list: "standards",
      code: "2",
      label: "Working together",
      summary:
        "We work together in a way that values all contributions and builds and sustains respectful, productive relationships (the 2019 idea, first person plural).",
      verified: false,
      note: "Checked only against the draft's reproduction in a 2018 paper.",
    },
    {
      id: "support-and-learning",
      list: "standards",
      code: "3",
      label: "Support and learning",
      summary:
        "We offer and promote support and learning that builds confidence and skills for involvement (the 2019 idea, first person plural, without the word 'opportunities').",
      verified: false,
      note: "Checked only against the draft's reproduction in a 2018 paper.",
    },
    {
      id: "communications",
      list: "standards",
      code: "4",
      label: "Communications",
      summary: "We use plain language for timely, two-way and targeted communications.",
      verified: false,
      note: "Checked only against the draft's reproduction in a 2018 paper.",
    },
    {
      id: "impact",
      list: "standards",
      code: "5",
      label: "Impact",
      summary:
        "We capture and share the difference involvement makes, in order to drive improvement.",
      verified: false,
      note: "Checked only against the draft's reproduction in a 2018 paper.",
    },
    {
      id: "governance",
      list: "standards",
      code: "6",
      label: "Governance",
      summary:
        "We involve the public in the organisation's governance and leadership so that its decisions serve and safeguard the public interest.",
      verified: false,
      note: "Checked only against the draft's reproduction in a 2018 paper.",
    },
    {
      id: "1-1-involve-at-earliest-stage",
      list: "indicators",
      group: "inclusive-opportunities",
      code: "1.1",
      label: "Indicator 1.1",
      summary: "Involve people affected by and interested in the research at the earliest stage.",
      verified: true,
    },
    {
      id: "1-2-address-barriers",
      list: "indicators",
      group: "inclusive-opportunities",
      code: "1.2",
      label: "Indicator 1.2",
      summary: "Identify and address barriers to taking up involvement.",
      verified: true,
    },
    {
      id: "1-3-publicise-opportunities",
      list: "indicators",
      group: "inclusive-opportunities",
      code: "1.3",
      label: "Indicator 1.3",
      summary:
        "Publicise opportunities using different methods to reach relevant, interested people.",
      verified: true,
    },
  ],
} as const satisfies Framework<"uk-standards-draft-2018", UkStandardsDraft2018ItemId>;
