import type { ReferenceTable } from "../frameworks/census.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import type { Diagnostic, Result } from "../result.js";
import { ok } from "../result.js";
import { consentAt, contributorsInvolvedIn } from "../derive/people.js";
import {
  REPRESENTATION_DIMENSION_IDS,
  representationDimension,
} from "../scores/representation-dataset.js";
import { MeasureFailed, measure, unwrap } from "./measure.js";
import type { DisclosedCell } from "../scores/disclosure.js";
import { disclosureControl, disclosurePresets } from "../scores/disclosure.js";
import {
  cell,
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatProportion,
  NO_DATA,
  plural,
} from "./format.js";
import type { ReportContext } from "./options.js";
import { disclosedCell, reportPolicy } from "./options.js";
import type { Block, Cell, Report } from "./report.js";

/**
 * Build the `representation` report: who was involved in a period (contributors at activities
 * and events, optionally for one project) compared with the population, for each demographic
 * the data holds (ethnic group, sex, age, disability, deprivation). Only demographics given
 * with recorded consent are used. Every count goes through `disclosureControl` (default preset
 * `tre-10`) with secondary suppression; shares, representation ratios (metrics.md §7.1) and
 * the index of dissimilarity (§7.2) come from `representation`, computed only from published
 * figures: hidden categories are merged into one before the comparison, so that no hidden
 * count can be worked out from a ratio. Reference shares are the Census 2021 (and IMD) tables
 * in force at the end of the period (`referenceTableInForce`, England where available).
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("representation", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "Who was involved: representation, 2025-26"
 * ```
 * @category Reports
 */
