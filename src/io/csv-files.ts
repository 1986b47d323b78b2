/**
 * The files of the CSV folder format, kept by hand: which files there are and in what order,
 * what a row of each is, the collection its rows go into (or the parent record and field they
 * fill), and the columns that identify a row. Their field columns are not listed here: they are
 * derived from the dataset's zod schemas (`csv-schema.ts`), and described in `csv-descriptions.ts`.
 *
 * @module
 */
import type { CsvTable } from "./csv-columns.js";

/** One file of the folder format without its columns (those are derived from the schemas). */
export type CsvFile = Omit<CsvTable, "columns">;

/** A child file of member counts over time, of an organisation or a group. */
function memberCounts(file: string, parentFile: string, link: string, word: string): CsvFile {
  return {
    file,
    description: `Optional. One row per count of the ${word}'s members on a date (for memberships too large or too private to list person by person).`,
    parent: { file: parentFile, link: [link], into: "memberCounts", optional: true },
  };
}

/** A top-level file of feedback records of one kind. */
function feedback(file: string, kind: string, description: string): CsvFile {
  return { file, description, collection: "feedback", constants: { kind }, key: ["id"] };
}

/**
 * Every file of the CSV folder format, parents before children.
 *
 * @returns the files, without their columns
 */
export function csvFiles(): readonly CsvFile[] {
  return [
    {
      file: "dataset.csv",
      description:
        "Optional. One row about the dataset as a whole; without it the folder is read as format version 1.",
      collection: "dataset",
    },
    {
      file: "organisations.csv",
      description: "One row per organisation that runs involvement.",
      collection: "organisations",
      key: ["id"],
    },
    memberCounts(
      "organisation-member-counts.csv",
      "organisations.csv",
      "organisationId",
      "organisation",
    ),
    ...strategyFiles(),
    {
      file: "projects.csv",
      description: "One row per research or service improvement project.",
      collection: "projects",
      key: ["id"],
    },
    ...peopleFiles(),
    ...activityFiles(),
    ...resourceFiles(),
    ...feedbackFiles(),
    {
      file: "ppeet-items.csv",
      description: "One row per PPEET item you use (ppie does not bundle PPEET wording).",
      collection: "ppeetItems",
      key: ["id"],
    },
    {
      file: "impacts.csv",
      description: 'One row per "you said, we did" impact record.',
      collection: "impacts",
      key: ["id"],
    },
    {
      file: "service-changes.csv",
      description:
        "One row per proposal to change a service, with the record of how the public were involved in it.",
      collection: "serviceChanges",
      key: ["id"],
    },
  ];
}

/** PPIE strategies: their objectives, metrics and observations. */
function strategyFiles(): CsvFile[] {
  const metric = {
    file: "strategy-metrics.csv",
    link: ["strategyId", "objectiveId", "metricId"],
  };
  return [
    {
      file: "strategies.csv",
      description: "One row per PPIE strategy.",
      collection: "strategies",
      key: ["id"],
    },
    {
      file: "strategy-objectives.csv",
      description: "One row per objective of a strategy.",
      parent: { file: "strategies.csv", link: ["strategyId"], into: "objectives" },
      key: ["strategyId", "id"],
    },
    {
      file: "strategy-metrics.csv",
      description: "One row per measurable metric of an objective.",
      parent: {
        file: "strategy-objectives.csv",
        link: ["strategyId", "objectiveId"],
        into: "metrics",
      },
      key: ["strategyId", "objectiveId", "id"],
    },
    {
      file: "strategy-observations.csv",
      description: "One row per value of a metric recorded by hand for a period.",
      parent: { ...metric, into: "observations" },
    },
    {
      file: "strategy-targets.csv",
      description:
        "One row per target of a metric's trajectory (a target per period, e.g. one per year), besides the single target in strategy-metrics.csv.",
      parent: { ...metric, into: "targets" },
    },
  ];
}

/** Groups and panels, their memberships, and the contributors. */
function peopleFiles(): CsvFile[] {
  return [
    {
      file: "groups.csv",
      description: "One row per standing group or panel.",
      collection: "groups",
      key: ["id"],
    },
    memberCounts("group-member-counts.csv", "groups.csv", "groupId", "group"),
    {
      file: "group-memberships.csv",
      description: "One row per membership of a group.",
      parent: { file: "groups.csv", link: ["groupId"], into: "memberships" },
    },
    {
      file: "contributors.csv",
      description: "One row per public contributor, known by a pseudonymous id.",
      collection: "contributors",
      key: ["id"],
    },
    {
      file: "contributor-positions.csv",
      description:
        "Optional. One row per position a contributor holds in an organisation (a foundation trust's governor or member, a volunteer, a PPI champion).",
      parent: {
        file: "contributors.csv",
        link: ["contributorId"],
        into: "positions",
        optional: true,
      },
    },
  ];
}

