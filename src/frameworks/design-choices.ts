/**
 * ppie's own design choices: the places where no publication gives an answer and ppie chose one
 * (a crosswalk, a status rule, a fallback score, a default). Each names the section of
 * `docs/design-choices.md` that explains it and the publications it builds on, so a reader can
 * tell ppie's choices from published facts.
 *
 * @packageDocumentation
 */
import type { DesignChoiceSource } from "../source.js";

const PAGE = "docs/design-choices.md";

function choice(
  id: string,
  title: string,
  anchor: string,
  buildsOn?: readonly string[],
): DesignChoiceSource {
  return {
    designChoice: true,
    id,
    title,
    explained: `${PAGE}#${anchor}`,
    ...(buildsOn === undefined ? {} : { buildsOn }),
  };
}

/** Involvement, engagement and participation as three kinds of activity. @category Sources */
export const CHOICE_ACTIVITY_MODES = /* @__PURE__ */ choice(
  "ppie-activity-modes",
  "Three kinds of activity: involvement, engagement and participation",
  "three-kinds-of-activity",
  ["nihr-crn-public-involvement-toolkit", "cruk-patient-involvement-toolkit"],
);

/** The public influence level and the crosswalk from published scales onto it. @category Sources */
export const CHOICE_INFLUENCE_LEVEL = /* @__PURE__ */ choice(
  "ppie-influence-level",
  "The public influence level (0 to 6) and the crosswalk from published scales onto it",
  "the-public-influence-level-and-the-crosswalk",
  ["involve-2012-briefing-notes", "iap2-spectrum", "arnstein-1969", "tlap-ladder-of-coproduction"],
);

/** The seven research stages and how other cycles map onto them. @category Sources */
export const CHOICE_RESEARCH_STAGES = /* @__PURE__ */ choice(
  "ppie-research-stages",
  "Seven research stages, and how other research cycles map onto them",
  "seven-research-stages",
  ["involve-2012-briefing-notes"],
);

/** The involvement depth index and its weights. @category Sources */
export const CHOICE_DEPTH_INDEX = /* @__PURE__ */ choice(
  "ppie-involvement-depth-index",
  "The involvement depth index: stages covered and levels reached, with visible weights",
  "the-involvement-depth-index",
);

/** How co-production principles are scored, and the power-sharing gap. @category Sources */
export const CHOICE_COPRODUCTION = /* @__PURE__ */ choice(
  "ppie-coproduction-coverage",
  "Coverage of the co-production principles and the power-sharing gap",
  "co-production-coverage",
  ["involve-2018-coproducing"],
);

/** How the UK Standards are summarised without a pass or fail. @category Sources */
export const CHOICE_STANDARDS = /* @__PURE__ */ choice(
  "ppie-standards-reflection",
  "Evidence against each UK Standard, for reflection rather than pass or fail",
  "evidence-against-the-uk-standards",
  ["uk-standards-2019"],
);

/** Which recorded data answers which GRIPP2 item, and half credit for partial items. @category Sources */
export const CHOICE_GRIPP2 = /* @__PURE__ */ choice(
  "ppie-gripp2-completeness",
  "GRIPP2 completeness: which recorded data answers each item, and half credit for partial items",
  "gripp2-completeness",
  ["staniszewska-2017-bmj"],
);

/** How PPEET answers are summarised. @category Sources */
export const CHOICE_PPEET = /* @__PURE__ */ choice(
  "ppie-ppeet-summary",
  "PPEET summaries: % agree among substantive answers, don't know as a share of all answers",
  "ppeet-summaries",
  ["abelson-2016-ppeet"],
);

/** The linear pro-rated PEIRS-22 score used without the official conversion table. @category Sources */
export const CHOICE_PEIRS22 = /* @__PURE__ */ choice(
  "ppie-peirs22-linear",
  "The linear pro-rated PEIRS-22 score and its missing-answer rule, used without the official conversion table",
  "the-linear-peirs-22-score",
  ["hamilton-2021-peirs22"],
);

/** The four strategy pillars and the kinds of strategy metric. @category Sources */
export const CHOICE_STRATEGY_PILLARS = /* @__PURE__ */ choice(
  "ppie-strategy-pillars",
  "Four strategy pillars and the kinds of strategy metric",
  "strategy-pillars-and-metrics",
  ["uclpartners-2025-ppie-strategy", "imperial-brc-2022-ppiep-strategy"],
);

