/**
 * What a `contributor-feedback` document says, gathered from the dataset before any words are
 * written: the activities in scope, the time given, what each led to (impact records and
 * outcomes, with their status), what had no change yet, what comes next, and (for a letter to one
 * contributor) how they were paid. The two styles (plain, Easy Read) write the same facts.
 *
 * @module
 */
import type { LabelledPeriod } from "../derive/period.js";
import { activityInPeriod, impactInPeriod } from "../derive/period.js";
import { facts } from "../derive/facts.js";
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { ImpactRecord } from "../model/impact.js";
import type { Project } from "../model/project.js";
import { byStartThenId } from "./format.js";

/** Who and what a document is about. */
export interface LetterScope {
  /** The period: activities that started in it. */
  readonly period: LabelledPeriod;
  /** The project it is narrowed to, if any. */
  readonly project: Project | undefined;
  /** The activity it is narrowed to, if any. */
  readonly activity: Activity | undefined;
  /** The reader of a letter; `undefined` for the public "you said, we did" version. */
  readonly contributor: Contributor | undefined;
  /** The as-of date: what is after it is "next". */
  readonly asOf: string;
}

/** One thing that changed: an impact record ("you said, we did") or an activity's outcome. */
export interface Change {
  /** The record's id, or `<activity id>#<n>` for the n-th outcome of an activity. */
  readonly id: string;
  readonly kind: "impact" | "outcome";
  /** When it changed (or, for an outcome without a date, when its activity started). */
  readonly date: string;
  /** What contributors said (impact records only). */
  readonly youSaid?: string;
  /** What was done, or what the outcome was. */
  readonly weDid: string;
  /** How sure the record is (impact records only). */
  readonly status?: ImpactRecord["status"];
  /** For better or worse (impact records only). */
  readonly direction?: ImpactRecord["direction"];
  /** The activity it came from: the outcome's own, or the record's first in scope. */
  readonly from: Activity | undefined;
  /** Where the record is in the dataset: `["impacts", i]` or `["activities", i, "outcomes", j]`. */
  readonly path: readonly (string | number)[];
  /** Whether the impact record names the letter's reader among its contributors. */
  readonly namesReader: boolean;
}

/** Money for one contributor's activities, in pence. */
export interface LetterMoney {
  /** Fees and vouchers paid. */
  readonly feesPaid: number;
  /** Expenses paid. */
  readonly expensesPaid: number;
  /** Due or claimed, not yet paid. */
  readonly owed: number;
  /** Activities at which they chose not to be paid. */
  readonly declined: number;
  /** The currency of the amounts (the first payment's; GBP when there is none). */
  readonly currency: string;
}

/** Everything a document says, before it is written in a style. */
export interface LetterFacts {
  /** The activities in scope, by start date: the reader's own in a letter, all in the public version. */
  readonly activities: readonly Activity[];
  /** Minutes given: the reader's in a letter, everyone's in the public version. */
  readonly minutes: number;
  /** Different people at those activities: other than the reader in a letter, everyone in the public version. */
  readonly people: number;
  /** What changed, by date. */
  readonly changes: readonly Change[];
  /** Activities in scope with no outcome and no impact record yet, by date. */
  readonly noChangeYet: readonly Activity[];
  /** Activities after the as-of date (the reader's own in a letter), by date. */
  readonly next: readonly Activity[];
  /** How the reader was paid (letters only). */
  readonly money: LetterMoney | undefined;
}

/** Whether an activity is in the document's scope, leaving the period aside. */
function inScope(a: Activity, scope: LetterScope): boolean {
  if (scope.activity !== undefined && a.id !== scope.activity.id) return false;
  if (scope.project !== undefined && a.projectId !== scope.project.id) return false;
  const c = scope.contributor;
  return c === undefined || a.contributors.some((p) => p.contributorId === c.id);
}

/**
 * The impact records a document reports: those linked to an activity in scope, and, for a
 * letter, those naming the reader that are dated in the period (and in the project or activity
 * it is narrowed to); for the public version of a project, those of the project dated in the
 * period. Records dated after the as-of date are left out.
 */
function impactsInScope(
  dataset: Dataset,
  scope: LetterScope,
  activities: readonly Activity[],
): ImpactRecord[] {
  const ids = new Set(activities.map((a) => a.id));
  const c = scope.contributor;
  return dataset.impacts.filter((r) => {
    if (r.date > scope.asOf) return false;
    if (r.activityIds.some((id) => ids.has(id))) return true;
    if (scope.activity !== undefined) return false;
    if (scope.project !== undefined && r.projectId !== scope.project.id) return false;
    if (!impactInPeriod(r, scope.period)) return false;
    if (c !== undefined) return r.contributorIds.includes(c.id);
    return scope.project !== undefined;
  });
}

