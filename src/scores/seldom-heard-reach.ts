/**
 * Seldom-heard reach: for each group an organisation names as seldom heard, how many people from
 * it were involved, active and reached in a period, against the previous period of the same
 * length.
 *
 * @module
 */
import { facts } from "../derive/facts.js";
import { activeIn, involvedIn, seldomHeardFor } from "../derive/people.js";
import type { LabelledPeriod } from "../derive/period.js";
import { eventInPeriod, invalidPeriodCode } from "../derive/period.js";
import { unknownProjectCode } from "../derive/scope.js";
import { CHOICE_SELDOM_HEARD_REACH } from "../frameworks/design-choices.js";
import { formatCount } from "../format.js";
import { UK_STANDARDS_2019 } from "../frameworks/publications.js";
import type { Dataset } from "../model/dataset.js";
import type { Organisation } from "../model/organisation.js";
import type { Period } from "../model/period.js";
import { previousPeriod } from "../model/period.js";
import type { Diagnostic } from "../result.js";
import { declareCodes, diagnostic } from "../result.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import type { Score } from "./score.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const SELDOM_HEARD_REACH_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "seldom-heard-reach/no-groups",
    severity: "warning",
    title: "No organisation names seldom-heard groups",
    example: {
      path: ["organisations"],
      message:
        "No organisation in the dataset lists seldom-heard groups, so there is no seldom-heard reach to count.",
      hint: "List the groups the organisation counts as seldom heard in its seldomHeardGroups (for example young-carers, deaf-bsl), and the groups each contributor identifies with in their seldomHeard.",
    },
  },
  {
    code: "seldom-heard-reach/unknown-organisation",
    severity: "error",
    title: "An organisation id that is not in the dataset",
    example: {
      path: ["opts", "organisation"],
      message: 'There is no organisation "org-9" in the dataset.',
      hint: "Organisations: org-northgate, org-riverside.",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("seldom-heard-reach"),
  /* @__PURE__ */ unknownProjectCode("seldom-heard-reach"),
]);

/** Where seldom-heard reach comes from: ppie's definition, after the UK Standards. */
export const SELDOM_HEARD_REACH_SOURCES: Sources = [
  CHOICE_SELDOM_HEARD_REACH,
  /* @__PURE__ */ cite(UK_STANDARDS_2019, "Inclusive opportunities"),
];

/**
 * One seldom-heard group's figures for one period.
 *
 * @category Scores
 */
export interface SeldomHeardFigures {
  /** People from the group involved in the period (took part in an activity or event). */
  readonly involved: number;
  /** People from the group active in the period (involved, or a member of a standing group on its last day). */
  readonly active: number;
  /**
   * People from the group the organisation's events of the period reached, as the events
   * recorded it (`reach.seldomHeard`), added up; `null` when none of them recorded who came
   * from the organisation's seldom-heard groups (unrecorded is not zero).
   */
  readonly reached: number | null;
}

/**
 * One group an organisation names as seldom heard, in the period and the previous one.
 *
 * @category Scores
 */
export interface SeldomHeardGroupReach extends SeldomHeardFigures {
  /** The organisation that names the group. */
  readonly organisationId: string;
  /** The group's id, as the organisation lists it. */
  readonly group: string;
  /** The same figures for the previous period of the same length. */
  readonly previous: SeldomHeardFigures;
}

/**
 * The figures a `seldom-heard-reach` score was built from.
 *
 * @category Scores
 */
export interface SeldomHeardReachComponents {
  /** The period. */
  readonly period: LabelledPeriod;
  /** The previous period of the same length. */
  readonly previousPeriod: Period;
  /** The organisations counted (those that name seldom-heard groups), in dataset order. */
  readonly organisations: readonly string[];
  /** One line per organisation and group, in the order the organisation lists them. */
  readonly groups: readonly SeldomHeardGroupReach[];
  /** Distinct people from any named group involved in the period (the value). */
  readonly involved: number;
  /** Distinct people from any named group active in the period. */
  readonly active: number;
  /** Distinct people from any named group involved in the previous period. */
  readonly previousInvolved: number;
  /** Distinct people from any named group active in the previous period. */
  readonly previousActive: number;
  /** Events of the period (of the organisations counted) that recorded their seldom-heard reach. */
  readonly eventsRecordingReach: number;
}

