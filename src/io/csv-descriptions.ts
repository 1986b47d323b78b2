/**
 * What goes in each column of the CSV folder format, in one line, keyed by file and column
 * name (the dotted field path). This is documentation, kept here rather than in the zod
 * schemas so that the schemas (and `parseDataset`'s bundle) stay small.
 *
 * The allowed values of a closed vocabulary are not written here: `csvTables()` appends them
 * from the schema ("Kind of organisation: nhs-trust, ... or other."), marking the default, so
 * that the list cannot go stale; a gloss may add a word to a value. A column of a fixed-length
 * list (`answers.1` ... `answers.22`) is described once, with `#` for the item number. A test
 * checks that every derived column has a description and every description names a column.
 *
 * @module
 */

/** A description: text, and for a closed vocabulary a few words after some of its values. */
export interface ColumnText {
  /** The text; the allowed values, if any, follow it after a colon. */
  text: string;
  /** A few words shown in brackets after a value, e.g. `assembly (of equal partners)`. */
  glosses: Readonly<Record<string, string>>;
}

/** The descriptions of one file's columns, by column name. */
export type FileTexts = Readonly<Record<string, string | ColumnText>>;

const ORGANISATION = "Organisation (an id in organisations.csv).";
const PROJECT = "Project (an id in projects.csv).";
const DATE = "Date, YYYY-MM-DD.";
const TITLE = "Title.";
const MINUTES = "Time given, in whole minutes.";
const CURRENCY = "Currency code, e.g. GBP.";
const RESPONDENT = "Who answered";
const DIRECTION = "Which side of the target is good";

/** The fields every feedback record has. */
const FEEDBACK: FileTexts = {
  id: "Feedback record id.",
  date: "Date received, YYYY-MM-DD.",
  projectId: "Project it is about (an id in projects.csv).",
  activityId: "Activity it is about (an id in activities.csv).",
};

/** A contributor's consent to one use of their data. */
function consent(which: string): FileTexts {
  return {
    [`consent.${which}.given`]: `Whether consent (${which}) was given.`,
    [`consent.${which}.date`]: `Date the ${which} consent was recorded.`,
    [`consent.${which}.withdrawn`]: `Date the ${which} consent was withdrawn, if it was.`,
  };
}

/** Member counts of an organisation or a group. */
function memberCounts(link: string, word: string, parentFile: string): FileTexts {
  return {
    [link]: `The ${word} (an id in ${parentFile}).`,
    date: "Date counted, YYYY-MM-DD.",
    count: "Number of members on that date.",
    note: "A note, e.g. who is counted.",
  };
}

const STRATEGY = "The strategy (an id in strategies.csv).";
const OBJECTIVE = "The objective (an id in strategy-objectives.csv).";

/** The link columns of a metric's rows. */
const METRIC: FileTexts = {
  strategyId: STRATEGY,
  objectiveId: OBJECTIVE,
  metricId: "The metric (an id in strategy-metrics.csv).",
};

/**
 * Every column's description, by file and column name.
 *
 * @returns the descriptions
 */
export function csvDescriptions(): Readonly<Record<string, FileTexts>> {
  return {
    ...organisationTexts(),
    ...strategyTexts(),
    ...peopleTexts(),
    ...activityTexts(),
    ...resourceTexts(),
    ...feedbackTexts(),
    ...impactTexts(),
  };
}

function organisationTexts(): Record<string, FileTexts> {
  return {
    "dataset.csv": {
      schemaVersion: "Format version",
      title: "A title for the dataset.",
      fictional: "true when the data is made up (demo or test data).",
      scales: "Involvement scales the activity levels use (framework ids).",
    },
    "organisations.csv": {
      id: "Organisation id.",
      name: "Name.",
      kind: "Kind of organisation",
      seldomHeardGroups: "Groups this organisation names as seldom heard.",
    },
    "organisation-member-counts.csv": memberCounts(
      "organisationId",
      "organisation",
      "organisations.csv",
    ),
    "projects.csv": {
      id: "Project id.",
      organisationId: ORGANISATION,
      title: TITLE,
      kind: "Kind of project",
      startDate: "Start date, YYYY-MM-DD.",
      endDate: "End date, YYYY-MM-DD.",
      plannedStages: "Research cycle stages involvement is planned at",
      coProduced: "true if the project calls itself co-produced.",
      reporting: "Reporting checklist for its involvement",
      "involvement.aim": "Aim of involvement (GRIPP2).",
      "involvement.definition": "Definition of involvement used.",
      "involvement.rationale": "Why involvement was chosen.",
      "involvement.methods": "Methods of involvement.",
      "involvement.impactCapture": "How impact was captured.",
      "involvement.economicAssessment": "Any economic assessment.",
      "involvement.reflections": "Reflections and critical perspective.",
      plainEnglishSummary: "Plain English summary.",
    },
  };
}

