import type { Source } from "../source.js";
import { cite } from "../source.js";
import { CHOICE_POPULATION_SHARES } from "./design-choices.js";
import { ONS_POPULATION_2021, ONS_TS021, ONS_TS038 } from "./publications.js";

/**
 * What a reference population table describes.
 *
 * @example
 * ```ts
 * const dimension: ReferenceDimension = "ethnic-group";
 * ```
 * @category Reference population
 */
export type ReferenceDimension =
  | "ethnic-group"
  | "sex"
  | "disability"
  | "age"
  | "imd-decile"
  | "imd-quintile";

/**
 * The area a reference table covers.
 *
 * @example
 * ```ts
 * const geography: ReferenceGeography = "england";
 * ```
 * @category Reference population
 */
export type ReferenceGeography = "england" | "england-and-wales";

/**
 * How a table's shares were obtained: published percentages (rounded by the publisher),
 * computed here from published counts, or a default chosen by ppie.
 *
 * @example
 * ```ts
 * const basis: ReferenceBasis = "computed-from-counts";
 * ```
 * @category Reference population
 */
export type ReferenceBasis = "published-shares" | "computed-from-counts" | "design-choice";

/**
 * One category of a reference table, with its share of the population as a proportion (0-1).
 *
 * @example
 * ```ts
 * const c: ReferenceCategory = { id: "female", label: "Female", count: 28833712, share: 28833712 / 56490048 };
 * ```
 * @category Reference population
 */
export interface ReferenceCategory {
  /** Kebab-case category id, e.g. `"asian"`. */
  readonly id: string;
  /** The category's name as used by the source. */
  readonly label: string;
  /** The published count of people, where the share was computed from counts. */
  readonly count?: number;
  /** The share of the population, a proportion between 0 and 1 (unrounded when computed). */
  readonly share: number;
}

/**
 * A dated reference population table: the make-up of a population on one dimension, used to
 * compare contributors with the population served. Calculations for a date should use the table
 * in force on that date ({@link referenceTableInForce}).
 *
 * @example
 * ```ts
 * CENSUS_2021_SEX_ENGLAND.categories[0].share; // 0.5104...
 * ```
 * @category Reference population
 */
export interface ReferenceTable {
  /** Stable table id, e.g. `"census-2021-ethnic-group-ew"`. */
  readonly id: string;
  /** What the table describes. */
  readonly dimension: ReferenceDimension;
  /** The area covered. */
  readonly geography: ReferenceGeography;
  /** First day the table is the reference (ISO `YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  /** Last day the table is the reference, inclusive (ISO `YYYY-MM-DD`); absent while current. */
  readonly effectiveTo?: string;
  /** Where the figures come from: an ONS table, or ppie's design choice for an approximation. */
  readonly source: Source;
  /** How the shares were obtained. */
  readonly basis: ReferenceBasis;
  /** The published total the shares are computed against, where they come from counts. */
  readonly total?: number;
  /** The categories; shares sum to 1 within rounding (see `note`). */
  readonly categories: readonly ReferenceCategory[];
  /** False when any figure is not yet verified or the table is an approximation. */
  readonly verified: boolean;
  /**
   * The table in words a report's reader knows, e.g. `"Census 2021, table TS021 Ethnic group,
   * England"`. Reports name the reference with it (and cite `source`); without it they name the
   * source alone.
   */
  readonly title?: string;
  /** What a report's reader should know about the figures, as a phrase (reports show it). */
  readonly caveat?: string;
  /** What a developer should know before using the table. Reports never show it. */
  readonly note?: string;
}

/** Census Day 2021, the date Census 2021 tables describe. */
const CENSUS_DAY_2021 = "2021-03-21";

/**
 * Census 2021 high-level ethnic groups, England and Wales: ONS headline shares 81.7 / 9.3 / 4.0 /
 * 2.9 / 2.1 per cent (verified). Shares sum to exactly 1.
 *
 * Source: ONS, Ethnic group, England and Wales: Census 2021 (table TS021).
 *
 * @example
 * ```ts
 * CENSUS_2021_ETHNIC_GROUP_EW.categories.map((c) => c.share); // [0.817, 0.093, 0.04, 0.029, 0.021]
 * ```
 * @category Reference population
 */
