/**
 * The sections of the `engagement` report after its headline figures: events by kind (chart and
 * table), events over several days with their dates, public contributors on the agenda by role,
 * new and returning attendance, and members and governors. Every figure comes from the
 * `engagement` measure; counts of people go through the report's small-number rule.
 *
 * @module
 */
import type { AgendaRole } from "../derive/events.js";
import { AGENDA_ROLES } from "../derive/events.js";
import { eventInPeriod } from "../derive/period.js";
import type { LabelledPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import type {
  EngagementComponents,
  EngagementEventKind,
  RecordedFigure,
} from "../scores/engagement.js";
import { ENGAGEMENT_EVENT_KINDS } from "../scores/engagement.js";
import {
  cell,
  formatCount,
  formatDate,
  formatPercent,
  formatPeriod,
  NO_DATA,
  plural,
} from "./format.js";
import type { ReportContext } from "./options.js";
import type { Block, Cell, ChartBlock, TableBlock } from "./report.js";
import { disclosedCell, publishedCount, smallNumberRule, withheldCell } from "./small-numbers.js";

/** What a report writes for a figure no event recorded. */
export const NOT_RECORDED = "not recorded";

/** The words for each agenda role. */
const ROLE_LABELS: Readonly<Record<AgendaRole, string>> = {
  chair: "Chair",
  speaker: "Speaker or presenter",
  panellist: "Panellist",
  facilitator: "Facilitator",
  author: "Author (publication or blog)",
};

/** A recorded figure as a cell: its total, or "not recorded" when no event recorded it. */
export function recordedCell(f: RecordedFigure): Cell {
  return f.recorded === 0 ? cell(NOT_RECORDED, null) : cell(formatCount(f.total), f.total);
}

/** How many of the events recorded a figure, in words: "2 of 4 events". */
export function recordedAt(f: RecordedFigure, events: number): string {
  return `${formatCount(f.recorded)} of ${plural(events, "event")}`;
}

/** The kinds with an event in the period, in display order. */
function kindsHeld(c: EngagementComponents): EngagementEventKind[] {
  return (Object.keys(ENGAGEMENT_EVENT_KINDS) as EngagementEventKind[]).filter(
    (k) => c.byKind[k].events > 0,
  );
}

/** The bar chart of events by kind, with its text alternative. */
function byKindChart(c: EngagementComponents, period: LabelledPeriod): ChartBlock {
  const kinds = kindsHeld(c);
  return {
    type: "chart",
    id: "engagement-by-kind",
    kind: "bar",
    title: "Engagement events by kind",
    description: `Number of engagement events of each kind in ${period.label}: ${
      kinds.map((k) => `${ENGAGEMENT_EVENT_KINDS[k]} ${c.byKind[k].events}`).join(", ") || "none"
    }.`,
    categories: kinds.map((k) => ENGAGEMENT_EVENT_KINDS[k]),
    series: [{ name: "Events", values: kinds.map((k) => c.byKind[k].events) }],
    unit: "events",
    labels: [kinds.map((k) => formatCount(c.byKind[k].events))],
  };
}

/**
 * Bursary places as a cell: as recorded when every event counted recorded its own total (an
 * aggregate, like attendance); under the report's small-number rule when some are counted from
 * the holders an event lists by name (records of people, see `bursaryFromHolders`).
 */
function bursaryCell(
  f: { bursaryPlaces: number; bursaryFromHolders: number },
  ctx: ReportContext,
): Cell {
  return f.bursaryFromHolders > 0
    ? disclosedCell(publishedCount(f.bursaryPlaces, ctx.disclosure))
    : cell(formatCount(f.bursaryPlaces), f.bursaryPlaces);
}

/**
 * The bursary places of a period (all events) as a cell: withheld when any kind of event's
 * number is, so that no withheld number can be worked out from the total; otherwise as
 * {@link bursaryCell}. The headline and the table's "All events" row both use it.
 */
export function bursaryTotalCell(
  f: Pick<EngagementComponents, "byKind" | "bursaryPlaces" | "bursaryFromHolders">,
  ctx: ReportContext,
): Cell {
  for (const k of Object.keys(f.byKind) as EngagementEventKind[]) {
    const kind = f.byKind[k];
    if (kind.events > 0 && bursaryCell(kind, ctx).suppressed === true) return withheldCell();
  }
  return bursaryCell(f, ctx);
}

/** The table of events by kind, with a row for all events. */
function byKindTable(
  c: EngagementComponents,
  ctx: ReportContext,
  period: LabelledPeriod,
): TableBlock {
  const row = (label: string, f: EngagementComponents["byKind"][EngagementEventKind]) => ({
    kind: cell(label),
    events: cell(formatCount(f.events), f.events),
    inPerson: recordedCell(f.inPerson),
    inPersonRecorded: cell(formatCount(f.inPerson.recorded), f.inPerson.recorded),
    online: recordedCell(f.online),
    onlineRecorded: cell(formatCount(f.online.recorded), f.online.recorded),
    onAgenda: cell(formatCount(f.onAgenda), f.onAgenda),
    bursaryPlaces: bursaryCell(f, ctx),
  });
  return {
    type: "table",
    id: "engagement-by-kind",
    caption: `Engagement events by kind, ${period.label}`,
    columns: [
      { key: "kind", label: "Kind of event", align: "left" },
      { key: "events", label: "Events", align: "right" },
      { key: "inPerson", label: "In person", align: "right" },
      { key: "inPersonRecorded", label: "Events counting people in person", align: "right" },
      { key: "online", label: "Online reach", align: "right" },
      { key: "onlineRecorded", label: "Events counting online reach", align: "right" },
      { key: "onAgenda", label: "Public contributor on the agenda", align: "right" },
      { key: "bursaryPlaces", label: "Bursary places", align: "right" },
    ],
    rows: [
      ...kindsHeld(c).map((k) => row(ENGAGEMENT_EVENT_KINDS[k], c.byKind[k])),
      { ...row("All events", c), bursaryPlaces: bursaryTotalCell(c, ctx) },
    ],
    footnote:
      '"Not recorded" means no event of that kind counted the figure; an event that did not count it adds nothing to the total and is not taken as 0. An event over several days is counted in every period it reaches into, with all of its reach.',
  };
}

/** The events of the period that run over several days, in date order. */
function spanningEvents(
  dataset: Dataset,
  ctx: ReportContext,
  period: LabelledPeriod,
): EngagementEvent[] {
  const pid = ctx.project?.id;
  return dataset.events
    .filter(
      (e) =>
        e.endDate !== undefined &&
        e.endDate > e.date &&
        (pid === undefined || e.projectId === pid) &&
        eventInPeriod(e, period),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** The section of campaigns and other events over several days, with their dates and reach. */
export function campaignsSection(
  dataset: Dataset,
  ctx: ReportContext,
  period: LabelledPeriod,
): Block[] {
  const list = spanningEvents(dataset, ctx, period);
  if (list.length === 0) return [];
  return [
    { type: "heading", level: 3, text: "Campaigns and events over several days" },
    {
      type: "table",
      id: "engagement-campaigns",
      caption: `Campaigns and events over several days in ${period.label}, ${plural(list.length, "event")}`,
      columns: [
        { key: "title", label: "Event", align: "left" },
        { key: "kind", label: "Kind", align: "left" },
        { key: "dates", label: "Dates", align: "left" },
        { key: "inPerson", label: "In person", align: "right" },
        { key: "online", label: "Online reach", align: "right" },
      ],
      rows: list.map((e) => ({
        title: cell(ctx.text(e.title)),
        kind: cell(ENGAGEMENT_EVENT_KINDS[e.kind] ?? ENGAGEMENT_EVENT_KINDS.other),
        dates: cell(`${formatDate(e.date)} to ${formatDate(e.endDate ?? e.date)}`),
        inPerson:
          e.reach.attendance === undefined
            ? cell(NOT_RECORDED, null)
            : cell(formatCount(e.reach.attendance), e.reach.attendance),
        online:
          e.reach.online === undefined
            ? cell(NOT_RECORDED, null)
            : cell(formatCount(e.reach.online), e.reach.online),
      })),
      footnote: `An event that began before ${formatDate(period.start)} or ended after ${formatDate(period.end)} is counted in this period and in the other periods it reaches into, with all of its reach.`,
    },
  ];
}

/** The section "events by kind": chart, table and the campaigns. */
export function eventsByKindSection(
  dataset: Dataset,
  ctx: ReportContext,
  c: EngagementComponents,
  period: LabelledPeriod,
): Block[] {
  if (c.events === 0) {
    return [
      { type: "heading", level: 2, text: "Events by kind" },
      { type: "paragraph", text: `No engagement events took place ${formatPeriod(period)}.` },
    ];
  }
  return [
    { type: "heading", level: 2, text: "Events by kind" },
    byKindChart(c, period),
    byKindTable(c, ctx, period),
    ...campaignsSection(dataset, ctx, period),
  ];
}

/**
 * A number of places beside a number of people: withheld with the people when it is below the
 * threshold, as it would bound the number of people.
 */
function placesCell(places: number, people: Cell, min: number): Cell {
  if (people.suppressed === true && places < min) return withheldCell();
  return cell(formatCount(places), places);
}

/** The section on public contributors on the agenda: the share of events, then people by role. */
export function agendaSection(ctx: ReportContext, c: EngagementComponents): Block[] {
  const rule = smallNumberRule(ctx.disclosure);
  const share =
    c.events === 0
      ? "No engagement events took place, so there is no share of events with a public contributor on the agenda."
      : `${formatCount(c.onAgenda)} of ${plural(c.events, "event")} (${formatPercent(c.agendaShare)}) had a public contributor on the agenda: chairing, speaking or presenting, on a panel, facilitating, or as an author.`;
  if (c.events === 0) {
    return [
      { type: "heading", level: 2, text: "Public contributors on the agenda" },
      { type: "paragraph", text: share },
    ];
  }
  const rows = AGENDA_ROLES.map((r) => {
    const people = disclosedCell(publishedCount(c.byRole[r].people, ctx.disclosure));
    return {
      role: cell(ROLE_LABELS[r]),
      people,
      places: placesCell(c.byRole[r].places, people, rule.min),
    };
  });
  const all = disclosedCell(publishedCount(c.agendaPeople, ctx.disclosure));
  // the places in any role are the sum of the roles' places: withheld when any role's are, so
  // that a withheld number of places (and the people it bounds) cannot be worked out from it
  const anyWithheld = rows.some((r) => r.places.suppressed === true);
  rows.push({
    role: cell("Any role (a person may hold more than one)"),
    people: all,
    places: anyWithheld ? withheldCell() : placesCell(c.agendaPlaces, all, rule.min),
  });
  return [
    { type: "heading", level: 2, text: "Public contributors on the agenda" },
    { type: "paragraph", text: share },
    {
      type: "table",
      id: "engagement-agenda-roles",
      caption: "Public contributors on the agenda, by role",
      columns: [
        { key: "role", label: "Role", align: "left" },
        { key: "people", label: "People", align: "right" },
        { key: "places", label: "Places", align: "right" },
      ],
      rows,
      footnote: `A place is one person in one role at one event. Numbers of people below ${rule.min} are withheld (small-number rule: ${rule.name}), and so are numbers of places below ${rule.min} beside them. A person in two roles is counted under each, so the roles do not add up to the number of people.`,
    },
  ];
}

/** The section on new and returning attendance, where events recorded it. */
export function attendanceMixSection(c: EngagementComponents): Block[] {
  const heading: Block = { type: "heading", level: 2, text: "New and returning attendance" };
  if (c.firstTime.recorded === 0 && c.returning.recorded === 0) {
    return [
      heading,
      {
        type: "paragraph",
        text: "No event in the period recorded how many people came for the first time or had come before.",
      },
    ];
  }
  const share =
    c.returningShare === null
      ? "No event recorded both figures with anyone counted, so there is no share of returning people."
      : `At the ${plural(c.mixRecorded, "event")} that recorded both, ${formatPercent(c.returningShare)} of the people counted had come to one of the organisation's events before.`;
  return [
    heading,
    {
      type: "table",
      id: "engagement-attendance-mix",
      caption: "People in person who came for the first time, and who had come before",
      columns: [
        { key: "who", label: "Attendance", align: "left" },
        { key: "people", label: "People", align: "right" },
        { key: "events", label: "Events that counted them", align: "right" },
      ],
      rows: [["First time", c.firstTime] as const, ["Had come before", c.returning] as const].map(
        ([who, f]) => ({
          who: cell(who),
          people: recordedCell(f),
          events: cell(formatCount(f.recorded), f.recorded),
        }),
      ),
    },
    { type: "paragraph", text: share },
  ];
}

/** The section on members and governors, at the period's end, where an organisation records them. */
export function membershipSection(
  ctx: ReportContext,
  c: EngagementComponents,
  period: LabelledPeriod,
): Block[] {
  if (ctx.project !== undefined) return [];
  const heading: Block = { type: "heading", level: 2, text: "Members and governors" };
  if (c.membership.length === 0) {
    return [
      heading,
      {
        type: "paragraph",
        text: "No organisation in the data records a count of its members or its governors.",
      },
    ];
  }
  const rule = smallNumberRule(ctx.disclosure);
  return [
    heading,
    {
      type: "table",
      id: "engagement-membership",
      caption: `Members and governors on ${formatDate(period.end)}`,
      columns: [
        { key: "organisation", label: "Organisation", align: "left" },
        { key: "members", label: "Members (latest count)", align: "right" },
        { key: "counted", label: "Counted on", align: "left" },
        { key: "governors", label: "Governors in post", align: "right" },
      ],
      rows: c.membership.map((m) => ({
        organisation: cell(ctx.text(m.name)),
        members:
          m.members === null
            ? cell(NO_DATA, null)
            : cell(formatCount(m.members.count), m.members.count),
        counted: cell(m.members === null ? "no count by then" : formatDate(m.members.date)),
        governors: disclosedCell(publishedCount(m.governors, ctx.disclosure)),
      })),
      footnote: `Members: the latest count recorded on or before ${formatDate(period.end)}. Governors: the contributors holding a governor's position on that day; numbers below ${rule.min} are withheld (small-number rule: ${rule.name}).`,
    },
  ];
}
