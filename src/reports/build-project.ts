import {
  CHOICE_ACTIVITY_MODES,
  CHOICE_DEPTH_INDEX,
  CHOICE_INFLUENCE_LEVEL,
  CHOICE_PAYMENT_TIMELINESS,
  CHOICE_PAYMENTS,
  CHOICE_PEIRS22,
} from "../frameworks/design-choices.js";
import { ppieInfluenceLevel } from "../frameworks/ppie-influence-level.js";
import {
  INVOLVE_BRIEFING_NOTES_2012,
  NIHR_PAYMENT_GUIDANCE_2024,
  PEIRS22_2021,
} from "../frameworks/publications.js";
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { LabelledPeriod } from "../derive/period.js";
import { activityInPeriod, feedbackInPeriod, impactInPeriod } from "../derive/period.js";
import { projectSpan, projectView } from "../derive/scope.js";
import { measure } from "./measure.js";
import type { Project } from "../model/project.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import { disclosurePresets } from "../scores/disclosure.js";
import type { InvolvementDepthComponents } from "../scores/involvement-depth.js";
import type { PaymentRateUsed, PaymentsComponents } from "../scores/payments.js";
import type { Score } from "../scores/score.js";
import {
  formatQuantity,
  cell,
  formatCount,
  formatDate,
  formatHours,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  humanize,
  NO_DATA,
  plural,
  byDateThenId,
  stageLabel,
} from "./format.js";
import type { ReportContext } from "./options.js";
import { peirs22ByProject } from "./peirs22-published.js";
import { countPhrase, smallNumberRule, smallNumberSources, WITHHELD } from "./small-numbers.js";
import { projectContributorsSection } from "./project-contributors-section.js";
import { activityLevelsTable } from "./activity-levels.js";
import {
  headcountsParagraph,
  projectEvents,
  projectEventsSection,
} from "./project-events-section.js";
import { openWarningsSection } from "./project-warnings-section.js";
import { ruleFindings } from "./rule-findings.js";
import type { Block, MetricBlock, Report } from "./report.js";
import { withSourcesSection } from "./sources-section.js";

/** Whose rates a scheme's are, in words: an organisation's own, or a funder's published rates. */
const SCHEME_WORDS: Readonly<Record<string, string>> = {
  local: "the organisation's own rates",
  "NIHR-research": "NIHR's rates for research projects",
  "NIHR-internal": "NIHR's rates for its own committees and panels",
  HRA: "the Health Research Authority's rates",
};

/**
 * Which payment rates priced the fees due, as the data says: the organisation's own rates or a
 * funder's, recorded in the dataset or ppie's bundled table, each with its amount and the day it
 * came into force; never a claim that a rate follows guidance it was not taken from.
 */
function ratesSentence(used: readonly PaymentRateUsed[]): string {
  if (used.length === 0)
    return "No fee in this period was priced at a payment rate, so no rate is named here.";
  const groups = new Map<string, PaymentRateUsed[]>();
  for (const r of used) {
    const key = `${r.from}|${r.scheme}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const parts = [...groups.values()].map((rates) => {
    const first = rates[0] as PaymentRateUsed;
    const where =
      first.from === "dataset"
        ? "as recorded in the dataset"
        : "from the table of rates ppie ships";
    const amounts = formatList(
      [...rates]
        .sort((a, b) =>
          a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
        )
        .map(
          (r) =>
            `${formatMoney(r.pence)} ${r.unit === "hour" ? "an hour" : `a ${r.unit}`} from ${formatDate(r.effectiveFrom)}`,
        ),
    );
    return `${SCHEME_WORDS[first.scheme] ?? `the ${first.scheme} rates`} ${where}: ${amounts}`;
  });
  return `Fees due are priced at the rate in force on the day of each activity, using ${formatList(parts)}.`;
}

/**
 * The method note (which records, the stage and level scales, payments, disclosure control),
 * then the project's plain English summary when it has one.
 */
function projectMethodNote(
  ctx: ReportContext,
  project: Project,
  period: LabelledPeriod,
  pay: PaymentsComponents,
): Block[] {
  const policy = disclosurePresets[ctx.disclosure];
  const blocks: Block[] = [
    {
      type: "paragraph",
      tone: "note",
      text:
        `Method and sources: the records of project ${project.id} (${humanize(project.kind).toLowerCase()}) ${ctx.periodGiven ? `dated ${formatPeriod(period)}` : `from its start on ${formatDate(project.startDate)} to ${formatDate(period.end)}`}. ` +
        "Stages are the seven stages of the research cycle in INVOLVE's briefing notes for researchers (INVOLVE 2012); levels are on ppie's public influence level, 0 (no influence) to 6 (public-led), onto which levels recorded on other scales are converted (a ppie design choice). " +
        "Only involvement activities count towards stages and levels, as engagement and participation are different kinds of activity; that split, and the breadth and depth index, are ppie design choices. " +
        `${ratesSentence(pay.ratesUsed)} A claim counts as paid on time when it is paid within the target number of days (ppie design choices); how to cost and pay public involvement is set out in the NIHR payment guidance. ` +
        `Contributors appear by pseudonymous id only, listed one by one only where their number may be published; counts of people and PEIRS-22 scores (Hamilton et al. 2021, shown as ppie's linear pro-rated score) follow the small-number rule (${policy.name}).`,
      sources: [
        INVOLVE_BRIEFING_NOTES_2012,
        CHOICE_INFLUENCE_LEVEL,
        CHOICE_ACTIVITY_MODES,
        CHOICE_DEPTH_INDEX,
        CHOICE_PAYMENTS,
        NIHR_PAYMENT_GUIDANCE_2024,
        CHOICE_PAYMENT_TIMELINESS,
        PEIRS22_2021,
        CHOICE_PEIRS22,
        ...smallNumberSources(ctx.disclosure),
      ],
    },
  ];
  if (project.plainEnglishSummary) {
    blocks.push({ type: "paragraph", text: ctx.text(project.plainEnglishSummary) });
  }
  return blocks;
}

