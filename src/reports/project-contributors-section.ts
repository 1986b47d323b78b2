/**
 * The contributors section of the `project` report: who took part in the project's involvement
 * activities, counted by role under disclosure control, and the time each contributor gave
 * (by pseudonymous id unless identifiers are opted in).
 *
 * @module
 */
import { PUBLIC_CONTRIBUTOR_ROLES } from "../model/vocabulary.js";
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { DisclosedCell } from "../scores/disclosure.js";
import { disclosureControl } from "../scores/disclosure.js";
import { unwrap } from "./measure.js";
import { cell, formatCount, formatHours, humanize } from "./format.js";
import type { ReportContext } from "./options.js";
import { contributorLabel } from "./options.js";
import type { Block, Cell, ParagraphBlock, TableBlock } from "./report.js";
import {
  countPhrase,
  disclosedCell,
  listShown,
  publishedCount,
  reportPolicy,
  smallNumberRule,
} from "./small-numbers.js";

/** What one contributor gave to the project's involvement activities. */
interface ContributorTime {
  activities: number;
  minutes: number;
  declined: number;
}

/** The roles counted one by one in the roles table; any other role counts as "other". */
const ROLE_NAMES = PUBLIC_CONTRIBUTOR_ROLES;

/** Activities, minutes and declined payments per contributor at the involvement activities. */
function timeByContributor(activities: readonly Activity[]): Map<string, ContributorTime> {
  const perContributor = new Map<string, ContributorTime>();
  for (const a of activities) {
    if (a.mode !== "involvement") continue;
    for (const x of a.contributors) {
      const e = perContributor.get(x.contributorId) ?? { activities: 0, minutes: 0, declined: 0 };
      e.activities += 1;
      e.minutes += x.minutes;
      if (x.payment.status === "declined") e.declined += 1;
      perContributor.set(x.contributorId, e);
    }
  }
  return perContributor;
}

/** The contributors at involvement activities by role, as every report publishes them. */
interface PeopleByRole {
  /** The number of people, as published. */
  readonly people: DisclosedCell;
  /** Each role (the public roles, then "other roles only") with its count as published. */
  readonly roles: readonly { readonly role: string; readonly count: DisclosedCell }[];
  /** The disclosure statement of the role counts. */
  readonly statement: string;
}

/**
 * The contributors at involvement activities counted by role (a person with two roles counted
 * under each), and the number of people, every count under the report's disclosure control.
 */
function peopleByRole(
  dataset: Dataset,
  ctx: ReportContext,
  perContributor: ReadonlyMap<string, ContributorTime>,
): PeopleByRole {
  const people = dataset.contributors.filter((c) => perContributor.has(c.id));
  const roleCounts = ROLE_NAMES.map((r) => people.filter((c) => c.roles.includes(r)).length);
  const otherRoles = people.filter(
    (c) => !c.roles.some((r) => (ROLE_NAMES as readonly string[]).includes(r)),
  ).length;
  // the report's own counts are whole numbers, so disclosure control always returns a table
  const roles = unwrap(
    disclosureControl(
      { rows: [...roleCounts, otherRoles].map((n) => [n]) },
      reportPolicy(ctx.disclosure),
    ),
  );
  return {
    people: publishedCount(people.length, ctx.disclosure),
    roles: [...ROLE_NAMES, "other"].map((role, i) => ({
      role,
      count: roles.rows[i]?.[0] as DisclosedCell,
    })),
    statement: roles.statement,
  };
}

/**
 * Who took part in a project's involvement activities, in a sentence for a report (the GRIPP2
 * report's "people involved" item): the number of people and the roles whose counts may be
 * published, under the same rule as the project report's table by role.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options
 * @param activities - the project's activities (all modes; only involvement counts)
 * @returns the sentence, or `undefined` when no one took part
 */
