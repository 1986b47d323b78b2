/**
 * The demographics ppie records about contributors, one table for every stage: the category
 * ids a dataset stores, their names, and the reference population category each compares
 * with. Categories follow the ONS Census 2021 high-level classifications, so a group can be
 * compared with the census tables in `census.ts`; deprivation uses the deciles of the English
 * Indices of Deprivation.
 *
 * Sources: Office for National Statistics, Census 2021 (ethnic group, TS021; sex; disability,
 * TS038; age); Ministry of Housing, Communities and Local Government, English indices of
 * deprivation 2019 and 2025.
 */
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import type { ReferenceDimension } from "./census.js";
import { CHOICE_DEMOGRAPHIC_CATEGORIES } from "./design-choices.js";
import { IMD_2019, IMD_2025, ONS_POPULATION_2021, ONS_TS021, ONS_TS038 } from "./publications.js";

/**
 * Ethnic group category ids: the five high-level groups of the ONS Census 2021 classification
 * for England and Wales.
 *
 * @example
 * ```ts
 * ETHNIC_GROUP_IDS[0]; // "white"
 * ```
 * @category Reference population
 */
export const ETHNIC_GROUP_IDS = ["white", "asian", "black", "mixed", "other"] as const;

/**
 * Sex category ids, as asked by the ONS Census 2021 (a binary question).
 *
 * @example
 * ```ts
 * SEX_IDS; // ["female", "male"]
 * ```
 * @category Reference population
 */
export const SEX_IDS = ["female", "male"] as const;

/**
 * Adult age bands a dataset records (ten-year bands from 16, and 75 and over). Census age
 * tables are coarser, so several bands compare with one census category.
 *
 * @example
 * ```ts
 * AGE_BAND_IDS.at(-1); // "75+"
 * ```
 * @category Reference population
 */
export const AGE_BAND_IDS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"] as const;

/**
 * Disability category ids: disabled under the Equality Act 2010 definition used by the ONS
 * Census 2021, or not.
 *
 * @example
 * ```ts
 * DISABILITY_IDS; // ["disabled", "not-disabled"]
 * ```
 * @category Reference population
 */
export const DISABILITY_IDS = ["disabled", "not-disabled"] as const;

/**
 * Deciles of the English Indices of Deprivation for a contributor's home area, 1 (most
 * deprived) to 10 (least deprived).
 *
 * @example
 * ```ts
 * IMD_DECILES.length; // 10
 * ```
 * @category Reference population
 */
export const IMD_DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The answer every demographic question also accepts.
 *
 * @example
 * ```ts
 * PREFER_NOT_TO_SAY; // "prefer-not-to-say"
 * ```
 * @category Reference population
 */
export const PREFER_NOT_TO_SAY = "prefer-not-to-say";

/**
 * The field of a contributor's demographics that a dimension reads.
 *
 * @example
 * ```ts
 * const key: DemographicKey = "ethnicGroup";
 * ```
 * @category Reference population
 */
export type DemographicKey = "ethnicGroup" | "sex" | "ageBand" | "disability" | "imdDecile";

/**
 * One category of a demographic dimension: the id as a dataset stores it (as a string; IMD
 * deciles are `"1"` to `"10"`), its name for people, and the id of the reference population
 * category it compares with.
 *
 * @example
 * ```ts
 * const c: DemographicCategory = ["65-74", "65 to 74", "65-and-over"];
 * ```
 * @category Reference population
 */
export type DemographicCategory = readonly [id: string, label: string, reference: string];

/**
 * A demographic a dataset records and how it compares with the population.
 *
 * @example
 * ```ts
 * DEMOGRAPHIC_DIMENSIONS.find((d) => d.key === "sex")?.reference; // "sex"
 * ```
 * @category Reference population
 */