function strategyTexts(): Record<string, FileTexts> {
  return {
    "strategies.csv": {
      id: "Strategy id.",
      organisationId: ORGANISATION,
      title: TITLE,
      "period.start": "First day covered, YYYY-MM-DD.",
      "period.end": "Last day covered, YYYY-MM-DD.",
    },
    "strategy-objectives.csv": {
      strategyId: STRATEGY,
      id: "Objective id, unique within its strategy.",
      pillar: "Pillar of the strategy",
      title: TITLE,
    },
    "strategy-metrics.csv": {
      strategyId: STRATEGY,
      objectiveId: OBJECTIVE,
      id: "Metric id, unique within its objective.",
      kind: "What it counts: a metric kind ppie computes, or your own.",
      title: TITLE,
      unit: "Unit of its values",
      "target.value": "Target value.",
      "target.direction": DIRECTION,
      "target.period.start": "First day of the target period.",
      "target.period.end": "Last day of the target period.",
    },
    "strategy-observations.csv": {
      ...METRIC,
      "period.start": "First day of the period.",
      "period.end": "Last day of the period.",
      value: "The value.",
      note: "A note on where it came from.",
      evidence: "Where it can be checked: a web address or a reference.",
    },
    "strategy-targets.csv": {
      ...METRIC,
      value: "Target value.",
      direction: DIRECTION,
      "period.start": "First day of the target period.",
      "period.end": "Last day of the target period.",
    },
  };
}

function peopleTexts(): Record<string, FileTexts> {
  return {
    "groups.csv": {
      id: "Group id.",
      organisationId: ORGANISATION,
      projectId: "Project, for a project's own group.",
      name: "Name.",
      kind: { text: "Kind of group", glosses: { assembly: "of equal partners" } },
    },
    "group-member-counts.csv": memberCounts("groupId", "group", "groups.csv"),
    "group-memberships.csv": {
      groupId: "The group (an id in groups.csv).",
      contributorId: "The member (an id in contributors.csv).",
      role: "Role in the group",
      from: "Date joined, YYYY-MM-DD.",
      to: "Date left, YYYY-MM-DD.",
    },
    "contributors.csv": {
      id: "Pseudonymous contributor id (never a name or email).",
      roles: "Roles the person takes",
      joinedDate: "Date joined, YYYY-MM-DD.",
      seldomHeard: "Seldom-heard groups the person identifies with.",
      accessNeeds: "What they need to take part, e.g. step-free-access.",
      ...consent("demographics"),
      ...consent("contact"),
      "demographics.ageBand": "Age band",
      "demographics.sex": "Sex",
      "demographics.ethnicGroup": "Ethnic group",
      "demographics.disability": "Disability",
      "demographics.imdDecile": "1 to 10, or prefer-not-to-say.",
      "identifiers.name": "Name (a direct identifier: kept out of reports).",
      "identifiers.email": "Email (a direct identifier).",
      "identifiers.phone": "Phone (a direct identifier).",
      "identifiers.address": "Address (a direct identifier).",
    },
    "contributor-positions.csv": {
      contributorId: "The contributor (an id in contributors.csv).",
      role: "Position held",
      organisationId: ORGANISATION,
      from: "Date the position began, YYYY-MM-DD.",
      to: "Date it ended, YYYY-MM-DD.",
      constituency: 'For a governor, the constituency, e.g. "Public: North".',
    },
  };
}

