/**
 * The `engagement` measure: what a period's engagement events and campaigns reached, who was on
 * their agendas, the bursary places they gave, and the same figures for the previous period.
 *
 * @module
 */
import type { AgendaRole } from "../derive/events.js";
import {
  AGENDA_ROLES,
  bursaryFromHolders,
  bursaryPlaces,
  eventReach,
  isAgendaPlace,
} from "../derive/events.js";
import { eventInPeriod, invalidPeriodCode, resolvePeriod } from "../derive/period.js";
import { unknownProjectCode } from "../derive/scope.js";
import { CHOICE_ACTIVITY_MODES, CHOICE_ENGAGEMENT } from "../frameworks/design-choices.js";
import { NIHR_CRN_TOOLKIT } from "../frameworks/publications.js";
import { formatCount, formatDecimal } from "../format.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import type { Period } from "../model/period.js";
import { previousPeriod } from "../model/period.js";
import type { Diagnostic } from "../result.js";
import { declareCodes, diagnostic } from "../result.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import type { EngagementMembership } from "./engagement-membership.js";
import { membershipAt } from "./engagement-membership.js";

export type { EngagementMembership } from "./engagement-membership.js";
import type { Score } from "./score.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const ENGAGEMENT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "engagement/no-events",
    severity: "warning",
    title: "No engagement event in the period",
    example: {
      path: ["events"],
      message:
        "No engagement event took place between 2020-04-01 and 2021-03-31, so the share with a public contributor on the agenda cannot be given.",
      hint: "Check the period, or record the period's engagement events.",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("engagement"),
  /* @__PURE__ */ unknownProjectCode("engagement"),
]);

/**
 * A role that puts a public contributor on an event's agenda (`AGENDA_ROLES` in
 * derive/events.ts, where an event's roles are defined once).
 *
 * @category Scores
 */
export type EngagementAgendaRole = "chair" | "speaker" | "panellist" | "facilitator" | "author";

/** Compile-time check: the same roles as derive/events.ts. */
type SameRoles = [EngagementAgendaRole] extends [AgendaRole]
  ? [AgendaRole] extends [EngagementAgendaRole]
    ? true
    : never
  : never;
const sameRoles: SameRoles = true;
void sameRoles;

/** The kind of an engagement event. @category Scores */
export type EngagementEventKind = EngagementEvent["kind"];

/**
 * The kinds of engagement event, in display order, with the words a report uses for each.
 *
 * @example
 * ```ts
 * ENGAGEMENT_EVENT_KINDS["science-cafe"]; // "Science café"
 * ```
 * @category Scores
 */
export const ENGAGEMENT_EVENT_KINDS: Readonly<Record<EngagementEventKind, string>> = {
  "science-cafe": "Science café",
  "lab-tour": "Lab tour",
  "open-day": "Open day",
  talk: "Talk",
  conference: "Conference",
  festival: "Festival",
  campaign: "Campaign",
  media: "Media",
  publication: "Publication",
  blog: "Blog",
  other: "Other",
};

const KINDS = /* @__PURE__ */ Object.keys(ENGAGEMENT_EVENT_KINDS) as EngagementEventKind[];

/**
 * A figure that events record or leave out: the sum over the events that recorded it, and how
 * many events recorded it. An event that did not record the figure adds nothing to `total` and
 * is not counted in `recorded`: unrecorded is not zero.
 *
 * @category Scores
 */
export interface RecordedFigure {
  /** The sum over the events that recorded the figure. */
  total: number;
  /** How many events recorded it (0 recorded is a figure of 0; unrecorded is left out). */
  recorded: number;
}

/**
 * The events of one kind in a period, with what they reached.
 *
 * @category Scores
 */
export interface EngagementKindFigures {
  /** Events of this kind in the period. */
  events: number;
  /** People in the room (attendance), over the events that recorded it. */
  inPerson: RecordedFigure;
  /** Online reach, over the events that recorded it. */
  online: RecordedFigure;
  /** Events with a public contributor on the agenda. */
  onAgenda: number;
  /** Bursary places given. */
  bursaryPlaces: number;
  /**
   * Events of this kind whose bursary places are counted from the holders they list (see
   * `bursaryFromHolders` in derive/events.ts): when more than 0, reports put `bursaryPlaces`
   * through their small-number rule.
   */
  bursaryFromHolders: number;
}

