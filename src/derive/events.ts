/**
 * What an engagement event counts for: whether a public contributor was on its agenda, how many
 * bursary places it gave, and whom it reached in the room and online. Every measure, report and
 * strategy metric asks these here, so an event counts the same everywhere.
 *
 * @module
 */
import type { EngagementEvent, EventContributor } from "../model/event.js";

/**
 * The event roles that put a public contributor on the agenda: chairing, speaking or
 * presenting, sitting on a panel, facilitating, or writing (a publication or a blog). A bursary
 * place is a funded place to attend, not a place on the agenda.
 */
export const AGENDA_ROLES = ["chair", "speaker", "panellist", "facilitator", "author"] as const;

/** An event role that puts a public contributor on the agenda. */
export type AgendaRole = (typeof AGENDA_ROLES)[number];

/** Whether a contributor's part in an event is a place on its agenda. */
export function isAgendaPlace(c: EventContributor): c is EventContributor & { role: AgendaRole } {
  return c.role !== "bursary";
}

/**
 * Whether a public contributor was on the event's agenda (in any of {@link AGENDA_ROLES}).
 *
 * @example
 * ```ts
 * onAgenda({ contributors: [{ contributorId: "c-1", role: "chair" }] }); // true
 * ```
 */
export function onAgenda(e: Pick<EngagementEvent, "contributors">): boolean {
  return e.contributors.some(isAgendaPlace);
}

/**
 * The bursary places an event gave: its `bursaryPlaces` when recorded, or the bursary holders
 * it lists by name when that is more (a record may list holders without the total, or the total
 * without every holder).
 *
 * @example
 * ```ts
 * bursaryPlaces({ bursaryPlaces: 6, contributors: [{ contributorId: "c-1", role: "bursary" }] }); // 6
 * ```
 */
export function bursaryPlaces(e: Pick<EngagementEvent, "bursaryPlaces" | "contributors">): number {
  let listed = 0;
  for (const c of e.contributors) if (c.role === "bursary") listed += 1;
  return Math.max(e.bursaryPlaces ?? 0, listed);
}

/**
 * Whether an event's bursary places are counted from the holders it lists (records of people,
 * so a report puts the number through its small-number rule) rather than from the total the
 * organisation recorded for the event (an aggregate, shown as recorded, like attendance).
 *
 * @example
 * ```ts
 * bursaryFromHolders({ contributors: [{ contributorId: "c-1", role: "bursary" }] }); // true
 * bursaryFromHolders({ bursaryPlaces: 6, contributors: [] }); // false
 * ```
 */
export function bursaryFromHolders(
  e: Pick<EngagementEvent, "bursaryPlaces" | "contributors">,
): boolean {
  let listed = 0;
  for (const c of e.contributors) if (c.role === "bursary") listed += 1;
  return listed > (e.bursaryPlaces ?? 0);
}

/**
 * Whom an event reached, as recorded: `inPerson` (attendance) and `online` (online reach), each
 * `null` when the event did not record it. An unrecorded figure is not zero: callers count how
 * many events recorded each figure beside the total.
 */
export interface EventReachFigures {
  readonly inPerson: number | null;
  readonly online: number | null;
}

/**
 * The reach an event recorded (see {@link EventReachFigures}).
 *
 * @example
 * ```ts
 * eventReach({ reach: { attendance: 127 } }); // { inPerson: 127, online: null }
 * ```
 */
export function eventReach(e: Pick<EngagementEvent, "reach">): EventReachFigures {
  return { inPerson: e.reach.attendance ?? null, online: e.reach.online ?? null };
}
