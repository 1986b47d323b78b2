import { cite } from "../source.js";
import { UK_STANDARDS_2019 } from "./publications.js";
import type { Framework } from "./types.js";

const QUESTIONS_NOTE =
  "The questions under 'Meeting the standard' on the standards' website: their number and content are checked there; ppie ships its own paraphrases, not the published wording.";

/** Where the Impact standard's reflective questions come from. */
const IMPACT_QUESTIONS = /* @__PURE__ */ cite(
  UK_STANDARDS_2019,
  "Impact standard, 'Meeting the standard' questions",
  { note: QUESTIONS_NOTE },
);

/** Where the Support and learning standard's reflective questions come from. */
const SUPPORT_QUESTIONS = {
  .../* @__PURE__ */ cite(
    UK_STANDARDS_2019,
    "Support and learning standard, 'Meeting the standard' questions",
    { note: QUESTIONS_NOTE },
  ),
  url: "https://sites.google.com/nihr.ac.uk/pi-standards/standards/Support-and-Learning",
};

/**
 * Ids of the six UK Standards for Public Involvement, in ppie's display order (the 2018 draft
 * numbering; the standards themselves are unordered).
 *
 * @example
 * ```ts
 * UK_STANDARDS_2019_STANDARD_IDS.length; // 6
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_2019_STANDARD_IDS = [
  "inclusive-opportunities",
  "working-together",
  "support-and-learning",
  "communications",
  "impact",
  "governance",
] as const;

/**
 * A standard id of {@link ukStandards2019}.
 *
 * @example
 * ```ts
 * const id: UkStandardId = "impact";
 * ```
 * @category Frameworks
 */
export type UkStandardId = (typeof UK_STANDARDS_2019_STANDARD_IDS)[number];

/**
 * Ids of the verified reflective questions shipped for the 2019 standards: Impact (4) and
 * Support and learning (4) only.
 *
 * @example
 * ```ts
 * UK_STANDARDS_2019_QUESTION_IDS.length; // 8
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_2019_QUESTION_IDS = [
  "impact-q1-public-shape-assessment",
  "impact-q2-clear-what-to-record",
  "impact-q3-processes-to-reflect",
  "impact-q4-learning-acted-on",
  "support-q1-range-of-support",
  "support-q2-resources-for-learning",
  "support-q3-public-know-where-to-go",
  "support-q4-culture-of-learning",
] as const;

/**
 * All item ids of {@link ukStandards2019}: the six standards, then the eight shipped questions.
 *
 * @example
 * ```ts
 * UK_STANDARDS_2019_IDS.length; // 14
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_2019_IDS = [
  "inclusive-opportunities",
  "working-together",
  "support-and-learning",
  "communications",
  "impact",
  "governance",
  "impact-q1-public-shape-assessment",
  "impact-q2-clear-what-to-record",
  "impact-q3-processes-to-reflect",
  "impact-q4-learning-acted-on",
  "support-q1-range-of-support",
  "support-q2-resources-for-learning",
  "support-q3-public-know-where-to-go",
  "support-q4-culture-of-learning",
] as const;

/**
 * An item id of {@link ukStandards2019} (a standard or a reflective question).
 *
 * @example
 * ```ts
 * const id: UkStandards2019ItemId = "support-q1-range-of-support";
 * ```
 * @category Frameworks
 */
export type UkStandards2019ItemId = (typeof UK_STANDARDS_2019_IDS)[number];

/**
 * Whether ppie ships each standard's reflective questions. Only Impact and Support and learning
 * have verified question lists (4 each); the other four standards' questions are not verified and
 * deliberately not shipped as data.
 *
 * @example
 * ```ts
 * UK_STANDARDS_2019_QUESTION_AVAILABILITY.governance.available; // false
 * ```
 * @category Frameworks
 */