export const CENSUS_2021_ETHNIC_GROUP_EW = {
  id: "census-2021-ethnic-group-ew",
  title: "Census 2021, table TS021 Ethnic group, England and Wales",
  caveat: "the published percentages, to one decimal place",
  dimension: "ethnic-group",
  geography: "england-and-wales",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_TS021, "headline shares, England and Wales"),
  basis: "published-shares",
  total: 59597542,
  verified: true,
  note: "Published percentages to one decimal place. effectiveFrom is Census Day (21 March 2021).",
  categories: [
    { id: "white", label: "White", share: 0.817 },
    { id: "asian", label: "Asian, Asian British or Asian Welsh", share: 0.093 },
    { id: "black", label: "Black, Black British, Black Welsh, Caribbean or African", share: 0.04 },
    { id: "mixed", label: "Mixed or Multiple ethnic groups", share: 0.029 },
    { id: "other", label: "Other ethnic group", share: 0.021 },
  ],
} as const satisfies ReferenceTable;

/**
 * Census 2021 high-level ethnic groups, England: shares computed by ppie from published counts
 * over the official total of 56,490,048 usual residents (Asian 9.61%, Black 4.22%, White 81.05%,
 * Mixed 2.96%, Other 2.18%). The counts come from a republication of ONS data and sum to
 * 56,490,797 (749 more than the official total, from census perturbation), so the shares sum to
 * 1.0000133. The Other count is itself computed (2,899,017 minus Mixed).
 *
 * Source: ONS Census 2021 ethnic group counts for England (table TS021), as republished.
 *
 * @example
 * ```ts
 * CENSUS_2021_ETHNIC_GROUP_ENGLAND.categories[1].share; // 0.09606...
 * ```
 * @category Reference population
 */
export const CENSUS_2021_ETHNIC_GROUP_ENGLAND = {
  id: "census-2021-ethnic-group-england",
  title: "Census 2021, table TS021 Ethnic group, England",
  caveat: "shares worked out from the published counts for England",
  dimension: "ethnic-group",
  geography: "england",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_TS021, "counts for England", {
    note: "Counts taken from a republication of ONS's 20-category ethnic group data for England, not from the ONS table itself.",
  }),
  basis: "computed-from-counts",
  total: 56490048,
  verified: true,
  note: "Counts sum to 56,490,797 vs the official total 56,490,048 (census perturbation/republication), so shares sum to 1.0000133. The Other count is computed (2,899,017 minus Mixed). For production, load ONS table TS021 for your exact geography.",
  categories: [
    { id: "white", label: "White", count: 45783575, share: 45783575 / 56490048 },
    {
      id: "asian",
      label: "Asian, Asian British or Asian Welsh",
      count: 5426729,
      share: 5426729 / 56490048,
    },
    {
      id: "black",
      label: "Black, Black British, Black Welsh, Caribbean or African",
      count: 2381476,
      share: 2381476 / 56490048,
    },
    {
      id: "mixed",
      label: "Mixed or Multiple ethnic groups",
      count: 1669378,
      share: 1669378 / 56490048,
    },
    { id: "other", label: "Other ethnic group", count: 1229639, share: 1229639 / 56490048 },
  ],
} as const satisfies ReferenceTable;

/**
 * Census 2021 sex, England: female 28,833,712 and male 27,656,336 of 56,490,048 (female 51.04%).
 * The census sex question is binary.
 *
 * Source: ONS, Population and household estimates, England and Wales: Census 2021.
 *
 * @example
 * ```ts
 * CENSUS_2021_SEX_ENGLAND.categories[0].share; // 0.5104...
 * ```
 * @category Reference population
 */
export const CENSUS_2021_SEX_ENGLAND = {
  id: "census-2021-sex-england",
  title: "Census 2021, usual residents by sex, England",
  dimension: "sex",
  geography: "england",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_POPULATION_2021, "sex, England"),
  basis: "computed-from-counts",
  total: 56490048,
  verified: true,
  note: "The census sex question is binary; a separate voluntary gender-identity question (age 16+) was asked for the first time in 2021 (results not carried).",
  categories: [
    { id: "female", label: "Female", count: 28833712, share: 28833712 / 56490048 },
    { id: "male", label: "Male", count: 27656336, share: 27656336 / 56490048 },
  ],
} as const satisfies ReferenceTable;

