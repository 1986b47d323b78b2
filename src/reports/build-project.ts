import { involveResearchCycle } from "../frameworks/involve-research-cycle.js";
import { ppieInfluenceLevel } from "../frameworks/ppie-influence-level.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import { activityInPeriod, feedbackInPeriod, impactInPeriod } from "../derive/period.js";
import { projectView } from "../derive/scope.js";
import { measure, unwrap } from "./measure.js";
import type { Project } from "../model/project.js";
import type { Diagnostic, Result } from "../result.js";
import { ok } from "../result.js";
import { checkDataset } from "../rules/index.js";
import { discloseCount, disclosureControl, disclosurePresets } from "../scores/disclosure.js";
import {
  cell,
  formatCount,
  formatDate,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  humanize,
  NO_DATA,
  plural,
} from "./format.js";
import type { ReportContext } from "./options.js";
import { contributorLabel, disclosedCell, reportPolicy, smallNumberRule } from "./options.js";
import type { Block, Cell, Report } from "./report.js";

const STAGE_LABEL = (id: string): string =>
  involveResearchCycle.items.find((s) => s.id === id)?.label ?? id;

/** Whether a diagnostic's path points at a record of this project. */
function aboutProject(
  d: Diagnostic,
  dataset: Dataset,
  project: Project,
  activityIds: Set<string>,
): boolean {
  const [collection, index] = d.path;
  if (typeof index !== "number") return false;
  switch (collection) {
    case "projects":
      return dataset.projects[index]?.id === project.id;
    case "activities":
      return dataset.activities[index]?.projectId === project.id;
    case "payments": {
      const a = dataset.payments[index]?.activityId;
      return a !== undefined && activityIds.has(a);
    }
    case "impacts":
      return dataset.impacts[index]?.projectId === project.id;
    case "feedback":
      return dataset.feedback[index]?.projectId === project.id;
    case "groups":
      return dataset.groups[index]?.projectId === project.id;
    case "events":
      return dataset.events[index]?.projectId === project.id;
    default:
      return false;
  }
}

