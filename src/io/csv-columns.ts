/**
 * The CSV folder format: one CSV file per entity, with the column names documented here.
 * This table is the single source for the loader (`csv.ts`), the writer (`ppie init --csv`)
 * and the column reference in docs/cli.md (a test checks the doc is not stale).
 */

/**
 * How a cell is read.
 *
 * - `text`: as written; an empty cell leaves the field out.
 * - `integer` / `number`: digits (`-` and `.` for numbers); anything else is passed on so
 *   the dataset check names the bad value.
 * - `boolean`: `true` or `false` (also `yes` / `no`), any case.
 * - `list`: items separated by `;` (write `\;` for a semicolon inside an item, `\\` for a
 *   backslash); spaces around items are trimmed.
 * - `integer-or-text`: a whole number, or text such as `prefer-not-to-say`.
 * - `answer`: a whole number, or an empty cell for "no answer" (`null`).
 *
 * @category IO
 */
export type CsvCellType =
  | "text"
  | "integer"
  | "number"
  | "boolean"
  | "list"
  | "integer-or-text"
  | "answer";

/**
 * One documented column of a CSV file.
 *
 * @category IO
 */
export interface CsvColumn {
  /** The header text, e.g. `"payment.status"`: dots name nested fields. */
  name: string;
  /** Where the value goes in the record; `null` for a column that links a row to its parent. */
  path: readonly (string | number)[] | null;
  /** How the cell is read. */
  type: CsvCellType;
  /** Whether the header must have this column. */
  required: boolean;
  /** What goes in it, in one line. */
  description: string;
}

/**
 * The top-level collections of a dataset that CSV files fill.
 *
 * @category IO
 */
export type CsvCollection =
  | "organisations"
  | "strategies"
  | "projects"
  | "groups"
  | "contributors"
  | "activities"
  | "events"
  | "payments"
  | "paymentRates"
  | "budgets"
  | "training"
  | "feedback"
  | "ppeetItems"
  | "impacts"
  | "serviceChanges";

/**
 * Where a child file's rows go: into a list (or a keyed map) on a record of its parent file,
 * found by the link columns (which match the parent file's key columns, in order).
 *
 * @category IO
 */
export interface CsvParent {
  /** The parent file, e.g. `"activities.csv"`. */
  file: string;
  /** This file's link columns, matching the parent's `key` columns in order. */
  link: readonly string[];
  /** The field of the parent record the rows go into; dots name a nested field (`reach.seldomHeard`). */
  into: string;
  /** For a keyed map (e.g. PPEET responses): the column giving the key and the one giving the value. */
  map?: { key: string; value: string };
  /**
   * The field is optional: a parent record with no rows in this file leaves it out (instead of
   * an empty list or map), so that reading back a written dataset gives the same records.
   */
  optional?: boolean;
}

/**
 * One CSV file of the folder format.
 *
 * @category IO
 */
export interface CsvTable {
  /** File name, e.g. `"contributors.csv"`. */
  file: string;
  /** What each row is. */
  description: string;
  /** The collection rows go into (top-level files), `"dataset"` for the one-row dataset file. */
  collection?: CsvCollection | "dataset";
  /** Fields every row gets (e.g. `kind: "fft"` for feedback-fft.csv). */
  constants?: Readonly<Record<string, string>>;
  /** Columns that identify a row, for child files that link to it. */
  key?: readonly string[];
  /** For a child file: which parent record each row belongs to. */
  parent?: CsvParent;
  /** The documented columns. */
  columns: readonly CsvColumn[];
}

function pathOf(name: string): (string | number)[] {
  return name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) - 1 : p));
}

function col(name: string, type: CsvCellType, required: boolean, description: string): CsvColumn {
  return { name, path: pathOf(name), type, required, description };
}

function link(name: string, description: string): CsvColumn {
  return { name, path: null, type: "text", required: true, description };
}

const T = "text";

function feedbackBase(): CsvColumn[] {
  return [
    col("id", T, true, "Feedback record id."),
    col("date", T, true, "Date received, YYYY-MM-DD."),
    col("projectId", T, false, "Project it is about (an id in projects.csv)."),
    col("activityId", T, false, "Activity it is about (an id in activities.csv)."),
  ];
}