/**
 * Census 2021 sex, England and Wales: female 30,420,202 and male 29,177,340 of 59,597,542.
 *
 * Source: ONS, Population and household estimates, England and Wales: Census 2021.
 *
 * @example
 * ```ts
 * CENSUS_2021_SEX_EW.total; // 59597542
 * ```
 * @category Reference population
 */
export const CENSUS_2021_SEX_EW = {
  id: "census-2021-sex-ew",
  title: "Census 2021, usual residents by sex, England and Wales",
  dimension: "sex",
  geography: "england-and-wales",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_POPULATION_2021, "sex, England and Wales"),
  basis: "computed-from-counts",
  total: 59597542,
  verified: true,
  categories: [
    { id: "female", label: "Female", count: 30420202, share: 30420202 / 59597542 },
    { id: "male", label: "Male", count: 29177340, share: 29177340 / 59597542 },
  ],
} as const satisfies ReferenceTable;

/**
 * Census 2021 disability (Equality Act definition), England, **age-standardised**: limited a lot
 * 7.5%, limited a little 10.2%, not disabled 82.3%, so disabled = 17.7%. Crude (not
 * age-standardised) shares are the right comparison for a group against the real population
 * make-up; crude England shares were not obtained, so use this table with care.
 *
 * Source: ONS, Disability, England and Wales: Census 2021 (table TS038).
 *
 * @example
 * ```ts
 * const [a, b] = CENSUS_2021_DISABILITY_ENGLAND.categories;
 * a.share + b.share; // 0.177
 * ```
 * @category Reference population
 */
export const CENSUS_2021_DISABILITY_ENGLAND = {
  id: "census-2021-disability-england",
  title: "Census 2021, table TS038 Disability, England",
  caveat:
    "age-standardised shares, made for comparing areas, which differ a little from the make-up of the real population",
  dimension: "disability",
  geography: "england",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_TS038, "age-standardised shares, England"),
  basis: "published-shares",
  verified: true,
  note: "Age-standardised shares (for comparing areas); crude shares, which suit comparing a group with the real population, were not obtained. By sex: females 18.7%, males 16.5% disabled.",
  categories: [
    {
      id: "disabled-limited-a-lot",
      label: "Disabled: day-to-day activities limited a lot",
      share: 0.075,
    },
    {
      id: "disabled-limited-a-little",
      label: "Disabled: day-to-day activities limited a little",
      share: 0.102,
    },
    { id: "not-disabled", label: "Not disabled", share: 0.823 },
  ],
} as const satisfies ReferenceTable;

/**
 * Census 2021 disability, England and Wales: 17.8% disabled under the Equality Act (10.4
 * million); the not-disabled share is computed by ppie as the complement (82.2%).
 *
 * Source: ONS, Disability, England and Wales: Census 2021 (table TS038).
 *
 * @example
 * ```ts
 * CENSUS_2021_DISABILITY_EW.categories[0].share; // 0.178
 * ```
 * @category Reference population
 */
export const CENSUS_2021_DISABILITY_EW = {
  id: "census-2021-disability-ew",
  title: "Census 2021, table TS038 Disability, England and Wales",
  caveat: "the share not disabled is 100% minus the published share disabled",
  dimension: "disability",
  geography: "england-and-wales",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_TS038, "England and Wales"),
  basis: "published-shares",
  verified: true,
  note: "Down from 19.5% in 2011 (question changed, not strictly comparable). The not-disabled share is the complement, computed by ppie.",
  categories: [
    { id: "disabled", label: "Disabled under the Equality Act", share: 0.178 },
    { id: "not-disabled", label: "Not disabled", share: 0.822 },
  ],
} as const satisfies ReferenceTable;

/**
 * Census 2021 broad age bands, England and Wales: under 15 17.4%, 15-64 64.1%, 65 and over
 * 18.6%. The published rounded shares sum to 100.1%. Adult bands (18-24, 25-34, ...) for England
 * were not obtained: load ONS table TS007A and compute over residents aged 18+ (or 16+) for adult
 * involvement groups. (England alone: 65 and over 18.4%.)
 *
 * Source: ONS, Population and household estimates, England and Wales: Census 2021.
 *
 * @example
 * ```ts
 * CENSUS_2021_AGE_BROAD_EW.categories.length; // 3
 * ```
 * @category Reference population
 */
