/**
 * The dataset-level representation measure: the people involved in a period (or a group's
 * members), those whose demographics may be used on the last day of the period, their counts
 * under disclosure control, and their comparison with the census shares in force, computed only
 * from the figures that may be published. The representation report shows exactly these figures.
 *
 * @module
 */
import type {
  ReferenceDimension,
  ReferenceGeography,
  ReferenceTable,
} from "../frameworks/census.js";
import { REFERENCE_TABLES, referenceTableInForce } from "../frameworks/census.js";
import type { DemographicDimension } from "../frameworks/demographic-dimensions.js";
import { DEMOGRAPHIC_DIMENSIONS } from "../frameworks/demographic-dimensions.js";
import type { Dataset } from "../model/dataset.js";
import type { LabelledPeriod } from "../derive/period.js";
import { consentAt, contributorsInvolvedIn, membersOn } from "../derive/people.js";
import type { DisclosedCell, DisclosedTable, PolicyPresetId } from "./disclosure.js";
import { disclosureControl, disclosurePresets, reportPolicy } from "./disclosure.js";
import type { Diagnostic } from "../result.js";
import { diagnostic } from "../result.js";
import type { RepresentationComponents as PureComponents } from "./representation.js";
import { REPRESENTATION_SOURCES, representation } from "./representation.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import { match } from "ts-pattern";
import type { PublicationSource, Sources } from "../source.js";
import {
  FFT_PIPELINE,
  HES_DISCLOSURE_2018,
  IMD_2019,
  IMD_2025,
  ONS_POPULATION_2021,
  ONS_TS021,
  ONS_TS038,
  UKHSA_SDC_2022,
  UKLLC_SDC,
} from "../frameworks/publications.js";
import { CHOICE_POPULATION_SHARES, CHOICE_SMALL_NUMBERS } from "../frameworks/design-choices.js";

/** The dimension ids the representation measure takes, e.g. `"ethnic-group"`. */
export const REPRESENTATION_DIMENSION_IDS = [
  "ethnic-group",
  "sex",
  "age",
  "disability",
  "imd-decile",
] as const;

/** A dimension id of `REPRESENTATION_DIMENSION_IDS`. */
export type RepresentationDimensionId = (typeof REPRESENTATION_DIMENSION_IDS)[number];

const BY_ID: Readonly<Record<RepresentationDimensionId, DemographicDimension["key"]>> = {
  "ethnic-group": "ethnicGroup",
  sex: "sex",
  age: "ageBand",
  disability: "disability",
  "imd-decile": "imdDecile",
};

/** The dimension of an id. */
export function representationDimension(id: RepresentationDimensionId): DemographicDimension {
  return DEMOGRAPHIC_DIMENSIONS.find((d) => d.key === BY_ID[id]) as DemographicDimension;
}

/** The publication a bundled reference table's figures come from. */
export function referencePublication(table: ReferenceTable): PublicationSource {
  return match(table.dimension)
    .with("ethnic-group", () => ONS_TS021)
    .with("sex", "age", () => ONS_POPULATION_2021)
    .with("disability", () => ONS_TS038)
    .with("imd-decile", "imd-quintile", () =>
      table.id.startsWith("imd-2019") ? IMD_2019 : IMD_2025,
    )
    .exhaustive();
}

/** The publication a disclosure preset follows. */
export function presetPublication(preset: PolicyPresetId): PublicationSource {
  return match(preset)
    .with("fft", () => FFT_PIPELINE)
    .with("hes-2018", () => HES_DISCLOSURE_2018)
    .with("ukhsa-5", () => UKHSA_SDC_2022)
    .with("tre-10", () => UKLLC_SDC)
    .exhaustive();
}

/** ppie's choices on reference shares and on small numbers, then the indices. */
const METHOD_SOURCES: Sources = [
  CHOICE_POPULATION_SHARES,
  CHOICE_SMALL_NUMBERS,
  ...REPRESENTATION_SOURCES,
];

/**
 * Every source the dataset-level representation measure can cite: the publications of ppie's
 * reference tables and of the disclosure presets, ppie's choices on reference shares and small
 * numbers, then the indices. A score cites, in this order, only the table and the preset it
 * used ({@link representationSources}).
 */
