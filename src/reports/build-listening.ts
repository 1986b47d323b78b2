import {
  CHOICE_FFT_CAUTIOUS,
  CHOICE_IMPACT,
  CHOICE_LISTENING,
} from "../frameworks/design-choices.js";
import {
  FFT_CALCULATIONS,
  FFT_GUIDANCE_2019,
  FFT_PIPELINE,
  PIRIT_2023,
} from "../frameworks/publications.js";
import type { Dataset } from "../model/dataset.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import { fftHeadlineOf, fftTrend } from "./feedback-fft-section.js";
import {
  formatChange,
  formatCount,
  formatList,
  formatPercent,
  formatPeriod,
  NO_DATA,
  plural,
} from "./format.js";
import { listeningFftSection } from "./listening-fft-section.js";
import type { ListeningScope } from "./listening-scope.js";
import { listeningScope, palsChangeShown } from "./listening-scope.js";
import { palsSection, storiesSection, whatChangedSection } from "./listening-sections.js";
import type { ReportContext } from "./options.js";
import type { Block, MetricBlock, ParagraphBlock, Report } from "./report.js";
import {
  disclosedCell,
  publishedCount,
  publishedStatistic,
  smallNumberSources,
  WITHHELD,
} from "./small-numbers.js";
import { withSourcesSection } from "./sources-section.js";