function activityTexts(): Record<string, FileTexts> {
  return {
    "activities.csv": {
      id: "Activity id.",
      projectId: PROJECT,
      groupId: "Group (an id in groups.csv).",
      title: TITLE,
      mode: "Mode",
      method: "e.g. workshop, document-review, focus-group, interview.",
      startDate: "Start date, YYYY-MM-DD.",
      endDate: "End date, YYYY-MM-DD.",
      stages: "Research cycle stages it took part in",
      "level.scale": "Scale of the involvement level, e.g. ppie-influence-level.",
      "level.item": "Level on that scale, e.g. pil-3-involved.",
      scope: "Whether people took part one by one or as a group",
      "headcount.people": "People who took part without a record each (e.g. citizen scientists).",
      "headcount.who": "Who the headcount counts, in words.",
      adjustments: "Adjustments made, e.g. step-free-access.",
      notes: "Notes.",
    },
    "activity-contributors.csv": {
      activityId: "The activity (an id in activities.csv).",
      contributorId: "The contributor (an id in contributors.csv).",
      minutes: MINUTES,
      role: "Their role, e.g. adviser.",
      "payment.status": {
        text: "Whether payment was offered",
        glosses: { "not-offered": "give a reason" },
      },
      "payment.reason": "Why payment was not offered or not applicable.",
      "payment.rateCode": "Rate used, e.g. HOURLY.",
    },
    "activity-outcomes.csv": {
      activityId: "The activity (an id in activities.csv).",
      summary: "What happened because of it.",
      date: "When, YYYY-MM-DD.",
      feedbackToContributorsDate: "When contributors were told, YYYY-MM-DD.",
      feedbackFormats: "Formats they were told in, e.g. standard-print; easy-read.",
    },
    "events.csv": {
      id: "Event id.",
      organisationId: ORGANISATION,
      projectId: PROJECT,
      title: TITLE,
      kind: "Kind of event",
      date: "Date it happened or began, YYYY-MM-DD.",
      endDate: "Last day, for a campaign or festival over several days.",
      "reach.attendance": "People who attended in person.",
      "reach.online": "People reached online (viewers, listeners, readers).",
      "reach.firstTime": "Of those in the room, people at their first event.",
      "reach.returning": "Of those in the room, people who had come to an event before.",
      "reach.audience": "Who the audience was.",
      bursaryPlaces: "Bursary places given, when more than the bursary holders listed.",
    },
    "event-seldom-heard-reach.csv": {
      eventId: "The event (an id in events.csv).",
      groupId: "The seldom-heard group (one the event's organisation names in seldomHeardGroups).",
      people: "People from that group.",
    },
    "event-contributors.csv": {
      eventId: "The event (an id in events.csv).",
      contributorId: "The contributor (an id in contributors.csv).",
      role: "Their role",
      minutes: MINUTES,
    },
  };
}

function resourceTexts(): Record<string, FileTexts> {
  return {
    "payments.csv": {
      id: "Payment id.",
      contributorId: "Paid to (an id in contributors.csv).",
      activityId: "For an activity (an id in activities.csv).",
      eventId: "For an event (an id in events.csv).",
      kind: "Kind of payment",
      "amount.pence": "Amount in whole pence (£12.50 is 1250).",
      "amount.currency": CURRENCY,
      "rate.scheme": "Rate table used, e.g. nihr.",
      "rate.activityCode": "Rate table entry used.",
      status: "Where the payment is",
      claimedDate: "Date claimed, YYYY-MM-DD.",
      paidDate: "Date paid, YYYY-MM-DD.",
      declinedDate: "Date declined, YYYY-MM-DD.",
    },
    "payment-rates.csv": {
      scheme: "Rate scheme id.",
      activityCode: "Activity code.",
      unit: "What the rate is paid per",
      pence: "Rate in whole pence per unit.",
      effectiveFrom: "In force from, YYYY-MM-DD.",
      effectiveTo: "In force until, YYYY-MM-DD.",
      sourceVersion: "Which version of the guidance it comes from.",
      verified: "true when checked against the source.",
    },
    "budgets.csv": {
      id: "Budget line id.",
      organisationId: ORGANISATION,
      projectId: PROJECT,
      category: "What it pays for",
      "period.start": "First day, YYYY-MM-DD.",
      "period.end": "Last day, YYYY-MM-DD.",
      "amount.pence": "Amount in whole pence.",
      "amount.currency": CURRENCY,
      note: "Note.",
    },
    "training.csv": {
      id: "Training record id.",
      organisationId: ORGANISATION,
      staffRef: "Pseudonymous staff reference (not a name).",
      course: "Course.",
      date: DATE,
      minutes: "Length in minutes.",
    },
  };
}

