import { INVOLVE_RESEARCH_CYCLE_IDS } from "../frameworks/involve-research-cycle.js";
import { formatDecimal } from "../format.js";
import { IMPACT_DIRECTIONS, IMPACT_STATUSES, IMPACT_TYPES } from "../model/vocabulary.js";
import type { Dataset } from "../model/dataset.js";
import type { ImpactRecord } from "../model/impact.js";
import type { Period } from "../model/period.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { dayNumber } from "../derive/days.js";
import { firstFedBack, outcomeRecorded } from "../derive/loop.js";
import {
  activityInPeriod,
  impactInPeriod,
  invalidPeriodCode,
  resolvePeriod,
} from "../derive/period.js";
import { medianAndMax } from "./stats.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import { PIRIT_2023, UK_STANDARDS_2019 } from "../frameworks/publications.js";
import { CHOICE_ACTIVITY_MODES, CHOICE_IMPACT } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const IMPACT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "impact/feedback-before-activity",
    severity: "warning",
    title: "Feedback to contributors dated before the activity started",
    example: {
      path: ["activities", 12, "outcomes"],
      message:
        "1 activity was fed back to contributors before the activity started; it was left out of the days to close the loop.",
      hint: "Check the activity start date and the feedback date.",
    },
  },
  {
    code: "impact/no-involvement-activities",
    severity: "warning",
    title: "No involvement activity in the period",
    example: {
      path: ["activities"],
      message:
        "No involvement activity started between 2020-04-01 and 2021-03-31, so the share with an outcome cannot be given.",
      hint: "Check the period, or record the period's involvement activities.",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("impact"),
]);

/**
 * Counts of impact records by one field's values.
 *
 * @typeParam K - the field's values
 * @category Scores
 */
export type ImpactCounts<K extends string> = Record<K, number>;

/**
 * The figures an {@link impact} score was built from.
 *
 * @category Scores
 */
export interface ImpactComponents {
  /** The period measured (`null` when the period could not be read). */
  period: Period | null;
  /** Impact ("you said, we did") records dated in the period. */
  records: number;
  /** Records by type of change. */
  byType: ImpactCounts<ImpactRecord["type"]>;
  /** Records by research stage; `unspecified` when the record names none. */
  byStage: ImpactCounts<NonNullable<ImpactRecord["stage"]> | "unspecified">;
  /** Records by direction: positive, negative or mixed. */
  byDirection: ImpactCounts<ImpactRecord["direction"]>;
  /** Records by status: intended, observed or confirmed. */
  byStatus: ImpactCounts<ImpactRecord["status"]>;
  /**
   * Records by what they came from: `activities`, `events` (engagement events) and `feedback`
   * (feedback records: a PALS contact, a story, FFT returns, a questionnaire response) count the
   * records that name at least one of that kind, so a record that came from two kinds counts
   * under each; `none` counts the records that name no source at all.
   */
  bySource: ImpactSourceCounts;
  /** Records with a date on which contributors were told about the change. */
  recordsFedBack: number;
  /** Involvement activities that started in the period (engagement and participation excluded). */
  involvementActivities: number;
  /** Of those, activities with at least one recorded outcome. */
  withOutcome: number;
  /** Share with an outcome, percent (the score's value). */
  outcomeShare: number | null;
  /** Activities with an outcome whose contributors were told (an outcome has `feedbackToContributorsDate`). */
  loopClosed: number;
  /** Share of involvement activities with the loop closed, percent. */
  loopClosedShare: number | null;
  /** Median days from activity start to the first feedback to contributors. */
  medianDaysToCloseLoop: number | null;
  /** Slowest days from activity start to the first feedback to contributors. */
  slowestDaysToCloseLoop: number | null;
}

/**
 * Impact records by the kind of record they came from (see {@link ImpactComponents.bySource}).
 *
 * @category Scores
 */
export interface ImpactSourceCounts {
  /** Records that name at least one activity. */
  activities: number;
  /** Records that name at least one engagement event. */
  events: number;
  /** Records that name at least one feedback record. */
  feedback: number;
  /** Records that name no activity, event or feedback record. */
  none: number;
}