/** The method note: what counts as listening, how FFT is hidden, how PALS counts are protected. */
function listeningMethodNote(s: ListeningScope): ParagraphBlock {
  const { ctx, period, c, rule } = s;
  const scope = ctx.project ? ` for ${ctx.text(ctx.project.title)}` : "";
  return {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: what was heard${scope} from ${formatPeriod(period)}, compared with ${formatPeriod(c.previous.period)}, through contacts with the Patient Advice and Liaison Service (PALS), patient and carer stories, and the Friends and Family Test (FFT). ` +
      "A change counts as coming from what was heard when an impact record names the PALS contact, story or FFT return it came from, whenever the change was made (keeping such a log follows Cardiff University's Public Involvement in Research Impact Toolkit, PIRIT, 2023); which records count as listening, and the share that led to a change, are ppie design choices. " +
      'FFT percentages are the share of all responses, including "Don\'t know", that were "Very good" or "Good" (or "Poor" or "Very poor"), with counts added up across units and months before dividing, as NHS England calculates them (NHS England\'s FFT guidance, 2019); units with 1 to 4 responses are hidden, with second-level and cascade suppression, following NHS England\'s FFT processing code but stricter (ppie\'s cautious FFT rules, a design choice). ' +
      `PALS contacts are counts of people, so they go through the small-number rule (${rule.name}), with other figures withheld where they would give a small one away. Stories are listed as recorded, with names of contributors taken out.`,
    sources: [
      CHOICE_LISTENING,
      PIRIT_2023,
      CHOICE_IMPACT,
      FFT_GUIDANCE_2019,
      FFT_CALCULATIONS,
      FFT_PIPELINE,
      CHOICE_FFT_CAUTIOUS,
      ...smallNumberSources(ctx.disclosure),
    ],
  };
}

/** A count's trend against the previous period's (both as published; none when either is hidden). */
function countTrend(
  now: number | null,
  before: number | null,
  one: string,
  many: string,
): NonNullable<MetricBlock["trend"]> {
  if (now === null) return { direction: "none", text: "no figure for this period" };
  if (before === null) return { direction: "none", text: "no figure for the previous period" };
  const d = now - before;
  return {
    direction: d === 0 ? "flat" : d > 0 ? "up" : "down",
    text: `${formatChange(d, 0, [` ${one}`, ` ${many}`])} since the previous period (${formatCount(before)})`,
  };
}

/** The PALS contacts headline: the published total of the PALS table, with its trend. */
function palsMetric(s: ListeningScope): MetricBlock {
  const { c, ctx, pals } = s;
  // the same number in both tables: shown only where neither hides it
  const total =
    pals.byOutcome.grandTotal.value === null
      ? pals.byOutcome.grandTotal
      : pals.byCategory.grandTotal;
  // no contacts recorded is said as 0, as the PALS section says none were recorded: hiding
  // it would protect nobody
  const none = c.pals.contacts === 0;
  const shown = none ? 0 : total.value;
  const before =
    c.previous.palsContacts === 0
      ? 0
      : publishedCount(c.previous.palsContacts, ctx.disclosure).value;
  return {
    type: "metric",
    id: "listening-pals-contacts",
    label: "PALS contacts",
    value: shown,
    display: none ? formatCount(0) : disclosedCell(total).text,
    detail: none
      ? "No PALS contacts were recorded in the period."
      : shown === null
        ? "Withheld under the small-number rule: contacts are people."
        : "Contacts with the Patient Advice and Liaison Service in the period.",
    trend: countTrend(shown, before, "contact", "contacts"),
  };
}

/** The stories headline: how many, how many shared at a forum, with its trend. */
function storiesMetric(s: ListeningScope): MetricBlock {
  const { c, ctx } = s;
  const forums = c.stories.byForum.slice(0, 3).map((f) => ctx.text(f.forum));
  return {
    type: "metric",
    id: "listening-stories",
    label: "Stories heard",
    value: c.stories.count,
    display: formatCount(c.stories.count),
    detail:
      c.stories.count === 0
        ? "No stories were recorded in the period."
        : `${formatCount(c.stories.shared)} shared at a forum${forums.length > 0 ? ` (${formatList(forums)}${c.stories.byForum.length > 3 ? " and others" : ""})` : ""}, ${formatCount(c.stories.notShared)} not yet.`,
    trend: countTrend(c.stories.count, c.previous.stories, "story", "stories"),
  };
}

/** The FFT headline: % positive as the feedback report publishes it, with its trend. */
function fftMetric(s: ListeningScope): MetricBlock {
  const { c } = s;
  const { hidden, total } = fftHeadlineOf(c.fft.counts);
  const before = fftHeadlineOf(c.previous.fftCounts);
  const pos = hidden ? null : publishedStatistic(c.fft.percentPositive);
  const prevPos =
    c.previous.fftReturns > 0 && !before.hidden
      ? publishedStatistic(c.previous.fftPercentPositive)
      : null;
  const units = plural(c.fft.units.length, "unit");
  return {
    type: "metric",
    id: "listening-fft-positive",
    label: "Friends and Family Test: % positive",
    value: pos,
    display: hidden ? WITHHELD : formatPercent(pos),
    detail:
      c.fft.returns === 0
        ? "No Friends and Family Test results were recorded in the period."
        : total === null
          ? `The number of responses (from ${units}) is withheld: NHS England does not publish 1 to 4.`
          : `${formatCount(total)} responses from ${units}.`,
    trend: fftTrend(pos, prevPos),
  };
}

/** The share of listening records that led to a recorded change. */
function changeMetric(s: ListeningScope): MetricBlock {
  const { c } = s;
  // with the stories' and FFT returns' figures shown, the share (or its detail) would give away a
  // withheld number of PALS contacts, with a change, without one or in all
  if (!palsChangeShown(c.pals.contacts, s.palsChange)) {
    return {
      type: "metric",
      id: "listening-changed",
      label: "What we heard that led to a recorded change",
      value: null,
      display: WITHHELD,
      detail:
        "Withheld under the small-number rule: with the figures below, it would give away how many PALS contacts led to a change.",
      trend: { direction: "none", text: "no figure for this period" },
    };
  }
  const v = publishedStatistic(c.withImpactShare);
  // last period's share only where last period's report showed it, by the same protection
  const prevShown = palsChangeShown(c.previous.palsContacts, s.previousPalsChange);
  const prev = prevShown ? publishedStatistic(c.previous.withImpactShare) : null;
  return {
    type: "metric",
    id: "listening-changed",
    label: "What we heard that led to a recorded change",
    value: v,
    display: v === null ? NO_DATA : formatPercent(v),
    detail: `${formatCount(c.withImpact)} of ${plural(c.records, "PALS contact, story or FFT return", "PALS contacts, stories and FFT returns")} ${c.withImpact === 1 ? "is" : "are"} named by an impact record.`,
    trend: fftTrend(v, prev),
  };
}

/**
 * Build the `listening` report: what an organisation heard in a period (optionally one
 * project's records) through PALS, stories and the Friends and Family Test, and what changed
 * because of it. Headline figures with their trend against the previous period (PALS contacts,
 * stories heard, FFT % positive, the share that led to a recorded change); FFT by named unit
 * with NHS England's suppression (the cautious rules, as in the `feedback` report); PALS
 * contacts by category and outcome under disclosure control, with a chart and the top themes;
 * each story with the forums it was shared at and the changes that came from it; and the
 * impact records that came from feedback. Every figure comes from the `listening` measure. The
 * report ends with its Sources section.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("listening", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "Listening: what we heard and what changed, 2025-26"
 * ```
 * @category Reports
 */
export function buildListeningReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const s = listeningScope(dataset, ctx);
  const headline: Block[] = [
    { type: "heading", level: 2, text: "Headline figures" },
    palsMetric(s),
    storiesMetric(s),
    fftMetric(s),
    changeMetric(s),
  ];
  return ok({
    kind: "listening",
    title: `Listening: what we heard and what changed, ${s.period.label}`,
    period: s.period,
    generatedAt: ctx.generatedAt,
    sections: withSourcesSection([
      listeningMethodNote(s),
      ...headline,
      ...listeningFftSection(s),
      ...palsSection(s),
      ...storiesSection(s),
      ...whatChangedSection(s),
    ]),
  });
}
