import { facts } from "../derive/facts.js";
import { CHOICE_ACTIVITY_MODES, CHOICE_IMPACT } from "../frameworks/design-choices.js";
import { INVOLVE_BRIEFING_NOTES_2012, PIRIT_2023 } from "../frameworks/publications.js";
import type { LabelledPeriod } from "../derive/period.js";
import { impactInPeriod } from "../derive/period.js";
import { projectView } from "../derive/scope.js";
import { measure } from "./measure.js";
import type { Dataset } from "../model/dataset.js";
import type { ImpactRecord } from "../model/impact.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import type { ImpactComponents } from "../scores/impact.js";
import {
  formatQuantity,
  cell,
  formatCount,
  formatDate,
  formatList,
  formatPercent,
  formatPeriod,
  NO_DATA,
  plural,
  byDateThenId,
  stageLabel,
} from "./format.js";
import type { ReportContext } from "./options.js";
import { contributorLabel } from "./options.js";
import type {
  Block,
  Cell,
  ChartBlock,
  MetricBlock,
  ParagraphBlock,
  Report,
  TableBlock,
} from "./report.js";
import { impactSourcesInWords, joinSources } from "./impact-sources.js";
import { seldomHeardSection } from "./seldom-heard-section.js";
import { withSourcesSection } from "./sources-section.js";

/** Display labels of impact types (model/impact.ts). */
const TYPE_LABELS: Readonly<Record<ImpactRecord["type"], string>> = {
  "research-question": "Research question",
  design: "Study design",
  materials: "Materials",
  recruitment: "Recruitment",
  "outcome-measures": "Outcome measures",
  analysis: "Analysis",
  dissemination: "Dissemination",
  service: "Service",
  policy: "Policy",
  people: "People",
  organisation: "Organisation",
  other: "Other",
};

/**
 * The groups of the activities a record came from, by name: a record is said to be "with" a
 * group only when one of its activities was that group's. A contributor's own memberships do not
 * make an activity a group's.
 */
function groupsOf(dataset: Dataset, r: ImpactRecord, text: (s: string) => string): string[] {
  const names = new Set<string>();
  const index = facts(dataset);
  for (const aid of r.activityIds) {
    const a = index.activities.get(aid)?.record;
    const g = a?.groupId === undefined ? undefined : index.groups.get(a.groupId)?.record;
    if (g) names.add(text(g.name));
  }
  return [...names].sort();
}

/** The method note: which impact records are counted, what a record says, how contributors appear. */
function impactMethodNote(ctx: ReportContext, period: LabelledPeriod): ParagraphBlock {
  return {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: the impact records dated from ${formatPeriod(period)}${ctx.project ? ` for ${ctx.text(ctx.project.title)}` : ""}, as logged in the dataset. Keeping such a log follows the tracking tool of Cardiff University's Public Involvement in Research Impact Toolkit (PIRIT, 2023). ` +
      "An impact record says what contributors said, what was done about it, at which stage of the research cycle (the seven stages in INVOLVE's briefing notes for researchers, 2012), whether it is intended, observed or confirmed, and when contributors were told. " +
      "The share of activities with an outcome and the feedback loop figures count involvement activities only, not engagement or participation; these measures, and the three kinds of activity, are ppie design choices. " +
      "A record says what it came from: the activities (with each one's level in the organisation's own words, beside ppie's public influence level), the engagement events and the feedback records (PALS contacts, stories, FFT returns, questionnaire responses) it names. A record names a group only when the activity it came from was that group's. Contributors are shown by pseudonymous id, never by name unless identifiers were explicitly included.",
    sources: [PIRIT_2023, INVOLVE_BRIEFING_NOTES_2012, CHOICE_IMPACT, CHOICE_ACTIVITY_MODES],
  };
}

/**
 * The headline metrics from the `impact` measure: records by status, involvement activities
 * with a recorded outcome, the feedback loop closed, and records fed back to contributors.
 */
function impactHeadlineMetrics(c: ImpactComponents): MetricBlock[] {
  return [
    {
      type: "metric",
      id: "impact-records",
      label: "Impact records",
      value: c.records,
      display: formatCount(c.records),
      detail: `${formatCount(c.byStatus.confirmed)} confirmed, ${formatCount(c.byStatus.observed)} observed, ${formatCount(c.byStatus.intended)} intended.`,
    },
    {
      type: "metric",
      id: "impact-outcome-share",
      label: "Involvement activities with a recorded outcome",
      value: c.outcomeShare,
      display: formatPercent(c.outcomeShare),
      detail: `${formatCount(c.withOutcome)} of ${plural(c.involvementActivities, "involvement activity", "involvement activities")}.`,
    },
    {
      type: "metric",
      id: "impact-loop-closed",
      label: "Contributors told what happened (feedback loop closed)",
      value: c.loopClosedShare,
      display: formatPercent(c.loopClosedShare),
      detail:
        c.medianDaysToCloseLoop === null
          ? "No activity in the period was fed back to contributors."
          : `A median of ${formatQuantity(c.medianDaysToCloseLoop, "day", "days", 0)} after the activity (slowest ${formatQuantity(c.slowestDaysToCloseLoop, "day", "days", 0)}).`,
    },
    {
      type: "metric",
      id: "impact-records-fed-back",
      label: "Impact records fed back to contributors",
      value: c.records === 0 ? null : (100 * c.recordsFedBack) / c.records,
      display: c.records === 0 ? NO_DATA : formatPercent((100 * c.recordsFedBack) / c.records),
      detail: `${formatCount(c.recordsFedBack)} of ${plural(c.records, "record")} have a date when contributors were told.`,
    },
  ];
}