export function peopleInvolvedSentence(
  dataset: Dataset,
  ctx: ReportContext,
  activities: readonly Activity[],
): string | undefined {
  const perContributor = timeByContributor(activities);
  if (perContributor.size === 0) return undefined;
  const by = peopleByRole(dataset, ctx, perContributor);
  const shown = by.roles
    .filter((r) => r.count.value !== null && r.count.value > 0)
    .map(
      (r) =>
        `${r.role === "other" ? "other roles only" : humanize(r.role).toLowerCase()} ${formatCount(r.count.value)}`,
    );
  const hidden = by.roles.some((r) => r.count.value === null);
  const roles = `${shown.length > 0 ? shown.join(", ") : "none that may be published"}${hidden && shown.length > 0 ? "; the other roles' counts are withheld" : ""}`;
  return `${countPhrase(perContributor.size, ctx.disclosure, "distinct contributor")} at involvement activities; roles: ${roles} (small numbers withheld under ${smallNumberRule(ctx.disclosure).name}).`;
}

/**
 * The table of contributors by role (a person with two roles counted under each), and the
 * number of people, every count under the report's disclosure control.
 */
function contributorsByRoleTable(
  dataset: Dataset,
  ctx: ReportContext,
  perContributor: ReadonlyMap<string, ContributorTime>,
  title: string,
): TableBlock {
  const by = peopleByRole(dataset, ctx, perContributor);
  return {
    type: "table",
    id: "demographics-project-roles",
    caption: `Contributors at involvement activities, by role: ${title}`,
    columns: [
      { key: "role", label: "Role", align: "left" },
      { key: "count", label: "Contributors", align: "right" },
    ],
    rows: [
      ...by.roles.map((r) => ({
        role: cell(r.role === "other" ? "Other roles only" : humanize(r.role)),
        count: disclosedCell(r.count),
      })),
      {
        role: cell("People (a person may hold more than one role)"),
        count: disclosedCell(by.people),
      },
    ],
    footnote: `${by.statement} A person with two roles is counted under each, so the roles do not add up to the number of people.`,
  };
}

/**
 * The table of the time each contributor gave, by contributor id; when the number of
 * contributors is withheld, a sentence saying so instead, as one row per person would show it.
 */
function timeGivenTable(
  dataset: Dataset,
  ctx: ReportContext,
  perContributor: ReadonlyMap<string, ContributorTime>,
): TableBlock | ParagraphBlock {
  const ids = [...perContributor.keys()].sort();
  if (!listShown(ids.length, ctx.disclosure)) {
    const rule = smallNumberRule(ctx.disclosure);
    return {
      type: "paragraph",
      text: `The time each contributor gave is not listed: one row per person would show how many took part, a number withheld under the small-number rule (${rule.name}).`,
    };
  }
  return {
    type: "table",
    id: "project-contributors",
    caption: `Time given by each contributor (pseudonymous ids${ctx.includeIdentifiers ? " and names, included at the caller's request" : ""})`,
    columns: [
      { key: "contributor", label: "Contributor", align: "left" },
      { key: "activities", label: "Activities", align: "right" },
      { key: "hours", label: "Time given", align: "right" },
      { key: "declined", label: "Payments declined", align: "right" },
    ],
    rows: ids.map((id): Record<string, Cell> => {
      const e = perContributor.get(id) as ContributorTime;
      return {
        contributor: cell(contributorLabel(dataset, id, ctx)),
        activities: cell(formatCount(e.activities), e.activities),
        hours: cell(formatHours(e.minutes), e.minutes / 60),
        declined: cell(formatCount(e.declined), e.declined),
      };
    }),
  };
}

/**
 * The contributors section: its heading, the table by role and the table of time given, for
 * the contributors at the project's involvement activities in the period.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options
 * @param activities - the project's activities in the period (all modes; only involvement counts)
 * @param title - the project's title, filtered for identifiers
 * @returns the section's blocks
 */
export function projectContributorsSection(
  dataset: Dataset,
  ctx: ReportContext,
  activities: readonly Activity[],
  title: string,
): Block[] {
  const perContributor = timeByContributor(activities);
  return [
    { type: "heading", level: 2, text: "Contributors" },
    contributorsByRoleTable(dataset, ctx, perContributor, title),
    timeGivenTable(dataset, ctx, perContributor),
  ];
}