/**
 * Options of {@link seldomHeardReachScore}, once checked: the period, and optionally one
 * organisation (whose named groups are counted) and one project (whose records are counted).
 */
export interface SeldomHeardReachOptions {
  /** The period. */
  readonly period: LabelledPeriod;
  /** Only this organisation's named groups (default: every organisation's). */
  readonly organisation?: string | undefined;
  /** Only this project's activities, events and groups. */
  readonly project?: string | undefined;
}

/** Mutable figures while counting. */
interface Tally {
  involved: number;
  active: number;
  reached: number | null;
}

/**
 * The contributors who count as seldom heard for an organisation, each with their named groups
 * (each once), in dataset order: worked out once per dataset and organisation.
 */
function seldomHeardPeople(
  dataset: Dataset,
  org: Organisation,
): readonly (readonly [id: string, groups: readonly string[]])[] {
  return facts(dataset).cached(`seldomHeardPeople\u0000${org.id}`, () => {
    const out: [string, string[]][] = [];
    for (const c of dataset.contributors) {
      if (c.seldomHeard.length === 0) continue;
      const groups = seldomHeardFor(c, org);
      if (groups.length > 0) out.push([c.id, [...new Set(groups)]]);
    }
    return out;
  });
}

/** The people of `ids` who count as seldom heard for `org`, counted into each of their groups. */
function countInto(
  people: readonly (readonly [id: string, groups: readonly string[]])[],
  ids: ReadonlySet<string>,
  tallies: Map<string, Tally>,
  key: "involved" | "active",
  anyone: Set<string>,
): void {
  const seen = new Set<string>();
  for (const [id, groups] of people) {
    if (!ids.has(id) || seen.has(id)) continue;
    seen.add(id);
    anyone.add(id);
    for (const g of groups) {
      const t = tallies.get(g);
      if (t !== undefined) t[key] += 1;
    }
  }
}

/** The organisation's events of the period that recorded seldom-heard reach, added into the tallies. */
function reachInto(
  dataset: Dataset,
  org: Organisation,
  period: Period,
  project: string | undefined,
  tallies: Map<string, Tally>,
): number {
  let recorded = 0;
  for (const e of dataset.events) {
    if (e.organisationId !== org.id || e.reach.seldomHeard === undefined) continue;
    if (project !== undefined && e.projectId !== project) continue;
    if (!eventInPeriod(e, period)) continue;
    recorded += 1;
    for (const [group, t] of tallies) {
      const n = Object.hasOwn(e.reach.seldomHeard, group) ? e.reach.seldomHeard[group] : undefined;
      t.reached = (t.reached ?? 0) + (n ?? 0);
    }
  }
  return recorded;
}

/** Every organisation's (or one's) groups counted over one period. */
function countPeriod(
  dataset: Dataset,
  orgs: readonly Organisation[],
  period: Period,
  project: string | undefined,
) {
  const scope = { projectId: project };
  const involved = involvedIn(dataset, period, scope);
  const active = activeIn(dataset, period, scope);
  const anyInvolved = new Set<string>();
  const anyActive = new Set<string>();
  const byOrg: Map<string, Tally>[] = [];
  let events = 0;
  for (const org of orgs) {
    const tallies = new Map<string, Tally>();
    for (const g of org.seldomHeardGroups)
      if (!tallies.has(g)) tallies.set(g, { involved: 0, active: 0, reached: null });
    const people = seldomHeardPeople(dataset, org);
    countInto(people, involved, tallies, "involved", anyInvolved);
    countInto(people, active, tallies, "active", anyActive);
    events += reachInto(dataset, org, period, project, tallies);
    byOrg.push(tallies);
  }
  return { byOrg, involved: anyInvolved.size, active: anyActive.size, events };
}