const TYPES: readonly ImpactRecord["type"][] = IMPACT_TYPES;
const STAGES: readonly (NonNullable<ImpactRecord["stage"]> | "unspecified")[] = [
  ...INVOLVE_RESEARCH_CYCLE_IDS,
  "unspecified",
];
const DIRECTIONS: readonly ImpactRecord["direction"][] = IMPACT_DIRECTIONS;
const STATUSES: readonly ImpactRecord["status"][] = IMPACT_STATUSES;

function zeros<K extends string>(keys: readonly K[]): ImpactCounts<K> {
  const out = {} as ImpactCounts<K>;
  for (const k of keys) out[k] = 0;
  return out;
}

function bump<K extends string>(counts: ImpactCounts<K>, key: K | undefined): void {
  if (key !== undefined && Object.hasOwn(counts, key)) counts[key] += 1;
}

/** Count one record under each kind of source it names, or under `none`. */
function countSource(counts: ImpactSourceCounts, r: ImpactRecord): void {
  const fromActivities = r.activityIds.length > 0;
  const fromEvents = (r.eventIds?.length ?? 0) > 0;
  const fromFeedback = (r.feedbackIds?.length ?? 0) > 0;
  if (fromActivities) counts.activities += 1;
  if (fromEvents) counts.events += 1;
  if (fromFeedback) counts.feedback += 1;
  if (!fromActivities && !fromEvents && !fromFeedback) counts.none += 1;
}

/**
 * PIRIT's tracking of what changed; the measures (outcomes recorded, loops closed, days to
 * close them) are ppie's; the UK Standards' Impact standard is what they serve.
 */
export const IMPACT_SOURCES: Sources = [
  /* @__PURE__ */ cite(PIRIT_2023, "the Tracking Tool"),
  CHOICE_IMPACT,
  /* @__PURE__ */ cite(UK_STANDARDS_2019, "the Impact standard"),
  CHOICE_ACTIVITY_MODES,
];

function pct(x: number, n: number): number | null {
  return n === 0 ? null : (100 * x) / n;
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : formatDecimal(x, 1);
}

/**
 * Options for {@link impact}.
 *
 * @category Scores
 */
export interface ImpactOptions {
  /** The period: a label such as `"2025-26"` or `{ start, end }`; default the dataset's default period. */
  period?: Period | string;
  /** The as-of date (ISO) that decides the default period; default the latest recorded date. */
  asOf?: string;
}

/**
 * "You said, we did": what involvement changed in a period, and whether people were told.
 *
 * - Impact records dated in the period, counted by type, research stage, direction (positive,
 *   negative, mixed), status (intended, observed, confirmed) and what they came from
 *   (activities, engagement events, feedback records; a record from two kinds counts under
 *   each).
 * - Of the **involvement** activities that started in the period (engagement and participation
 *   are different kinds of activity and are left out: a ppie design choice, see
 *   docs/design-choices.md#three-kinds-of-activity), the share with a
 *   recorded outcome (an outcome of its own, or an impact record that names it):
 *   **value = 100 × withOutcome / involvementActivities** (percent).
 * - Closing the loop: the share whose contributors were told what happened (the earliest
 *   `feedbackToContributorsDate` of its outcomes and of the impact records that name it), and
 *   the days from the activity's start to that date (median, slowest). The rule
 *   `activity/no-feedback-to-contributors` uses the same definition (`docs/definitions.md`).
 *
 * Linear in the dataset: one pass over activities and one over impact records.
 *
 * Source: the Tracking Tool of Cardiff University's Public Involvement in Research Impact
 * Toolkit (PIRIT, 2023) and the Impact standard of the UK Standards for Public Involvement
 * (2019); the measures themselves, like the strategy metrics `impact-log-entries` and
 * `feedback-loop-closed-share`, are a ppie design choice (see
 * docs/design-choices.md#impact-and-closing-the-loop).
 *
 * Worked example (a unit test): four involvement activities in 2025-26, three with an outcome,
 * two of which were fed back after 10 and 30 days → value 75 (%), loop closed 50%, median 20
 * days, slowest 30.
 *
 * @param dataset - the dataset
 * @param opts - the period, as a label (`"2025-26"`) or `{ start, end }` (default the dataset's default period), and the as-of date
 * @returns a {@link Score} in percent; `null` when the period cannot be read or no
 *   involvement activity started in it
 * @example
 * ```ts
 * // The share of 2025-26's involvement activities with a recorded outcome, in percent.
 * impact(demoDataset, { period: "2025-26" }).value; // 100
 * ```
 * @category Scores
 */