export const UK_STANDARDS_2019_QUESTION_AVAILABILITY = {
  "inclusive-opportunities": {
    available: false,
    note: "Question count and texts not yet verified; the November 2023 revision may have changed them. Not shipped.",
  },
  "working-together": {
    available: false,
    note: "Question count and texts not yet verified. Not shipped.",
  },
  "support-and-learning": { available: true, count: 4 },
  communications: {
    available: false,
    note: "Question count and texts not yet verified. Not shipped.",
  },
  impact: { available: true, count: 4 },
  governance: {
    available: false,
    note: "Question count and texts not yet verified. Not shipped.",
  },
} as const satisfies Record<
  UkStandardId,
  { readonly available: boolean; readonly count?: number; readonly note?: string }
>;

/**
 * The UK Standards for Public Involvement, final version released 18 November 2019: six
 * standards (an unordered set; ppie displays them in the 2018 draft numbering) and their
 * reflective questions. Only the verified questions for Impact and Support and learning are
 * shipped, so the question list, and the framework, are `complete: false`. The standards are for
 * reflection and improvement, not pass/fail scoring.
 *
 * The *Inclusive opportunities* statement was revised in November 2023 (see that item's `note`
 * and `details.revision2023`).
 *
 * Source: UK Standards for Public Involvement (2019), the standards' website; the development of
 * the standards is described in 'All hands-on deck' (Research Involvement and Engagement 2020).
 *
 * @example
 * ```ts
 * ukStandards2019.items.filter((i) => i.group === "impact").length; // 4
 * ```
 * @category Frameworks
 */
