/**
 * Who counts: who took part in a period, who was a member of a group on a date, who consented
 * to what on a date, and who belongs to the groups an organisation names as seldom heard.
 *
 * @module
 */
import type { Contributor, Position } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { Membership } from "../model/group.js";
import type { Organisation } from "../model/organisation.js";
import type { Period } from "../model/period.js";
import { facts } from "./facts.js";
import { activityInPeriod, eventInPeriod } from "./period.js";

/** Which records to count people from. */
export interface InvolvedScope {
  /** Only activities and events of this project. */
  readonly projectId?: string | undefined;
}

/**
 * The people involved in a period: every contributor listed on an activity (of any mode:
 * involvement, engagement or participation) that started in the period, or on an engagement
 * event dated in it, in any role — chair, speaker, panellist, facilitator, and a member of the
 * public supported with a bursary to attend. Each person counts once however often they took
 * part. Strategy metrics call the same people "active contributors".
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param scope - optionally one project
 * @returns contributor ids, in the order first met
 */
export function involvedIn(
  dataset: Dataset,
  period: Period,
  scope: InvolvedScope = {},
): ReadonlySet<string> {
  const pid = scope.projectId;
  return facts(dataset).cached(
    `involvedIn\u0000${period.start}\u0000${period.end}\u0000${pid ?? ""}`,
    () => {
      const ids = new Set<string>();
      for (const a of dataset.activities) {
        if (!activityInPeriod(a, period)) continue;
        if (pid !== undefined && a.projectId !== pid) continue;
        for (const x of a.contributors) ids.add(x.contributorId);
      }
      for (const e of dataset.events) {
        if (!eventInPeriod(e, period)) continue;
        if (pid !== undefined && e.projectId !== pid) continue;
        for (const x of e.contributors) ids.add(x.contributorId);
      }
      return ids;
    },
  );
}

/**
 * The contributor records of {@link involvedIn}, in dataset order (shared: do not change the list).
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param scope - optionally one project
 * @returns the contributors
 */
export function contributorsInvolvedIn(
  dataset: Dataset,
  period: Period,
  scope: InvolvedScope = {},
): readonly Contributor[] {
  const pid = scope.projectId;
  return facts(dataset).cached(
    `contributorsInvolvedIn\u0000${period.start}\u0000${period.end}\u0000${pid ?? ""}`,
    () => {
      const ids = involvedIn(dataset, period, scope);
      return dataset.contributors.filter((c) => ids.has(c.id));
    },
  );
}

/**
 * Whether a position (a governor, member, volunteer or PPI champion) is held on a date: it began
 * on or before the date, or has no start recorded, and has not ended before it (the end date is
 * the last day held).
 *
 * @param p - the position
 * @param date - ISO date
 * @returns whether the position was held on that date
 */
export function positionOn(p: Pick<Position, "from" | "to">, date: string): boolean {
  return (p.from === undefined || p.from <= date) && (p.to === undefined || p.to >= date);
}

/**
 * Whether a group membership is current on a date: it began on or before the date and has not
 * ended before it (the end date is the last day of membership).
 *
 * @param m - the membership
 * @param date - ISO date
 * @returns whether the person was a member on that date
 */
export function memberOn(m: Membership, date: string): boolean {
  return m.from <= date && (m.to === undefined || m.to >= date);
}

/**
 * The ids of a group's members on a date (see {@link memberOn}).
 *
 * @param dataset - the dataset
 * @param groupId - the group id
 * @param date - ISO date
 * @returns the member ids, or `undefined` when there is no such group
 */
export function membersOn(
  dataset: Dataset,
  groupId: string,
  date: string,
): ReadonlySet<string> | undefined {
  const g = facts(dataset).groups.get(groupId)?.record;
  if (g === undefined) return undefined;
  const ids = new Set<string>();
  for (const m of g.memberships) if (memberOn(m, date)) ids.add(m.contributorId);
  return ids;
}

/**
 * The people active in a period: the people {@link involvedIn} it, and the members of a
 * standing group on its last day (see {@link memberOn}), whether or not they took part in
 * anything dated in it. A panel member between meetings is active; a person who came to one
 * event is active too. Each person counts once. For one project, only that project's
 * activities, events and groups count.
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param scope - optionally one project
 * @returns contributor ids: the people involved, in the order first met, then the members
 */
export function activeIn(
  dataset: Dataset,
  period: Period,
  scope: InvolvedScope = {},
): ReadonlySet<string> {
  const pid = scope.projectId;
  return facts(dataset).cached(
    `activeIn\u0000${period.start}\u0000${period.end}\u0000${pid ?? ""}`,
    () => {
      const ids = new Set(involvedIn(dataset, period, scope));
      for (const g of dataset.groups) {
        if (pid !== undefined && g.projectId !== pid) continue;
        for (const m of g.memberships) if (memberOn(m, period.end)) ids.add(m.contributorId);
      }
      return ids;
    },
  );
}

/** What a contributor may consent to. */
export type ConsentPurpose = "demographics" | "contact";

/**
 * Whether a contributor had consent in force for a purpose on a date: consent was given, dated
 * on or before that date, and not withdrawn on or before it. Demographics may be counted in a
 * report only for people who consented on the last day of its period; a rule flags demographic
 * data held without consent in force on the as-of date.
 *
 * @param c - the contributor
 * @param purpose - `"demographics"` or `"contact"`
 * @param date - ISO date
 * @returns whether consent was in force
 */
export function consentAt(c: Contributor, purpose: ConsentPurpose, date: string): boolean {
  return consentStatus(c, purpose, date) === "in-force";
}

/**
 * Where a contributor's consent for a purpose stood on a date: `"in-force"` (given, dated on or
 * before the date, not withdrawn on or before it), `"none"` (nothing recorded), `"refused"`
 * (recorded as not given), `"withdrawn"` (withdrawn on or before the date) or `"not-yet"`
 * (given, but dated after the date). {@link consentAt} is `"in-force"`.
 *
 * @param c - the contributor
 * @param purpose - `"demographics"` or `"contact"`
 * @param date - ISO date
 * @returns the status
 */
export function consentStatus(
  c: Contributor,
  purpose: ConsentPurpose,
  date: string,
): "in-force" | "none" | "refused" | "withdrawn" | "not-yet" {
  const k = c.consent[purpose];
  if (k === undefined) return "none";
  if (!k.given) return "refused";
  if (k.withdrawn !== undefined && k.withdrawn <= date) return "withdrawn";
  return k.date <= date ? "in-force" : "not-yet";
}

/**
 * The seldom-heard groups an organisation names that a contributor belongs to: the contributor's
 * own `seldomHeard` ids that the organisation lists in `seldomHeardGroups`. A contributor counts
 * as seldom heard for an organisation when this is not empty.
 *
 * @param c - the contributor
 * @param org - the organisation
 * @returns the shared ids, in the contributor's order
 */
export function seldomHeardFor(c: Contributor, org: Organisation): string[] {
  if (org.seldomHeardGroups.length === 0 || c.seldomHeard.length === 0) return [];
  const listed = new Set(org.seldomHeardGroups);
  return c.seldomHeard.filter((s) => listed.has(s));
}