export const CENSUS_2021_AGE_BROAD_EW = {
  id: "census-2021-age-broad-ew",
  title: "Census 2021, usual residents by broad age band, England and Wales",
  caveat: "the published percentages, to one decimal place, which include children",
  dimension: "age",
  geography: "england-and-wales",
  effectiveFrom: CENSUS_DAY_2021,
  source: /* @__PURE__ */ cite(ONS_POPULATION_2021, "headline age shares, England and Wales"),
  basis: "published-shares",
  verified: true,
  note: "Rounded published shares sum to 1.001. Includes children: not suitable as-is for adult involvement groups.",
  categories: [
    { id: "under-15", label: "Under 15", share: 0.174 },
    { id: "15-to-64", label: "15 to 64", share: 0.641 },
    { id: "65-and-over", label: "65 and over", share: 0.186 },
  ],
} as const satisfies ReferenceTable;

/**
 * An edition of the English Index of Multiple Deprivation (IMD).
 *
 * @example
 * ```ts
 * const edition: ImdEdition = "2025";
 * ```
 * @category Reference population
 */
export type ImdEdition = "2019" | "2025";

/**
 * The two IMD editions: how many small areas (LSOAs) each ranks, on which geography, and when it
 * was published. Rank 1 is the most deprived. Editions are not comparable: never mix 2019 and
 * 2025 deciles in one series.
 *
 * Source: MHCLG, English indices of deprivation 2019; English indices of deprivation 2025.
 *
 * @example
 * ```ts
 * IMD_EDITIONS["2025"].lsoaCount; // 33755
 * ```
 * @category Reference population
 */
export const IMD_EDITIONS = {
  "2019": {
    lsoaCount: 32844,
    geography: "2011 LSOAs",
    published: "2019-09-26",
    publishedVerified: false,
    note: "Published September 2019; the day (26 September) is not yet verified.",
  },
  "2025": {
    lsoaCount: 33755,
    geography: "2021 LSOAs",
    published: "2025-10-30",
    publishedVerified: true,
    note: "Published 30 October 2025 by MHCLG.",
  },
} as const;

function rankFraction(rank: number, edition: ImdEdition, parts: number): number | undefined {
  const n = IMD_EDITIONS[edition]?.lsoaCount;
  if (n === undefined || !Number.isInteger(rank) || rank < 1 || rank > n) return undefined;
  // ceil(parts * rank / n) in exact integer arithmetic
  return Math.floor((parts * rank + n - 1) / n);
}

/**
 * The IMD decile of a small area's rank: `ceil(10 x rank / N)`, where N is the number of LSOAs in
 * the edition; decile 1 is the most deprived 10% of areas (a conventional computation;
 * the published lookup files already contain deciles, so prefer those when you have them).
 *
 * @param rank - the area's IMD rank, an integer from 1 (most deprived) to N
 * @param edition - `"2019"` (N = 32,844) or `"2025"` (N = 33,755)
 * @returns the decile 1-10, or `undefined` when the rank is not an integer in 1..N
 * @example
 * ```ts
 * imdDecile(3284, "2019"); // 1
 * imdDecile(3285, "2019"); // 2
 * imdDecile(16878, "2025"); // 6
 * ```
 * @category Reference population
 */
export function imdDecile(rank: number, edition: ImdEdition): number | undefined {
  return rankFraction(rank, edition, 10);
}

/**
 * The IMD quintile of a small area's rank: `ceil(5 x rank / N)`; quintile 1 is the most deprived
 * 20% of areas (a conventional computation).
 *
 * @param rank - the area's IMD rank, an integer from 1 (most deprived) to N
 * @param edition - `"2019"` (N = 32,844) or `"2025"` (N = 33,755)
 * @returns the quintile 1-5, or `undefined` when the rank is not an integer in 1..N
 * @example
 * ```ts
 * imdQuintile(32844, "2019"); // 5
 * imdQuintile(16877, "2025"); // 3
 * ```
 * @category Reference population
 */
export function imdQuintile(rank: number, edition: ImdEdition): number | undefined {
  return rankFraction(rank, edition, 5);
}

