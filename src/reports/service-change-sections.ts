/**
 * The parts of the `service-change` report about one proposal: the table of its record, the
 * timeline chart of its dates, its involvement and consultation activities, its "you said, we
 * did" records and the gaps the rules found.
 *
 * @module
 */
import { involvementDuties } from "../frameworks/service-change-law.js";
import { facts } from "../derive/facts.js";
import type { ServiceChangeStep } from "../derive/service-change.js";
import {
  consultationDays,
  serviceChangeActivities,
  serviceChangeDates,
} from "../derive/service-change.js";
import { dayNumber } from "../derive/days.js";
import type { Dataset } from "../model/dataset.js";
import type { ImpactRecord } from "../model/impact.js";
import type { ServiceChange } from "../model/service-change.js";
import type { Diagnostic } from "../result.js";
import {
  cell,
  formatDate,
  formatList,
  formatPeriod,
  humanize,
  plural,
  whereInRecord,
} from "./format.js";
import type { ReportContext } from "./options.js";
import type { Block, Cell, ChartBlock, TableBlock } from "./report.js";
import { disclosedCell, publishedCount, smallNumberRule } from "./small-numbers.js";

const NOT_RECORDED = "Not recorded";

/** One row of the record table. */
function row(item: string, record: string | Cell): Record<string, Cell> {
  return { item: cell(item), record: typeof record === "string" ? cell(record) : record };
}

/** The organisation's assessment of the duty, in words. */
function assessmentText(ctx: ReportContext, change: ServiceChange): string {
  const a = change.assessment;
  if (a === undefined) return NOT_RECORDED;
  const answer = a.dutyApplies ? "The duty applies" : "The duty does not apply";
  return `${answer} (assessed on ${formatDate(a.date)} by ${ctx.text(a.decidedBy)}): ${ctx.text(a.reason)}`;
}

/** Whether the change is a substantial development or variation, in words. */
function substantialText(change: ServiceChange): string {
  if (change.substantial === undefined) return "Not yet decided";
  return change.substantial
    ? "Yes: the local authority must be consulted (regulation 23 of the health scrutiny regulations 2013)"
    : "No";
}

/**
 * The record of one service change as a table: the organisation, the duty and its section, the
 * assessment, whether it is substantial, who is affected, the consultation (responses under
 * the small-number rule), the scrutiny committee, the decision and the feedback published.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options
 * @param change - the service change
 * @param id - the table's id
 * @returns the table
 */
export function recordTable(
  dataset: Dataset,
  ctx: ReportContext,
  change: ServiceChange,
  id: string,
): TableBlock {
  const org = facts(dataset).organisations.get(change.organisationId)?.record;
  const duty = involvementDuties()[change.duty];
  const c = change.consultation;
  const s = change.scrutiny;
  const d = change.decision;
  const groups = change.affected.seldomHeardGroups;
  return {
    type: "table",
    id,
    caption: `The record of service change ${change.id}`,
    columns: [
      { key: "item", label: "Item", align: "left" },
      { key: "record", label: "What the record says", align: "left" },
    ],
    rows: [
      row("Organisation", org === undefined ? change.organisationId : ctx.text(org.name)),
      row(
        "Duty to involve",
        `${humanize(duty.section)} of the National Health Service Act 2006 (${duty.bodies})`,
      ),
      row("Assessment of the duty", assessmentText(ctx, change)),
      row("Substantial development or variation", substantialText(change)),
      row(
        "People and communities affected",
        change.affected.description === undefined
          ? NOT_RECORDED
          : ctx.text(change.affected.description),
      ),
      row(
        "Seldom-heard groups affected",
        groups.length === 0 ? "None recorded" : formatList(groups),
      ),
      row(
        "Equality and health inequalities",
        change.affected.equalityConsideration === undefined
          ? NOT_RECORDED
          : ctx.text(change.affected.equalityConsideration),
      ),
      row(
        "Consultation",
        c === undefined
          ? NOT_RECORDED
          : `${formatPeriod(c)} (${plural(consultationDays(c), "day")})`,
      ),
      row(
        "Information given",
        c?.information === undefined ? NOT_RECORDED : ctx.text(c.information),
      ),
      row(
        "Responses received",
        c?.responses === undefined
          ? NOT_RECORDED
          : disclosedCell(publishedCount(c.responses, ctx.disclosure)),
      ),
      row(
        "Scrutiny committee consulted",
        s === undefined
          ? change.substantial === false
            ? "None recorded; the record says the change is not a substantial development or variation"
            : NOT_RECORDED
          : `${ctx.text(s.committee)}, on ${formatDate(s.date)}${s.response === undefined ? "" : `: ${ctx.text(s.response)}`}`,
      ),
      row(
        "Decision",
        d === undefined
          ? "Not yet recorded"
          : `${formatDate(d.date)}, by ${ctx.text(d.maker)}: ${ctx.text(d.summary)}`,
      ),
      row(
        "How the responses were considered",
        d?.responsesConsidered === undefined ? NOT_RECORDED : ctx.text(d.responsesConsidered),
      ),
      row(
        "Feedback published",
        change.feedbackPublished === undefined
          ? NOT_RECORDED
          : formatDate(change.feedbackPublished),
      ),
    ],
    footnote:
      "Who assessed the duty and who decided are recorded as a role or a body, not a person's name.",
  };
}

