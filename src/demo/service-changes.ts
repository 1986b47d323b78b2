/**
 * The demo's two proposals to change a service at the fictional NHS trust, with the record of
 * how the public were involved: one substantial (its scrutiny committee must be consulted) and
 * one not. With the `gaps` option each record has deliberate gaps that the `service-change/`
 * rules find. Built from the records already generated, with no draw from the seeded stream, so
 * every other record of a dataset is the same with or without them.
 */
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { ImpactRecord } from "../model/impact.js";
import type { Project } from "../model/project.js";
import type { ServiceChange } from "../model/service-change.js";
import { addDays } from "../model/period.js";
import type { Calendar } from "./common.js";
import { ORG_TRUST } from "./common.js";
import { SELDOM_HEARD } from "./templates.js";

/** What the service changes are built from. */
export interface ServiceChangeInputs {
  readonly cal: Calendar;
  readonly projects: readonly Project[];
  readonly contributors: readonly Contributor[];
  readonly activities: readonly Activity[];
  readonly impacts: readonly ImpactRecord[];
  readonly gaps: boolean;
}

/** Fewer activities than this and the demo has no service changes. */
const MIN_ACTIVITIES = 10;

/**
 * The trust's involvement activities with contributors that started on or after `from` and on
 * or before `to`, at most `max`, in dataset order; `withImpact` says whether to take only those
 * an impact record names, or only those none does.
 */
function trustActivities(
  inputs: ServiceChangeInputs,
  from: string,
  to: string,
  max: number,
  withImpact: boolean,
): Activity[] {
  const trustProjects = new Set(
    inputs.projects.filter((p) => p.organisationId === ORG_TRUST).map((p) => p.id),
  );
  const named = new Set(inputs.impacts.flatMap((m) => m.activityIds));
  return inputs.activities
    .filter(
      (a) =>
        a.mode === "involvement" &&
        a.contributors.length > 0 &&
        a.projectId !== undefined &&
        trustProjects.has(a.projectId) &&
        a.startDate >= from &&
        a.startDate <= to &&
        named.has(a.id) === withImpact,
    )
    .slice(0, max);
}

/** The trust's seldom-heard groups that a contributor at one of the activities belongs to. */
function reachedGroups(inputs: ServiceChangeInputs, activities: readonly Activity[]): string[] {
  const people = new Map(inputs.contributors.map((c) => [c.id, c]));
  const reached = new Set<string>();
  for (const a of activities) {
    for (const x of a.contributors) {
      for (const g of people.get(x.contributorId)?.seldomHeard ?? []) reached.add(g);
    }
  }
  return SELDOM_HEARD.filter((g) => reached.has(g));
}

/**
 * The substantial change: bringing two rehabilitation units onto one site. With gaps, no
 * scrutiny committee is recorded, the decision is dated before the consultation closed, and a
 * seldom-heard group it affects was reached by none of its activities.
 */