export function buildRepresentationReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const period = ctx.period as Period & { label: string };
  const policy = disclosurePresets[ctx.disclosure];
  const people = contributorsInvolvedIn(dataset, period, { projectId: ctx.project?.id });
  const consented = people.filter((c) => consentAt(c, "demographics", period.end));
  const diagnostics: Diagnostic[] = [];
  const sections: Block[] = [];

  sections.push({
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: contributors who took part in an involvement activity or engagement event between ${formatPeriod(period)}${ctx.project ? ` for ${ctx.text(ctx.project.title)}` : ""}, counted once each. ` +
      "Demographics are used only where the contributor gave consent to hold them; everyone else is counted as not stated. " +
      "Population shares are the ONS Census 2021 tables (and English Indices of Deprivation deciles) in force on the last day of the period (metrics.md §6). " +
      "Representation ratio = share of contributors who stated a category ÷ population share (1 means in proportion, below 1 under-represented; metrics.md §7.1). " +
      "Index of dissimilarity = half the sum of the absolute differences between the two sets of shares: the share of contributors who would have to be in a different category to match the population (0 to 1; metrics.md §7.2). " +
      `Disclosure control: ${policy.name}. Any count below ${policy.minSafeCount}${policy.protectZero ? " (including 0)" : ""} is hidden, with secondary suppression so that a hidden count cannot be worked out from totals (${policy.source}). ` +
      "Ratios and the index use only published figures: categories with hidden counts are merged into one before comparing.",
  });

  sections.push({ type: "heading", level: 2, text: "Who took part" });
  const headline = unwrap(
    disclosureControl(
      { rows: [[consented.length], [people.length - consented.length]] },
      reportPolicy(ctx.disclosure),
    ),
  );
  const total = headline.grandTotal;
  sections.push({
    type: "metric",
    id: "representation-contributors",
    label: "Contributors involved",
    value: total?.value ?? null,
    display: total ? disclosedCell(total).text : NO_DATA,
    detail: `People who took part in at least one activity or event between ${formatDate(period.start)} and ${formatDate(period.end)}.`,
  });
  const consentCell = headline.rows[0]?.[0];
  sections.push({
    type: "metric",
    id: "representation-consented",
    label: "Contributors whose demographics may be used (consent recorded)",
    value: consentCell?.value ?? null,
    display: consentCell ? disclosedCell(consentCell).text : NO_DATA,
    detail:
      consentCell?.suppressed === "secondary"
        ? `Withheld so that the number of contributors without recorded consent (fewer than ${policy.minSafeCount}) cannot be worked out from the total.`
        : consentCell?.suppressed === "primary"
          ? `Fewer than ${policy.minSafeCount} contributors have recorded consent, so the demographic tables below say little.`
          : "The others are counted as not stated in every table below.",
  });

  const unverified: string[] = [];
  for (const id of REPRESENTATION_DIMENSION_IDS) {
    const dim = representationDimension(id);
    const score = measure("representation", dataset, {
      period,
      project: ctx.project?.id,
      dimension: id,
      disclosure: ctx.disclosure,
      asOf: ctx.asOf,
    });
    const r = score.components;
    if (r.stated === 0) continue;
    const table = r.reference ?? undefined;
    const controlled = r.table;
    if (controlled === null) throw new MeasureFailed(score.diagnostics);
    diagnostics.push(...score.diagnostics.filter((x) => x.code !== "representation/no-reference"));
    const published = controlled.rows.map((row) => row[0] as DisclosedCell);
    const notStatedCell = published[published.length - 1] as DisclosedCell;
    const totalCell = controlled.grandTotal;
    const answeredN = r.answered;
    const comparison = r.comparison;
    const hiddenMerged = r.hiddenMerged;
    const byCategory = new Map(
      (comparison?.components.categories ?? []).map((c) => [c.category, c] as const),
    );

    sections.push({ type: "heading", level: 2, text: dim.label });
    const popShare = (ref: string): number | null => {
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
    };
    const rows: Record<string, Cell>[] = dim.categories.map(([, label, ref], i) => {
      const d = published[i] as DisclosedCell;
      const cat = byCategory.get(ref);
      const hidden = d.value === null;
      const perCategory = dim.oneToOne && !hidden && cat !== undefined;
      const p = popShare(ref);
      return {
        category: cell(label),
        count: disclosedCell(d),
        share: perCategory
          ? cell(
              formatProportion(cat.groupShare),
              cat.groupShare === null ? null : cat.groupShare * 100,
            )
          : hidden
            ? cell("withheld", null, d.suppressed === "primary" ? "primary" : "secondary")
            : !dim.oneToOne && d.value !== null && answeredN !== null && answeredN > 0
              ? cell(formatProportion(d.value / answeredN), (100 * d.value) / answeredN)
              : cell(NO_DATA, null),
        population:
          dim.oneToOne && p !== null ? cell(formatProportion(p), p * 100) : cell(NO_DATA, null),
        ratio:
          perCategory && cat.ratio !== null
            ? cell(formatNumber(cat.ratio, 2), cat.ratio)
            : hidden
              ? cell("withheld", null, d.suppressed === "primary" ? "primary" : "secondary")
              : cell(NO_DATA, null),
      };
    });
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
    sections.push({
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
      footnote: `${controlled.statement} Reference: ${table ? `${table.source}${table.note ? ` (${table.note})` : ""}` : "none in force for this date"}.`,
    });
    if (table && !table.verified) unverified.push(`${dim.label.toLowerCase()} (${table.id})`);

    if (!dim.oneToOne && comparison !== null) {
      const cats = comparison.components.categories.filter((c) => c.inReference);
      sections.push({
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
          "The census publishes broad bands only (under 15, 15 to 64, 65 and over, metrics.md §6.4); children are left out and the adult shares rescaled. The 15 to 64 band includes 15-year-olds, so the comparison is approximate.",
      });
    }

    const dValue = comparison?.value ?? null;
    sections.push({
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
    });

    if (dim.oneToOne) {
      const shown = dim.categories.map(([, label, ref], i) => {
        const cat = byCategory.get(ref);
        const hidden = (published[i] as DisclosedCell).value === null;
        const g = hidden || !cat || cat.groupShare === null ? null : cat.groupShare * 100;
        const p = popShare(ref);
        return { label, g, p: p === null ? null : p * 100, hidden };
      });
      sections.push({
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
          shown.map((s) => (s.hidden ? "withheld" : formatPercent(s.g))),
          shown.map((s) => formatPercent(s.p)),
        ],
      });
    }
  }

  if (unverified.length > 0) {
    sections.push({
      type: "paragraph",
      tone: "warning",
      text: `Some reference figures are approximations or unverified: ${unverified.join(", ")}. The IMD deciles assume each decile holds 10% of people, when in fact each holds about 10% of small areas (metrics.md §6.6).`,
    });
  }
  if (consented.length === 0) {
    sections.push({
      type: "paragraph",
      text: "No contributor involved in the period has demographics held with consent, so there is nothing to compare.",
    });
  }
  sections.push({
    type: "paragraph",
    tone: "note",
    text: `Census figures describe the usual resident population on Census Day 2021 (21 March 2021), not the population your organisation serves; load your own local tables for a sharper comparison.`,
  });

  return ok(
    {
      kind: "representation",
      title: `Who was involved: representation, ${period.label}`,
      period,
      generatedAt: ctx.generatedAt,
      sections,
    },
    diagnostics.filter((d) => d.severity !== "info"),
  );
}