export function impact(dataset: Dataset, opts: ImpactOptions = {}): Score<ImpactComponents> {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  const components: ImpactComponents = {
    period: null,
    records: 0,
    byType: zeros(TYPES),
    byStage: zeros(STAGES),
    byDirection: zeros(DIRECTIONS),
    byStatus: zeros(STATUSES),
    bySource: { activities: 0, events: 0, feedback: 0, none: 0 },
    recordsFedBack: 0,
    involvementActivities: 0,
    withOutcome: 0,
    outcomeShare: null,
    loopClosed: 0,
    loopClosedShare: null,
    medianDaysToCloseLoop: null,
    slowestDaysToCloseLoop: null,
  };
  const base = {
    id: "impact",
    unit: "percent" as const,
    range: [0, 100] as const,
    source: IMPACT_SOURCES,
  };
  const resolved = resolvePeriod(opts.period, dataset, "impact/invalid-period", opts.asOf);
  if (!resolved.ok) {
    return {
      ...base,
      value: null,
      components,
      explanation: "No impact summary: the period could not be read.",
      diagnostics: resolved.diagnostics,
    };
  }
  const p = resolved.value;
  components.period = { start: p.start, end: p.end };

  for (const r of dataset.impacts) {
    if (!impactInPeriod(r, p)) continue;
    components.records += 1;
    bump(components.byType, r.type);
    bump(components.byStage, r.stage ?? "unspecified");
    bump(components.byDirection, r.direction);
    bump(components.byStatus, r.status);
    countSource(components.bySource, r);
    if (r.feedbackToContributorsDate !== undefined) components.recordsFedBack += 1;
  }

  const loopDays: number[] = [];
  let negative = 0;
  let firstNegative = -1;
  const activities = dataset.activities;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i]!;
    if (a.mode !== "involvement" || !activityInPeriod(a, p)) continue;
    components.involvementActivities += 1;
    if (!outcomeRecorded(dataset, a)) continue;
    components.withOutcome += 1;
    const first = firstFedBack(dataset, a);
    if (first === undefined) continue;
    components.loopClosed += 1;
    const days = dayNumber(first) - dayNumber(a.startDate);
    if (days < 0) {
      negative += 1;
      if (firstNegative < 0) firstNegative = i;
    } else loopDays.push(days);
  }
  if (negative > 0) {
    diagnostics.push(
      diagnostic(
        "impact/feedback-before-activity",
        "warning",
        ["activities", firstNegative, "outcomes"],
        `${negative} activit${negative === 1 ? "y was" : "ies were"} fed back to contributors before the activity started; ${negative === 1 ? "it was" : "they were"} left out of the days to close the loop.`,
        "Check the activity start date and the feedback date.",
      ),
    );
  }
  const { median, max } = medianAndMax(loopDays);
  components.medianDaysToCloseLoop = median;
  components.slowestDaysToCloseLoop = max;
  components.outcomeShare = pct(components.withOutcome, components.involvementActivities);
  components.loopClosedShare = pct(components.loopClosed, components.involvementActivities);

  if (components.involvementActivities === 0) {
    diagnostics.push(
      diagnostic(
        "impact/no-involvement-activities",
        "warning",
        ["activities"],
        `No involvement activity started between ${p.start} and ${p.end}, so the share with an outcome cannot be given.`,
        "Check the period, or record the period's involvement activities.",
      ),
    );
  }
  const c = components;
  const explanation =
    c.outcomeShare === null
      ? `${c.records} impact record${c.records === 1 ? "" : "s"} dated ${p.start} to ${p.end}; no involvement activities started in the period.`
      : `${c.withOutcome} of ${c.involvementActivities} involvement activities starting ${p.start} to ${p.end} have a recorded outcome (${fmt(c.outcomeShare)}%); contributors were told what happened for ${c.loopClosed} (${fmt(c.loopClosedShare)}%), a median of ${fmt(c.medianDaysToCloseLoop)} days after the activity (slowest ${fmt(c.slowestDaysToCloseLoop)}). ${c.records} impact record${c.records === 1 ? "" : "s"} dated in the period (${c.byStatus.confirmed} confirmed, ${c.byStatus.observed} observed, ${c.byStatus.intended} intended). Engagement and participation activities are not counted.`;
  return { ...base, value: c.outcomeShare, components, explanation, diagnostics };
}
