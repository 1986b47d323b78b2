/**
 * The index of a dataset: every lookup by id, and every "which records belong to which" map,
 * built once per dataset object (on first use) and shared by every stage. No stage scans one
 * entity list for each record of another; they ask here.
 *
 * @module
 */
import type { Activity, ActivityContributor } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent, EventContributor } from "../model/event.js";
import type { Group, Membership } from "../model/group.js";
import type { Organisation } from "../model/organisation.js";
import type { Project } from "../model/project.js";

/** A record and its position in its list, so that diagnostics can point at it. */
export interface Indexed<T> {
  readonly record: T;
  readonly index: number;
}

/** No payments: one shared empty list. */
const NONE: readonly number[] = Object.freeze([]);

/** Owner id to contributor id to that contributor's (first) entry in the owner's list. */
function parts<C extends { contributorId: string }>(
  owners: readonly { id: string; contributors: readonly C[] }[],
): Map<string, Map<string, C>> {
  const m = new Map<string, Map<string, C>>();
  for (const o of owners) {
    let inner = m.get(o.id);
    if (inner === undefined) {
      inner = new Map();
      m.set(o.id, inner);
    }
    for (const c of o.contributors) if (!inner.has(c.contributorId)) inner.set(c.contributorId, c);
  }
  return m;
}

/** One group membership with its group. */
export interface MembershipOf {
  readonly group: Group;
  readonly membership: Membership;
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, Indexed<T>> {
  const m = new Map<string, Indexed<T>>();
  for (let i = 0; i < list.length; i++) {
    const record = list[i] as T;
    if (!m.has(record.id)) m.set(record.id, { record, index: i });
  }
  return m;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}

/**
 * The shared index of one dataset. Each map is built on first use, in one pass, so asking for
 * it costs nothing until a stage needs it and the whole pipeline stays linear in the data.
 * Get it with `facts`; never build it by hand.
 */
export class Facts {
  /** The dataset indexed. */
  readonly dataset: Dataset;
  #activities: Map<string, Indexed<Activity>> | undefined;
  #contributors: Map<string, Indexed<Contributor>> | undefined;
  #events: Map<string, Indexed<EngagementEvent>> | undefined;
  #groups: Map<string, Indexed<Group>> | undefined;
  #projects: Map<string, Indexed<Project>> | undefined;
  #organisations: Map<string, Indexed<Organisation>> | undefined;
  #activityParts: Map<string, Map<string, ActivityContributor>> | undefined;
  #eventParts: Map<string, Map<string, EventContributor>> | undefined;
  #paymentsByPair: Map<string, Map<string, number[]>> | undefined;
  #impactsByActivity: Map<string, number[]> | undefined;
  #memberships: Map<string, MembershipOf[]> | undefined;
  /** Memoised results of other derive functions, keyed by their own names. */
  readonly memo = new Map<string, unknown>();

  /** @param dataset - the dataset to index */
  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  /** Activities by id (the first of a duplicated id wins). */
  get activities(): ReadonlyMap<string, Indexed<Activity>> {
    this.#activities ??= byId(this.dataset.activities);
    return this.#activities;
  }

  /** Contributors by id. */
  get contributors(): ReadonlyMap<string, Indexed<Contributor>> {
    this.#contributors ??= byId(this.dataset.contributors);
    return this.#contributors;
  }

  /** Engagement events by id. */
  get events(): ReadonlyMap<string, Indexed<EngagementEvent>> {
    this.#events ??= byId(this.dataset.events);
    return this.#events;
  }

  /** Groups by id. */
  get groups(): ReadonlyMap<string, Indexed<Group>> {
    this.#groups ??= byId(this.dataset.groups);
    return this.#groups;
  }

  /** Projects by id. */
  get projects(): ReadonlyMap<string, Indexed<Project>> {
    this.#projects ??= byId(this.dataset.projects);
    return this.#projects;
  }

  /** Organisations by id. */
  get organisations(): ReadonlyMap<string, Indexed<Organisation>> {
    this.#organisations ??= byId(this.dataset.organisations);
    return this.#organisations;
  }

  /**
   * A contributor's part in an activity (the first entry, if the activity lists them twice), or
   * `undefined` when the activity does not list them. Looked up through nested maps, so no key
   * string is built per lookup.
   *
   * @param activityId - the activity id
   * @param contributorId - the contributor id
   * @returns the contributor's entry in `activity.contributors`
   */
  activityPart(activityId: string, contributorId: string): ActivityContributor | undefined {
    this.#activityParts ??= parts(this.dataset.activities);
    return this.#activityParts.get(activityId)?.get(contributorId);
  }

  /**
   * A contributor's part in an engagement event (the first entry), or `undefined`.
   *
   * @param eventId - the event id
   * @param contributorId - the contributor id
   * @returns the contributor's entry in `event.contributors`
   */
  eventPart(eventId: string, contributorId: string): EventContributor | undefined {
    this.#eventParts ??= parts(this.dataset.events);
    return this.#eventParts.get(eventId)?.get(contributorId);
  }

  /**
   * The indexes (in `dataset.payments`) of the payments for one contributor's part in one
   * activity, in dataset order; empty when there are none.
   *
   * @param activityId - the activity id
   * @param contributorId - the contributor id
   * @returns payment indexes
   */
  paymentsFor(activityId: string, contributorId: string): readonly number[] {
    if (this.#paymentsByPair === undefined) {
      const m = new Map<string, Map<string, number[]>>();
      const list = this.dataset.payments;
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        if (p?.activityId === undefined) continue;
        let inner = m.get(p.activityId);
        if (inner === undefined) {
          inner = new Map();
          m.set(p.activityId, inner);
        }
        push(inner, p.contributorId, i);
      }
      this.#paymentsByPair = m;
    }
    return this.#paymentsByPair.get(activityId)?.get(contributorId) ?? NONE;
  }

  /** Activity id to the indexes of the impact records that name it. */
  get impactsByActivity(): ReadonlyMap<string, readonly number[]> {
    if (this.#impactsByActivity === undefined) {
      const m = new Map<string, number[]>();
      const list = this.dataset.impacts;
      for (let i = 0; i < list.length; i++) {
        for (const a of list[i]?.activityIds ?? []) push(m, a, i);
      }
      this.#impactsByActivity = m;
    }
    return this.#impactsByActivity;
  }

  /** Contributor id to that contributor's group memberships, each with its group. */
  get memberships(): ReadonlyMap<string, readonly MembershipOf[]> {
    if (this.#memberships === undefined) {
      const m = new Map<string, MembershipOf[]>();
      for (const group of this.dataset.groups) {
        for (const membership of group.memberships) {
          push(m, membership.contributorId, { group, membership });
        }
      }
      this.#memberships = m;
    }
    return this.#memberships;
  }

  /**
   * A value derived from the dataset, computed once and kept with the index.
   *
   * @param key - a key unique to the computation and its inputs
   * @param make - computes the value
   * @returns the value
   */
  cached<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = make();
    this.memo.set(key, v);
    return v;
  }
}

const cache = new WeakMap<Dataset, Facts>();

/**
 * The shared index of a dataset, built on first use and then kept for that dataset object
 * (datasets are immutable, so the index never goes stale).
 *
 * @param dataset - a parsed dataset
 * @returns its index
 */
export function facts(dataset: Dataset): Facts {
  let f = cache.get(dataset);
  if (f === undefined) {
    f = new Facts(dataset);
    cache.set(dataset, f);
  }
  return f;
}