export const DATASET_REPRESENTATION_SOURCES: Sources = [
  ONS_TS021,
  ONS_POPULATION_2021,
  ONS_TS038,
  IMD_2019,
  IMD_2025,
  FFT_PIPELINE,
  HES_DISCLOSURE_2018,
  UKHSA_SDC_2022,
  UKLLC_SDC,
  ...METHOD_SOURCES,
];

/**
 * The sources of one comparison: the reference table's publication (when a table is in force)
 * and the disclosure preset's, then ppie's choices and the indices.
 */
export function representationSources(
  table: ReferenceTable | undefined,
  preset: PolicyPresetId,
): Sources {
  const disclosure = presetPublication(preset);
  return table === undefined
    ? [disclosure, ...METHOD_SOURCES]
    : [referencePublication(table), disclosure, ...METHOD_SOURCES];
}

/** What {@link datasetRepresentation} compares. */
export interface DatasetRepresentationInput {
  readonly period: LabelledPeriod;
  readonly dimension: RepresentationDimensionId;
  readonly projectId?: string | undefined;
  readonly groupId?: string | undefined;
  readonly geography?: ReferenceGeography | undefined;
  readonly disclosure: PolicyPresetId;
}

/** The figures behind the dataset-level representation measure. */
export interface DatasetRepresentationComponents {
  /** The dimension compared. */
  dimension: RepresentationDimensionId;
  /** People counted: involved in the period, or the group's members on its last day. */
  people: number;
  /** Of them, people whose demographics may be used on the last day of the period. */
  consented: number;
  /**
   * Category counts as published (hidden cells carry no number), with "not stated" last, or
   * `null` when disclosure control refused the table (its diagnostics say why).
   */
  table: DisclosedTable | null;
  /** The reference table compared with, or `null` when none is in force. */
  reference: ReferenceTable | null;
  /** Of the consented, people who recorded an answer (including "prefer not to say"). */
  stated: number;
  /** The comparison of published figures (hidden categories merged into one), or `null`. */
  comparison: Score<PureComponents> | null;
  /** How many reference categories with hidden counts were merged into one. */
  hiddenMerged: number;
  /** People who stated a category, as published, or `null` when that number is hidden. */
  answered: number | null;
}

/**
 * The representation of the people involved, for one demographic, as it may be published.
 *
 * @param dataset - the dataset
 * @param input - period, dimension, scope, geography and disclosure preset
 * @returns the index of dissimilarity (0 to 1) with the figures behind it
 */