/**
 * The headline metrics from the `involvement-depth` measure: involvement activities, research
 * stages covered, the breadth and depth index, and the time contributors gave.
 */
function projectHeadlineMetrics(
  ctx: ReportContext,
  project: Project,
  depth: Score<InvolvementDepthComponents>,
): MetricBlock[] {
  const d = depth.components;
  return [
    {
      type: "metric",
      id: "project-activities",
      label: "Involvement activities",
      value: d.involvementActivities,
      display: formatCount(d.involvementActivities),
      detail: `Also ${plural(d.excluded.engagement, "engagement activity", "engagement activities")} and ${plural(d.excluded.participation, "participation activity", "participation activities")}, not counted as involvement.`,
    },
    {
      type: "metric",
      id: "project-stages",
      label: "Research stages with involvement",
      value: d.stagesCovered,
      display: `${formatCount(d.stagesCovered)} of 7`,
      detail: `Planned: ${project.plannedStages.map((s) => stageLabel(s).toLowerCase()).join(", ") || "none recorded"}.`,
    },
    {
      type: "metric",
      id: "project-depth-index",
      label: "Breadth and depth index (0 to 100)",
      value: depth.value,
      display: formatNumber(depth.value, 1),
      detail:
        "Half breadth (stages covered of 7) and half depth (deepest level at each stage, of 6); a ppie design choice, not a quality score.",
    },
    {
      type: "metric",
      id: "project-hours",
      label: "Time given by contributors",
      value: d.hours,
      display: formatHours(d.minutes),
      detail: `By ${countPhrase(d.contributors, ctx.disclosure, "distinct contributor")} at involvement activities.`,
    },
  ];
}

/**
 * The stages and levels section: its heading, the heat map of involvement activities by research
 * stage and public influence level, and a warning for activities the heat map leaves out.
 */
function stagesAndLevelsSection(
  d: InvolvementDepthComponents,
  activities: readonly Activity[],
  ctx: ReportContext,
): Block[] {
  const levels = ppieInfluenceLevel.items;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "Stages and levels of involvement" },
    {
      type: "chart",
      id: "project-heatmap",
      kind: "heatmap",
      title: "Involvement activities by research stage and public influence level",
      description: `Number of involvement activities at each research stage (rows) and public influence level (columns); ${plural(d.involvementActivities, "activity", "activities")} in all, at ${plural(d.stagesCovered, "stage")}.`,
      categories: levels.map((l) => `${l.ordinal} ${l.label}`),
      series: d.stages.map((s) => ({
        name: stageLabel(s.stage),
        values: levels.map((_, i) => s.levelCounts[i] ?? 0),
      })),
      unit: "activities",
      labels: d.stages.map((s) => levels.map((_, i) => formatCount(s.levelCounts[i] ?? 0))),
    },
  ];
  if (d.withoutLevel > 0 || d.unconvertedLevels > 0 || d.withoutStage > 0) {
    blocks.push({
      type: "paragraph",
      tone: "warning",
      text: `Not in the heat map: ${plural(d.withoutStage, "activity", "activities")} with no research stage, ${plural(d.withoutLevel, "activity", "activities")} with no level, and ${plural(d.unconvertedLevels, "level")} with no crosswalk to the influence scale.`,
    });
  }
  blocks.push(...activityLevelsTable(activities, ctx));
  return blocks;
}