/** Activities and engagement events, with who took part and what came of them. */
function activityFiles(): CsvFile[] {
  return [
    {
      file: "activities.csv",
      description: "One row per involvement, engagement or participation activity.",
      collection: "activities",
      key: ["id"],
    },
    {
      file: "activity-contributors.csv",
      description: "One row per contributor taking part in an activity.",
      parent: { file: "activities.csv", link: ["activityId"], into: "contributors" },
    },
    {
      file: "activity-outcomes.csv",
      description: "One row per outcome of an activity.",
      parent: { file: "activities.csv", link: ["activityId"], into: "outcomes" },
    },
    {
      file: "events.csv",
      description: "One row per engagement event.",
      collection: "events",
      key: ["id"],
    },
    {
      file: "event-seldom-heard-reach.csv",
      description:
        "Optional. One row per seldom-heard group an event reached: how many people came from it.",
      parent: {
        file: "events.csv",
        link: ["eventId"],
        into: "reach.seldomHeard",
        map: { key: "groupId", value: "people" },
        optional: true,
      },
    },
    {
      file: "event-contributors.csv",
      description: "One row per public contributor taking part in an event.",
      parent: { file: "events.csv", link: ["eventId"], into: "contributors" },
    },
  ];
}

/** Payments, payment rates, budgets and staff training. */
function resourceFiles(): CsvFile[] {
  return [
    {
      file: "payments.csv",
      description: "One row per payment to a contributor.",
      collection: "payments",
      key: ["id"],
    },
    {
      file: "payment-rates.csv",
      description: "One row per local payment rate.",
      collection: "paymentRates",
    },
    {
      file: "budgets.csv",
      description: "One row per budget line for involvement.",
      collection: "budgets",
      key: ["id"],
    },
    {
      file: "training.csv",
      description: "One row per staff PPIE training record.",
      collection: "training",
      key: ["id"],
    },
  ];
}

/** Feedback records (FFT, stories, PALS, PEIRS-22, PPEET, self-assessments) and their parts. */
function feedbackFiles(): CsvFile[] {
  return [
    feedback(
      "feedback-fft.csv",
      "fft",
      "One row per Friends and Family Test count for a unit and period.",
    ),
    feedback("feedback-stories.csv", "story", "One row per patient, carer or contributor story."),
    {
      file: "feedback-story-forums.csv",
      description:
        "Optional. One row per forum a story was shared at (a Board meeting, a committee).",
      parent: {
        file: "feedback-stories.csv",
        link: ["feedbackId"],
        into: "sharedAt",
        optional: true,
      },
    },
    feedback("feedback-pals.csv", "pals", "One row per PALS contact."),
    feedback("feedback-peirs22.csv", "peirs22", "One row per PEIRS-22 respondent."),
    feedback("feedback-ppeet.csv", "ppeet", "One row per PPEET questionnaire returned."),
    {
      file: "feedback-ppeet-responses.csv",
      description: "One row per answer on a PPEET questionnaire.",
      parent: {
        file: "feedback-ppeet.csv",
        link: ["feedbackId"],
        into: "responses",
        map: { key: "itemId", value: "response" },
      },
    },
    feedback(
      "feedback-coproduction.csv",
      "coproduction",
      "One row per co-production self-assessment.",
    ),
    {
      file: "feedback-coproduction-ratings.csv",
      description: "One row per principle rated on a co-production self-assessment.",
      parent: {
        file: "feedback-coproduction.csv",
        link: ["feedbackId"],
        into: "ratings",
        map: { key: "principleId", value: "rating" },
      },
    },
    feedback(
      "feedback-standards.csv",
      "standards",
      "One row per UK Standards for Public Involvement self-assessment.",
    ),
    {
      file: "feedback-standards-entries.csv",
      description: "One row per standard reflected on in a self-assessment.",
      parent: { file: "feedback-standards.csv", link: ["feedbackId"], into: "entries" },
    },
  ];
}