/** The bar chart of impact records at each research stage, in cycle order. */
function impactByStageChart(c: ImpactComponents, period: LabelledPeriod): ChartBlock {
  const stageKeys = Object.keys(c.byStage) as (keyof typeof c.byStage)[];
  return {
    type: "chart",
    id: "impact-by-stage",
    kind: "bar",
    title: "Impact records by research stage",
    description: `Number of impact records at each research stage in ${period.label}: ${
      stageKeys
        .filter((k) => c.byStage[k] > 0)
        .map((k) => `${stageLabel(k)} ${c.byStage[k]}`)
        .join(", ") || "none"
    }.`,
    categories: stageKeys.map((k) => stageLabel(k)),
    series: [{ name: "Impact records", values: stageKeys.map((k) => c.byStage[k]) }],
    unit: "records",
    labels: [stageKeys.map((k) => formatCount(c.byStage[k]))],
  };
}

/** The table of impact records by type (the types that have any) and status. */
function impactByTypeTable(
  c: ImpactComponents,
  records: readonly ImpactRecord[],
  period: LabelledPeriod,
): TableBlock {
  const typeKeys = (Object.keys(c.byType) as ImpactRecord["type"][]).filter((t) => c.byType[t] > 0);
  const statusCount = (t: ImpactRecord["type"], s: ImpactRecord["status"]) =>
    records.filter((r) => r.type === t && r.status === s).length;
  return {
    type: "table",
    id: "impact-by-type",
    caption: `Impact records by type and status, ${period.label}`,
    columns: [
      { key: "type", label: "Type of impact", align: "left" },
      { key: "intended", label: "Intended", align: "right" },
      { key: "observed", label: "Observed", align: "right" },
      { key: "confirmed", label: "Confirmed", align: "right" },
      { key: "total", label: "Total", align: "right" },
    ],
    rows: typeKeys.map((t) => ({
      type: cell(TYPE_LABELS[t]),
      intended: cell(formatCount(statusCount(t, "intended")), statusCount(t, "intended")),
      observed: cell(formatCount(statusCount(t, "observed")), statusCount(t, "observed")),
      confirmed: cell(formatCount(statusCount(t, "confirmed")), statusCount(t, "confirmed")),
      total: cell(formatCount(c.byType[t]), c.byType[t]),
    })),
  };
}

/**
 * The table of impact records by what they came from (from the `impact` measure): activities,
 * engagement events, feedback records, or nothing recorded; a record from two kinds counts
 * under each.
 */
function impactBySourceTable(c: ImpactComponents, period: LabelledPeriod): TableBlock {
  const rows: [string, number][] = [
    ["Involvement, engagement or participation activities", c.bySource.activities],
    ["Engagement events", c.bySource.events],
    ["Feedback records (PALS contacts, stories, FFT returns, questionnaires)", c.bySource.feedback],
    ["No source recorded", c.bySource.none],
  ];
  return {
    type: "table",
    id: "impact-by-source",
    caption: `Impact records by what they came from, ${period.label}`,
    columns: [
      { key: "source", label: "Came from", align: "left" },
      { key: "records", label: "Impact records", align: "right" },
    ],
    rows: rows.map(([label, n]) => ({ source: cell(label), records: cell(formatCount(n), n) })),
    footnote:
      "A record that came from more than one kind of source is counted under each, so the rows can add up to more than the number of records.",
  };
}

/**
 * Where a record came from, in words: its activities (title, date and level), engagement events
 * (title and days) and feedback records (a PALS concern, a story and where it was shared, FFT
 * returns for a unit and month), the groups involved, and its contributors (by pseudonymous id
 * unless identifiers are opted in). Never the ids of the records.
 */