/**
 * The payments section, from the `payments` measure: fees paid against fees due, claims paid
 * within the target, the table of payment offers, and a warning when a rate used is unverified.
 */
function projectPaymentsSection(p: PaymentsComponents): Block[] {
  const dt = p.daysToPay;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "Payments" },
    {
      type: "metric",
      id: "project-paid",
      label: "Fees and vouchers paid to contributors",
      value: p.paidPence,
      display: formatMoney(p.paidPence),
      detail: `Fees due at the rates in force: ${formatMoney(p.duePence)}; still owed ${formatMoney(p.outstandingPence)}. Expenses paid: ${formatMoney(p.expensesPaidPence)}. Claimed and not yet paid (fees and expenses): ${formatMoney(p.claimedUnpaidPence)}.`,
    },
    {
      type: "metric",
      id: "project-paid-on-time",
      label: `Claims paid within ${formatQuantity(dt.targetDays, "day", "days", 0)}`,
      value: dt.withinTargetShare,
      display: formatPercent(dt.withinTargetShare),
      detail:
        dt.median === null
          ? "No claims were paid in the period."
          : `${formatCount(dt.withinTarget)} of ${plural(dt.n, "paid claim")}; median ${formatQuantity(dt.median, "day", "days", 0)}, slowest ${formatQuantity(dt.slowest, "day", "days", 0)}; ${plural(dt.unpaidClaims, "claim")} still unpaid.`,
    },
    {
      type: "table",
      id: "project-payment-offers",
      caption: "Payment offers for time given at activities",
      columns: [
        { key: "offer", label: "Offer", align: "left" },
        { key: "count", label: "Contributions", align: "right" },
      ],
      rows: (
        [
          ["Payment offered", p.offers.offered],
          ["Offered and declined (kept as declined)", p.offers.declined],
          ["Not offered", p.offers.notOffered],
          ["Not applicable (already paid for the work)", p.offers.notApplicable],
        ] as const
      ).map(([label, n]) => ({ offer: cell(label), count: cell(formatCount(n), n) })),
      footnote:
        "One contribution is one contributor at one activity. Contributors may decline payment (NIHR payment guidance); a declined payment is kept as declined, never lost.",
    },
  ];
  const unverified = p.ratesUsed.filter((r) => !r.verified);
  if (unverified.length > 0) {
    const own = unverified.every((r) => r.scheme === "local");
    blocks.push({
      type: "paragraph",
      tone: "warning",
      text: own
        ? "Some of the organisation's own payment rates used are marked unverified in the dataset; check them against the organisation's payment policy before relying on the fees due."
        : "Some payment rates used are marked unverified; check them against the current NIHR payment guidance before relying on the fees due.",
      ...(own ? {} : { sources: [NIHR_PAYMENT_GUIDANCE_2024] }),
    });
  }
  return blocks;
}

/**
 * The feedback section: the project's PEIRS-22 mean score under the small-number rule, and a
 * count of its PPEET responses and co-production self-assessments.
 */
function projectFeedbackSection(
  dataset: Dataset,
  ctx: ReportContext,
  project: Project,
  period: LabelledPeriod,
): Block[] {
  const rule = smallNumberRule(ctx.disclosure);
  // the project's figure as the feedback report of the same period publishes it
  const peirs = peirs22ByProject(dataset, period, ctx.disclosure).projects.get(project.id);
  const n = peirs?.n.value;
  const ppeetCount = dataset.feedback.filter(
    (f) => f.kind === "ppeet" && f.projectId === project.id && feedbackInPeriod(f, period),
  ).length;
  const coprod = dataset.feedback.filter(
    (f) => f.kind === "coproduction" && f.projectId === project.id && feedbackInPeriod(f, period),
  ).length;
  return [
    { type: "heading", level: 2, text: "Feedback from contributors" },
    {
      type: "metric",
      id: "project-peirs22",
      label: "PEIRS-22 mean score (0 to 100)",
      value: peirs?.mean ?? null,
      display:
        peirs === undefined || n === 0
          ? NO_DATA
          : peirs.shown
            ? formatNumber(peirs.mean, 1)
            : WITHHELD,
      detail:
        peirs === undefined || n === 0
          ? "No PEIRS-22 responses with a valid score for this project in the period."
          : `${peirs.shown ? `From ${plural(n ?? 0, "respondent")}` : `Withheld under the small-number rule (${rule.name}): fewer than ${rule.min} respondents, or it would let such a score be worked out from the feedback report`}. Linear pro-rated score, not the official Rasch-based PEIRS-22 score.`,
    },
    {
      type: "paragraph",
      text: `Also recorded: ${countPhrase(ppeetCount, ctx.disclosure, "PPEET response")} and ${countPhrase(coprod, ctx.disclosure, "co-production self-assessment")}; the feedback report summarises them.`,
    },
  ];
}

