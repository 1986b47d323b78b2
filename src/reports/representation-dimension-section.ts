/**
 * One demographic's section of the `representation` report: contributors by category under
 * disclosure control beside the population shares, the broad bands for a demographic the census
 * publishes only in bands (age), the index of dissimilarity, and the chart of shares.
 *
 * @module
 */
import type { ReferenceTable } from "../frameworks/census.js";
import type { DemographicDimension } from "../frameworks/demographic-dimensions.js";
import type { LabelledPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { Diagnostic } from "../result.js";
import type { DisclosedCell, DisclosedTable } from "../scores/disclosure.js";
import type { RepresentationCategory } from "../scores/representation.js";
import type {
  DatasetRepresentationComponents,
  RepresentationDimensionId,
} from "../scores/representation-dataset.js";
import { representationDimension } from "../scores/representation-dataset.js";
import { cell, formatNumber, formatPercent, formatProportion, NO_DATA, plural } from "./format.js";
import { MeasureFailed, measure } from "./measure.js";
import type { ReportContext } from "./options.js";
import { disclosedCell, WITHHELD, withheldCell } from "./small-numbers.js";
import { citationText } from "./sources-section.js";
import type { Block, Cell, ChartBlock, MetricBlock, TableBlock } from "./report.js";

/** One demographic's figures from the `representation` measure, as the section reads them. */
interface DimensionFigures {
  /** The demographic. */
  readonly dim: DemographicDimension;
  /** The measure's components. */
  readonly r: DatasetRepresentationComponents;
  /** The measure's table after disclosure control. */
  readonly controlled: DisclosedTable;
  /** The reference table in force, if any. */
  readonly table: ReferenceTable | undefined;
  /** Category counts as published, with "not stated" last. */
  readonly published: readonly DisclosedCell[];
  /** The comparison's figures by reference category. */
  readonly byCategory: ReadonlyMap<string, RepresentationCategory>;
  /** The period reported on. */
  readonly period: LabelledPeriod;
}

/** What one demographic adds to the report. */
export interface DimensionSection {
  /** The section's blocks. */
  readonly blocks: Block[];
  /** The measure's diagnostics (a missing reference table left out: the section says so). */
  readonly diagnostics: Diagnostic[];
  /** The reference table in force, if any. */
  readonly table: ReferenceTable | undefined;
  /** The demographic and its reference table, when that table is unverified or approximate. */
  readonly unverified: string | undefined;
}

/**
 * The population share of a reference category (with the categories collapsed into it); for
 * age, a share of adults, as the census bands include children. `null` without a table or with
 * no such category.
 */
function populationShare(f: DimensionFigures, ref: string): number | null {
  const { dim, table } = f;
  if (!table) return null;
  const ids = Object.entries(dim.collapse ?? {})
    .filter(([, to]) => to === ref)
    .map(([from]) => from);
  const cats = (table.categories as ReferenceTable["categories"]).filter(
    (c) => c.id === ref || ids.includes(c.id),
  );
  if (cats.length === 0) return null;
  const sum = cats.reduce((a, c) => a + c.share, 0);
  if (dim.key === "ageBand") {
    const adults = (table.categories as ReferenceTable["categories"]).filter(
      (c) => c.id !== "under-15",
    );
    return sum / adults.reduce((a, c) => a + c.share, 0);
  }
  return sum;
}

/**
 * One category's row: its published count, its share of those who stated, the population share
 * and the representation ratio (withheld where the count is hidden).
 */
function categoryRow(
  f: DimensionFigures,
  [, label, ref]: DemographicDimension["categories"][number],
  i: number,
): Record<string, Cell> {
  const { dim } = f;
  const answeredN = f.r.answered;
  const d = f.published[i] as DisclosedCell;
  const cat = f.byCategory.get(ref);
  const hidden = d.value === null;
  const perCategory = dim.oneToOne && !hidden && cat !== undefined;
  const p = populationShare(f, ref);
  return {
    category: cell(label),
    count: disclosedCell(d),
    share: perCategory
      ? cell(
          formatProportion(cat.groupShare),
          cat.groupShare === null ? null : cat.groupShare * 100,
        )
      : hidden
        ? withheldCell()
        : !dim.oneToOne && d.value !== null && answeredN !== null && answeredN > 0
          ? cell(formatProportion(d.value / answeredN), (100 * d.value) / answeredN)
          : cell(NO_DATA, null),
    population:
      dim.oneToOne && p !== null ? cell(formatProportion(p), p * 100) : cell(NO_DATA, null),
    ratio:
      perCategory && cat.ratio !== null
        ? cell(formatNumber(cat.ratio, 2), cat.ratio)
        : hidden
          ? withheldCell()
          : cell(NO_DATA, null),
  };
}

/**
 * A reference table in words a reader knows: its title, what to know about its figures, and
 * the publication it comes from, e.g. "Census 2021, table TS021 Ethnic group, England (shares
 * worked out from the published counts for England; Office for National Statistics (ONS)
 * 2022)". A table's `note` is for developers and is never shown.
 */
export function referenceWords(table: ReferenceTable): string {
  const cited = citationText(table.source);
  if (table.title === undefined) return cited;
  return `${table.title} (${table.caveat === undefined ? "" : `${table.caveat}; `}${cited})`;
}

/**
 * The table of contributors by category compared with the population: a row per category, then
 * "not stated" and the total, with the disclosure statement and the reference in the footnote.
 */
function dimensionTable(f: DimensionFigures): TableBlock {
  const { dim, table, r, period } = f;
  const answeredN = r.answered;
  const controlled = f.controlled;
  const notStatedCell = f.published[f.published.length - 1] as DisclosedCell;
  const totalCell = controlled.grandTotal;
  const rows: Record<string, Cell>[] = dim.categories.map((c, i) => categoryRow(f, c, i));
  rows.push({
    category: cell("Not stated (prefer not to say, not recorded or no consent)"),
    count: disclosedCell(notStatedCell),
    share: cell(NO_DATA, null),
    population: cell(NO_DATA, null),
    ratio: cell(NO_DATA, null),
  });
  rows.push({
    category: cell("Total"),
    count: totalCell ? disclosedCell(totalCell) : cell(NO_DATA, null),
    share: cell(
      answeredN !== null && answeredN > 0 ? "100.0%" : NO_DATA,
      answeredN !== null && answeredN > 0 ? 100 : null,
    ),
    population: cell(
      dim.oneToOne && table ? "100.0%" : NO_DATA,
      dim.oneToOne && table ? 100 : null,
    ),
    ratio: cell(NO_DATA, null),
  });
  return {
    type: "table",
    id: `demographics-${dim.key}`,
    caption: `${dim.label} of contributors compared with ${table ? (table.geography === "england" ? "England" : "England and Wales") : "no reference population"}, ${period.label}`,
    columns: [
      { key: "category", label: dim.label, align: "left" },
      { key: "count", label: "Contributors", align: "right" },
      { key: "share", label: "Share of those who stated", align: "right" },
      { key: "population", label: "Population share", align: "right" },
      { key: "ratio", label: "Representation ratio", align: "right" },
    ],
    rows,
    footnote: `${controlled.statement} Reference: ${table ? referenceWords(table) : "none in force for this date"}.`,
  };
}

/**
 * For a demographic whose categories share reference categories (age), the table comparing
 * contributors with the adult population in the census's broad bands; `undefined` otherwise.
 */
function broadBandsTable(f: DimensionFigures): TableBlock | undefined {
  const { dim, table } = f;
  const comparison = f.r.comparison;
  if (dim.oneToOne || comparison === null) return undefined;
  const cats = comparison.components.categories.filter((c) => c.inReference);
  return {
    type: "table",
    id: `representation-${dim.key}-broad`,
    caption: `${dim.label}: contributors in broad bands compared with the adult population`,
    columns: [
      { key: "band", label: "Band", align: "left" },
      { key: "share", label: "Share of those who stated", align: "right" },
      { key: "population", label: "Population share (adults)", align: "right" },
      { key: "ratio", label: "Representation ratio", align: "right" },
    ],
    rows: cats.map((c) => ({
      band: cell(
        c.category === "hidden-combined"
          ? "Bands with hidden counts, combined"
          : (table?.categories.find((t) => t.id === c.category)?.label ?? c.category),
      ),
      share: cell(
        formatProportion(c.groupShare),
        c.groupShare === null ? null : c.groupShare * 100,
      ),
      population: cell(
        formatProportion(c.populationShare),
        c.populationShare === null ? null : c.populationShare * 100,
      ),
      ratio: cell(c.ratio === null ? NO_DATA : formatNumber(c.ratio, 2), c.ratio),
    })),
    footnote:
      "The census publishes broad bands only (under 15, 15 to 64, 65 and over); children are left out and the adult shares rescaled. The 15 to 64 band includes 15-year-olds, so the comparison is approximate.",
  };
}

/** The index of dissimilarity, or why it is not shown. */
function dissimilarityMetric(f: DimensionFigures): MetricBlock {
  const { dim, table } = f;
  const dValue = f.r.comparison?.value ?? null;
  const hiddenMerged = f.r.hiddenMerged;
  return {
    type: "metric",
    id: `dissimilarity-${dim.key}`,
    label: `${dim.label}: index of dissimilarity`,
    value: dValue,
    display: dValue === null ? "not shown" : formatNumber(dValue, 3),
    detail:
      dValue === null
        ? table
          ? "Too few contributors stated this, or the number who did is hidden, so the comparison would reveal hidden counts."
          : "No reference population table is in force for this period."
        : `${formatPercent(dValue * 100)} of contributors who stated this would have to be in a different category to match the population${hiddenMerged > 0 ? `; ${plural(hiddenMerged, "category", "categories")} with hidden counts merged into one first` : ""}.`,
  };
}

/**
 * For a demographic whose categories are their own reference categories, the bar chart of
 * contributors' and the population's shares (no bar for a hidden count); `undefined` otherwise.
 */
function sharesChart(f: DimensionFigures): ChartBlock | undefined {
  const { dim } = f;
  if (!dim.oneToOne) return undefined;
  const shown = dim.categories.map(([, label, ref], i) => {
    const cat = f.byCategory.get(ref);
    const hidden = (f.published[i] as DisclosedCell).value === null;
    const g = hidden || !cat || cat.groupShare === null ? null : cat.groupShare * 100;
    const p = populationShare(f, ref);
    return { label, g, p: p === null ? null : p * 100, hidden };
  });
  return {
    type: "chart",
    id: `chart-${dim.key}`,
    kind: "bar",
    title: `${dim.label}: contributors and population`,
    description: `Share of contributors who stated their ${dim.label.toLowerCase()} in each category, beside the population share; categories with hidden counts have no bar.`,
    categories: shown.map((s) => s.label),
    series: [
      { name: "Contributors", values: shown.map((s) => s.g) },
      { name: "Population", values: shown.map((s) => s.p) },
    ],
    unit: "%",
    labels: [
      shown.map((s) => (s.hidden ? WITHHELD : formatPercent(s.g))),
      shown.map((s) => formatPercent(s.p)),
    ],
  };
}

/**
 * One demographic's section, from the `representation` measure: its heading, the table by
 * category, the broad bands (age), the index of dissimilarity and the chart; `undefined` when
 * no consented contributor stated it.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (project, disclosure preset, as-of date)
 * @param period - the period reported on
 * @param id - the demographic
 * @returns the section, its diagnostics, its reference table and any unverified reference
 */
export function representationDimensionSection(
  dataset: Dataset,
  ctx: ReportContext,
  period: LabelledPeriod,
  id: RepresentationDimensionId,
): DimensionSection | undefined {
  const dim = representationDimension(id);
  const score = measure("representation", dataset, {
    period,
    project: ctx.project?.id,
    dimension: id,
    disclosure: ctx.disclosure,
  });
  const r = score.components;
  if (r.stated === 0) return undefined;
  // disclosure control refuses only a malformed table, which ppie's own counts never are
  if (r.table === null) throw new MeasureFailed(score.diagnostics);
  const f: DimensionFigures = {
    dim,
    r,
    controlled: r.table,
    table: r.reference ?? undefined,
    published: r.table.rows.map((row) => row[0] as DisclosedCell),
    byCategory: new Map(
      (r.comparison?.components.categories ?? []).map((c) => [c.category, c] as const),
    ),
    period,
  };
  const blocks: Block[] = [{ type: "heading", level: 2, text: dim.label }, dimensionTable(f)];
  const broad = broadBandsTable(f);
  if (broad !== undefined) blocks.push(broad);
  blocks.push(dissimilarityMetric(f));
  const chart = sharesChart(f);
  if (chart !== undefined) blocks.push(chart);
  return {
    blocks,
    diagnostics: score.diagnostics.filter((x) => x.code !== "representation/no-reference"),
    table: f.table,
    unverified:
      f.table && !f.table.verified
        ? `${dim.label}, against ${f.table.title ?? citationText(f.table.source)}`
        : undefined,
  };
}