/** Status of a strategy metric against its target. @category Sources */
export const CHOICE_STRATEGY_STATUS = /* @__PURE__ */ choice(
  "ppie-strategy-status",
  "Strategy status rules: met, on track, off track and no data",
  "strategy-status-rules",
);

/** Impact and closing-the-loop measures. @category Sources */
export const CHOICE_IMPACT = /* @__PURE__ */ choice(
  "ppie-impact-measures",
  "Impact and closing-the-loop measures: outcomes recorded, loops closed and days to close them",
  "impact-and-closing-the-loop",
  ["cardiff-pirit", "uk-standards-2019"],
);

/** What a letter to a contributor says, its two styles and the plainness it is held to. @category Sources */
export const CHOICE_CONTRIBUTOR_FEEDBACK = /* @__PURE__ */ choice(
  "ppie-contributor-feedback",
  "Letters to contributors: what a letter says, in plain English or Easy Read, and the plainness limits it is measured against",
  "letters-to-contributors",
  [
    "dh-2010-easy-read",
    "mencap-2000-am-i-making-myself-clear",
    "govuk-accessible-communication-formats",
    "flesch-1948",
    "cardiff-pirit",
  ],
);

/** Access needs that name a format choose a letter's style; feedback in another format does not meet them. @category Sources */
export const CHOICE_ACCESSIBLE_FORMATS = /* @__PURE__ */ choice(
  "ppie-accessible-formats",
  "Access needs that name a format (Easy Read, large print, braille, audio, British Sign Language video) choose a letter's style, and feedback given in another format does not meet them",
  "access-needs-and-formats",
  ["nhse-2017-accessible-information-standard"],
);

/** The payment model: rate in force on the activity date, integer pence, declines kept. @category Sources */
export const CHOICE_PAYMENTS = /* @__PURE__ */ choice(
  "ppie-payment-model",
  "Payments: the rate in force on the activity date, amounts in whole pence, declined payments kept",
  "payments",
  ["nihr-payment-guidance"],
);

/** Payment timeliness and budget share as strategy measures. @category Sources */
export const CHOICE_PAYMENT_TIMELINESS = /* @__PURE__ */ choice(
  "ppie-payment-timeliness",
  "Payment timeliness and the share of budget spent on involvement",
  "payment-timeliness-and-budget",
);

/** How words, sentences and syllables are counted for readability. @category Sources */
export const CHOICE_READABILITY_COUNTING = /* @__PURE__ */ choice(
  "ppie-readability-counting",
  "Counting words, sentences and syllables for readability",
  "counting-for-readability",
  ["flesch-1948", "kincaid-1975", "mclaughlin-1969"],
);

/** What the listening measure counts: PALS, stories and FFT, and the share that led to a change. @category Sources */
export const CHOICE_LISTENING = /* @__PURE__ */ choice(
  "ppie-listening",
  "Listening: PALS contacts, stories and FFT returns, and the share that led to a recorded change",
  "listening",
  ["nhse-2019-fft-guidance", "cardiff-pirit"],
);

/** ppie's more cautious FFT suppression, offered as an option. @category Sources */
export const CHOICE_FFT_CAUTIOUS = /* @__PURE__ */ choice(
  "ppie-fft-cautious",
  "The cautious FFT suppression option: dense ranks, starred totals and a suppressible top unit",
  "cautious-fft-suppression",
  ["nhse-fft-pipeline"],
);

/** Reference population shares: rounding and the uniform deprivation deciles. @category Sources */
export const CHOICE_POPULATION_SHARES = /* @__PURE__ */ choice(
  "ppie-population-shares",
  "Reference population shares: published rounding, and deprivation deciles taken as 10% each",
  "reference-population-shares",
  ["ons-census-2021-ts021", "mhclg-2019-imd", "mhclg-2025-imd"],
);