/**
 * Build the `project` report: one project's involvement, over the project's life or the
 * period given. A heat map of involvement activities by research stage and public influence
 * level, breadth and depth (`involvementDepth`), contributors (by pseudonymous id; roles under
 * disclosure control), time given, payments (`payments`), contributor feedback (PEIRS-22 under
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
  const end = project.endDate ?? ctx.asOf;
  const period: Period & { label: string } = ctx.period ?? {
    start: project.startDate,
    end: end < project.startDate ? project.startDate : end,
    label: "project to date",
  };
  const rule = smallNumberRule(ctx.disclosure);
  const policy = disclosurePresets[ctx.disclosure];
  const activities = projectView(dataset, project.id).activities.filter((a) =>
    activityInPeriod(a, period),
  );
  const depth = measure("involvement-depth", dataset, { project: project.id, period });
  const d = depth.components;
  const pay = measure("payments", dataset, { project: project.id, period });
  const p = pay.components;
  const sections: Block[] = [];
  const title = ctx.text(project.title);

  sections.push({
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: the records of project ${project.id} (${humanize(project.kind).toLowerCase()}) ${ctx.periodGiven ? `dated ${formatPeriod(period)}` : `from its start on ${formatDate(project.startDate)} to ${formatDate(period.end)}`}. ` +
      "Stages are the seven stages of the INVOLVE/NIHR research cycle (frameworks.md §3.1); levels are on ppie's public influence level scale, 0 (no influence) to 6 (public-led), with levels on other scales converted by the crosswalk (frameworks.md §2.7, a design choice). " +
      "Only involvement activities count towards stages and levels; engagement and participation are different kinds of activity (frameworks.md §1.3). " +
      "Payments follow the NIHR guidance figures in the dataset's own rates (metrics.md §4). " +
      `Contributors appear by pseudonymous id only; counts of people by role follow disclosure control (${policy.name}).`,
  });
  if (project.plainEnglishSummary) {
    sections.push({ type: "paragraph", text: ctx.text(project.plainEnglishSummary) });
  }

  sections.push({ type: "heading", level: 2, text: "Headline figures" });
  sections.push({
    type: "metric",
    id: "project-activities",
    label: "Involvement activities",
    value: d.involvementActivities,
    display: formatCount(d.involvementActivities),
    detail: `Also ${plural(d.excluded.engagement, "engagement activity", "engagement activities")} and ${plural(d.excluded.participation, "participation activity", "participation activities")}, not counted as involvement.`,
  });
  sections.push({
    type: "metric",
    id: "project-stages",
    label: "Research stages with involvement",
    value: d.stagesCovered,
    display: `${formatCount(d.stagesCovered)} of 7`,
    detail: `Planned: ${project.plannedStages.map((s) => STAGE_LABEL(s).toLowerCase()).join(", ") || "none recorded"}.`,
  });
  sections.push({
    type: "metric",
    id: "project-depth-index",
    label: "Breadth and depth index (0 to 100)",
    value: depth.value,
    display: formatNumber(depth.value, 1),
    detail:
      "Half breadth (stages covered of 7) and half depth (deepest level at each stage, of 6); a design choice, not a quality score.",
  });
  sections.push({
    type: "metric",
    id: "project-hours",
    label: "Time given by contributors",
    value: d.hours,
    display: formatHours(d.minutes),
    detail: `By ${plural(d.contributors, "distinct contributor")} at involvement activities.`,
  });

  sections.push({ type: "heading", level: 2, text: "Stages and levels of involvement" });
  const levels = ppieInfluenceLevel.items;
  sections.push({
    type: "chart",
    id: "project-heatmap",
    kind: "heatmap",
    title: "Involvement activities by research stage and public influence level",
    description: `Number of involvement activities at each research stage (rows) and public influence level (columns); ${plural(d.involvementActivities, "activity", "activities")} in all, at ${plural(d.stagesCovered, "stage")}.`,
    categories: levels.map((l) => `${l.ordinal} ${l.label}`),
    series: d.stages.map((s) => ({
      name: STAGE_LABEL(s.stage),
      values: levels.map((_, i) => s.levelCounts[i] ?? 0),
    })),
    unit: "activities",
    labels: d.stages.map((s) => levels.map((_, i) => formatCount(s.levelCounts[i] ?? 0))),
  });
  if (d.withoutLevel > 0 || d.unconvertedLevels > 0 || d.withoutStage > 0) {
    sections.push({
      type: "paragraph",
      tone: "warning",
      text: `Not in the heat map: ${plural(d.withoutStage, "activity", "activities")} with no research stage, ${plural(d.withoutLevel, "activity", "activities")} with no level, and ${plural(d.unconvertedLevels, "level")} with no crosswalk to the influence scale.`,
    });
  }

  sections.push({ type: "heading", level: 2, text: "Contributors" });
  const involvement = activities.filter((a) => a.mode === "involvement");
  const perContributor = new Map<
    string,
    { activities: number; minutes: number; declined: number }
  >();
  for (const a of involvement) {
    for (const x of a.contributors) {
      const e = perContributor.get(x.contributorId) ?? { activities: 0, minutes: 0, declined: 0 };
      e.activities += 1;
      e.minutes += x.minutes;
      if (x.payment.status === "declined") e.declined += 1;
      perContributor.set(x.contributorId, e);
    }
  }
  const roleNames = [
    "patient",
    "carer",
    "service-user",
    "member-of-public",
    "community-representative",
    "lived-experience-expert",
  ] as const;
  const people = dataset.contributors.filter((c) => perContributor.has(c.id));
  const roleCounts = roleNames.map((r) => people.filter((c) => c.roles.includes(r)).length);
  const otherRoles = people.filter(
    (c) => !c.roles.some((r) => (roleNames as readonly string[]).includes(r)),
  ).length;
  const roles = unwrap(
    disclosureControl(
      { rows: [...roleCounts, otherRoles].map((n) => [n]) },
      reportPolicy(ctx.disclosure),
    ),
  );
  sections.push({
    type: "table",
    id: "demographics-project-roles",
    caption: `Contributors at involvement activities, by role: ${title}`,
    columns: [
      { key: "role", label: "Role", align: "left" },
      { key: "count", label: "Contributors", align: "right" },
    ],
    rows: [
      ...[...roleNames, "other"].map((r, i) => ({
        role: cell(r === "other" ? "Other roles only" : humanize(r)),
        count: disclosedCell(
          roles.rows[i]?.[0] ?? {
            value: null,
            display: "",
            label: NO_DATA,
            suppressed: false,
            rounded: false,
          },
        ),
      })),
      {
        role: cell("People (a person may hold more than one role)"),
        count: disclosedCell(discloseCount(people.length, reportPolicy(ctx.disclosure))),
      },
    ],
    footnote: `${roles.statement} A person with two roles is counted under each, so the roles do not add up to the number of people.`,
  });
  const ids = [...perContributor.keys()].sort();
  sections.push({
    type: "table",
    id: "project-contributors",
    caption: `Time given by each contributor (pseudonymous ids${ctx.includeIdentifiers ? " and names, included at the caller's request" : ""})`,
    columns: [
      { key: "contributor", label: "Contributor", align: "left" },
      { key: "activities", label: "Activities", align: "right" },
      { key: "hours", label: "Time given", align: "right" },
      { key: "declined", label: "Payments declined", align: "right" },
    ],
    rows: ids.map((id): Record<string, Cell> => {
      const e = perContributor.get(id) as { activities: number; minutes: number; declined: number };
      return {
        contributor: cell(contributorLabel(dataset, id, ctx)),
        activities: cell(formatCount(e.activities), e.activities),
        hours: cell(formatHours(e.minutes), e.minutes / 60),
        declined: cell(formatCount(e.declined), e.declined),
      };
    }),
  });

  sections.push({ type: "heading", level: 2, text: "Payments" });
  const dt = p.daysToPay;
  sections.push({
    type: "metric",
    id: "project-paid",
    label: "Fees and vouchers paid to contributors",
    value: p.paidPence,
    display: formatMoney(p.paidPence),
    detail: `Fees due at the rates in force: ${formatMoney(p.duePence)}; still owed ${formatMoney(p.outstandingPence)}. Expenses paid: ${formatMoney(p.expensesPaidPence)}. Claimed and not yet paid (fees and expenses): ${formatMoney(p.claimedUnpaidPence)}.`,
  });
  sections.push({
    type: "metric",
    id: "project-paid-on-time",
    label: `Claims paid within ${dt.targetDays} days`,
    value: dt.withinTargetShare,
    display: formatPercent(dt.withinTargetShare),
    detail:
      dt.median === null
        ? "No claims were paid in the period."
        : `${formatCount(dt.withinTarget)} of ${plural(dt.n, "paid claim")}; median ${formatNumber(dt.median)} days, slowest ${formatNumber(dt.slowest)} days; ${plural(dt.unpaidClaims, "claim")} still unpaid.`,
  });
  sections.push({
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
      "One contribution is one contributor at one activity. Declined payments are kept as declined, never lost (metrics.md §4.4).",
  });
  if (p.ratesUsed.some((r) => !r.verified)) {
    sections.push({
      type: "paragraph",
      tone: "warning",
      text: "Some payment rates used are marked unverified in the dataset; check them against the current NIHR guidance (metrics.md §4.2).",
    });
  }

  sections.push({ type: "heading", level: 2, text: "Feedback from contributors" });
  const summary = measure("peirs22", dataset, { project: project.id, period });
  const n = summary.components.n;
  const mean = n >= rule.min ? summary.components.mean : null;
  sections.push({
    type: "metric",
    id: "project-peirs22",
    label: "PEIRS-22 mean score (0 to 100)",
    value: mean,
    display:
      n === 0 ? NO_DATA : mean === null ? `${rule.label} respondents` : formatNumber(mean, 1),
    detail:
      n === 0
        ? "No PEIRS-22 responses for this project in the period."
        : `From ${n >= rule.min ? plural(n, "respondent") : `${rule.label} respondents, so not shown (${rule.name})`}. Linear pro-rated score, not the official Rasch-based PEIRS-22 score (metrics.md §1.4).`,
  });
  const ppeetCount = dataset.feedback.filter(
    (f) => f.kind === "ppeet" && f.projectId === project.id && feedbackInPeriod(f, period),
  ).length;
  const coprod = dataset.feedback.filter(
    (f) => f.kind === "coproduction" && f.projectId === project.id && feedbackInPeriod(f, period),
  ).length;
  sections.push({
    type: "paragraph",
    text: `Also recorded: ${plural(ppeetCount, "PPEET response")} and ${plural(coprod, "co-production self-assessment")}; the feedback report summarises them.`,
  });

  sections.push({ type: "heading", level: 2, text: "Impacts: you said, we did" });
  const impacts = dataset.impacts
    .filter((r) => r.projectId === project.id && impactInPeriod(r, period))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  if (impacts.length === 0) {
    sections.push({ type: "paragraph", text: "No impact records for this project in the period." });
  } else {
    sections.push({
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
        stage: cell(r.stage ? STAGE_LABEL(r.stage) : "Stage not recorded"),
        youSaid: cell(ctx.text(r.youSaid)),
        weDid: cell(ctx.text(r.weDid)),
        status: cell(`${r.status}, ${r.direction}`),
      })),
    });
  }

  sections.push({ type: "heading", level: 2, text: "Open warnings" });
  const projectActivityIds = new Set(
    dataset.activities.filter((a) => a.projectId === project.id).map((a) => a.id),
  );
  const warnings = checkDataset(dataset, { asOf: ctx.asOf }).filter(
    (x) => x.severity !== "info" && aboutProject(x, dataset, project, projectActivityIds),
  );
  if (warnings.length === 0) {
    sections.push({
      type: "paragraph",
      text: "checkDataset finds no open warnings in this project's records.",
    });
  } else {
    sections.push({
      type: "table",
      id: "project-warnings",
      caption: `Open warnings from checkDataset: ${plural(warnings.length, "finding")}`,
      columns: [
        { key: "severity", label: "Severity", align: "left" },
        { key: "code", label: "Code", align: "left" },
        { key: "where", label: "Where", align: "left" },
        { key: "message", label: "What to look at", align: "left" },
      ],
      rows: warnings.map((w) => ({
        severity: cell(w.severity),
        code: cell(w.code),
        where: cell(w.path.join(".")),
        message: cell(ctx.text(w.hint ? `${w.message} ${w.hint}` : w.message)),
      })),
    });
  }

  return ok(
    {
      kind: "project",
      title: `Project involvement: ${title}`,
      period,
      generatedAt: ctx.generatedAt,
      sections,
    },
    [...depth.diagnostics, ...pay.diagnostics].filter((x) => x.severity !== "info"),
  );
}
