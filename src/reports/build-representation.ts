import type { ReferenceTable } from "../frameworks/census.js";
import { DUNCAN_1955 } from "../frameworks/publications.js";
import { CHOICE_POPULATION_SHARES } from "../frameworks/design-choices.js";
import type { Dataset } from "../model/dataset.js";
import type { Contributor } from "../model/contributor.js";
import type { Diagnostic, Result } from "../result.js";
import { ok } from "../result.js";
import type { LabelledPeriod } from "../derive/period.js";
import { consentAt, contributorsInvolvedIn } from "../derive/people.js";
import { REPRESENTATION_DIMENSION_IDS } from "../scores/representation-dataset.js";
import { disclosureControl, disclosurePresets } from "../scores/disclosure.js";
import { unwrap } from "./measure.js";
import { formatDate, formatPeriod, NO_DATA } from "./format.js";
import type { ReportContext } from "./options.js";
import { disclosedCell, reportPolicy, smallNumberSources } from "./small-numbers.js";
import { citationText, citing, sourcesOf, withSourcesSection } from "./sources-section.js";
import type { Block, ParagraphBlock, Report } from "./report.js";
import { representationDimensionSection } from "./representation-dimension-section.js";

/**
 * The method note: who is counted, consent, the reference tables, the representation ratio and
 * the index of dissimilarity, and the disclosure control applied. It cites the reference tables
 * in force (as their data names them), Duncan and Duncan for the index, and the small-number
 * rule.
 */