function substantialChange(inputs: ServiceChangeInputs): ServiceChange {
  const { cal, gaps } = inputs;
  const assessed = cal.day(365 + 14);
  const start = cal.day(365 + 62);
  const end = addDays(start, 83);
  const activities = trustActivities(inputs, assessed, end, 4, true);
  const reached = reachedGroups(inputs, activities);
  const missed = SELDOM_HEARD.find((g) => !reached.includes(g));
  const decided = gaps ? addDays(end, -13) : addDays(end, 38);
  return {
    id: "sc-001",
    organisationId: ORG_TRUST,
    title: "Bringing two outpatient rehabilitation units onto one site (fictional)",
    proposal:
      "Move outpatient stroke and falls rehabilitation from the Riverside Road and Hilltop clinics to one unit at Northgate Valley General Hospital, open for longer hours.",
    duty: "nhs-act-2006-s242",
    assessment: {
      date: assessed,
      decidedBy: "Executive committee",
      dutyApplies: true,
      reason:
        "The proposal changes where patients are seen and how far some must travel, so it would have an impact on how services are delivered to them.",
    },
    substantial: true,
    affected: {
      description:
        "People who use outpatient rehabilitation at the two clinics, their carers, and people who live near the clinics.",
      seldomHeardGroups: gaps && missed !== undefined ? [...reached, missed] : reached,
      equalityConsideration:
        "Longer journeys for people without a car and for people on low incomes; the equality and health inequalities assessment proposes a free shuttle bus and help with travel costs.",
    },
    activityIds: activities.map((a) => a.id),
    consultation: {
      start,
      end,
      information:
        "A consultation document, an easy read version, a British Sign Language video and translations into the three most spoken community languages, setting out two options and the reasons for the preferred one.",
      responses: 412,
    },
    ...(gaps
      ? {}
      : {
          scrutiny: {
            committee: "Northgate Valley Health Overview and Scrutiny Committee (fictional)",
            date: addDays(start, 20),
            response: "The committee asked for transport to be in place before the move.",
          },
        }),
    decision: {
      date: decided,
      maker: "Trust board",
      summary:
        "Bring the two units onto one site, with a free shuttle bus from both old sites and help with travel costs.",
      responsesConsidered:
        "Travel was the main concern in the responses, so a free shuttle bus from both old sites was added and the move waits until it runs.",
    },
    impactIds: [],
    feedbackPublished: addDays(decided, 21),
  };
}

/**
 * The change that is not substantial: online-first booking for physiotherapy. With gaps, no
 * assessment of the duty is recorded, the decision records nothing of how the responses were
 * considered (and no "you said, we did" record names its activities), and no feedback was
 * published. Its consultation lasts 28 days.
 */
function minorChange(inputs: ServiceChangeInputs): ServiceChange {
  const { cal, gaps } = inputs;
  const start = cal.day(365 + 126);
  const end = addDays(start, 27);
  const activities = trustActivities(inputs, addDays(start, -45), end, 3, false);
  const decided = addDays(end, 21);
  return {
    id: "sc-002",
    organisationId: ORG_TRUST,
    title: "Online-first booking for outpatient physiotherapy (fictional)",
    proposal:
      "Offer physiotherapy appointments through the online booking system first, keeping telephone booking for people who need it.",
    duty: "nhs-act-2006-s242",
    ...(gaps
      ? {}
      : {
          assessment: {
            date: addDays(start, -30),
            decidedBy: "Director of operations",
            dutyApplies: true,
            reason:
              "The change alters how patients book appointments, though not where or what care is given, so patients are involved in developing it.",
          },
        }),
    substantial: false,
    affected: {
      description: "People referred to outpatient physiotherapy, and their carers.",
      seldomHeardGroups: reachedGroups(inputs, activities),
      equalityConsideration:
        "People without internet access, or who need help to use it, must still be able to book by telephone.",
    },
    activityIds: activities.map((a) => a.id),
    consultation: {
      start,
      end,
      information: "A short survey online and in clinics, with a paper version.",
      responses: 96,
    },
    decision: {
      date: decided,
      maker: "Outpatients committee",
      summary: "Move to online-first booking, keeping a telephone line every weekday.",
      ...(gaps
        ? {}
        : {
            responsesConsidered:
              "People without internet access asked to keep the telephone line, so it stays open every weekday.",
          }),
    },
    impactIds: [],
    ...(gaps ? {} : { feedbackPublished: addDays(decided, 14) }),
  };
}

/**
 * The demo's service changes: none for a dataset of fewer than 10 activities, else one
 * substantial proposal and one that is not, both at the fictional trust in the second financial
 * year, each linked to the trust's involvement activities of the time.
 *
 * @param inputs - the records generated so far and the options
 * @returns the service changes
 */
export function generateServiceChanges(inputs: ServiceChangeInputs): ServiceChange[] {
  if (inputs.activities.length < MIN_ACTIVITIES) return [];
  return [substantialChange(inputs), minorChange(inputs)];
}
