import type { LabelledPeriod } from "../derive/period.js";
import { CHOICE_ACTIVITY_MODES, CHOICE_ENGAGEMENT } from "../frameworks/design-choices.js";
import { NIHR_CRN_TOOLKIT } from "../frameworks/publications.js";
import type { Dataset } from "../model/dataset.js";
import { previousPeriod } from "../model/period.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import type { EngagementComponents, RecordedFigure } from "../scores/engagement.js";
import {
  agendaSection,
  attendanceMixSection,
  eventsByKindSection,
  membershipSection,
  NOT_RECORDED,
  recordedAt,
  bursaryTotalCell,
} from "./engagement-sections.js";
import { seldomHeardSection } from "./seldom-heard-section.js";
import {
  formatChange,
  formatCount,
  formatPercent,
  formatPeriod,
  NO_DATA,
  plural,
} from "./format.js";
import { measure } from "./measure.js";
import type { ReportContext } from "./options.js";
import type { MetricBlock, ParagraphBlock, Report } from "./report.js";
import { smallNumberRule, smallNumberSources } from "./small-numbers.js";
import { withSourcesSection } from "./sources-section.js";

type Trend = NonNullable<MetricBlock["trend"]>;

/** A figure's trend against the previous period's, in its own unit. */
function trendOf(
  now: number | null,
  before: number | null,
  show: (v: number) => string,
  suffix = "",
  decimals = 0,
): Trend {
  if (now === null) {
    return {
      direction: "none",
      text:
        before === null
          ? "no figure for this period or the previous one"
          : `no figure for this period (previous period: ${show(before)})`,
    };
  }
  if (before === null) return { direction: "none", text: "no figure for the previous period" };
  const d = now - before;
  return {
    direction: Math.abs(d) < (decimals === 0 ? 0.5 : 0.05) ? "flat" : d > 0 ? "up" : "down",
    text: `${formatChange(d, decimals, suffix)} since the previous period (${show(before)})`,
  };
}

/** A recorded figure as a headline's number: `null` when no event recorded it. */
function shownTotal(f: RecordedFigure): number | null {
  return f.recorded === 0 ? null : f.total;
}

/** A headline metric of a figure events record or leave out (in person, online). */
function recordedMetric(
  id: string,
  label: string,
  f: RecordedFigure,
  before: RecordedFigure,
  events: number,
  what: string,
): MetricBlock {
  const v = shownTotal(f);
  return {
    type: "metric",
    id,
    label,
    value: v,
    display: v === null ? NOT_RECORDED : formatCount(v),
    detail:
      events === 0
        ? "No engagement events took place."
        : `Counted at ${recordedAt(f, events)}; ${f.recorded === events ? "every event counted it" : `${plural(events - f.recorded, "event")} did not count ${what}, and ${events - f.recorded === 1 ? "is" : "are"} not taken as 0`}.`,
    trend: trendOf(v, shownTotal(before), formatCount),
  };
}

/**
 * The bursary places headline: the "All events" figure of the table by kind (withheld when the
 * small-number rule hides it), with a trend only when both periods' figures may be shown.
 */
function bursaryMetric(c: EngagementComponents, ctx: ReportContext): MetricBlock {
  const now = bursaryTotalCell(c, ctx);
  const before = bursaryTotalCell(c.previous, ctx);
  const value = now.value ?? null;
  const previous = before.value ?? null;
  const withheld = value === null;
  return {
    type: "metric",
    id: "engagement-bursary-places",
    label: "Bursary places",
    value,
    display: now.text,
    detail: withheld
      ? "Withheld under the small-number rule: some places are counted from the bursary holders events list by name."
      : `Funded places to attend, at ${plural(c.bursaryEvents, "event")}.`,
    trend:
      value === null || previous === null
        ? {
            direction: "none",
            text: "no trend shown: a number is withheld under the small-number rule",
          }
        : trendOf(value, previous, formatCount),
  };
}

