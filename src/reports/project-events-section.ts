/**
 * A project's own engagement events in its `project` and `gripp2` reports: each event's title,
 * kind, day or days, whom it reached and the public contributors on its agenda, every count of
 * people under the report's disclosure control; and the headcounts of people who took part in
 * the project's activities without a record each (citizen scientists, a crowd at a drop-in),
 * kept apart from contributors counted by record.
 *
 * @module
 */
import {
  AGENDA_ROLES,
  bursaryFromHolders,
  bursaryPlaces,
  eventReach,
  isAgendaPlace,
} from "../derive/events.js";
import type { Period } from "../model/period.js";
import { eventInPeriod } from "../derive/period.js";
import { projectView } from "../derive/scope.js";
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import { eventInWords } from "./impact-sources.js";
import { byDateThenId, cell, formatCount, formatDate, formatDateRange, plural } from "./format.js";
import type { ReportContext } from "./options.js";
import { ENGAGEMENT_EVENT_KINDS } from "../scores/engagement.js";
import type { Block, Cell, ParagraphBlock, TableBlock } from "./report.js";
import { disclosedCell, publishedCount, smallNumberRule, WITHHELD } from "./small-numbers.js";

/** The agenda roles in words, for a sentence ("chairing, speaking, ..."). */
const AGENDA_WORDS: Readonly<Record<(typeof AGENDA_ROLES)[number], string>> = {
  chair: "chairing",
  speaker: "speaking or presenting",
  panellist: "on a panel",
  facilitator: "facilitating",
  author: "writing",
};

/**
 * A project's engagement events in a period (an event over several days counts when any of its
 * days falls in the period; without a period, all of them), by date then id.
 *
 * @param dataset - the dataset
 * @param projectId - the project id
 * @param period - the period, when the report has one
 * @returns the events
 */
export function projectEvents(
  dataset: Dataset,
  projectId: string,
  period: Period | undefined,
): EngagementEvent[] {
  return projectView(dataset, projectId)
    .events.filter((e) => period === undefined || eventInPeriod(e, period))
    .sort(byDateThenId);
}

/** The distinct public contributors on an event's agenda (in any agenda role). */
function onAgendaCount(e: EngagementEvent): number {
  const ids = new Set<string>();
  for (const c of e.contributors) if (isAgendaPlace(c)) ids.add(c.contributorId);
  return ids.size;
}

/** A count of people as a cell, under the report's rule; "not recorded" when there is none. */
function peopleCell(n: number | null, ctx: ReportContext): Cell {
  return n === null ? cell("not recorded", null) : disclosedCell(publishedCount(n, ctx.disclosure));
}

/**
 * An event's own count (attendance, online reach, the bursary places it recorded) as recorded,
 * as the `engagement` report shows it: an aggregate the organisation counted, not a count of
 * people's records; "not recorded" when the event did not count it.
 */
function recordedCell(n: number | null): Cell {
  return n === null ? cell("not recorded", null) : cell(formatCount(n), n);
}

/** The table of the events: title, kind, days, reach, contributors on the agenda, bursaries. */
function eventsTable(
  ctx: ReportContext,
  events: readonly EngagementEvent[],
  id: string,
): TableBlock {
  return {
    type: "table",
    id,
    caption: `Engagement events: ${plural(events.length, "event")}`,
    columns: [
      { key: "event", label: "Event", align: "left" },
      { key: "kind", label: "Kind", align: "left" },
      { key: "dates", label: "Date", align: "left" },
      { key: "inPerson", label: "People in the room", align: "right" },
      { key: "online", label: "Reached online", align: "right" },
      { key: "agenda", label: "Public contributors on the agenda", align: "right" },
      { key: "bursaries", label: "Bursary places", align: "right" },
    ],
    rows: events.map((e): Record<string, Cell> => {
      const reach = eventReach(e);
      return {
        event: cell(ctx.text(e.title)),
        kind: cell(ENGAGEMENT_EVENT_KINDS[e.kind]),
        dates: cell(formatDateRange(e.date, e.endDate)),
        inPerson: recordedCell(reach.inPerson),
        online: recordedCell(reach.online),
        agenda: peopleCell(onAgendaCount(e), ctx),
        // counted from the holders the event lists by name: records of people, under the rule
        bursaries: bursaryFromHolders(e)
          ? peopleCell(bursaryPlaces(e), ctx)
          : recordedCell(bursaryPlaces(e)),
      };
    }),
    footnote: `Public contributors on the agenda are those who chaired, spoke or presented, sat on a panel, facilitated or wrote for the event; their number follows the small-number rule (${smallNumberRule(ctx.disclosure).name}): a number it hides is shown as ${WITHHELD}. People in the room, reached online and the bursary places an event recorded are its own counts, shown as recorded (as in the engagement report); bursary places counted from the holders an event lists by name follow the small-number rule. Reach not recorded is not counted as none; an event that records no bursary places shows 0.`,
  };
}