/** The impacts section: the table of the project's impact records in the period, by date. */
function projectImpactsSection(
  dataset: Dataset,
  ctx: ReportContext,
  project: Project,
  period: LabelledPeriod,
): Block[] {
  const heading: Block = { type: "heading", level: 2, text: "Impacts: you said, we did" };
  const impacts = dataset.impacts
    .filter((r) => r.projectId === project.id && impactInPeriod(r, period))
    .sort(byDateThenId);
  if (impacts.length === 0) {
    return [
      heading,
      { type: "paragraph", text: "No impact records for this project in the period." },
    ];
  }
  return [
    heading,
    {
      type: "table",
      id: "project-impacts",
      caption: `Impact records: ${plural(impacts.length, "record")}`,
      columns: [
        { key: "date", label: "Date", align: "left" },
        { key: "stage", label: "Stage", align: "left" },
        { key: "youSaid", label: "You said", align: "left" },
        { key: "weDid", label: "We did", align: "left" },
        { key: "status", label: "Status", align: "left" },
      ],
      rows: impacts.map((r) => ({
        date: cell(formatDate(r.date)),
        stage: cell(r.stage ? stageLabel(r.stage) : "Stage not recorded"),
        youSaid: cell(ctx.text(r.youSaid)),
        weDid: cell(ctx.text(r.weDid)),
        status: cell(`${r.status}, ${r.direction}`),
      })),
    },
  ];
}

/** A block that may be missing, as a list of none or one. */
function optional(b: Block | undefined): Block[] {
  return b === undefined ? [] : [b];
}

/**
 * Build the `project` report: one project's involvement, over the project's life or the
 * period given. A heat map of involvement activities by research stage and public influence
 * level, each involvement activity's level in the words of the scale it used beside the common
 * level, breadth and depth (`involvementDepth`), contributors (by pseudonymous id; roles under
 * disclosure control) and headcounts of people without a record each, kept apart, the project's
 * engagement events (reach and contributors on the agenda under disclosure control), time given, payments (`payments`), contributor feedback (PEIRS-22 under
 * the small-number rule), impacts ("you said, we did"), and the open warnings `checkDataset`
 * finds in the project's records.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options; `ctx.project` is required
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("project", demoDataset, { project: "p-002", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.period?.label; // "project to date"
 * ```
 * @category Reports
 */
export function buildProjectReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const project = ctx.project as Project;
  const period = ctx.period ?? projectSpan(dataset, project, () => ctx.asOf);
  const activities = projectView(dataset, project.id).activities.filter((a) =>
    activityInPeriod(a, period),
  );
  const depth = measure("involvement-depth", dataset, { project: project.id, period });
  const pay = measure("payments", dataset, { project: project.id, period });
  const title = ctx.text(project.title);
  const rules = ruleFindings(dataset, ctx);
  const sections: Block[] = [
    ...projectMethodNote(ctx, project, period, pay.components),
    { type: "heading", level: 2, text: "Headline figures" },
    ...projectHeadlineMetrics(ctx, project, depth),
    ...stagesAndLevelsSection(depth.components, activities, ctx),
    ...projectContributorsSection(dataset, ctx, activities, title),
    ...optional(headcountsParagraph(ctx, activities)),
    ...projectEventsSection(ctx, projectEvents(dataset, project.id, period), "project-events"),
    ...projectPaymentsSection(pay.components),
    ...projectFeedbackSection(dataset, ctx, project, period),
    ...projectImpactsSection(dataset, ctx, project, period),
    ...openWarningsSection(dataset, ctx, project, rules.findings),
  ];
  return ok(
    {
      kind: "project",
      title: `Project involvement: ${title}`,
      period,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection(sections),
    },
    [...depth.diagnostics, ...pay.diagnostics, ...rules.settings].filter(
      (x) => x.severity !== "info",
    ),
  );
}