/** The headline figures, each with its trend against the previous period. */
function headlineMetrics(c: EngagementComponents, ctx: ReportContext): MetricBlock[] {
  const p = c.previous;
  return [
    {
      type: "metric",
      id: "engagement-events",
      label: "Engagement events and campaigns",
      value: c.events,
      display: formatCount(c.events),
      detail:
        c.spanning === 0
          ? "Events that took place in the period."
          : `Events that took place in the period, ${plural(c.spanning, "of them", "of them")} over several days reaching beyond it.`,
      trend: trendOf(c.events, p.events, formatCount),
    },
    recordedMetric(
      "engagement-in-person",
      "People reached in person",
      c.inPerson,
      p.inPerson,
      c.events,
      "attendance",
    ),
    recordedMetric(
      "engagement-online",
      "Online reach",
      c.online,
      p.online,
      c.events,
      "online reach",
    ),
    {
      type: "metric",
      id: "engagement-agenda-share",
      label: "Events with a public contributor on the agenda",
      value: c.agendaShare,
      display: c.agendaShare === null ? NO_DATA : formatPercent(c.agendaShare),
      detail: `${formatCount(c.onAgenda)} of ${plural(c.events, "event")}.`,
      trend: trendOf(c.agendaShare, p.agendaShare, formatPercent, " percentage points", 1),
    },
    bursaryMetric(c, ctx),
  ];
}

/** The method note: what counts, where the definition comes from, and the small-number rule. */
function methodNote(ctx: ReportContext, period: LabelledPeriod): ParagraphBlock {
  const rule = smallNumberRule(ctx.disclosure);
  return {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: the engagement events and campaigns${ctx.project ? ` of ${ctx.text(ctx.project.title)}` : ""} that took place ${formatPeriod(period)}, compared with ${formatPeriod(previousPeriod(period))}. ` +
      "Engagement is sharing knowledge about research and care with the public, as INVOLVE defines it and the NIHR Clinical Research Network's public involvement toolkit restates it; involvement and participation are counted elsewhere. " +
      "People in person and online reach are added up over the events that counted them, and each figure says how many events that was: an event that did not count a figure is left out, not taken as 0. " +
      "An event over several days counts in every period it reaches into, with all of its reach. A public contributor is on the agenda as a chair, speaker, panellist, facilitator or author; bursary places are funded places to attend. These rules are ppie design choices. " +
      `Numbers of people below ${rule.min} are withheld (small-number rule: ${rule.name}), and so are bursary places counted from the holders an event lists by name; attendance, online reach and the bursary places an event recorded as a total are the organisation's own counts and are shown as recorded.`,
    sources: [
      NIHR_CRN_TOOLKIT,
      CHOICE_ENGAGEMENT,
      CHOICE_ACTIVITY_MODES,
      ...smallNumberSources(ctx.disclosure),
    ],
  };
}

/**
 * Build the `engagement` report: the engagement events and campaigns of a period (optionally one
 * project's own), for a board. Headline figures with their trend against the previous period
 * (events, people in person, online reach, the share of events with a public contributor on the
 * agenda, bursary places), events by kind (a chart with its text alternative and a table, and
 * campaigns with their dates), public contributors on the agenda by role (numbers of people
 * under the small-number rule), new and returning attendance, and members and governors (for
 * the whole organisation, not one project). Every figure comes from the `engagement` measure.
 * The report opens with its method note and ends with its Sources section.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("engagement", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "Engagement: events, reach and public contributors, 2025-26"
 * ```
 * @category Reports
 */
export function buildEngagementReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const period = ctx.period as LabelledPeriod;
  const score = measure("engagement", dataset, { period, project: ctx.project?.id });
  const c = score.components;
  const seldomHeard = seldomHeardSection(dataset, ctx, period);
  return ok(
    {
      kind: "engagement",
      title: `Engagement: events, reach and public contributors, ${period.label}`,
      period,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection([
        methodNote(ctx, period),
        { type: "heading", level: 2, text: "Headline figures" },
        ...headlineMetrics(c, ctx),
        ...eventsByKindSection(dataset, ctx, c, period),
        ...agendaSection(ctx, c),
        ...attendanceMixSection(c),
        ...membershipSection(ctx, c, period),
        ...seldomHeard.blocks,
      ]),
    },
    [...score.diagnostics, ...seldomHeard.diagnostics].filter((d) => d.severity !== "info"),
  );
}