const uniformDeciles = [
  { id: "decile-1", label: "Decile 1 (most deprived)", share: 0.1 },
  { id: "decile-2", label: "Decile 2", share: 0.1 },
  { id: "decile-3", label: "Decile 3", share: 0.1 },
  { id: "decile-4", label: "Decile 4", share: 0.1 },
  { id: "decile-5", label: "Decile 5", share: 0.1 },
  { id: "decile-6", label: "Decile 6", share: 0.1 },
  { id: "decile-7", label: "Decile 7", share: 0.1 },
  { id: "decile-8", label: "Decile 8", share: 0.1 },
  { id: "decile-9", label: "Decile 9", share: 0.1 },
  { id: "decile-10", label: "Decile 10 (least deprived)", share: 0.1 },
] as const;

const uniformQuintiles = [
  { id: "quintile-1", label: "Quintile 1 (most deprived)", share: 0.2 },
  { id: "quintile-2", label: "Quintile 2", share: 0.2 },
  { id: "quintile-3", label: "Quintile 3", share: 0.2 },
  { id: "quintile-4", label: "Quintile 4", share: 0.2 },
  { id: "quintile-5", label: "Quintile 5 (least deprived)", share: 0.2 },
] as const;

const imdApproximation =
  "An approximation and a ppie design choice: each decile holds about 10% of LSOAs, not exactly 10% of people. Population-weighted decile shares were not obtained; replace with your own when you have them.";

/**
 * Reference shares for IMD 2019 deciles, England: 10% per decile (an approximation, a ppie design
 * choice, `verified: false`). In force from the 2019 publication until the day before IMD 2025.
 *
 * Source: a ppie design choice (docs/design-choices.md#reference-population-shares), on the
 * English indices of deprivation 2019 (32,844 LSOAs).
 *
 * @example
 * ```ts
 * IMD_2019_DECILES_UNIFORM.categories.length; // 10
 * ```
 * @category Reference population
 */
export const IMD_2019_DECILES_UNIFORM = {
  id: "imd-2019-deciles-uniform",
  title: "English indices of deprivation 2019, deciles taken as 10% of the population each",
  caveat:
    "an approximation by ppie: each decile holds a tenth of small areas, not exactly a tenth of people",
  dimension: "imd-decile",
  geography: "england",
  effectiveFrom: "2019-09-26",
  effectiveTo: "2025-10-29",
  source: CHOICE_POPULATION_SHARES,
  basis: "design-choice",
  verified: false,
  note: `${imdApproximation} effectiveFrom uses the publication day 26 Sept 2019, which is not yet verified.`,
  categories: uniformDeciles,
} as const satisfies ReferenceTable;

/**
 * Reference shares for IMD 2025 deciles, England: 10% per decile (an approximation, a ppie design
 * choice, `verified: false`). In force from publication on 30 October 2025.
 *
 * Source: a ppie design choice (docs/design-choices.md#reference-population-shares), on the
 * English indices of deprivation 2025 (33,755 LSOAs).
 *
 * @example
 * ```ts
 * IMD_2025_DECILES_UNIFORM.effectiveFrom; // "2025-10-30"
 * ```
 * @category Reference population
 */
export const IMD_2025_DECILES_UNIFORM = {
  id: "imd-2025-deciles-uniform",
  title: "English indices of deprivation 2025, deciles taken as 10% of the population each",
  caveat:
    "an approximation by ppie: each decile holds a tenth of small areas, not exactly a tenth of people",
  dimension: "imd-decile",
  geography: "england",
  effectiveFrom: "2025-10-30",
  source: CHOICE_POPULATION_SHARES,
  basis: "design-choice",
  verified: false,
  note: imdApproximation,
  categories: uniformDeciles,
} as const satisfies ReferenceTable;

/**
 * Reference shares for IMD 2019 quintiles, England: 20% per quintile (an approximation, a ppie
 * design choice, `verified: false`).
 *
 * Source: a ppie design choice (docs/design-choices.md#reference-population-shares), on the
 * English indices of deprivation 2019.
 *
 * @example
 * ```ts
 * IMD_2019_QUINTILES_UNIFORM.categories[0].share; // 0.2
 * ```
 * @category Reference population
 */
export const IMD_2019_QUINTILES_UNIFORM = {
  id: "imd-2019-quintiles-uniform",
  title: "English indices of deprivation 2019, quintiles taken as 20% of the population each",
  caveat:
    "an approximation by ppie: each quintile holds a fifth of small areas, not exactly a fifth of people",
  dimension: "imd-quintile",
  geography: "england",
  effectiveFrom: "2019-09-26",
  effectiveTo: "2025-10-29",
  source: CHOICE_POPULATION_SHARES,
  basis: "design-choice",
  verified: false,
  note: `${imdApproximation} effectiveFrom uses the publication day 26 Sept 2019, which is not yet verified.`,
  categories: uniformQuintiles,
} as const satisfies ReferenceTable;

