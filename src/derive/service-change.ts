/**
 * What a service change's record says, once, for the rules and the report alike: its
 * activities, its "you said, we did" records, the seldom-heard groups its activities reached,
 * the length of its consultation, and the dates of its steps in order.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { ImpactRecord } from "../model/impact.js";
import type { Consultation, ServiceChange } from "../model/service-change.js";
import { dayNumber } from "./days.js";
import { facts } from "./facts.js";
import { seldomHeardFor } from "./people.js";

/**
 * The activities a service change links by id, in the order it lists them, each once (an id
 * that names no activity is left out: `parseDataset` reports it).
 *
 * @param dataset - the dataset
 * @param change - the service change
 * @returns the activities
 */
export function serviceChangeActivities(dataset: Dataset, change: ServiceChange): Activity[] {
  const index = facts(dataset).activities;
  const seen = new Set<string>();
  const out: Activity[] = [];
  for (const id of change.activityIds) {
    const a = index.get(id)?.record;
    if (a === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push(a);
  }
  return out;
}

/**
 * The "you said, we did" records of a service change: the impact records it names in
 * `impactIds`, and those that name one of its activities, each once, by date and then id.
 *
 * @param dataset - the dataset
 * @param change - the service change
 * @returns the impact records
 */
export function serviceChangeImpacts(dataset: Dataset, change: ServiceChange): ImpactRecord[] {
  const f = facts(dataset);
  const byId = f.cached("impactIndexById", () => {
    const m = new Map<string, number>();
    dataset.impacts.forEach((r, i) => {
      if (!m.has(r.id)) m.set(r.id, i);
    });
    return m;
  });
  const picked = new Set<number>();
  for (const id of change.impactIds) {
    const i = byId.get(id);
    if (i !== undefined) picked.add(i);
  }
  for (const id of change.activityIds) {
    for (const i of f.impactsByActivity.get(id) ?? []) picked.add(i);
  }
  return [...picked]
    .map((i) => dataset.impacts[i] as ImpactRecord)
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
}

/** Whether one affected seldom-heard group was reached by a service change's activities. */
export interface SeldomHeardReach {
  /** The group's id, as the service change lists it. */
  readonly group: string;
  /** Whether the organisation lists the group in its `seldomHeardGroups`. */
  readonly listed: boolean;
  /** Whether a contributor at one of the change's activities counts as seldom heard in this group. */
  readonly reached: boolean;
}

/**
 * For each seldom-heard group a service change says it affects, whether its activities reached
 * the group: whether a contributor listed at one of them belongs to the group, by the dataset's
 * definition of seldom heard (`seldomHeardFor`: the contributor's own `seldomHeard` ids that the
 * organisation lists). A group the organisation does not list is never reached by that
 * definition, and `listed` says so.
 *
 * @param dataset - the dataset
 * @param change - the service change
 * @returns one entry per affected group, in the order listed, each once
 */
export function seldomHeardReach(dataset: Dataset, change: ServiceChange): SeldomHeardReach[] {
  const index = facts(dataset);
  const org = index.organisations.get(change.organisationId)?.record;
  const reached = new Set<string>();
  if (org !== undefined) {
    for (const a of serviceChangeActivities(dataset, change)) {
      for (const x of a.contributors) {
        const c = index.contributors.get(x.contributorId)?.record;
        if (c !== undefined) for (const g of seldomHeardFor(c, org)) reached.add(g);
      }
    }
  }
  const listed = new Set(org?.seldomHeardGroups ?? []);
  const groups = [...new Set(change.affected.seldomHeardGroups)];
  return groups.map((group) => ({
    group,
    listed: listed.has(group),
    reached: reached.has(group),
  }));
}

/**
 * The length of a consultation in days, its first and last days both counted (a consultation
 * from 1 to 28 June is 28 days long). Zero or less when it ends before it starts.
 *
 * @param consultation - the consultation
 * @returns the number of days
 * @example
 * ```ts
 * consultationDays({ start: "2025-06-01", end: "2025-06-28" }); // 28
 * ```
 */
export function consultationDays(consultation: Pick<Consultation, "start" | "end">): number {
  return dayNumber(consultation.end) - dayNumber(consultation.start) + 1;
}

/** The steps of a service change that carry a date, in the order they should happen. */
export type ServiceChangeStep =
  | "assessment"
  | "first-activity"
  | "consultation-start"
  | "consultation-end"
  | "scrutiny"
  | "decision"
  | "feedback";

/** One dated step of a service change. */
export interface ServiceChangeDate {
  readonly step: ServiceChangeStep;
  /** The date, or `undefined` when the record has none. */
  readonly date: string | undefined;
}

/**
 * The dates of a service change's steps, in the order they should happen: the assessment, the
 * first of its activities, the consultation's first and last days, the scrutiny committee
 * consulted, the decision, and the feedback published. A step the record has no date for has
 * `date: undefined`.
 *
 * @param dataset - the dataset
 * @param change - the service change
 * @returns the seven steps, in order
 */
export function serviceChangeDates(dataset: Dataset, change: ServiceChange): ServiceChangeDate[] {
  let first: string | undefined;
  for (const a of serviceChangeActivities(dataset, change)) {
    if (first === undefined || a.startDate < first) first = a.startDate;
  }
  return [
    { step: "assessment", date: change.assessment?.date },
    { step: "first-activity", date: first },
    { step: "consultation-start", date: change.consultation?.start },
    { step: "consultation-end", date: change.consultation?.end },
    { step: "scrutiny", date: change.scrutiny?.date },
    { step: "decision", date: change.decision?.date },
    { step: "feedback", date: change.feedbackPublished },
  ];
}