function representationMethodNote(
  ctx: ReportContext,
  period: LabelledPeriod,
  tables: readonly ReferenceTable[],
): ParagraphBlock {
  const policy = disclosurePresets[ctx.disclosure];
  const note: ParagraphBlock = {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: contributors who took part in an involvement activity or engagement event from ${formatPeriod(period)}${ctx.project ? ` for ${ctx.text(ctx.project.title)}` : ""}, counted once each. ` +
      "Demographics are used only where the contributor gave consent to hold them; everyone else is counted as not stated. " +
      "Population shares are from the Office for National Statistics' Census 2021 tables (and, for deprivation, the English Indices of Deprivation) in force on the last day of the period; the table used is named under each comparison. " +
      "The representation ratio is the share of contributors who stated a category divided by its population share: 1 means in proportion, below 1 under-represented. " +
      "The index of dissimilarity (Duncan and Duncan 1955) is half the sum of the absolute differences between the two sets of shares: the share of contributors who would have to be in a different category to match the population (0 to 1). " +
      `Small numbers: ${policy.name} (${citationText(policy.source)}). Any count below ${policy.minSafeCount}${policy.protectZero ? " (including 0)" : ""} is hidden, with secondary suppression so that a hidden count cannot be worked out from totals; every report applies the same rule (a ppie design choice). ` +
      "Ratios and the index use only published figures: categories with hidden counts are merged into one before comparing.",
  };
  return citing(note, [
    ...tables.flatMap((t) => sourcesOf(t.source)),
    DUNCAN_1955,
    ...smallNumberSources(ctx.disclosure),
  ]);
}

/**
 * The "who took part" section: the contributors involved and those whose demographics may be
 * used, both under disclosure control (so that the number without consent cannot be worked out).
 */
function whoTookPartSection(
  ctx: ReportContext,
  period: LabelledPeriod,
  people: readonly Contributor[],
  consented: readonly Contributor[],
): Block[] {
  const policy = disclosurePresets[ctx.disclosure];
  const headline = unwrap(
    disclosureControl(
      { rows: [[consented.length], [people.length - consented.length]] },
      reportPolicy(ctx.disclosure),
    ),
  );
  const total = headline.grandTotal;
  const consentCell = headline.rows[0]?.[0];
  return [
    { type: "heading", level: 2, text: "Who took part" },
    {
      type: "metric",
      id: "representation-contributors",
      label: "Contributors involved",
      value: total?.value ?? null,
      display: total ? disclosedCell(total).text : NO_DATA,
      detail: `People who took part in at least one activity or event between ${formatDate(period.start)} and ${formatDate(period.end)}.`,
    },
    {
      type: "metric",
      id: "representation-consented",
      label: "Contributors whose demographics may be used (consent recorded)",
      value: consentCell?.value ?? null,
      display: consentCell ? disclosedCell(consentCell).text : NO_DATA,
      // one sentence for a hidden figure, whichever step hid it (the reason would tell
      // whether those with consent or those without are the small number)
      detail:
        consentCell?.value === null
          ? `Withheld under the small-number rule (${policy.name}): it, or the number without recorded consent, is below ${policy.minSafeCount}${policy.protectZero ? " (zero included)" : ""}. Those without consent are counted as not stated in every table below.`
          : "The others are counted as not stated in every table below.",
    },
  ];
}

/**
 * The closing notes: which reference tables are unverified or approximate (and, for deprivation,
 * why), a sentence when no one's demographics may be used, and what census figures describe.
 */
function representationClosingNotes(
  unverified: readonly string[],
  tables: readonly ReferenceTable[],
  consented: number,
): Block[] {
  const blocks: Block[] = [];
  if (unverified.length > 0) {
    const deprivation = tables.filter(
      (t) => !t.verified && (t.dimension === "imd-decile" || t.dimension === "imd-quintile"),
    );
    const warning: ParagraphBlock = {
      type: "paragraph",
      tone: "warning",
      text: `Some reference figures are approximations or not yet verified: ${unverified.join("; ")}.`,
    };
    blocks.push(
      deprivation.length === 0
        ? warning
        : citing(
            {
              ...warning,
              text: `${warning.text} The deprivation figures take each decile as 10% of people (each quintile as 20%), when in fact each holds about that share of small areas, not of people: an approximation, and a ppie design choice.`,
            },
            [CHOICE_POPULATION_SHARES, ...deprivation.flatMap((t) => sourcesOf(t.source))],
          ),
    );
  }
  if (consented === 0) {
    blocks.push({
      type: "paragraph",
      text: "No contributor involved in the period has demographics held with consent, so there is nothing to compare.",
    });
  }
  blocks.push({
    type: "paragraph",
    tone: "note",
    text: `Census figures describe the usual resident population on Census Day 2021 (21 March 2021), not the population your organisation serves; load your own local tables for a sharper comparison.`,
  });
  return blocks;
}

/**
 * Build the `representation` report: who was involved in a period (contributors at activities
 * and events, optionally for one project) compared with the population, for each demographic
 * the data holds (ethnic group, sex, age, disability, deprivation). Only demographics given
 * with recorded consent are used. Every count goes through `disclosureControl` (default preset
 * `tre-10`) with secondary suppression; shares, representation ratios and the index of
 * dissimilarity (Duncan and Duncan 1955) come from `representation`, computed only from published
 * figures: hidden categories are merged into one before the comparison, so that no hidden
 * count can be worked out from a ratio. Reference shares are the Census 2021 (and IMD) tables
 * in force at the end of the period (`referenceTableInForce`, England where available). The
 * report ends with its Sources section.
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
  const period = ctx.period as LabelledPeriod;
  const people = contributorsInvolvedIn(dataset, period, { projectId: ctx.project?.id });
  const consented = people.filter((c) => consentAt(c, "demographics", period.end));
  const diagnostics: Diagnostic[] = [];
  const dimensions: Block[] = [];
  const unverified: string[] = [];
  const tables: ReferenceTable[] = [];
  for (const id of REPRESENTATION_DIMENSION_IDS) {
    const section = representationDimensionSection(dataset, ctx, period, id);
    if (section === undefined) continue;
    dimensions.push(...section.blocks);
    diagnostics.push(...section.diagnostics);
    if (section.table !== undefined) tables.push(section.table);
    if (section.unverified !== undefined) unverified.push(section.unverified);
  }
  const sections: Block[] = [
    representationMethodNote(ctx, period, tables),
    ...whoTookPartSection(ctx, period, people, consented),
    ...dimensions,
    ...representationClosingNotes(unverified, tables, consented.length),
  ];

  return ok(
    {
      kind: "representation",
      title: `Who was involved: representation, ${period.label}`,
      period,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection(sections),
    },
    diagnostics.filter((d) => d.severity !== "info"),
  );
}