function feedbackTexts(): Record<string, FileTexts> {
  return {
    "feedback-fft.csv": {
      ...FEEDBACK,
      unitId: "Unit (ward, service, site).",
      unitName: 'The unit\'s name as reports show it, e.g. "Ward 7, stroke unit".',
      parentUnitId: "Parent unit, for disclosure control.",
      "period.start": "First day counted.",
      "period.end": "Last day counted.",
      "counts.veryGood": "Very good.",
      "counts.good": "Good.",
      "counts.neither": "Neither good nor poor.",
      "counts.poor": "Poor.",
      "counts.veryPoor": "Very poor.",
      "counts.dontKnow": "Don't know.",
    },
    "feedback-stories.csv": {
      ...FEEDBACK,
      summary: "The story, summarised.",
      themes: "Themes.",
    },
    "feedback-story-forums.csv": {
      feedbackId: "The story (an id in feedback-stories.csv).",
      forum: "Where it was shared, e.g. Trust Board.",
      date: "When, YYYY-MM-DD.",
    },
    "feedback-pals.csv": {
      ...FEEDBACK,
      category: "Kind of contact",
      themes: "Themes.",
      outcome: "Outcome",
    },
    "feedback-peirs22.csv": {
      ...FEEDBACK,
      contributorId: "Respondent (an id in contributors.csv).",
      "answers.#": "Answer to item #, 0 to 4; empty for no answer.",
    },
    "feedback-ppeet.csv": { ...FEEDBACK, questionnaire: "Which questionnaire" },
    "feedback-ppeet-responses.csv": {
      feedbackId: "The questionnaire (an id in feedback-ppeet.csv).",
      itemId: "The item (an id in ppeet-items.csv).",
      response: "The answer",
    },
    "feedback-coproduction.csv": { ...FEEDBACK, respondent: RESPONDENT },
    "feedback-coproduction-ratings.csv": {
      feedbackId: "The assessment (an id in feedback-coproduction.csv).",
      principleId: "The co-production principle id.",
      rating: "1 (not at all) to 5 (fully).",
    },
    "feedback-standards.csv": {
      ...FEEDBACK,
      respondent: RESPONDENT,
      version: "Version of the standards",
      organisationId: ORGANISATION,
    },
    "feedback-standards-entries.csv": {
      feedbackId: "The assessment (an id in feedback-standards.csv).",
      standardId: "The standard id.",
      questionId: "The reflective question id.",
      rating: "1 to 5.",
      reflection: "The reflection.",
      evidence: "Evidence.",
    },
    "ppeet-items.csv": { id: "Item id.", text: "Item wording." },
  };
}

function impactTexts(): Record<string, FileTexts> {
  return {
    "impacts.csv": {
      id: "Impact record id.",
      projectId: PROJECT,
      activityIds: "Activities it came from.",
      eventIds: "Engagement events it came from (ids in events.csv).",
      feedbackIds:
        "Feedback records it came from: a PALS contact, a story, an FFT return, a PPEET response.",
      contributorIds: "Contributors it came from.",
      date: DATE,
      stage: "Research cycle stage",
      type: "Kind of impact",
      youSaid: "What contributors said.",
      weDid: "What changed.",
      direction: "Whether the change was for the better",
      status: "How far it is borne out",
      evidence: "Evidence.",
      feedbackToContributorsDate: "When contributors were told, YYYY-MM-DD.",
    },
    "service-changes.csv": {
      id: "Service change id.",
      organisationId: "Organisation making it (an id in organisations.csv).",
      title: "Title of the proposal.",
      proposal: "What is proposed, and why.",
      duty: {
        text: "The NHS Act 2006 duty to involve",
        glosses: {
          "nhs-act-2006-s242": "NHS trusts and foundation trusts",
          "nhs-act-2006-s14z45": "integrated care boards",
          "nhs-act-2006-s13q": "NHS England",
        },
      },
      "assessment.date": "Date the duty was assessed, YYYY-MM-DD.",
      "assessment.decidedBy": "Who assessed it: a role or body, not a name.",
      "assessment.dutyApplies": "true if the duty applies.",
      "assessment.reason": "Why it does or does not apply.",
      substantial:
        "true for a substantial development or variation (the scrutiny committee must be consulted); empty when not yet decided.",
      "affected.description": "The people and communities affected.",
      "affected.seldomHeardGroups": "Seldom-heard groups affected.",
      "affected.equalityConsideration": "The equality and health inequalities consideration.",
      activityIds: "Involvement and consultation activities.",
      "consultation.start": "First day of the consultation, YYYY-MM-DD.",
      "consultation.end": "Last day of the consultation, YYYY-MM-DD.",
      "consultation.information": "What people were given to consider.",
      "consultation.responses": "Number of responses received.",
      "scrutiny.committee": "The scrutiny committee consulted.",
      "scrutiny.date": "Date it was consulted, YYYY-MM-DD.",
      "scrutiny.response": "What the committee said.",
      "decision.date": "Date of the decision, YYYY-MM-DD.",
      "decision.maker": "Who decided: a board or committee, not a name.",
      "decision.summary": "What was decided.",
      "decision.responsesConsidered":
        "How the responses were considered: what changed because of them, or why not.",
      impactIds: '"You said, we did" records (ids in impacts.csv).',
      feedbackPublished: "Date feedback on the outcome was published.",
    },
  };
}