/** The demographic categories a dataset records. @category Sources */
export const CHOICE_DEMOGRAPHIC_CATEGORIES = /* @__PURE__ */ choice(
  "ppie-demographic-categories",
  "Demographic categories: the census high-level groups, ten-year adult age bands and deprivation deciles",
  "demographic-categories",
  [
    "ons-census-2021-ts021",
    "ons-census-2021-ts038",
    "ons-census-2021-population",
    "mhclg-2019-imd",
    "mhclg-2025-imd",
  ],
);

/** Small numbers in reports: one rule, named presets and ppie's default. @category Sources */
export const CHOICE_SMALL_NUMBERS = /* @__PURE__ */ choice(
  "ppie-small-numbers",
  "Small numbers in reports: one suppression rule, the published presets and ppie's default",
  "small-numbers",
  ["nhs-digital-2018-hes-disclosure", "ukhsa-2022-sdc-aggregate", "ukllc-sdc"],
);

/** Rules that check the data is consistent with itself. @category Sources */
export const CHOICE_DATA_CONSISTENCY = /* @__PURE__ */ choice(
  "ppie-data-consistency",
  "Rules that check a dataset is consistent with itself",
  "data-consistency-rules",
);

/** Direct identifiers stay out of reports; consent governs demographics. @category Sources */
export const CHOICE_PRIVACY = /* @__PURE__ */ choice(
  "ppie-privacy",
  "Privacy: direct identifiers never reach a report, and demographics need consent",
  "privacy",
  ["equality-act-2010"],
);

/** How ppie reads a service change's record of the duty to involve. @category Sources */
export const CHOICE_SERVICE_CHANGE = /* @__PURE__ */ choice(
  "ppie-service-change-record",
  "Reading a service change's record: the checks, the Gunning checklist from the record, and no national minimum consultation period",
  "service-change-records",
  [
    "nhs-act-2006",
    "si-2013-218-health-scrutiny",
    "gunning-1985",
    "moseley-2014-uksc-56",
    "nhse-2022-working-in-partnership",
  ],
);

/** What the engagement figures count: events over several days, unrecorded reach, agenda places. @category Sources */
export const CHOICE_ENGAGEMENT = /* @__PURE__ */ choice(
  "ppie-engagement-figures",
  "Engagement figures: events over several days, reach left unrecorded, places on the agenda and bursary places",
  "engagement-figures",
  ["nihr-crn-public-involvement-toolkit"],
);

/**
 * Reach to an organisation's own seldom-heard groups: involved, active and reached, counted from
 * the records. @category Sources
 */
export const CHOICE_SELDOM_HEARD_REACH = /* @__PURE__ */ choice(
  "ppie-seldom-heard-reach",
  "Seldom-heard reach: people involved, active and reached from each group an organisation names",
  "seldom-heard-reach",
  ["uk-standards-2019"],
);

/**
 * Every design choice ppie makes, in the order of `docs/design-choices.md`.
 *
 * @example
 * ```ts
 * designChoices.every((c) => c.explained.startsWith("docs/design-choices.md#")); // true
 * ```
 * @category Sources
 */
export const designChoices: readonly DesignChoiceSource[] = [
  CHOICE_ACTIVITY_MODES,
  CHOICE_INFLUENCE_LEVEL,
  CHOICE_RESEARCH_STAGES,
  CHOICE_DEPTH_INDEX,
  CHOICE_COPRODUCTION,
  CHOICE_STANDARDS,
  CHOICE_GRIPP2,
  CHOICE_PPEET,
  CHOICE_PEIRS22,
  CHOICE_STRATEGY_PILLARS,
  CHOICE_STRATEGY_STATUS,
  CHOICE_SELDOM_HEARD_REACH,
  CHOICE_IMPACT,
  CHOICE_CONTRIBUTOR_FEEDBACK,
  CHOICE_ACCESSIBLE_FORMATS,
  CHOICE_PAYMENTS,
  CHOICE_PAYMENT_TIMELINESS,
  CHOICE_READABILITY_COUNTING,
  CHOICE_FFT_CAUTIOUS,
  CHOICE_LISTENING,
  CHOICE_POPULATION_SHARES,
  CHOICE_DEMOGRAPHIC_CATEGORIES,
  CHOICE_SMALL_NUMBERS,
  CHOICE_DATA_CONSISTENCY,
  CHOICE_PRIVACY,
  CHOICE_SERVICE_CHANGE,
  CHOICE_ENGAGEMENT,
];
