import type { ReferenceDimension, ReferenceTable } from "../frameworks/census.js";
import { REFERENCE_TABLES, referenceTableInForce } from "../frameworks/census.js";
import type { Contributor, Demographics } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import { inPeriod } from "../model/period.js";
import type { Diagnostic, Result } from "../result.js";
import { ok } from "../result.js";
import { representation } from "../scores/representation.js";
import type { DisclosedCell } from "./disclosure.js";
import { disclosureControl, disclosurePresets } from "./disclosure.js";
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

/** One demographic the model holds (model/contributor.ts, ONS Census 2021 categories, metrics.md §6). */
interface Dimension {
  key: keyof Demographics;
  label: string;
  reference: ReferenceDimension;
  /** Data categories in display order: id as stored, label, and the reference category it compares with. */
  categories: readonly (readonly [string, string, string])[];
  /** Reference categories merged before comparison (e.g. the two disabled categories of England). */
  collapse?: Readonly<Record<string, string>>;
  /** Whether each data category is its own reference category (else several share one). */
  oneToOne: boolean;
}

const DIMENSIONS: readonly Dimension[] = [
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
  },
  {
    key: "imdDecile",
    label: "Deprivation (IMD decile of home area)",
    reference: "imd-decile",
    oneToOne: true,
    categories: Array.from({ length: 10 }, (_, i) => {
      const n = i + 1;
      const label =
        n === 1
          ? "Decile 1 (most deprived)"
          : n === 10
            ? "Decile 10 (least deprived)"
            : `Decile ${n}`;
      return [String(n), label, `decile-${n}`] as const;
    }),
  },
];

function hasConsent(c: Contributor): boolean {
  const d = c.consent.demographics;
  return d?.given === true && d.withdrawn === undefined;
}

/** Contributors who took part in an activity or event dated in the period (optionally one project). */
function involved(dataset: Dataset, period: Period, projectId: string | undefined): Contributor[] {
  const ids = new Set<string>();
  for (const a of dataset.activities) {
    if (!inPeriod(a.startDate, period)) continue;
    if (projectId !== undefined && a.projectId !== projectId) continue;
    for (const x of a.contributors) ids.add(x.contributorId);
  }
  for (const e of dataset.events) {
    if (!inPeriod(e.date, period)) continue;
    if (projectId !== undefined && e.projectId !== projectId) continue;
    for (const x of e.contributors) ids.add(x.contributorId);
  }
  return dataset.contributors.filter((c) => ids.has(c.id));
}

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
  const people = involved(dataset, period, ctx.project?.id);
  const consented = people.filter(hasConsent);
  const diagnostics: Diagnostic[] = [];
  const sections: Block[] = [];
  const refDate = period.end;

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
  const headline = disclosureControl(
    { rows: [[consented.length], [people.length - consented.length]] },
    reportPolicy(ctx.disclosure),
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
  for (const dim of DIMENSIONS) {
    const stated = consented.filter((c) => c.demographics?.[dim.key] !== undefined);
    if (stated.length === 0) continue;
    const tables: readonly ReferenceTable[] = REFERENCE_TABLES;
    const table: ReferenceTable | undefined =
      referenceTableInForce(tables, dim.reference, refDate, "england") ??
      referenceTableInForce(tables, dim.reference, refDate);
    const counts = dim.categories.map(
      ([id]) => consented.filter((c) => String(c.demographics?.[dim.key]) === id).length,
    );
    const notStated = people.length - counts.reduce((a, b) => a + b, 0);
    const labels = [
      ...dim.categories.map(([, label]) => label),
      "Not stated (prefer not to say, not recorded or no consent)",
    ];
    const controlled = disclosureControl(
      {
        rows: [...counts, notStated].map((n) => [n]),
        rowLabels: labels,
        columnLabels: ["Contributors"],
      },
      reportPolicy(ctx.disclosure),
    );
    diagnostics.push(...controlled.diagnostics);
    const published = controlled.rows.map((r) => r[0] as DisclosedCell);
    const notStatedCell = published[published.length - 1] as DisclosedCell;
    const totalCell = controlled.grandTotal;

    // the comparison uses published figures only: hidden categories merged into one
    const publishedTotal = totalCell?.value ?? null;
    const answeredN =
      publishedTotal !== null && notStatedCell.value !== null
        ? publishedTotal - notStatedCell.value
        : null;
    let comparison: ReturnType<typeof representation> | null = null;
    let hiddenMerged = 0;
    if (table && answeredN !== null && answeredN > 0) {
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
      const hiddenSum = answeredN - Object.values(groupCounts).reduce((a, b) => a + b, 0);
      hiddenMerged = hiddenRefs.size;
      if (hiddenRefs.size > 0) {
        for (const ref of hiddenRefs) collapse[ref] = "hidden-combined";
        groupCounts["hidden-combined"] = Math.max(0, hiddenSum);
      }
      const shares: Record<string, number> = {};
      for (const cat of table.categories as ReferenceTable["categories"])
        shares[cat.id] = cat.share;
      if (dim.key === "ageBand") {
        // adults only: the census table includes children, who are never contributors here
        delete shares["under-15"];
      }
      // a comparison needs at least one published category and two categories in all
      const shownRefs = Object.keys(groupCounts).filter((k) => k !== "hidden-combined").length;
      if (shownRefs >= 1 && shownRefs + (hiddenRefs.size > 0 ? 1 : 0) >= 2) {
        comparison = representation(groupCounts, shares, { collapse });
      }
    }
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