function cameFrom(dataset: Dataset, r: ImpactRecord, ctx: ReportContext): string {
  const sources = impactSourcesInWords(dataset, r, ctx.text);
  const groups = groupsOf(dataset, r, ctx.text);
  const people = r.contributorIds.map((id) => contributorLabel(dataset, id, ctx));
  return [
    sources.length > 0 ? joinSources(sources) : "no source recorded",
    groups.length > 0 ? `with ${formatList(groups)}` : "",
    people.length > 0 ? `(${plural(people.length, "contributor")}: ${people.join(", ")})` : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
}

/**
 * One record's row of a "you said, we did" table: when (date and research stage), what was
 * said, what was done, what came of it (type, status, evidence, when contributors were told)
 * and where it came from: five columns, so that the two of running text keep their width.
 */
function youSaidWeDidRow(
  dataset: Dataset,
  r: ImpactRecord,
  ctx: ReportContext,
): Record<string, Cell> {
  const evidence = r.evidence.map(ctx.text);
  const told = r.feedbackToContributorsDate
    ? `contributors told on ${formatDate(r.feedbackToContributorsDate)}`
    : "contributors not yet told";
  return {
    date: cell(`${formatDate(r.date)}\n${stageLabel(r.stage ?? "unspecified")}`),
    youSaid: cell(ctx.text(r.youSaid)),
    weDid: cell(ctx.text(r.weDid)),
    status: cell(
      `${TYPE_LABELS[r.type]}: ${r.status}, ${r.direction}${evidence.length > 0 ? `; evidence: ${formatList(evidence)}` : ""}; ${told}.`,
    ),
    from: cell(cameFrom(dataset, r, ctx)),
  };
}

/**
 * The "you said, we did" section: its heading, then for each project (records with no project
 * last) a heading and the table of its records; a sentence when the period has none.
 */
function youSaidWeDidSection(
  dataset: Dataset,
  ctx: ReportContext,
  records: readonly ImpactRecord[],
  period: LabelledPeriod,
): Block[] {
  const blocks: Block[] = [{ type: "heading", level: 2, text: "You said, we did" }];
  if (records.length === 0) {
    blocks.push({
      type: "paragraph",
      text: `No impact records are dated ${formatPeriod(period)}.`,
    });
  }
  const byProject = new Map<string, ImpactRecord[]>();
  for (const r of records) {
    const key = r.projectId ?? "";
    const list = byProject.get(key);
    if (list) list.push(r);
    else byProject.set(key, [r]);
  }
  const projectKeys = [...byProject.keys()].sort((a, b) =>
    a === "" ? 1 : b === "" ? -1 : a < b ? -1 : 1,
  );
  const projectsById = facts(dataset).projects;
  for (const key of projectKeys) {
    const list = byProject.get(key) ?? [];
    const project = projectsById.get(key)?.record;
    blocks.push({
      type: "heading",
      level: 3,
      text: project ? `${ctx.text(project.title)} (${project.id})` : "Not linked to a project",
    });
    blocks.push({
      type: "table",
      id: `impact-records-${key === "" ? "no-project" : key}`,
      caption: `You said, we did: ${project ? `${ctx.text(project.title)} (${project.id})` : "not linked to a project"}, ${plural(list.length, "record")}`,
      columns: [
        { key: "date", label: "Date and stage", align: "left" },
        { key: "youSaid", label: "You said", align: "left" },
        { key: "weDid", label: "We did", align: "left" },
        { key: "status", label: "What came of it", align: "left" },
        { key: "from", label: "Came from", align: "left" },
      ],
      rows: list.map((r) => youSaidWeDidRow(dataset, r, ctx)),
    });
  }
  return blocks;
}

/**
 * Build the `impact` report ("you said, we did"): the impact records of a period (optionally
 * one project), counted by research stage, type, status and what they came from, then listed
 * project by project with what contributors said, what was done, what it came from in words
 * (activities with their level, engagement events, feedback records), the group whose
 * activity it was (named only when the activity had a group) and the contributors
 * (by pseudonymous id unless identifiers are opted in). Headline figures come from the `impact` measure (share of involvement activities with a
 * recorded outcome, feedback loop closed, days to close it; ppie design choices that build on
 * the PIRIT impact toolkit). The report ends with its Sources section.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("impact", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "You said, we did: impact of involvement, 2025-26"
 * ```
 * @category Reports
 */
export function buildImpactReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const period = ctx.period as LabelledPeriod;
  const pid = ctx.project?.id;
  const scoped: Dataset = pid === undefined ? dataset : projectView(dataset, pid);
  const score = measure("impact", dataset, { period, project: pid });
  const c = score.components;
  const records = scoped.impacts.filter((r) => impactInPeriod(r, period)).sort(byDateThenId);

  return ok(
    {
      kind: "impact",
      title: `You said, we did: impact of involvement, ${period.label}`,
      period,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection([
        impactMethodNote(ctx, period),
        { type: "heading", level: 2, text: "Headline figures" },
        ...impactHeadlineMetrics(c),
        { type: "heading", level: 2, text: "Impact by research stage and type" },
        impactByStageChart(c, period),
        impactByTypeTable(c, records, period),
        impactBySourceTable(c, period),
        ...youSaidWeDidSection(dataset, ctx, records, period),
        ...seldomHeardSection(dataset, ctx, period).blocks,
      ]),
    },
    score.diagnostics.filter((d) => d.severity !== "info"),
  );
}