export interface DemographicDimension {
  /** The field of the contributor's demographics. */
  readonly key: DemographicKey;
  /** Name of the dimension for people. */
  readonly label: string;
  /** Which reference population tables it compares with. */
  readonly reference: ReferenceDimension;
  /** Data categories in display order. */
  readonly categories: readonly DemographicCategory[];
  /** Reference categories merged before comparison (e.g. the two disabled categories of England). */
  readonly collapse?: Readonly<Record<string, string>>;
  /** Whether each data category is its own reference category (else several share one). */
  readonly oneToOne: boolean;
  /** Where the categories come from: the publications, and ppie's choice where it made one. */
  readonly source: Sources;
}

/**
 * The demographics a dataset records, in report order: ethnic group, sex, age, disability and
 * deprivation, each with its categories and the reference categories they compare with.
 *
 * @example
 * ```ts
 * DEMOGRAPHIC_DIMENSIONS.map((d) => d.key); // ["ethnicGroup", "sex", "ageBand", "disability", "imdDecile"]
 * ```
 * @category Reference population
 */
export const DEMOGRAPHIC_DIMENSIONS: readonly DemographicDimension[] = [
  {
    key: "ethnicGroup",
    label: "Ethnic group",
    reference: "ethnic-group",
    oneToOne: true,
    categories: [
      ["white", "White", "white"],
      ["asian", "Asian, Asian British or Asian Welsh", "asian"],
      ["black", "Black, Black British, Black Welsh, Caribbean or African", "black"],
      ["mixed", "Mixed or Multiple ethnic groups", "mixed"],
      ["other", "Other ethnic group", "other"],
    ],
    source: [/* @__PURE__ */ cite(ONS_TS021, "high-level classification")],
  },
  {
    key: "sex",
    label: "Sex",
    reference: "sex",
    oneToOne: true,
    categories: [
      ["female", "Female", "female"],
      ["male", "Male", "male"],
    ],
    source: [/* @__PURE__ */ cite(ONS_POPULATION_2021, "sex")],
  },
  {
    key: "ageBand",
    label: "Age",
    reference: "age",
    oneToOne: false,
    categories: [
      ["16-24", "16 to 24", "15-to-64"],
      ["25-34", "25 to 34", "15-to-64"],
      ["35-44", "35 to 44", "15-to-64"],
      ["45-54", "45 to 54", "15-to-64"],
      ["55-64", "55 to 64", "15-to-64"],
      ["65-74", "65 to 74", "65-and-over"],
      ["75+", "75 and over", "65-and-over"],
    ],
    source: [
      CHOICE_DEMOGRAPHIC_CATEGORIES,
      /* @__PURE__ */ cite(ONS_POPULATION_2021, "broad age bands"),
    ],
  },
  {
    key: "disability",
    label: "Disability",
    reference: "disability",
    oneToOne: true,
    collapse: { "disabled-limited-a-lot": "disabled", "disabled-limited-a-little": "disabled" },
    categories: [
      ["disabled", "Disabled", "disabled"],
      ["not-disabled", "Not disabled", "not-disabled"],
    ],
    source: [/* @__PURE__ */ cite(ONS_TS038, "disability under the Equality Act 2010 definition")],
  },
  {
    key: "imdDecile",
    label: "Deprivation (IMD decile of home area)",
    reference: "imd-decile",
    oneToOne: true,
    categories: [
      ["1", "Decile 1 (most deprived)", "decile-1"],
      ["2", "Decile 2", "decile-2"],
      ["3", "Decile 3", "decile-3"],
      ["4", "Decile 4", "decile-4"],
      ["5", "Decile 5", "decile-5"],
      ["6", "Decile 6", "decile-6"],
      ["7", "Decile 7", "decile-7"],
      ["8", "Decile 8", "decile-8"],
      ["9", "Decile 9", "decile-9"],
      ["10", "Decile 10 (least deprived)", "decile-10"],
    ],
    source: [IMD_2019, IMD_2025],
  },
];
