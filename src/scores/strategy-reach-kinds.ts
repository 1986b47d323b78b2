/**
 * The strategy metric kinds computed from engagement events and reach: the share of events with
 * a public contributor on the agenda, bursary places, event reach, co-authored outputs,
 * seldom-heard reach (from the `seldom-heard-reach` measure) and representation against the
 * population (from the `representation` measure). Each event counts as `derive/events.ts` says,
 * so these agree with every other measure of events.
 *
 * @module
 */
import { facts } from "../derive/facts.js";
import { eventInPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import type { Period } from "../model/period.js";
import type { EngagementComponents } from "./engagement.js";
import { engagement } from "./engagement.js";
import { datasetRepresentation } from "./representation-dataset.js";
import { seldomHeardReachScore } from "./seldom-heard-reach.js";

/**
 * The metric kinds this module computes.
 */
export const REACH_KINDS = [
  "agenda-share",
  "bursary-places",
  "event-reach",
  "seldom-heard-reach",
  "representation-vs-population",
  "co-authored-outputs",
] as const;

/** A metric kind this module computes. */
export type ReachKind = (typeof REACH_KINDS)[number];

/** Whether ppie computes a kind here. */
export function isReachKind(kind: string): kind is ReachKind {
  return (REACH_KINDS as readonly string[]).includes(kind);
}

/** The events of a window. */
function eventsIn(view: Dataset, w: Period): EngagementEvent[] {
  return view.events.filter((e) => eventInPeriod(e, w));
}

/** Whether an event is a co-authored output: a publication or blog with a public contributor as author. */
function coAuthored(e: EngagementEvent): boolean {
  return (
    (e.kind === "publication" || e.kind === "blog") &&
    e.contributors.some((c) => c.role === "author")
  );
}

/**
 * The `engagement` measure over a window of the view (once per window: three kinds read it), so
 * that agenda share, bursary places and event reach are the engagement report's own figures.
 */
function engagementOf(view: Dataset, w: Period): EngagementComponents {
  return facts(view).cached(
    `strategy-engagement\u0000${w.start}\u0000${w.end}`,
    () => engagement(view, { period: { start: w.start, end: w.end } }).components,
  );
}

/** In-person attendance plus online reach; `null` when events were held and none recorded either. */
function reachOf(c: EngagementComponents): number | null {
  if (c.events > 0 && c.inPerson.recorded === 0 && c.online.recorded === 0) return null;
  return c.inPerson.total + c.online.total;
}

/**
 * A reach kind's value for a window of a view (the whole dataset, or one organisation's
 * records): `null` when the view holds nothing to compute it from, so that the metric's
 * observation is used instead.
 *
 * - `agenda-share`: percent of the window's events with a public contributor on the agenda
 *   (`onAgenda`: chair, speaker, panellist, facilitator or author); `null` without events.
 * - `bursary-places`: the bursary places of the window's events, each event's `bursaryPlaces`
 *   or its listed bursary holders, whichever is more.
 * - `event-reach`: in-person attendance plus online reach of the window's events, as recorded
 *   (`eventReach`); `null` when events were held and none recorded either figure.
 * - `co-authored-outputs`: the window's publications and blogs with a public contributor as
 *   author.
 * - `seldom-heard-reach`: the value of the `seldom-heard-reach` measure for the strategy's
 *   organisation (distinct people from its named seldom-heard groups involved).
 * - `representation-vs-population`: the `representation` measure with its defaults (ethnic
 *   group against the census for England, disclosure preset tre-10): the index of dissimilarity
 *   as a percentage (100 × D, the share of contributors who would have to be in another
 *   category to match the population; lower is closer).
 *
 * @param view - the records the strategy's metrics are computed from
 * @param kind - the metric kind
 * @param w - the window
 * @param organisationId - the strategy's organisation
 * @returns the value, or `null`
 */
export function reachKindValue(
  view: Dataset,
  kind: ReachKind,
  w: Period,
  organisationId: string,
): number | null {
  const label = `${w.start}..${w.end}`;
  switch (kind) {
    case "agenda-share":
      return engagementOf(view, w).agendaShare;
    case "bursary-places":
      return view.events.length === 0 ? null : engagementOf(view, w).bursaryPlaces;
    case "event-reach":
      return view.events.length === 0 ? null : reachOf(engagementOf(view, w));
    case "co-authored-outputs":
      return view.events.length === 0 ? null : eventsIn(view, w).filter(coAuthored).length;
    case "seldom-heard-reach":
      return seldomHeardReachScore(view, {
        period: { ...w, label },
        organisation: organisationId,
      }).value;
    case "representation-vs-population": {
      const d = datasetRepresentation(view, {
        period: { ...w, label },
        dimension: "ethnic-group",
        disclosure: "tre-10",
      }).value;
      return d === null ? null : 100 * d;
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}