/**
 * Public contributors in one agenda role: distinct people and places (one person in the role at
 * one event is one place).
 *
 * @category Scores
 */
export interface AgendaRoleFigures {
  /** Distinct public contributors in the role. */
  people: number;
  /** Places: (event, contributor) pairs in the role. */
  places: number;
}

/**
 * The figures of one period of the {@link engagement} measure.
 *
 * @category Scores
 */
export interface EngagementFigures {
  /** The period. */
  period: Period;
  /** Engagement events that took place in the period (an event over several days: any day). */
  events: number;
  /** Of those, events over several days (campaigns, festivals) that began before or ended after it. */
  spanning: number;
  /** The same figures, kind by kind, in the order of {@link ENGAGEMENT_EVENT_KINDS}. */
  byKind: Record<EngagementEventKind, EngagementKindFigures>;
  /** People in the room, over the events that recorded attendance. */
  inPerson: RecordedFigure;
  /** Online reach, over the events that recorded it. */
  online: RecordedFigure;
  /** Of those in the room, people who came for the first time, where recorded. */
  firstTime: RecordedFigure;
  /** Of those in the room, people who had come before, where recorded. */
  returning: RecordedFigure;
  /**
   * The share of returning people among those in the room, percent, over the events that
   * recorded both first-time and returning attendance; `null` when none did or they counted 0.
   */
  returningShare: number | null;
  /** Events that recorded both first-time and returning attendance. */
  mixRecorded: number;
  /** Events with a public contributor on the agenda (chair, speaker, panellist, facilitator, author). */
  onAgenda: number;
  /** Share of the period's events with a public contributor on the agenda, percent (`null` with no events). */
  agendaShare: number | null;
  /** Distinct public contributors on an agenda, in any role. */
  agendaPeople: number;
  /** Places on agendas, in any role. */
  agendaPlaces: number;
  /** People and places by agenda role. */
  byRole: Record<EngagementAgendaRole, AgendaRoleFigures>;
  /** Bursary places given (see `bursaryPlaces` in derive/events.ts). */
  bursaryPlaces: number;
  /** Events that gave at least one bursary place. */
  bursaryEvents: number;
  /** Events whose bursary places are counted from the holders they list (see above). */
  bursaryFromHolders: number;
}

/**
 * The figures an {@link engagement} score was built from.
 *
 * @category Scores
 */
export interface EngagementComponents extends EngagementFigures {
  /** The same figures for the previous period of the same length (the trend). */
  previous: EngagementFigures;
  /**
   * Organisations that record member counts or governors, with the figures at the period's end
   * (not narrowed to a project: membership is the organisation's).
   */
  membership: EngagementMembership[];
}

/**
 * Options for {@link engagement}.
 *
 * @category Scores
 */
export interface EngagementOptions {
  /** The period: a label such as `"2025-26"` or `{ start, end }`; default the dataset's default period. */
  period?: Period | string;
  /** The as-of date (ISO) that decides the default period; default the latest recorded date. */
  asOf?: string;
  /** A project id: only that project's own events. */
  project?: string;
}

/**
 * INVOLVE's definition of engagement (sharing knowledge about research with the public), as
 * NIHR restates it; the figures and what counts for each are ppie's.
 */
export const ENGAGEMENT_SOURCES: Sources = [
  NIHR_CRN_TOOLKIT,
  CHOICE_ENGAGEMENT,
  CHOICE_ACTIVITY_MODES,
];

function recorded(): RecordedFigure {
  return { total: 0, recorded: 0 };
}

function add(f: RecordedFigure, v: number | null | undefined): void {
  if (v === null || v === undefined) return;
  f.total += v;
  f.recorded += 1;
}

function emptyFigures(period: Period): EngagementFigures {
  const byKind = {} as Record<EngagementEventKind, EngagementKindFigures>;
  for (const k of KINDS) {
    byKind[k] = {
      events: 0,
      inPerson: recorded(),
      online: recorded(),
      onAgenda: 0,
      bursaryPlaces: 0,
      bursaryFromHolders: 0,
    };
  }
  const byRole = {} as Record<AgendaRole, AgendaRoleFigures>;
  for (const r of AGENDA_ROLES) byRole[r] = { people: 0, places: 0 };
  return {
    period: { start: period.start, end: period.end },
    events: 0,
    spanning: 0,
    byKind,
    inPerson: recorded(),
    online: recorded(),
    firstTime: recorded(),
    returning: recorded(),
    returningShare: null,
    mixRecorded: 0,
    onAgenda: 0,
    agendaShare: null,
    agendaPeople: 0,
    agendaPlaces: 0,
    byRole,
    bursaryPlaces: 0,
    bursaryEvents: 0,
    bursaryFromHolders: 0,
  };
}