/** How each step of a service change is named on the timeline. */
const STEP_LABELS: Readonly<Record<ServiceChangeStep, string>> = {
  assessment: "Duty assessed",
  "first-activity": "First activity",
  "consultation-start": "Consultation opened",
  "consultation-end": "Consultation closed",
  scrutiny: "Scrutiny committee",
  decision: "Decision",
  feedback: "Feedback published",
};

/**
 * The timeline of one service change as a bar chart: each step's day counted from the first
 * recorded step, with its date as the label; a step with no date is a missing point.
 *
 * @param dataset - the dataset
 * @param change - the service change
 * @param id - the chart's id
 * @returns the chart
 */
export function timelineChart(dataset: Dataset, change: ServiceChange, id: string): ChartBlock {
  const steps = serviceChangeDates(dataset, change);
  const dated = steps.map((s) => s.date).filter((d): d is string => d !== undefined);
  const first = dated.length === 0 ? undefined : [...dated].sort()[0];
  const base = first === undefined ? 0 : dayNumber(first);
  const values = steps.map((s) => (s.date === undefined ? null : dayNumber(s.date) - base));
  const said = steps
    .filter((s) => s.date !== undefined)
    .map((s) => `${STEP_LABELS[s.step].toLowerCase()} ${formatDate(s.date as string)}`);
  const missing = steps.filter((s) => s.date === undefined).map((s) => STEP_LABELS[s.step]);
  return {
    type: "chart",
    id,
    kind: "bar",
    title: `Timeline of service change ${change.id}: days from the first recorded step`,
    description:
      (said.length === 0
        ? "No step of this service change has a date."
        : `In the order the steps should happen: ${formatList(said)}.`) +
      (missing.length === 0 ? "" : ` No date recorded for: ${formatList(missing)}.`),
    categories: steps.map((s) => STEP_LABELS[s.step]),
    series: [{ name: "Days from the first recorded step", values }],
    unit: "days",
    labels: [
      steps.map((s, i) =>
        s.date === undefined ? "not recorded" : `day ${values[i]}, ${formatDate(s.date)}`,
      ),
    ],
  };
}

/**
 * The involvement and consultation activities of one service change: a table of each one's
 * date, title, method, people taking part and responses recorded (feedback records about it),
 * both counts under the small-number rule; or a sentence when none is linked.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options
 * @param change - the service change
 * @param id - the table's id
 * @returns the section's blocks
 */
