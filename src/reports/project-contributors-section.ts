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
import { disclosureControl } from "../scores/disclosure.js";
import { unwrap } from "./measure.js";
import { cell, formatCount, formatHours, humanize, NO_DATA } from "./format.js";
import type { ReportContext } from "./options.js";
import { contributorLabel } from "./options.js";
import type { Block, Cell, ParagraphBlock, TableBlock } from "./report.js";
import {
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
  const people = dataset.contributors.filter((c) => perContributor.has(c.id));
  const roleCounts = ROLE_NAMES.map((r) => people.filter((c) => c.roles.includes(r)).length);
  const otherRoles = people.filter(
    (c) => !c.roles.some((r) => (ROLE_NAMES as readonly string[]).includes(r)),
  ).length;
  const roles = unwrap(
    disclosureControl(
      { rows: [...roleCounts, otherRoles].map((n) => [n]) },
      reportPolicy(ctx.disclosure),
    ),
  );
  return {
    type: "table",
    id: "demographics-project-roles",
    caption: `Contributors at involvement activities, by role: ${title}`,
    columns: [
      { key: "role", label: "Role", align: "left" },
      { key: "count", label: "Contributors", align: "right" },
    ],
    rows: [
      ...[...ROLE_NAMES, "other"].map((r, i) => ({
        role: cell(r === "other" ? "Other roles only" : humanize(r)),
        count: disclosedCell(
          roles.rows[i]?.[0] ?? {
            value: null,
            display: "",
            label: NO_DATA,
            suppressed: false,
            rounded: false,
          },
        ),
      })),
      {
        role: cell("People (a person may hold more than one role)"),
        count: disclosedCell(publishedCount(people.length, ctx.disclosure)),
      },
    ],
    footnote: `${roles.statement} A person with two roles is counted under each, so the roles do not add up to the number of people.`,
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
  if (ids.length > 0 && !listShown(ids.length, ctx.disclosure)) {
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