export const ukStandards2019 = {
  id: "uk-standards-2019",
  name: "UK Standards for Public Involvement",
  publisher:
    "UK Public Involvement Standards Development Partnership: NIHR (England), Chief Scientist Office (Scotland), Health and Care Research Wales, Public Health Agency (Northern Ireland), with public partners",
  version: "final, released 18 November 2019 (Inclusive opportunities revised November 2023)",
  publishedDate: "2019-11-18",
  supersedes: "uk-standards-draft-2018",
  ordered: false,
  complete: false,
  verified: false,
  evidence: "partial",
  source: UK_STANDARDS_2019,
  note: "The six standards are verified. Reflective questions are shipped only for Impact and Support and learning (verified); questions for the other four standards are not yet verified and not shipped (see UK_STANDARDS_2019_QUESTION_AVAILABILITY). Sources list the standards in different orders; display order is the 2018 draft numbering (a ppie design choice). How the standards were developed: 'All hands-on deck', Research Involvement and Engagement 2020 (doi:10.1186/s40900-020-00229-y).",
  lists: [
    {
      id: "standards",
      label: "Standards",
      ordered: false,
      complete: true,
      expectedItemCount: 6,
      verified: true,
    },
    {
      id: "reflective-questions",
      label: "Reflective questions",
      ordered: false,
      complete: false,
      verified: false,
      note: "Only Impact (4) and Support and learning (4) are verified and shipped; the other four standards' questions are unavailable.",
    },
  ],
  groups: [
    { id: "impact", label: "Impact", list: "reflective-questions", verified: true },
    {
      id: "support-and-learning",
      label: "Support and learning",
      list: "reflective-questions",
      verified: true,
    },
  ],
  items: [
    {
      id: "inclusive-opportunities",
      list: "standards",
      label: "Inclusive opportunities",
      summary:
        "Offer involvement opportunities that are accessible and reach people and groups according to what the research needs.",
      details: {
        revision2023:
          "Involvement partnerships are accessible and include a range of people and groups, shaped by community as well as research needs.",
      },
      effectiveFrom: "2019-11-18",
      verified: true,
      note: "Statement reworded in November 2023 after an NIHR review of inclusivity in public partnerships (details.revision2023, verified); whether its reflective questions also changed is not known (its questions are not shipped).",
    },
    {
      id: "working-together",
      list: "standards",
      label: "Working together",
      summary:
        "Work together in a way that values every contribution and builds and sustains respectful, productive relationships.",
      verified: true,
    },
    {
      id: "support-and-learning",
      list: "standards",
      label: "Support and learning",
      summary:
        "Offer and promote support and learning opportunities that build confidence and skills for involvement.",
      details: {
        publicFacingAim:
          "Remove practical and social barriers that stop the public and research professionals getting the most from involvement.",
      },
      verified: true,
    },
    {
      id: "communications",
      list: "standards",
      label: "Communications",
      summary:
        "Use plain language for well-timed and relevant communications as part of involvement plans and activities.",
      verified: true,
    },
    {
      id: "impact",
      list: "standards",
      label: "Impact",
      summary:
        "Seek improvement by identifying and sharing the difference involvement makes to research.",
      details: {
        publicFacingAim:
          "Understand the changes, benefits and learning that come from the insights of patients, carers and the public.",
      },
      verified: true,
    },
    {
      id: "governance",
      list: "standards",
      label: "Governance",
      summary:
        "Involve the public in research management, regulation, leadership and decision-making.",
      verified: true,
    },
    {
      id: "impact-q1-public-shape-assessment",
      list: "reflective-questions",
      group: "impact",
      ordinal: 1,
      label: "Impact question 1",
      summary:
        "Do public members have a say in what the impact assessment looks at and how it is carried out?",
      source: IMPACT_QUESTIONS,
      verified: true,
    },
    {
      id: "impact-q2-clear-what-to-record",
      list: "reflective-questions",
      group: "impact",
      ordinal: 2,
      label: "Impact question 2",
      summary:
        "Has the team agreed which data will show impact, including a record of who took part and in what way?",
      source: IMPACT_QUESTIONS,
      verified: true,
    },
    {
      id: "impact-q3-processes-to-reflect",
      list: "reflective-questions",
      group: "impact",
      ordinal: 3,
      label: "Impact question 3",
      summary: "Is there a set way of looking back on how involvement went?",
      source: IMPACT_QUESTIONS,
      verified: true,
    },
    {
      id: "impact-q4-learning-acted-on",
      list: "reflective-questions",
      group: "impact",
      ordinal: 4,
      label: "Impact question 4",
      summary: "Does anything happen as a result of what involvement changed, achieved or taught?",
      source: IMPACT_QUESTIONS,
      verified: true,
    },
    {
      id: "support-q1-range-of-support",
      list: "reflective-questions",
      group: "support-and-learning",
      ordinal: 1,
      label: "Support and learning question 1",
      summary: "Are different kinds of support available, matched to the needs people have?",
      source: SUPPORT_QUESTIONS,
      verified: true,
    },
    {
      id: "support-q2-resources-for-learning",
      list: "reflective-questions",
      group: "support-and-learning",
      ordinal: 2,
      label: "Support and learning question 2",
      summary:
        "Is there dedicated money and time for the public, researchers and staff to learn and develop?",
      source: SUPPORT_QUESTIONS,
      verified: true,
    },
    {
      id: "support-q3-public-know-where-to-go",
      list: "reflective-questions",
      group: "support-and-learning",
      ordinal: 3,
      label: "Support and learning question 3",
      summary:
        "Would a member of the public know whom to ask for help or information about getting involved?",
      source: SUPPORT_QUESTIONS,
      verified: true,
    },
    {
      id: "support-q4-culture-of-learning",
      list: "reflective-questions",
      group: "support-and-learning",
      ordinal: 4,
      label: "Support and learning question 4",
      summary:
        "Do researchers, staff and the public learn through practice and pass that learning on?",
      source: SUPPORT_QUESTIONS,
      verified: true,
    },
  ],
} as const satisfies Framework<"uk-standards-2019", UkStandards2019ItemId>;

/**
 * The current UK Standards for Public Involvement ({@link ukStandards2019} under the name the
 * public API uses).
 *
 * @example
 * ```ts
 * ukStandards.id; // "uk-standards-2019"
 * ```
 * @category Frameworks
 */
export const ukStandards = ukStandards2019;