export function datasetRepresentation(
  dataset: Dataset,
  input: DatasetRepresentationInput,
): Score<DatasetRepresentationComponents> {
  input = ownOptions(input);
  const { period } = input;
  const dim = representationDimension(input.dimension);
  const refDate = period.end;
  const diagnostics: Diagnostic[] = [];
  const people =
    input.groupId !== undefined
      ? (() => {
          const ids = membersOn(dataset, input.groupId, refDate) ?? new Set<string>();
          return dataset.contributors.filter((c) => ids.has(c.id));
        })()
      : contributorsInvolvedIn(dataset, period, { projectId: input.projectId });
  const consented = people.filter((c) => consentAt(c, "demographics", refDate));
  const table: ReferenceTable | undefined =
    input.geography !== undefined
      ? referenceTableInForce(
          REFERENCE_TABLES,
          dim.reference as ReferenceDimension,
          refDate,
          input.geography,
        )
      : (referenceTableInForce(
          REFERENCE_TABLES,
          dim.reference as ReferenceDimension,
          refDate,
          "england",
        ) ?? referenceTableInForce(REFERENCE_TABLES, dim.reference as ReferenceDimension, refDate));
  // one pass over the people, then one count per category in the table's order
  const tally = new Map<string, number>();
  for (const c of consented) {
    const v = c.demographics?.[dim.key];
    if (v === undefined) continue;
    const k = String(v);
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  const counts = dim.categories.map(([id]) => tally.get(id) ?? 0);
  const notStated = people.length - counts.reduce((a, b) => a + b, 0);
  const labels = [
    ...dim.categories.map(([, label]) => label),
    "Not stated (prefer not to say, not recorded or no consent)",
  ];
  const policy = reportPolicy(input.disclosure);
  const controlled = disclosureControl(
    {
      rows: [...counts, notStated].map((n) => [n]),
      rowLabels: labels,
      columnLabels: ["Contributors"],
    },
    policy,
  );
  diagnostics.push(...controlled.diagnostics.filter((d) => d.severity !== "info"));
  const published = controlled.ok ? controlled.value.rows.map((r) => r[0] as DisclosedCell) : [];
  const notStatedValue = published[published.length - 1]?.value ?? null;
  const publishedTotal = controlled.ok ? controlled.value.grandTotal.value : null;
  const answered =
    publishedTotal !== null && notStatedValue !== null ? publishedTotal - notStatedValue : null;

  let comparison: Score<PureComponents> | null = null;
  let hiddenMerged = 0;
  if (table && answered !== null && answered > 0) {
    const groupCounts: Record<string, number> = {};
    const collapse: Record<string, string> = { ...(dim.collapse ?? {}) };
    const hiddenRefs = new Set<string>();
    dim.categories.forEach(([, , ref], i) => {
      if ((published[i]?.value ?? null) === null) hiddenRefs.add(ref);
    });
    // a reference category is hidden if any of its data categories is hidden
    dim.categories.forEach(([, , ref], i) => {
      const v = published[i]?.value ?? null;
      if (v !== null && !hiddenRefs.has(ref)) groupCounts[ref] = (groupCounts[ref] ?? 0) + v;
    });
    const hiddenSum = answered - Object.values(groupCounts).reduce((a, b) => a + b, 0);
    hiddenMerged = hiddenRefs.size;
    if (hiddenRefs.size > 0) {
      for (const ref of hiddenRefs) collapse[ref] = "hidden-combined";
      groupCounts["hidden-combined"] = Math.max(0, hiddenSum);
    }
    const shares: Record<string, number> = {};
    for (const cat of table.categories) shares[cat.id] = cat.share;
    // adults only: the census age table includes children, who are never contributors here
    if (dim.key === "ageBand") delete shares["under-15"];
    // a comparison needs at least one published category and two categories in all
    const shownRefs = Object.keys(groupCounts).filter((k) => k !== "hidden-combined").length;
    if (shownRefs >= 1 && shownRefs + (hiddenRefs.size > 0 ? 1 : 0) >= 2) {
      comparison = representation(groupCounts, shares, { collapse });
    }
  }
  if (!table) {
    diagnostics.push(
      diagnostic(
        "representation/no-reference",
        "error",
        ["dimension"],
        `ppie has no ${input.dimension} reference table${input.geography ? ` for ${input.geography}` : ""} in force on ${refDate}.`,
        "Try another geography, or compare with your own reference in code with the representation scorer.",
      ),
    );
  }
  const value = comparison?.value ?? null;
  const scope =
    input.groupId !== undefined
      ? `the members of group ${input.groupId} on ${refDate}`
      : `the people involved from ${period.start} to ${period.end}${input.projectId ? ` in project ${input.projectId}` : ""}`;
  const explanation =
    `${people.length === 0 ? "No one" : `${people.length} ${people.length === 1 ? "person" : "people"}`} counted (${scope}); ${consented.length} with consent to use their demographics on ${refDate}. ` +
    (comparison
      ? `Compared with ${table?.id} using only the figures that may be published under ${disclosurePresets[input.disclosure].name}${hiddenMerged > 0 ? `, with ${hiddenMerged} hidden categor${hiddenMerged === 1 ? "y" : "ies"} merged into one` : ""}: ${comparison.explanation}`
      : "No comparison: too few people stated this, or the number who did is hidden, or no reference table is in force.") +
    (table ? ` Reference: ${table.id} (${referencePublication(table).title}).` : "");
  return {
    id: "representation",
    value,
    unit: "index",
    range: [0, 1],
    components: {
      dimension: input.dimension,
      people: people.length,
      consented: consented.length,
      table: controlled.ok ? controlled.value : null,
      reference: table ?? null,
      stated: consented.filter((c) => c.demographics?.[dim.key] !== undefined).length,
      comparison,
      hiddenMerged,
      answered,
    },
    explanation,
    source: representationSources(table, input.disclosure),
    diagnostics,
  };
}