function consent(which: string): CsvColumn[] {
  return [
    col(`consent.${which}.given`, "boolean", false, `Whether consent (${which}) was given.`),
    col(`consent.${which}.date`, T, false, `Date the ${which} consent was recorded.`),
    col(
      `consent.${which}.withdrawn`,
      T,
      false,
      `Date the ${which} consent was withdrawn, if it was.`,
    ),
  ];
}

function peirsAnswers(): CsvColumn[] {
  const out: CsvColumn[] = [];
  for (let i = 1; i <= 22; i++) {
    out.push(
      col(`answers.${i}`, "answer", true, `Answer to item ${i}, 0 to 4; empty for no answer.`),
    );
  }
  return out;
}

/**
 * Every file of the CSV folder format, parents before children. Only the files you have need
 * to be present; every column not marked required may be left out of the header.
 *
 * @returns the file specifications
 * @example
 * ```ts
 * csvTables().find((t) => t.file === "contributors.csv")?.columns[0]?.name; // "id"
 * ```
 * @category IO
 */
export function csvTables(): readonly CsvTable[] {
  return [
    ...datasetTables(),
    ...strategyTables(),
    ...projectTables(),
    ...peopleTables(),
    ...activityTables(),
    ...eventTables(),
    ...resourceTables(),
    ...feedbackTables(),
    ...assessmentTables(),
    ...ppeetItemTables(),
    ...impactTables(),
    ...serviceChangeTables(),
  ];
}

/** The dataset row and the organisations that run involvement. */
function datasetTables(): CsvTable[] {
  return [
    {
      file: "dataset.csv",
      description:
        "Optional. One row about the dataset as a whole; without it the folder is read as format version 1.",
      collection: "dataset",
      columns: [
        col("schemaVersion", "integer", true, "Format version: 1."),
        col("title", T, false, "A title for the dataset."),
        col("fictional", "boolean", false, "true when the data is made up (demo or test data)."),
        col("scales", "list", false, "Involvement scales the activity levels use (framework ids)."),
      ],
    },
    {
      file: "organisations.csv",
      description: "One row per organisation that runs involvement.",
      collection: "organisations",
      key: ["id"],
      columns: [
        col("id", T, true, "Organisation id."),
        col("name", T, true, "Name."),
        col(
          "kind",
          T,
          true,
          "nhs-trust, integrated-care-board, university, research-centre, charity, local-authority, healthwatch, patient-participation-group, health-innovation-network, community-organisation or other.",
        ),
        col("seldomHeardGroups", "list", false, "Groups this organisation names as seldom heard."),
      ],
    },
    memberCountTable(
      "organisation-member-counts.csv",
      "organisations.csv",
      "organisationId",
      "organisation",
    ),
  ];
}

/** A child file of member counts over time, of an organisation or a group. */
function memberCountTable(
  file: string,
  parentFile: string,
  linkName: string,
  word: string,
): CsvTable {
  return {
    file,
    description: `Optional. One row per count of the ${word}'s members on a date (for memberships too large or too private to list person by person).`,
    parent: { file: parentFile, link: [linkName], into: "memberCounts", optional: true },
    columns: [
      link(linkName, `The ${word} (an id in ${parentFile}).`),
      col("date", T, true, "Date counted, YYYY-MM-DD."),
      col("count", "integer", true, "Number of members on that date."),
      col("note", T, false, "A note, e.g. who is counted."),
    ],
  };
}

