/**
 * Members and governors of an organisation at the end of a period, for the `engagement`
 * measure: from `Organisation.memberCounts` and `Contributor.positions`.
 *
 * @module
 */
import { positionOn } from "../derive/people.js";
import type { Dataset } from "../model/dataset.js";

/**
 * One organisation's members and governors at the end of the period, where recorded.
 *
 * @category Scores
 */
export interface EngagementMembership {
  /** The organisation's id. */
  organisationId: string;
  /** The organisation's name. */
  name: string;
  /** Its latest member count dated on or before the period's end, or `null` when none is. */
  members: { date: string; count: number } | null;
  /** Distinct contributors holding a governor position of the organisation on the period's last day. */
  governors: number;
}

/** The latest member count on or before a date, of a list in any order. */
function latestCount(
  counts: readonly { date: string; count: number }[] | undefined,
  end: string,
): { date: string; count: number } | null {
  let best: { date: string; count: number } | null = null;
  for (const c of counts ?? []) {
    if (c.date <= end && (best === null || c.date >= best.date))
      best = { date: c.date, count: c.count };
  }
  return best;
}

/**
 * Members and governors of each organisation that records either, at a day (the period's end):
 * its latest member count dated on or before the day, and the distinct contributors holding a
 * governor position of the organisation on that day.
 *
 * @param dataset - the dataset
 * @param end - the day, ISO
 * @returns one row per organisation that records member counts or governors, in dataset order
 */
export function membershipAt(dataset: Dataset, end: string): EngagementMembership[] {
  const governors = new Map<string, Set<string>>();
  for (const c of dataset.contributors) {
    for (const p of c.positions ?? []) {
      if (p.role !== "governor") continue;
      if (!positionOn(p, end)) continue;
      const set = governors.get(p.organisationId) ?? new Set<string>();
      governors.set(p.organisationId, set);
      set.add(c.id);
    }
  }
  const recordsGovernors = new Set<string>();
  for (const c of dataset.contributors) {
    for (const p of c.positions ?? [])
      if (p.role === "governor") recordsGovernors.add(p.organisationId);
  }
  const out: EngagementMembership[] = [];
  for (const o of dataset.organisations) {
    const hasCounts = (o.memberCounts ?? []).length > 0;
    if (!hasCounts && !recordsGovernors.has(o.id)) continue;
    out.push({
      organisationId: o.id,
      name: o.name,
      members: latestCount(o.memberCounts, end),
      governors: governors.get(o.id)?.size ?? 0,
    });
  }
  return out;
}
