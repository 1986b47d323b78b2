import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { Group, Membership } from "../model/group.js";
import type { Project } from "../model/project.js";

/**
 * Lookups by id over a dataset, built once per dataset object and shared by the builders, so
 * that no builder scans one entity list for each record of another.
 */
export interface DatasetLookup {
  activities: ReadonlyMap<string, Activity>;
  contributors: ReadonlyMap<string, Contributor>;
  groups: ReadonlyMap<string, Group>;
  projects: ReadonlyMap<string, Project>;
  /** Each contributor's group memberships, with the group. */
  memberships: ReadonlyMap<string, readonly { group: Group; membership: Membership }[]>;
}

const cache = new WeakMap<Dataset, DatasetLookup>();

/**
 * The lookups for a dataset (built on first use, then cached for that dataset object).
 *
 * @param dataset - a parsed dataset
 * @returns maps by id
 */
export function lookup(dataset: Dataset): DatasetLookup {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const memberships = new Map<string, { group: Group; membership: Membership }[]>();
  for (const group of dataset.groups) {
    for (const membership of group.memberships) {
      const list = memberships.get(membership.contributorId);
      if (list) list.push({ group, membership });
      else memberships.set(membership.contributorId, [{ group, membership }]);
    }
  }
  const built: DatasetLookup = {
    activities: new Map(dataset.activities.map((a) => [a.id, a])),
    contributors: new Map(dataset.contributors.map((c) => [c.id, c])),
    groups: new Map(dataset.groups.map((g) => [g.id, g])),
    projects: new Map(dataset.projects.map((p) => [p.id, p])),
    memberships,
  };
  cache.set(dataset, built);
  return built;
}