/**
 * The engagement events section of a project's report: its heading, then the table of the
 * project's events, or a sentence when it has none.
 *
 * @param ctx - the checked options
 * @param events - the project's events (see {@link projectEvents})
 * @param id - the table's id
 * @returns the section's blocks
 */
export function projectEventsSection(
  ctx: ReportContext,
  events: readonly EngagementEvent[],
  id: string,
): Block[] {
  const heading: Block = { type: "heading", level: 2, text: "Engagement events" };
  if (events.length === 0)
    return [
      heading,
      { type: "paragraph", text: "No engagement events are recorded for this project." },
    ];
  return [heading, eventsTable(ctx, events, id)];
}

/**
 * The project's engagement events as evidence for GRIPP2's item on how involvement was done:
 * the events, and at how many of them public contributors were on the agenda.
 *
 * @param ctx - the checked options
 * @param events - the project's events
 * @returns the sentence, or `undefined` when the project has no events
 */
export function eventsEvidenceSentence(
  ctx: ReportContext,
  events: readonly EngagementEvent[],
): string | undefined {
  if (events.length === 0) return undefined;
  const agenda = events.filter((e) => onAgendaCount(e) > 0).length;
  const words = AGENDA_ROLES.map((r) => AGENDA_WORDS[r]);
  const roles = `${words.slice(0, -1).join(", ")} or ${words.at(-1) ?? ""}`;
  return `Engagement events: ${plural(events.length, "event")} (${events.map((e) => eventInWords(e, ctx.text)).join("; ")}), with public contributors on the agenda (${roles}) at ${agenda === 0 ? "none" : `${agenda} of them`}.`;
}

/**
 * The headcounts of people who took part in activities without a record each (an activity's
 * `headcount`: "340 citizen scientists"), in a sentence kept apart from the contributors
 * counted by record; each headcount under the report's disclosure control.
 *
 * @param ctx - the checked options
 * @param activities - the activities in scope (any mode)
 * @returns the sentence, or `undefined` when no activity recorded a headcount
 */
export function headcountsSentence(
  ctx: ReportContext,
  activities: readonly Activity[],
): string | undefined {
  const counted = activities
    .filter((a) => a.headcount !== undefined)
    .sort((a, b) =>
      a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : 1,
    );
  if (counted.length === 0) return undefined;
  const parts = counted.map((a) => {
    const h = a.headcount as NonNullable<Activity["headcount"]>;
    const shown = publishedCount(h.people, ctx.disclosure).value;
    const who = ctx.text(h.who);
    const count = shown === null ? `${who} (number ${WITHHELD})` : `${formatCount(shown)} ${who}`;
    return `${count} at ${ctx.text(a.title)} (${formatDate(a.startDate)})`;
  });
  return `Also took part without a record each, counted as a headcount: ${parts.join("; ")}. They are not among the contributors counted by record.`;
}

/**
 * The headcounts (see {@link headcountsSentence}) as a paragraph of a report.
 *
 * @param ctx - the checked options
 * @param activities - the activities in scope (any mode)
 * @returns the paragraph, or `undefined` when no activity recorded a headcount
 */
export function headcountsParagraph(
  ctx: ReportContext,
  activities: readonly Activity[],
): ParagraphBlock | undefined {
  const text = headcountsSentence(ctx, activities);
  return text === undefined ? undefined : { type: "paragraph", text };
}