/**
 * Reference shares for IMD 2025 quintiles, England: 20% per quintile (an approximation, a ppie
 * design choice, `verified: false`).
 *
 * Source: a ppie design choice (docs/design-choices.md#reference-population-shares), on the
 * English indices of deprivation 2025.
 *
 * @example
 * ```ts
 * IMD_2025_QUINTILES_UNIFORM.categories.length; // 5
 * ```
 * @category Reference population
 */
export const IMD_2025_QUINTILES_UNIFORM = {
  id: "imd-2025-quintiles-uniform",
  title: "English indices of deprivation 2025, quintiles taken as 20% of the population each",
  caveat:
    "an approximation by ppie: each quintile holds a fifth of small areas, not exactly a fifth of people",
  dimension: "imd-quintile",
  geography: "england",
  effectiveFrom: "2025-10-30",
  source: CHOICE_POPULATION_SHARES,
  basis: "design-choice",
  verified: false,
  note: imdApproximation,
  categories: uniformQuintiles,
} as const satisfies ReferenceTable;

/**
 * Every reference population table ppie ships.
 *
 * @example
 * ```ts
 * referenceTableInForce(REFERENCE_TABLES, "imd-decile", "2024-06-01")?.id; // "imd-2019-deciles-uniform"
 * ```
 * @category Reference population
 */
export const REFERENCE_TABLES = [
  CENSUS_2021_ETHNIC_GROUP_EW,
  CENSUS_2021_ETHNIC_GROUP_ENGLAND,
  CENSUS_2021_SEX_ENGLAND,
  CENSUS_2021_SEX_EW,
  CENSUS_2021_DISABILITY_ENGLAND,
  CENSUS_2021_DISABILITY_EW,
  CENSUS_2021_AGE_BROAD_EW,
  IMD_2019_DECILES_UNIFORM,
  IMD_2025_DECILES_UNIFORM,
  IMD_2019_QUINTILES_UNIFORM,
  IMD_2025_QUINTILES_UNIFORM,
] as const satisfies readonly ReferenceTable[];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Pick the reference table in force on a date for a dimension, so that a calculation for a date
 * uses the figures that applied then (e.g. IMD 2019 deciles for 2024, IMD 2025 from 30 October
 * 2025). A table is in force when `effectiveFrom <= date <= effectiveTo` (inclusive; open
 * `effectiveTo` means still current), compared as ISO strings. When several match, the latest
 * `effectiveFrom` wins, then the earliest in `tables`; pass `geography` to choose between
 * England and England and Wales.
 *
 * @param tables - the tables to choose from, e.g. {@link REFERENCE_TABLES}
 * @param dimension - the dimension wanted
 * @param date - the date of the calculation (ISO `YYYY-MM-DD`)
 * @param geography - only consider tables for this area
 * @returns the table, or `undefined` when none is in force or the date is not `YYYY-MM-DD`
 * @example
 * ```ts
 * referenceTableInForce(REFERENCE_TABLES, "imd-decile", "2025-10-30")?.id; // "imd-2025-deciles-uniform"
 * referenceTableInForce(REFERENCE_TABLES, "sex", "2024-01-01", "england")?.id; // "census-2021-sex-england"
 * referenceTableInForce(REFERENCE_TABLES, "sex", "2020-01-01"); // undefined
 * ```
 * @category Reference population
 */
export function referenceTableInForce<T extends ReferenceTable>(
  tables: readonly T[],
  dimension: ReferenceDimension,
  date: string,
  geography?: ReferenceGeography,
): T | undefined {
  if (!ISO_DATE.test(date)) return undefined;
  let best: T | undefined;
  for (const table of tables) {
    if (table.dimension !== dimension) continue;
    if (geography !== undefined && table.geography !== geography) continue;
    if (table.effectiveFrom > date) continue;
    if (table.effectiveTo !== undefined && table.effectiveTo < date) continue;
    if (best === undefined || table.effectiveFrom > best.effectiveFrom) best = table;
  }
  return best;
}