export function activitiesSection(
  dataset: Dataset,
  ctx: ReportContext,
  change: ServiceChange,
  id: string,
): Block[] {
  const activities = serviceChangeActivities(dataset, change).sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  if (activities.length === 0) {
    return [
      {
        type: "paragraph",
        text: "No involvement or consultation activity is linked to this proposal (activityIds).",
      },
    ];
  }
  const responses = facts(dataset).cached("feedbackCountByActivity", () => {
    const m = new Map<string, number>();
    for (const f of dataset.feedback) {
      if (f.activityId !== undefined) m.set(f.activityId, (m.get(f.activityId) ?? 0) + 1);
    }
    return m;
  });
  const rule = smallNumberRule(ctx.disclosure);
  return [
    {
      type: "table",
      id,
      caption: `Involvement and consultation activities of service change ${change.id}: ${plural(activities.length, "activity", "activities")}`,
      columns: [
        { key: "date", label: "Date", align: "left" },
        { key: "activity", label: "Activity", align: "left" },
        { key: "method", label: "Method", align: "left" },
        { key: "people", label: "People taking part", align: "right" },
        { key: "responses", label: "Responses recorded", align: "right" },
      ],
      rows: activities.map((a) => ({
        date: cell(formatDate(a.startDate)),
        activity: cell(ctx.text(a.title)),
        method: cell(`${humanize(a.method)} (${a.mode})`),
        people: disclosedCell(publishedCount(a.contributors.length, ctx.disclosure)),
        responses: disclosedCell(publishedCount(responses.get(a.id) ?? 0, ctx.disclosure)),
      })),
      footnote: `People taking part are the contributors listed at each activity; responses recorded are the feedback records about it. Counts are withheld under the small-number rule (${rule.name}).`,
    },
  ];
}

/**
 * The "you said, we did" records of one service change as a table, or a sentence when it has
 * none.
 *
 * @param ctx - the checked options
 * @param change - the service change
 * @param impacts - its impact records (`serviceChangeImpacts`)
 * @param id - the table's id
 * @returns the section's blocks
 */
export function youSaidWeDidSection(
  ctx: ReportContext,
  change: ServiceChange,
  impacts: readonly ImpactRecord[],
  id: string,
): Block[] {
  if (impacts.length === 0) {
    const considered = change.decision?.responsesConsidered;
    return [
      {
        type: "paragraph",
        text:
          considered === undefined
            ? 'No "you said, we did" record is linked to this proposal, and its decision records nothing of how the responses were considered.'
            : `No "you said, we did" record is linked to this proposal. Its decision records how the responses were considered: ${ctx.text(considered)}`,
      },
    ];
  }
  return [
    {
      type: "table",
      id,
      caption: `"You said, we did" for service change ${change.id}: ${plural(impacts.length, "record")}`,
      columns: [
        { key: "date", label: "Date", align: "left" },
        { key: "youSaid", label: "You said", align: "left" },
        { key: "weDid", label: "We did", align: "left" },
        { key: "status", label: "Status", align: "left" },
      ],
      rows: impacts.map((r) => ({
        date: cell(formatDate(r.date)),
        youSaid: cell(ctx.text(r.youSaid)),
        weDid: cell(ctx.text(r.weDid)),
        status: cell(`${r.status}, ${r.direction}`),
      })),
      footnote:
        "The impact records the service change names (impactIds), and those that name one of its activities.",
    },
  ];
}

/**
 * The gaps the `service-change/` rules found in one record, as a table of code and what to look
 * at, or a sentence when there are none.
 *
 * @param ctx - the checked options
 * @param change - the service change
 * @param findings - the rules' findings about this service change
 * @param id - the table's id
 * @returns the section's blocks
 */
export function gapsSection(
  ctx: ReportContext,
  change: ServiceChange,
  findings: readonly Diagnostic[],
  id: string,
): Block[] {
  if (findings.length === 0) {
    return [
      {
        type: "paragraph",
        text: "ppie's checks of service changes find no gaps in this record.",
      },
    ];
  }
  return [
    {
      type: "table",
      id,
      caption: `Gaps in the record of service change ${change.id} found by ppie's checks: ${plural(findings.length, "finding")}`,
      columns: [
        { key: "code", label: "Code", align: "left" },
        { key: "where", label: "Where in the record", align: "left" },
        { key: "message", label: "What to look at", align: "left" },
      ],
      rows: findings.map((w) => ({
        code: cell(w.code),
        where: cell(whereInRecord(w.path, w.path[0] === "serviceChanges" ? 2 : 0)),
        message: cell(ctx.text(w.hint ? `${w.message} ${w.hint}` : w.message)),
      })),
    },
  ];
}