/**
 * Seldom-heard reach over a period: for each group an organisation names as seldom heard
 * (`Organisation.seldomHeardGroups`), the people from it **involved** (distinct contributors
 * who count as seldom heard in that group for the organisation, by `seldomHeardFor`, and who
 * took part in an activity or event in the period, by `involvedIn`), **active** (involved, or a
 * member of a standing group on the period's last day, by `activeIn`) and **reached** (the
 * organisation's events in the period, each one's `reach.seldomHeard` count for the group
 * added up; `null` when no such event recorded it), each beside the previous period of the same
 * length. **value = distinct people from any named group involved in the period.**
 *
 * The counts are of people and often small: the Score gives them raw, and reports publish them
 * through disclosure control. Linear in the number of contributors, activities, events and
 * memberships.
 *
 * Source: ppie's definition (a design choice, docs/design-choices.md#seldom-heard-reach), after
 * the UK Standards for Public Involvement's "Inclusive opportunities". Worked example (a unit
 * test): a young carer at a workshop and a deaf BSL user on a panel → young carers involved 1,
 * active 1; deaf BSL users involved 0, active 1; value 1.
 *
 * @param dataset - the dataset
 * @param opts - the period, and optionally one organisation and one project (checked by the registry)
 * @returns the score (unit count)
 */
export function seldomHeardReachScore(
  dataset: Dataset,
  opts: SeldomHeardReachOptions,
): Score<SeldomHeardReachComponents> {
  const { period, organisation, project } = opts;
  const orgs = dataset.organisations.filter(
    (o) => o.seldomHeardGroups.length > 0 && (organisation === undefined || o.id === organisation),
  );
  const prev = previousPeriod(period);
  const now = countPeriod(dataset, orgs, period, project);
  const before = countPeriod(dataset, orgs, prev, project);
  const groups: SeldomHeardGroupReach[] = [];
  orgs.forEach((org, i) => {
    const n = now.byOrg[i] as Map<string, Tally>;
    const b = before.byOrg[i] as Map<string, Tally>;
    for (const [group, t] of n) {
      const p = b.get(group) as Tally;
      groups.push({ organisationId: org.id, group, ...t, previous: { ...p } });
    }
  });
  const diagnostics: Diagnostic[] = [];
  if (orgs.length === 0) {
    diagnostics.push(
      diagnostic(
        "seldom-heard-reach/no-groups",
        "warning",
        ["organisations"],
        organisation === undefined
          ? "No organisation in the dataset lists seldom-heard groups, so there is no seldom-heard reach to count."
          : `Organisation ${organisation} lists no seldom-heard groups, so there is no seldom-heard reach to count.`,
        "List the groups the organisation counts as seldom heard in its seldomHeardGroups (for example young-carers, deaf-bsl), and the groups each contributor identifies with in their seldomHeard.",
      ),
    );
  }
  const none = groups.filter((g) => g.involved === 0).map((g) => g.group);
  return {
    id: "seldom-heard-reach",
    value: orgs.length === 0 ? null : now.involved,
    unit: "count",
    components: {
      period,
      previousPeriod: prev,
      organisations: orgs.map((o) => o.id),
      groups,
      involved: now.involved,
      active: now.active,
      previousInvolved: before.involved,
      previousActive: before.active,
      eventsRecordingReach: now.events,
    },
    explanation:
      orgs.length === 0
        ? "No organisation names seldom-heard groups, so there is no seldom-heard reach."
        : `${plural(now.involved, "person", "people")} from the named seldom-heard groups ${now.involved === 1 ? "was" : "were"} involved from ${period.start} to ${period.end} (${formatCount(before.involved)} from ${prev.start} to ${prev.end}), ${formatCount(now.active)} active; ${plural(groups.length, "group")} counted${none.length > 0 ? `, no one involved from ${[...new Set(none)].join(", ")}` : ""}. ${plural(now.events, "event")} recorded ${now.events === 1 ? "its" : "their"} seldom-heard reach. These are raw counts of people: reports publish them through disclosure control.`,
    source: SELDOM_HEARD_REACH_SOURCES,
    diagnostics,
  };
}

/** A count and its noun, singular for one: "1 group", "3 groups". */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
