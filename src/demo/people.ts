/**
 * The demo's people: contributors with consented demographics and fictional contact details,
 * the involvement groups they belong to, and each project's pool of contributors.
 */
import {
  AGE_BAND_IDS,
  DISABILITY_IDS,
  ETHNIC_GROUP_IDS,
  PREFER_NOT_TO_SAY,
  SEX_IDS,
} from "../frameworks/demographic-dimensions.js";
import type { Contributor, ContributorRole } from "../model/contributor.js";
import type { Group } from "../model/group.js";
import type { Project } from "../model/project.js";
import { PUBLIC_CONTRIBUTOR_ROLES } from "../model/vocabulary.js";
import type { Calendar } from "./common.js";
import { ORG_CENTRE, ORG_TRUST, pad, weighted, withWeights } from "./common.js";
import type { Rng } from "./random.js";
import { ACCESS_NEEDS, FIRST_NAMES, LAST_NAMES, SELDOM_HEARD } from "./templates.js";

/** Public roles, as a panel typically has them. */
const ROLE_WEIGHTS = /* @__PURE__ */ withWeights(
  PUBLIC_CONTRIBUTOR_ROLES,
  [0.45, 0.2, 0.1, 0.15, 0.05, 0.05],
);
const AGE_WEIGHTS = /* @__PURE__ */ withWeights(
  AGE_BAND_IDS,
  [0.08, 0.12, 0.14, 0.17, 0.2, 0.19, 0.1],
);
/** Roughly the E&W 2021 shares with an under-representation of Black and Asian groups, as panels often show. */
const ETHNIC_WEIGHTS = /* @__PURE__ */ withWeights(
  ETHNIC_GROUP_IDS,
  [0.86, 0.07, 0.03, 0.025, 0.015],
);
const SEX_WEIGHTS = /* @__PURE__ */ withWeights(SEX_IDS, [0.6, 0.4]);
const DISABILITY_WEIGHTS = /* @__PURE__ */ withWeights(DISABILITY_IDS, [0.3, 0.7]);

/** The contributors, and for each whether they told us of an access need. */
export interface GeneratedContributors {
  contributors: Contributor[];
  hasAccessNeed: boolean[];
}

/** `n` contributors, most with consented demographics; the first 400 with fictional contact details. */
export function generateContributors(rng: Rng, n: number, cal: Calendar): GeneratedContributors {
  const { day } = cal;
  const contributors: Contributor[] = new Array(n);
  const hasAccessNeed: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const role: ContributorRole = weighted(rng, ROLE_WEIGHTS);
    const roles: ContributorRole[] = rng.chance(0.1) ? [role, "volunteer"] : [role];
    const consented = rng.chance(0.88);
    const joined = day(rng.int(0, 300) - 200);
    const c: Contributor = {
      id: `c-${pad(i + 1)}`,
      roles,
      joinedDate: joined,
      seldomHeard: rng.chance(0.2) ? [rng.pick(SELDOM_HEARD)] : [],
      accessNeeds: rng.chance(0.15) ? [rng.pick(ACCESS_NEEDS)] : [],
      consent: consented
        ? { demographics: { given: true, date: joined }, contact: { given: true, date: joined } }
        : { contact: { given: true, date: joined } },
    };
    if (consented) {
      c.demographics = {
        ageBand: rng.chance(0.04) ? PREFER_NOT_TO_SAY : weighted(rng, AGE_WEIGHTS),
        sex: rng.chance(0.03) ? PREFER_NOT_TO_SAY : weighted(rng, SEX_WEIGHTS),
        ethnicGroup: rng.chance(0.04) ? PREFER_NOT_TO_SAY : weighted(rng, ETHNIC_WEIGHTS),
        disability: rng.chance(0.05) ? PREFER_NOT_TO_SAY : weighted(rng, DISABILITY_WEIGHTS),
        imdDecile: rng.int(1, 10),
      };
    }
    if (i < 400) {
      const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
      const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length] as string;
      c.identifiers = {
        name: `${first} ${last}`,
        email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.org`,
        phone: `01632 960${pad(i % 1000, 3)}`,
      };
    }
    contributors[i] = c;
    hasAccessNeed[i] = c.accessNeeds.length > 0;
  }
  return { contributors, hasAccessNeed };
}

/** The groups, and the co-production group of each co-produced project. */
export interface GeneratedGroups {
  groups: Group[];
  projectGroup: Map<string, string>;
}

/**
 * One standing panel per organisation, a virtual panel, and a group per co-produced project;
 * with `gaps`, also a panel that reaches no seldom-heard group.
 */
export function generateGroups(
  rng: Rng,
  contributors: readonly Contributor[],
  projects: readonly Project[],
  cal: Calendar,
  gaps: boolean,
): GeneratedGroups {
  const { start } = cal;
  const nContributors = contributors.length;
  const groups: Group[] = [];
  const memberSample = (k: number): Group["memberships"] =>
    rng.sample(contributors, Math.min(k, nContributors)).map((c, j) => ({
      contributorId: c.id,
      role: j === 0 ? "chair" : "member",
      from: c.joinedDate ?? start,
    }));
  groups.push({
    id: "g-trust-panel",
    organisationId: ORG_TRUST,
    name: "Patient and Public Involvement Panel",
    kind: "ppi-group",
    memberships: memberSample(14),
  });
  groups.push({
    id: "g-centre-advisory",
    organisationId: ORG_CENTRE,
    name: "Research Advisory Panel",
    kind: "advisory-panel",
    memberships: memberSample(12),
  });
  groups.push({
    id: "g-virtual",
    organisationId: ORG_CENTRE,
    name: "Virtual Involvement Panel",
    kind: "virtual-panel",
    memberships: memberSample(30),
  });
  const projectGroup = new Map<string, string>();
  for (const project of projects) {
    if (!project.coProduced) continue;
    const gid = `g-${project.id}`;
    const ms = memberSample(8);
    groups.push({
      id: gid,
      organisationId: project.organisationId,
      projectId: project.id,
      name: `${project.title}: co-production group`,
      kind: "co-production-group",
      memberships: ms,
    });
    projectGroup.set(project.id, gid);
  }
  if (gaps) {
    // A panel that reaches no seldom-heard group: the inclusion rule should notice.
    const plain = contributors.filter((c) => c.seldomHeard.length === 0).slice(0, 6);
    groups.push({
      id: "g-estates",
      organisationId: ORG_TRUST,
      name: "Estates and Facilities Reader Group",
      kind: "advisory-panel",
      memberships: plain.map((c) => ({
        contributorId: c.id,
        role: "member",
        from: c.joinedDate ?? start,
      })),
    });
  }
  return { groups, projectGroup };
}

/** Each project's pool of contributor indexes, drawn from a stride through the contributors. */
export function projectPools(
  rng: Rng,
  projects: readonly Project[],
  nContributors: number,
): number[][] {
  return projects.map(() => {
    const k = Math.min(nContributors, rng.int(10, 24));
    const base = rng.int(0, nContributors - 1);
    const pool: number[] = [];
    for (let j = 0; j < k; j++) pool.push((base + j * 7) % nContributors);
    return [...new Set(pool)];
  });
}