/**
 * The changes (impact records, then each activity's own outcomes, by date then id) and the ids
 * of the activities they came from.
 */
function changesOf(
  dataset: Dataset,
  scope: LetterScope,
  activities: readonly Activity[],
): { changes: Change[]; covered: Set<string> } {
  const index = facts(dataset).activities;
  const inList = new Map(activities.map((a) => [a.id, a]));
  const out: Change[] = [];
  const covered = new Set<string>();
  const positions = new Map(dataset.impacts.map((r, i) => [r, i]));
  for (const r of impactsInScope(dataset, scope, activities)) {
    for (const id of r.activityIds) covered.add(id);
    const fromId = r.activityIds.find((id) => inList.has(id)) ?? r.activityIds[0];
    out.push({
      id: r.id,
      kind: "impact",
      date: r.date,
      youSaid: r.youSaid,
      weDid: r.weDid,
      status: r.status,
      direction: r.direction,
      from: fromId === undefined ? undefined : index.get(fromId)?.record,
      path: ["impacts", positions.get(r) ?? -1],
      namesReader:
        scope.contributor !== undefined && r.contributorIds.includes(scope.contributor.id),
    });
  }
  for (const a of activities) {
    a.outcomes.forEach((o, i) => {
      if ((o.date ?? a.startDate) > scope.asOf) return;
      covered.add(a.id);
      out.push({
        id: `${a.id}#${i + 1}`,
        kind: "outcome",
        date: o.date ?? a.startDate,
        weDid: o.summary,
        from: a,
        path: ["activities", index.get(a.id)?.index ?? -1, "outcomes", i],
        namesReader: false,
      });
    });
  }
  out.sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
  return { changes: out, covered };
}

/** How the reader was paid for the activities in the letter. */
function moneyOf(
  dataset: Dataset,
  reader: Contributor,
  activities: readonly Activity[],
): LetterMoney {
  const ids = new Set(activities.map((a) => a.id));
  let feesPaid = 0;
  let expensesPaid = 0;
  let owed = 0;
  let currency: string | undefined;
  for (const p of dataset.payments) {
    if (p.contributorId !== reader.id || p.activityId === undefined || !ids.has(p.activityId))
      continue;
    currency ??= p.amount.currency;
    if (p.amount.currency !== currency) continue;
    if (p.status === "paid") {
      if (p.kind === "expenses") expensesPaid += p.amount.pence;
      else feesPaid += p.amount.pence;
    } else if (p.status === "due" || p.status === "claimed") owed += p.amount.pence;
  }
  const declined = activities.filter((a) =>
    a.contributors.some((p) => p.contributorId === reader.id && p.payment.status === "declined"),
  ).length;
  return { feesPaid, expensesPaid, owed, declined, currency: currency ?? "GBP" };
}

/**
 * Gather what a `contributor-feedback` document says.
 *
 * - **Activities**: those that started in the period, in the project or activity the document is
 *   narrowed to, and (for a letter) that list the reader among their contributors.
 * - **Time**: the reader's minutes at those activities (a letter), or everyone's (public).
 * - **People**: the different contributors at those activities, other than the reader (a
 *   letter), or all of them (public). Reports show this count under the small-number rule.
 * - **Changes**: the impact records linked to those activities (and, for a letter, the records
 *   naming the reader dated in the period; for the public version of a project, the project's
 *   records dated in the period), and the activities' own outcomes; none dated after the as-of
 *   date.
 * - **No change yet**: those activities with no outcome and no linked impact record (none
 *   dated after the as-of date).
 * - **Next**: activities that start after the as-of date, in the same scope.
 * - **Money** (letters only): the reader's payments for those activities, paid or still owed,
 *   and the activities at which they declined payment.
 *
 * @param dataset - the dataset
 * @param scope - who and what the document is about
 * @returns the facts
 */
export function letterFacts(dataset: Dataset, scope: LetterScope): LetterFacts {
  const reader = scope.contributor;
  const activities = dataset.activities
    .filter((a) => activityInPeriod(a, scope.period) && inScope(a, scope))
    .sort(byStartThenId);
  let minutes = 0;
  const people = new Set<string>();
  for (const a of activities) {
    for (const p of a.contributors) {
      if (reader === undefined || p.contributorId === reader.id) minutes += p.minutes;
      if (reader === undefined || p.contributorId !== reader.id) people.add(p.contributorId);
    }
  }
  const { changes, covered } = changesOf(dataset, scope, activities);
  const noChangeYet = activities.filter((a) => !covered.has(a.id));
  const next = dataset.activities
    .filter((a) => a.startDate > scope.asOf && inScope(a, scope))
    .sort(byStartThenId);
  return {
    activities,
    minutes,
    people: people.size,
    changes,
    noChangeYet,
    next,
    money: reader === undefined ? undefined : moneyOf(dataset, reader, activities),
  };
}