/** PPIE strategies: their objectives, metrics and observations. */
function strategyTables(): CsvTable[] {
  return [
    {
      file: "strategies.csv",
      description: "One row per PPIE strategy.",
      collection: "strategies",
      key: ["id"],
      columns: [
        col("id", T, true, "Strategy id."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("title", T, true, "Title."),
        col("period.start", T, true, "First day covered, YYYY-MM-DD."),
        col("period.end", T, true, "Last day covered, YYYY-MM-DD."),
      ],
    },
    {
      file: "strategy-objectives.csv",
      description: "One row per objective of a strategy.",
      parent: { file: "strategies.csv", link: ["strategyId"], into: "objectives" },
      key: ["strategyId", "id"],
      columns: [
        link("strategyId", "The strategy (an id in strategies.csv)."),
        col("id", T, true, "Objective id, unique within its strategy."),
        col("pillar", T, true, "capability, capacity, community or impact."),
        col("title", T, true, "Title."),
      ],
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
      columns: [
        link("strategyId", "The strategy (an id in strategies.csv)."),
        link("objectiveId", "The objective (an id in strategy-objectives.csv)."),
        col("id", T, true, "Metric id, unique within its objective."),
        col("kind", T, true, "What it counts: a metric kind ppie computes, or your own."),
        col("title", T, true, "Title."),
        col("unit", T, true, "count, percent, pence, hours, days or score."),
        col("target.value", "number", false, "Target value."),
        col("target.direction", T, false, "at-least or at-most."),
        col("target.period.start", T, false, "First day of the target period."),
        col("target.period.end", T, false, "Last day of the target period."),
      ],
    },
    {
      file: "strategy-observations.csv",
      description: "One row per value of a metric recorded by hand for a period.",
      parent: {
        file: "strategy-metrics.csv",
        link: ["strategyId", "objectiveId", "metricId"],
        into: "observations",
      },
      columns: [
        link("strategyId", "The strategy (an id in strategies.csv)."),
        link("objectiveId", "The objective (an id in strategy-objectives.csv)."),
        link("metricId", "The metric (an id in strategy-metrics.csv)."),
        col("period.start", T, true, "First day of the period."),
        col("period.end", T, true, "Last day of the period."),
        col("value", "number", true, "The value."),
        col("note", T, false, "A note on where it came from."),
        col("evidence", T, false, "Where it can be checked: a web address or a reference."),
      ],
    },
    {
      file: "strategy-targets.csv",
      description:
        "One row per target of a metric's trajectory (a target per period, e.g. one per year), besides the single target in strategy-metrics.csv.",
      parent: {
        file: "strategy-metrics.csv",
        link: ["strategyId", "objectiveId", "metricId"],
        into: "targets",
      },
      columns: [
        link("strategyId", "The strategy (an id in strategies.csv)."),
        link("objectiveId", "The objective (an id in strategy-objectives.csv)."),
        link("metricId", "The metric (an id in strategy-metrics.csv)."),
        col("value", "number", true, "Target value."),
        col("direction", T, true, "at-least or at-most."),
        col("period.start", T, true, "First day of the target period."),
        col("period.end", T, true, "Last day of the target period."),
      ],
    },
  ];
}

/** Research projects. */
function projectTables(): CsvTable[] {
  return [
    {
      file: "projects.csv",
      description: "One row per research or service improvement project.",
      collection: "projects",
      key: ["id"],
      columns: [
        col("id", T, true, "Project id."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("title", T, true, "Title."),
        col("kind", T, true, "research, service-improvement, evaluation or other."),
        col("startDate", T, true, "Start date, YYYY-MM-DD."),
        col("endDate", T, false, "End date, YYYY-MM-DD."),
        col("plannedStages", "list", false, "Research cycle stages involvement is planned at."),
        col("coProduced", "boolean", false, "true if the project calls itself co-produced."),
        col("reporting", T, false, "gripp2-short, gripp2-long or none."),
        col("involvement.aim", T, false, "Aim of involvement (GRIPP2)."),
        col("involvement.definition", T, false, "Definition of involvement used."),
        col("involvement.rationale", T, false, "Why involvement was chosen."),
        col("involvement.methods", T, false, "Methods of involvement."),
        col("involvement.impactCapture", T, false, "How impact was captured."),
        col("involvement.economicAssessment", T, false, "Any economic assessment."),
        col("involvement.reflections", T, false, "Reflections and critical perspective."),
        col("plainEnglishSummary", T, false, "Plain English summary."),
      ],
    },
  ];
}

/** Groups and panels, their memberships, and the contributors. */
function peopleTables(): CsvTable[] {
  return [
    {
      file: "groups.csv",
      description: "One row per standing group or panel.",
      collection: "groups",
      key: ["id"],
      columns: [
        col("id", T, true, "Group id."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("projectId", T, false, "Project, for a project's own group."),
        col("name", T, true, "Name."),
        col(
          "kind",
          T,
          true,
          "advisory-panel, ppi-group, virtual-panel, citizens-assembly, assembly (of equal partners), co-production-group, steering-group or other.",
        ),
      ],
    },
    memberCountTable("group-member-counts.csv", "groups.csv", "groupId", "group"),
    {
      file: "group-memberships.csv",
      description: "One row per membership of a group.",
      parent: { file: "groups.csv", link: ["groupId"], into: "memberships" },
      columns: [
        link("groupId", "The group (an id in groups.csv)."),
        col("contributorId", T, true, "The member (an id in contributors.csv)."),
        col("role", T, false, "member (default), chair, co-chair or vice-chair."),
        col("from", T, true, "Date joined, YYYY-MM-DD."),
        col("to", T, false, "Date left, YYYY-MM-DD."),
      ],
    },
    {
      file: "contributors.csv",
      description: "One row per public contributor, known by a pseudonymous id.",
      collection: "contributors",
      key: ["id"],
      columns: [
        col("id", T, true, "Pseudonymous contributor id (never a name or email)."),
        col(
          "roles",
          "list",
          true,
          "patient, carer, service-user, member-of-public, community-representative, lived-experience-expert, member, volunteer, governor, ppi-champion.",
        ),
        col("joinedDate", T, false, "Date joined, YYYY-MM-DD."),
        col("seldomHeard", "list", false, "Seldom-heard groups the person identifies with."),
        col("accessNeeds", "list", false, "What they need to take part, e.g. step-free-access."),
        ...consent("demographics"),
        ...consent("contact"),
        col(
          "demographics.ageBand",
          T,
          false,
          "16-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+ or prefer-not-to-say.",
        ),
        col("demographics.sex", T, false, "female, male or prefer-not-to-say."),
        col(
          "demographics.ethnicGroup",
          T,
          false,
          "white, asian, black, mixed, other or prefer-not-to-say.",
        ),
        col("demographics.disability", T, false, "disabled, not-disabled or prefer-not-to-say."),
        col("demographics.imdDecile", "integer-or-text", false, "1 to 10, or prefer-not-to-say."),
        col("identifiers.name", T, false, "Name (a direct identifier: kept out of reports)."),
        col("identifiers.email", T, false, "Email (a direct identifier)."),
        col("identifiers.phone", T, false, "Phone (a direct identifier)."),
        col("identifiers.address", T, false, "Address (a direct identifier)."),
      ],
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
      columns: [
        link("contributorId", "The contributor (an id in contributors.csv)."),
        col("role", T, true, "member, volunteer, governor or ppi-champion."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("from", T, false, "Date the position began, YYYY-MM-DD."),
        col("to", T, false, "Date it ended, YYYY-MM-DD."),
        col("constituency", T, false, 'For a governor, the constituency, e.g. "Public: North".'),
      ],
    },
  ];
}

/** Activities, with who took part and what came of them. */
function activityTables(): CsvTable[] {
  return [
    {
      file: "activities.csv",
      description: "One row per involvement, engagement or participation activity.",
      collection: "activities",
      key: ["id"],
      columns: [
        col("id", T, true, "Activity id."),
        col("projectId", T, false, "Project (an id in projects.csv)."),
        col("groupId", T, false, "Group (an id in groups.csv)."),
        col("title", T, true, "Title."),
        col("mode", T, true, "involvement, engagement or participation."),
        col("method", T, true, "e.g. workshop, document-review, focus-group, interview."),
        col("startDate", T, true, "Start date, YYYY-MM-DD."),
        col("endDate", T, false, "End date, YYYY-MM-DD."),
        col("stages", "list", false, "Research cycle stages it took part in."),
        col("level.scale", T, false, "Scale of the involvement level, e.g. ppie-influence-level."),
        col("level.item", T, false, "Level on that scale, e.g. pil-3-involved."),
        col("scope", T, false, "collective (default) or individual."),
        col(
          "headcount.people",
          "integer",
          false,
          "People who took part without a record each (e.g. citizen scientists).",
        ),
        col("headcount.who", T, false, "Who the headcount counts, in words."),
        col("adjustments", "list", false, "Adjustments made, e.g. step-free-access."),
        col("notes", T, false, "Notes."),
      ],
    },
    {
      file: "activity-contributors.csv",
      description: "One row per contributor taking part in an activity.",
      parent: { file: "activities.csv", link: ["activityId"], into: "contributors" },
      columns: [
        link("activityId", "The activity (an id in activities.csv)."),
        col("contributorId", T, true, "The contributor (an id in contributors.csv)."),
        col("minutes", "integer", true, "Time given, in whole minutes."),
        col("role", T, false, "Their role, e.g. adviser."),
        col(
          "payment.status",
          T,
          true,
          "offered, declined, not-offered (give a reason) or not-applicable.",
        ),
        col("payment.reason", T, false, "Why payment was not offered or not applicable."),
        col("payment.rateCode", T, false, "Rate used, e.g. HOURLY."),
      ],
    },
    {
      file: "activity-outcomes.csv",
      description: "One row per outcome of an activity.",
      parent: { file: "activities.csv", link: ["activityId"], into: "outcomes" },
      columns: [
        link("activityId", "The activity (an id in activities.csv)."),
        col("summary", T, true, "What happened because of it."),
        col("date", T, false, "When, YYYY-MM-DD."),
        col("feedbackToContributorsDate", T, false, "When contributors were told, YYYY-MM-DD."),
        col(
          "feedbackFormats",
          "list",
          false,
          "Formats they were told in, e.g. standard-print; easy-read.",
        ),
      ],
    },
  ];
}

/** Engagement events: who they reached and the contributors who took part. */
function eventTables(): CsvTable[] {
  return [
    {
      file: "events.csv",
      description: "One row per engagement event.",
      collection: "events",
      key: ["id"],
      columns: [
        col("id", T, true, "Event id."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("projectId", T, false, "Project (an id in projects.csv)."),
        col("title", T, true, "Title."),
        col(
          "kind",
          T,
          true,
          "science-cafe, lab-tour, open-day, campaign, talk, conference, festival, media, publication, blog or other.",
        ),
        col("date", T, true, "Date it happened or began, YYYY-MM-DD."),
        col("endDate", T, false, "Last day, for a campaign or festival over several days."),
        col("reach.attendance", "integer", false, "People who attended in person."),
        col(
          "reach.online",
          "integer",
          false,
          "People reached online (viewers, listeners, readers).",
        ),
        col(
          "reach.firstTime",
          "integer",
          false,
          "Of those in the room, people at their first event.",
        ),
        col(
          "reach.returning",
          "integer",
          false,
          "Of those in the room, people who had come to an event before.",
        ),
        col("reach.audience", T, false, "Who the audience was."),
        col(
          "bursaryPlaces",
          "integer",
          false,
          "Bursary places given, when more than the bursary holders listed.",
        ),
      ],
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
      columns: [
        link("eventId", "The event (an id in events.csv)."),
        {
          ...col(
            "groupId",
            T,
            true,
            "The seldom-heard group (one the event's organisation names in seldomHeardGroups).",
          ),
          path: null,
        },
        { ...col("people", "integer", true, "People from that group."), path: null },
      ],
    },
    {
      file: "event-contributors.csv",
      description: "One row per public contributor taking part in an event.",
      parent: { file: "events.csv", link: ["eventId"], into: "contributors" },
      columns: [
        link("eventId", "The event (an id in events.csv)."),
        col("contributorId", T, true, "The contributor (an id in contributors.csv)."),
        col("role", T, true, "chair, speaker, panellist, facilitator, author or bursary."),
        col("minutes", "integer", false, "Time given, in whole minutes."),
      ],
    },
  ];
}

/** Payments, payment rates, budgets and staff training. */
function resourceTables(): CsvTable[] {
  return [
    {
      file: "payments.csv",
      description: "One row per payment to a contributor.",
      collection: "payments",
      key: ["id"],
      columns: [
        col("id", T, true, "Payment id."),
        col("contributorId", T, true, "Paid to (an id in contributors.csv)."),
        col("activityId", T, false, "For an activity (an id in activities.csv)."),
        col("eventId", T, false, "For an event (an id in events.csv)."),
        col("kind", T, true, "fee, expenses or voucher."),
        col("amount.pence", "integer", true, "Amount in whole pence (£12.50 is 1250)."),
        col("amount.currency", T, true, "Currency code, e.g. GBP."),
        col("rate.scheme", T, false, "Rate table used, e.g. nihr."),
        col("rate.activityCode", T, false, "Rate table entry used."),
        col("status", T, true, "due, claimed, paid or declined."),
        col("claimedDate", T, false, "Date claimed, YYYY-MM-DD."),
        col("paidDate", T, false, "Date paid, YYYY-MM-DD."),
        col("declinedDate", T, false, "Date declined, YYYY-MM-DD."),
      ],
    },
    {
      file: "payment-rates.csv",
      description: "One row per local payment rate.",
      collection: "paymentRates",
      columns: [
        col("scheme", T, true, "Rate scheme id."),
        col("activityCode", T, true, "Activity code."),
        col("unit", T, true, "hour, half-day, day or task."),
        col("pence", "integer", true, "Rate in whole pence per unit."),
        col("effectiveFrom", T, true, "In force from, YYYY-MM-DD."),
        col("effectiveTo", T, false, "In force until, YYYY-MM-DD."),
        col("sourceVersion", T, true, "Which version of the guidance it comes from."),
        col("verified", "boolean", true, "true when checked against the source."),
      ],
    },
    {
      file: "budgets.csv",
      description: "One row per budget line for involvement.",
      collection: "budgets",
      key: ["id"],
      columns: [
        col("id", T, true, "Budget line id."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("projectId", T, false, "Project (an id in projects.csv)."),
        col("category", T, true, "payments, expenses, support, training, events or other."),
        col("period.start", T, true, "First day, YYYY-MM-DD."),
        col("period.end", T, true, "Last day, YYYY-MM-DD."),
        col("amount.pence", "integer", true, "Amount in whole pence."),
        col("amount.currency", T, true, "Currency code, e.g. GBP."),
        col("note", T, false, "Note."),
      ],
    },
    {
      file: "training.csv",
      description: "One row per staff PPIE training record.",
      collection: "training",
      key: ["id"],
      columns: [
        col("id", T, true, "Training record id."),
        col("organisationId", T, true, "Organisation (an id in organisations.csv)."),
        col("staffRef", T, true, "Pseudonymous staff reference (not a name)."),
        col("course", T, true, "Course."),
        col("date", T, true, "Date, YYYY-MM-DD."),
        col("minutes", "integer", false, "Length in minutes."),
      ],
    },
  ];
}

/** Feedback records: FFT, stories, PALS, PEIRS-22 and PPEET (with answers). */
function feedbackTables(): CsvTable[] {
  return [
    {
      file: "feedback-fft.csv",
      description: "One row per Friends and Family Test count for a unit and period.",
      collection: "feedback",
      constants: { kind: "fft" },
      key: ["id"],
      columns: [
        ...feedbackBase(),
        col("unitId", T, true, "Unit (ward, service, site)."),
        col(
          "unitName",
          T,
          false,
          'The unit\'s name as reports show it, e.g. "Ward 7, stroke unit".',
        ),
        col("parentUnitId", T, false, "Parent unit, for disclosure control."),
        col("period.start", T, true, "First day counted."),
        col("period.end", T, true, "Last day counted."),
        col("counts.veryGood", "integer", true, "Very good."),
        col("counts.good", "integer", true, "Good."),
        col("counts.neither", "integer", true, "Neither good nor poor."),
        col("counts.poor", "integer", true, "Poor."),
        col("counts.veryPoor", "integer", true, "Very poor."),
        col("counts.dontKnow", "integer", true, "Don't know."),
      ],
    },
    {
      file: "feedback-stories.csv",
      description: "One row per patient, carer or contributor story.",
      collection: "feedback",
      constants: { kind: "story" },
      key: ["id"],
      columns: [
        ...feedbackBase(),
        col("summary", T, true, "The story, summarised."),
        col("themes", "list", false, "Themes."),
      ],
    },
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
      columns: [
        link("feedbackId", "The story (an id in feedback-stories.csv)."),
        col("forum", T, true, "Where it was shared, e.g. Trust Board."),
        col("date", T, false, "When, YYYY-MM-DD."),
      ],
    },
    {
      file: "feedback-pals.csv",
      description: "One row per PALS contact.",
      collection: "feedback",
      constants: { kind: "pals" },
      key: ["id"],
      columns: [
        ...feedbackBase(),
        col("category", T, true, "concern, complaint, compliment, enquiry or suggestion."),
        col("themes", "list", false, "Themes."),
        col(
          "outcome",
          T,
          false,
          "resolved, information-given, signposted, referred-to-complaints, open or other.",
        ),
      ],
    },
    {
      file: "feedback-peirs22.csv",
      description: "One row per PEIRS-22 respondent.",
      collection: "feedback",
      constants: { kind: "peirs22" },
      key: ["id"],
      columns: [
        ...feedbackBase(),
        col("contributorId", T, false, "Respondent (an id in contributors.csv)."),
        ...peirsAnswers(),
      ],
    },
    {
      file: "feedback-ppeet.csv",
      description: "One row per PPEET questionnaire returned.",
      collection: "feedback",
      constants: { kind: "ppeet" },
      key: ["id"],
      columns: [
        ...feedbackBase(),
        col("questionnaire", T, true, "participant, project or organisation."),
      ],
    },
    {
      file: "feedback-ppeet-responses.csv",
      description: "One row per answer on a PPEET questionnaire.",
      parent: {
        file: "feedback-ppeet.csv",
        link: ["feedbackId"],
        into: "responses",
        map: { key: "itemId", value: "response" },
      },
      columns: [
        link("feedbackId", "The questionnaire (an id in feedback-ppeet.csv)."),
        { ...col("itemId", T, true, "The item (an id in ppeet-items.csv)."), path: null },
        {
          ...col(
            "response",
            T,
            true,
            "strongly-agree, agree, neutral, disagree, strongly-disagree, dont-know or not-applicable.",
          ),
          path: null,
        },
      ],
    },
  ];
}

/** Co-production and UK Standards self-assessments, with their ratings and entries. */
function assessmentTables(): CsvTable[] {
  return [
    {
      file: "feedback-coproduction.csv",
      description: "One row per co-production self-assessment.",
      collection: "feedback",
      constants: { kind: "coproduction" },
      key: ["id"],
      columns: [...feedbackBase(), col("respondent", T, true, "staff or public.")],
    },
    {
      file: "feedback-coproduction-ratings.csv",
      description: "One row per principle rated on a co-production self-assessment.",
      parent: {
        file: "feedback-coproduction.csv",
        link: ["feedbackId"],
        into: "ratings",
        map: { key: "principleId", value: "rating" },
      },
      columns: [
        link("feedbackId", "The assessment (an id in feedback-coproduction.csv)."),
        { ...col("principleId", T, true, "The co-production principle id."), path: null },
        { ...col("rating", "integer", true, "1 (not at all) to 5 (fully)."), path: null },
      ],
    },
    {
      file: "feedback-standards.csv",
      description: "One row per UK Standards for Public Involvement self-assessment.",
      collection: "feedback",
      constants: { kind: "standards" },
      key: ["id"],
      columns: [
        ...feedbackBase(),
        col("respondent", T, true, "staff or public."),
        col("version", T, true, "uk-standards-2019."),
        col("organisationId", T, false, "Organisation (an id in organisations.csv)."),
      ],
    },
    {
      file: "feedback-standards-entries.csv",
      description: "One row per standard reflected on in a self-assessment.",
      parent: { file: "feedback-standards.csv", link: ["feedbackId"], into: "entries" },
      columns: [
        link("feedbackId", "The assessment (an id in feedback-standards.csv)."),
        col("standardId", T, true, "The standard id."),
        col("questionId", T, false, "The reflective question id."),
        col("rating", "integer", false, "1 to 5."),
        col("reflection", T, true, "The reflection."),
        col("evidence", "list", false, "Evidence."),
      ],
    },
  ];
}

/** The PPEET items in use (their wording is yours). */
function ppeetItemTables(): CsvTable[] {
  return [
    {
      file: "ppeet-items.csv",
      description: "One row per PPEET item you use (ppie does not bundle PPEET wording).",
      collection: "ppeetItems",
      key: ["id"],
      columns: [col("id", T, true, "Item id."), col("text", T, true, "Item wording.")],
    },
  ];
}

/** "You said, we did" impact records. */
function impactTables(): CsvTable[] {
  return [
    {
      file: "impacts.csv",
      description: 'One row per "you said, we did" impact record.',
      collection: "impacts",
      key: ["id"],
      columns: [
        col("id", T, true, "Impact record id."),
        col("projectId", T, false, "Project (an id in projects.csv)."),
        col("activityIds", "list", false, "Activities it came from."),
        col("eventIds", "list", false, "Engagement events it came from (ids in events.csv)."),
        col(
          "feedbackIds",
          "list",
          false,
          "Feedback records it came from: a PALS contact, a story, an FFT return, a PPEET response.",
        ),
        col("contributorIds", "list", false, "Contributors it came from."),
        col("date", T, true, "Date, YYYY-MM-DD."),
        col("stage", T, false, "Research cycle stage."),
        col(
          "type",
          T,
          true,
          "research-question, design, materials, recruitment, outcome-measures, analysis, dissemination, service, policy, people, organisation or other.",
        ),
        col("youSaid", T, true, "What contributors said."),
        col("weDid", T, true, "What changed."),
        col("direction", T, true, "positive, negative or mixed."),
        col("status", T, true, "intended, observed or confirmed."),
        col("evidence", "list", false, "Evidence."),
        col("feedbackToContributorsDate", T, false, "When contributors were told, YYYY-MM-DD."),
      ],
    },
  ];
}

/** Proposals to change a service, with the record of how the public were involved. */
function serviceChangeTables(): CsvTable[] {
  return [
    {
      file: "service-changes.csv",
      description:
        "One row per proposal to change a service, with the record of how the public were involved in it.",
      collection: "serviceChanges",
      key: ["id"],
      columns: [
        col("id", T, true, "Service change id."),
        col("organisationId", T, true, "Organisation making it (an id in organisations.csv)."),
        col("title", T, true, "Title of the proposal."),
        col("proposal", T, true, "What is proposed, and why."),
        col(
          "duty",
          T,
          true,
          "The NHS Act 2006 duty to involve: nhs-act-2006-s242 (NHS trusts and foundation trusts), nhs-act-2006-s14z45 (integrated care boards) or nhs-act-2006-s13q (NHS England).",
        ),
        col("assessment.date", T, false, "Date the duty was assessed, YYYY-MM-DD."),
        col("assessment.decidedBy", T, false, "Who assessed it: a role or body, not a name."),
        col("assessment.dutyApplies", "boolean", false, "true if the duty applies."),
        col("assessment.reason", T, false, "Why it does or does not apply."),
        col(
          "substantial",
          "boolean",
          false,
          "true for a substantial development or variation (the scrutiny committee must be consulted); empty when not yet decided.",
        ),
        col("affected.description", T, false, "The people and communities affected."),
        col("affected.seldomHeardGroups", "list", false, "Seldom-heard groups affected."),
        col(
          "affected.equalityConsideration",
          T,
          false,
          "The equality and health inequalities consideration.",
        ),
        col("activityIds", "list", false, "Involvement and consultation activities."),
        col("consultation.start", T, false, "First day of the consultation, YYYY-MM-DD."),
        col("consultation.end", T, false, "Last day of the consultation, YYYY-MM-DD."),
        col("consultation.information", T, false, "What people were given to consider."),
        col("consultation.responses", "integer", false, "Number of responses received."),
        col("scrutiny.committee", T, false, "The scrutiny committee consulted."),
        col("scrutiny.date", T, false, "Date it was consulted, YYYY-MM-DD."),
        col("scrutiny.response", T, false, "What the committee said."),
        col("decision.date", T, false, "Date of the decision, YYYY-MM-DD."),
        col("decision.maker", T, false, "Who decided: a board or committee, not a name."),
        col("decision.summary", T, false, "What was decided."),
        col(
          "decision.responsesConsidered",
          T,
          false,
          "How the responses were considered: what changed because of them, or why not.",
        ),
        col("impactIds", "list", false, '"You said, we did" records (ids in impacts.csv).'),
        col("feedbackPublished", T, false, "Date feedback on the outcome was published."),
      ],
    },
  ];
}

/**
 * The CSV column reference as Markdown (the section of docs/cli.md between the
 * `csv-columns` markers is exactly this text).
 *
 * @returns Markdown, one sub-section per file
 * @example
 * ```ts
 * csvReferenceMarkdown().startsWith("### dataset.csv"); // true
 * ```
 * @category IO
 */
export function csvReferenceMarkdown(): string {
  const parts: string[] = [];
  for (const t of csvTables()) {
    const lines = [`### ${t.file}`, "", t.description];
    if (t.parent) {
      lines.push(
        "",
        `Each row belongs to a row of \`${t.parent.file}\`, found by ${t.parent.link.map((l) => `\`${l}\``).join(" and ")}.`,
      );
    }
    lines.push("", "| Column | Required | Type | What goes in it |", "| --- | --- | --- | --- |");
    for (const c of t.columns) {
      lines.push(
        `| \`${c.name}\` | ${c.required ? "yes" : ""} | ${c.type} | ${c.description.replaceAll("|", "\\|")} |`,
      );
    }
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