/** The running tally of one period: its figures, and the people seen in each role. */
interface Tally {
  figures: EngagementFigures;
  people: Record<AgendaRole, Set<string>>;
  anyRole: Set<string>;
  mixFirst: number;
  mixReturning: number;
}

function tally(period: Period): Tally {
  const people = {} as Record<AgendaRole, Set<string>>;
  for (const r of AGENDA_ROLES) people[r] = new Set();
  return {
    figures: emptyFigures(period),
    people,
    anyRole: new Set(),
    mixFirst: 0,
    mixReturning: 0,
  };
}

/** Count one event into a period's tally. */
function countEvent(t: Tally, e: EngagementEvent): void {
  const f = t.figures;
  const k = f.byKind[e.kind] ?? f.byKind.other;
  const reach = eventReach(e);
  const places = bursaryPlaces(e);
  f.events += 1;
  k.events += 1;
  if (e.date < f.period.start || (e.endDate !== undefined && e.endDate > f.period.end)) {
    f.spanning += 1;
  }
  add(f.inPerson, reach.inPerson);
  add(k.inPerson, reach.inPerson);
  add(f.online, reach.online);
  add(k.online, reach.online);
  add(f.firstTime, e.reach.firstTime);
  add(f.returning, e.reach.returning);
  if (e.reach.firstTime !== undefined && e.reach.returning !== undefined) {
    f.mixRecorded += 1;
    t.mixFirst += e.reach.firstTime;
    t.mixReturning += e.reach.returning;
  }
  f.bursaryPlaces += places;
  k.bursaryPlaces += places;
  if (bursaryFromHolders(e)) {
    f.bursaryFromHolders += 1;
    k.bursaryFromHolders += 1;
  }
  if (places > 0) f.bursaryEvents += 1;
  let agenda = false;
  // one place per person and role at an event, however often the record lists it
  const seen = e.contributors.length > 1 ? new Set<string>() : undefined;
  for (const c of e.contributors) {
    if (!isAgendaPlace(c)) continue;
    agenda = true;
    if (seen !== undefined) {
      const key = `${c.role}\u0000${c.contributorId}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    f.byRole[c.role].places += 1;
    f.agendaPlaces += 1;
    t.people[c.role].add(c.contributorId);
    t.anyRole.add(c.contributorId);
  }
  if (agenda) {
    f.onAgenda += 1;
    k.onAgenda += 1;
  }
}

function finish(t: Tally): EngagementFigures {
  const f = t.figures;
  for (const r of AGENDA_ROLES) f.byRole[r].people = t.people[r].size;
  f.agendaPeople = t.anyRole.size;
  f.agendaShare = f.events === 0 ? null : (100 * f.onAgenda) / f.events;
  const mix = t.mixFirst + t.mixReturning;
  f.returningShare = mix === 0 ? null : (100 * t.mixReturning) / mix;
  return f;
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : formatDecimal(x, 1);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function explain(c: EngagementComponents): string {
  const p = c.period;
  const before = `${formatCount(c.previous.events)} in the previous period`;
  if (c.events === 0) {
    return `No engagement events took place between ${p.start} and ${p.end} (${before}).`;
  }
  return (
    `${count(c.events, "engagement event")} took place between ${p.start} and ${p.end} (${before}); ` +
    `${formatCount(c.onAgenda)} had a public contributor on the agenda (${fmt(c.agendaShare)}%). ` +
    `In person: ${formatCount(c.inPerson.total)} at the ${count(c.inPerson.recorded, "event")} that recorded attendance; ` +
    `online reach: ${formatCount(c.online.total)} at the ${count(c.online.recorded, "event")} that recorded it. ` +
    `${count(c.agendaPlaces, "place")} on agendas; ${count(c.bursaryPlaces, "bursary place")}. ` +
    "An event that did not record a figure is not counted as 0."
  );
}

/**
 * Engagement in a period: the engagement events and campaigns that took place (an event over
 * several days counts in every period it overlaps, with all of its reach), by kind, with what
 * they reached and who was on their agendas, against the previous period of the same length.
 *
 * - **events**: events in the period; **inPerson** and **online**: the sum of recorded
 *   attendance and online reach, each with the number of events that recorded it (an event
 *   that recorded none is not 0, and is left out of both);
 * - **firstTime**, **returning**: the same for first-time and returning attendance, and
 *   **returningShare = 100 × returning / (firstTime + returning)** over the events that
 *   recorded both;
 * - **byRole**: for each agenda role (chair, speaker, panellist, facilitator, author), the
 *   distinct public contributors and the places (one person in one role at one event);
 * - **bursaryPlaces**: Σ `bursaryPlaces(e)` (the places recorded, or the holders listed when
 *   more);
 * - **value = agendaShare = 100 × onAgenda / events** (percent): the share of events with a
 *   public contributor on the agenda (`onAgenda` in derive/events.ts);
 * - **previous**: every figure again for the previous period (`previousPeriod`);
 * - **membership**: each organisation's latest member count on or before the period's end, and
 *   its governors in post on that day (from `Contributor.positions`).
 *
 * Linear in the events (one pass over them for both periods) and in the contributors.
 *
 * Source: INVOLVE's definition of engagement (where information and knowledge about research
 * is provided and disseminated), as NIHR's Clinical Research Network restates it; the figures
 * are a ppie design choice (docs/design-choices.md#engagement-figures).
 *
 * Worked example (a unit test): in 2025-26 a science café of 127 (40 first time, 87
 * returning) with a public chair and speaker, a festival of 4,200 from March to April 2026, a
 * campaign of 52,340 online reach and a talk with no figures and 6 bursary places → 4 events,
 * 4,327 in person at 2 events, 52,340 online at 1, 2 of 4 on the agenda → value 50 (%),
 * returning 68.5%, 6 bursary places.
 *
 * @param dataset - the dataset
 * @param opts - the period (default the dataset's default period), the as-of date and a project
 * @returns a {@link Score} in percent; `null` when the period cannot be read or has no events
 * @example
 * ```ts
 * // The demo's 2025-26: 9 events, all of which counted the people in the room.
 * engagement(demoDataset, { period: "2025-26" }).components.inPerson; // { total: 1181, recorded: 9 }
 * ```
 * @category Scores
 */
export function engagement(
  dataset: Dataset,
  opts: EngagementOptions = {},
): Score<EngagementComponents> {
  opts = ownOptions(opts);
  const base = {
    id: "engagement",
    unit: "percent" as const,
    range: [0, 100] as const,
    source: ENGAGEMENT_SOURCES,
  };
  const resolved = resolvePeriod(opts.period, dataset, "engagement/invalid-period", opts.asOf);
  if (!resolved.ok) {
    const none = emptyFigures({ start: "", end: "" });
    return {
      ...base,
      value: null,
      components: { ...none, previous: none, membership: [] },
      explanation: "No engagement summary: the period could not be read.",
      diagnostics: resolved.diagnostics,
    };
  }
  const p: Period = { start: resolved.value.start, end: resolved.value.end };
  const prev = previousPeriod(p);
  const now = tally(p);
  const before = tally(prev);
  for (const e of dataset.events) {
    if (opts.project !== undefined && e.projectId !== opts.project) continue;
    if (eventInPeriod(e, p)) countEvent(now, e);
    if (eventInPeriod(e, prev)) countEvent(before, e);
  }
  const components: EngagementComponents = {
    ...finish(now),
    previous: finish(before),
    membership: membershipAt(dataset, p.end),
  };
  const diagnostics: Diagnostic[] = [];
  if (components.events === 0) {
    diagnostics.push(
      diagnostic(
        "engagement/no-events",
        "warning",
        ["events"],
        `No engagement event took place between ${p.start} and ${p.end}, so the share with a public contributor on the agenda cannot be given.`,
        "Check the period, or record the period's engagement events.",
      ),
    );
  }
  return {
    ...base,
    value: components.agendaShare,
    components,
    explanation: explain(components),
    diagnostics,
  };
}
