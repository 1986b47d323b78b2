import type { Peirs22Feedback } from "../model/feedback.js";
import { formatDecimal } from "../format.js";
import { finalTarget, targetFor, targetsOf } from "../derive/strategy-targets.js";
import { meetsTarget, strategyFigures } from "./strategy-figures.js";
import { toInfluenceLevel } from "../frameworks/crosswalk.js";
import type { Pillar } from "../model/common.js";
import type { Dataset } from "../model/dataset.js";
import type { BudgetLine } from "../model/payment.js";
import { budgetInPeriod } from "../derive/budget.js";
import type { Period } from "../model/period.js";
import { previousPeriod } from "../model/period.js";
import type { Observation, Strategy, StrategyMetric, Target } from "../model/strategy.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { dayNumber } from "../derive/days.js";
import { involvedIn } from "../derive/people.js";
import { projectActiveIn } from "../derive/scope.js";
import {
  activityInPeriod,
  eventInPeriod,
  feedbackInPeriod,
  invalidPeriodCode,
  periodsOverlap,
  resolvePeriod,
  trainingInPeriod,
} from "../derive/period.js";
import { impact } from "./impact.js";
import { isReachKind, REACH_KINDS, reachKindValue } from "./strategy-reach-kinds.js";
import { isValidTargetDays, PAYMENT_TARGET_DAYS } from "./payments.js";
import type { DaysToPay } from "./payments-totals.js";
import { periodDaysToPay } from "./payments-totals.js";
import { peirs22Scores, peirs22Summary } from "./peirs22.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import { UCLPARTNERS_STRATEGY_2025 } from "../frameworks/publications.js";
import { CHOICE_STRATEGY_PILLARS, CHOICE_STRATEGY_STATUS } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const STRATEGY_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "strategy/no-assessable-metrics",
    severity: "warning",
    title: "No metric with both a value and a target",
    example: {
      path: ["strategies"],
      message:
        "No strategy metric has both a value and a target for the period, so there is no overall share.",
      hint: "Set targets, and record observations for metrics ppie cannot compute.",
    },
  },
  {
    code: "strategy/no-strategy",
    severity: "warning",
    title: "No strategy covers the period",
    example: {
      path: ["strategies"],
      message: "No strategy covers any part of 2020-04-01 to 2021-03-31.",
      hint: "Add a strategy whose period covers the period, or choose another period.",
    },
  },
  {
    code: "strategy/total-too-large",
    severity: "error",
    title: "A budget total too large to add up exactly",
    example: {
      path: ["budgets"],
      message:
        "The involvement budget for 2025-04-01 to 2026-03-31 comes to more than 9007199254740991 pence, the most ppie can add up exactly, so its metrics have no value.",
      hint: "Check the budget amounts for a mistake in the unit (pence, not pounds × 100 twice).",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("strategy"),
]);

/**
 * The strategy metric kinds (a ppie design choice, see
 * docs/design-choices.md#strategy-pillars-and-metrics) that ppie computes from the dataset
 * itself. Other kinds (and `involvement-depth-distribution`, which has no single value) take
 * their values from the metric's `observations`.
 *
 * @example
 * ```ts
 * STRATEGY_COMPUTED_KINDS.includes("contributor-hours"); // true
 * ```
 * @category Scores
 */
export const STRATEGY_COMPUTED_KINDS = [
  "staff-trained-count",
  "payment-timeliness",
  "ppie-budget-allocated",
  "projects-with-ppie-share",
  "stages-covered",
  "contributor-hours",
  "active-contributors-count",
  "impact-log-entries",
  "feedback-loop-closed-share",
  "contributor-experience-score",
  ...REACH_KINDS,
] as const;

/**
 * A metric kind ppie computes from the dataset.
 *
 * @category Scores
 */
export type StrategyComputedKind = (typeof STRATEGY_COMPUTED_KINDS)[number];

/**
 * Metric kinds that accumulate through a target period (counts of things done), so that
 * progress part-way through can be judged pro rata (a ppie design choice, see
 * docs/design-choices.md#strategy-status-rules). An organisation's own
 * kinds count as cumulative when their unit is `count` or `hours`.
 *
 * @example
 * ```ts
 * STRATEGY_CUMULATIVE_KINDS.includes("impact-log-entries"); // true
 * ```
 * @category Scores
 */
export const STRATEGY_CUMULATIVE_KINDS = [
  "staff-trained-count",
  "contributor-hours",
  "active-contributors-count",
  "impact-log-entries",
  "bursary-places",
  "event-reach",
  "seldom-heard-reach",
  "co-authored-outputs",
] as const;

/**
 * Where a metric stands against its target: `met`; `on-track` (part-way through the target
 * period, at or above the pro-rata share of an at-least target for a cumulative metric);
 * `off-track`; or `no-data` (no value, no target, or the target's period has not started).
 *
 * @category Scores
 */
export type StrategyStatus = "met" | "on-track" | "off-track" | "no-data";

/**
 * Options for {@link strategy}.
 *
 * @category Scores
 */
export interface StrategyOptions {
  /** The period: a label such as `"2025-26"` or `{ start, end }`; default the dataset's default period. */
  period?: Period | string;
  /** The as-of date (ISO) that decides the default period; default the latest recorded date. */
  asOf?: string;
  /**
   * `"dataset"` (default; a dataset holds one organisation's involvement records): compute
   * every metric from the whole dataset. `"organisation"`: compute each strategy's metrics from
   * its own organisation's records only (activities and events through their project, group or
   * organisation; payments, budgets, training, impacts and feedback likewise), for datasets that
   * hold several organisations.
   */
  scope?: "organisation" | "dataset";
  /** Only this strategy (by id). */
  strategyId?: string;
  /** Target days for `payment-timeliness` (default 30, see `payments`). */
  targetDays?: number;
}

/**
 * One metric's line on the scorecard.
 *
 * @category Scores
 */
export interface StrategyMetricRow {
  /** Strategy id. */
  strategyId: string;
  /** Objective id. */
  objectiveId: string;
  /** Pillar. */
  pillar: Pillar;
  /** Metric id. */
  metricId: string;
  /** Metric kind. */
  kind: string;
  /** Metric title. */
  title: string;
  /** Unit. */
  unit: StrategyMetric["unit"];
  /** Value for the period. */
  value: number | null;
  /** Where the value came from. */
  valueFrom: "computed" | "observation" | "none";
  /** Value for the previous period of the same length. */
  previousValue: number | null;
  /** Direction of change from the previous period. */
  trend: "up" | "down" | "flat" | null;
  /** The target that applies to the period (see `targetFor`), if any. */
  target: Target | null;
  /** Every target of the metric (its `target` and `targets`), earliest end first: the path to its last target. */
  trajectory: Target[];
  /** The target that ends last (where the strategy means to be at its end), if any. */
  finalTarget: Target | null;
  /** Status against the target. */
  status: StrategyStatus;
  /** Status in the previous period, against the target that applied then. */
  previousStatus: StrategyStatus;
  /** The note of the observation the value came from, if any. */
  note: string | null;
  /** The evidence of the observation the value came from (a web address or a reference), if any. */
  evidence: string | null;
  /** Why, in plain English. */
  statusReason: string;
  /** Part-way progress for cumulative at-least targets: value so far, pro-rata expectation, share of the target period elapsed. */
  progress: { value: number; expected: number; elapsedShare: number } | null;
  /** For `involvement-depth-distribution`: involvement activities at PIL 0..6 in the period. */
  distribution: number[] | null;
}

/**
 * A pillar's (or the overall) roll-up.
 *
 * @category Scores
 */
export interface StrategyRollup {
  /** Metrics. */
  metrics: number;
  /** By status. */
  met: number;
  /** On track. */
  onTrack: number;
  /** Off track. */
  offTrack: number;
  /** No data. */
  noData: number;
  /** 100 × (met + on-track) / (met + on-track + off-track); `null` when none can be assessed. */
  share: number | null;
  /** `no-data` when no metric can be assessed (including a pillar with no metrics). */
  status: "assessed" | "no-data";
  /** The share in the previous period, each metric judged against the target that applied then. */
  previousShare: number | null;
  /** Direction of the share since the previous period; `null` when either has no share. */
  trend: "up" | "down" | "flat" | null;
}

/**
 * The figures a {@link strategy} score was built from.
 *
 * @category Scores
 */
export interface StrategyComponents {
  /** The period (`null` when it could not be read). */
  period: Period | null;
  /** The previous period used for the trend. */
  previousPeriod: Period | null;
  /** Strategies on the scorecard. */
  strategies: { id: string; title: string; organisationId: string; period: Period }[];
  /** Every metric's line. */
  metrics: StrategyMetricRow[];
  /** Roll-up per pillar. */
  pillars: Record<Pillar, StrategyRollup>;
  /** Roll-up over all metrics. */
  overall: StrategyRollup;
}

const PILLARS: readonly Pillar[] = ["capability", "capacity", "community", "impact"];

/** ppie's pillars and metric kinds (after UCLPartners' four pillars) and its status rules. */
export const STRATEGY_SOURCES: Sources = [
  CHOICE_STRATEGY_PILLARS,
  CHOICE_STRATEGY_STATUS,
  /* @__PURE__ */ cite(UCLPARTNERS_STRATEGY_2025, "the four pillars"),
];

function isComputed(kind: string): kind is StrategyComputedKind {
  return (STRATEGY_COMPUTED_KINDS as readonly string[]).includes(kind);
}

function isCumulative(m: StrategyMetric): boolean {
  if ((STRATEGY_CUMULATIVE_KINDS as readonly string[]).includes(m.kind)) return true;
  return !isComputed(m.kind) && (m.unit === "count" || m.unit === "hours");
}

/** The organisation's slice of a dataset, built once per organisation in linear time. */
function organisationView(dataset: Dataset, org: string): Dataset {
  const projectOrg = new Map(dataset.projects.map((p) => [p.id, p.organisationId]));
  const groupOrg = new Map(dataset.groups.map((g) => [g.id, g.organisationId]));
  const activities = dataset.activities.filter((a) => {
    const o =
      (a.projectId !== undefined ? projectOrg.get(a.projectId) : undefined) ??
      (a.groupId !== undefined ? groupOrg.get(a.groupId) : undefined);
    return o === org;
  });
  const activityIds = new Set(activities.map((a) => a.id));
  const events = dataset.events.filter((e) => e.organisationId === org);
  const eventIds = new Set(events.map((e) => e.id));
  const mine = (projectId: string | undefined, activityId: string | undefined): boolean =>
    (projectId !== undefined && projectOrg.get(projectId) === org) ||
    (activityId !== undefined && activityIds.has(activityId));
  return {
    ...dataset,
    projects: dataset.projects.filter((p) => p.organisationId === org),
    groups: dataset.groups.filter((g) => g.organisationId === org),
    activities,
    events,
    payments: dataset.payments.filter(
      (p) =>
        (p.activityId !== undefined && activityIds.has(p.activityId)) ||
        (p.eventId !== undefined && eventIds.has(p.eventId)),
    ),
    budgets: dataset.budgets.filter((b) => b.organisationId === org),
    training: dataset.training.filter((t) => t.organisationId === org),
    impacts: dataset.impacts.filter(
      (r) =>
        (r.projectId !== undefined && projectOrg.get(r.projectId) === org) ||
        r.activityIds.some((id) => activityIds.has(id)),
    ),
    feedback: dataset.feedback.filter((f) => mine(f.projectId, f.activityId)),
  };
}

interface Computed {
  value: number | null;
  distribution: number[] | null;
}

/** Budget categories that count as money allocated to involvement (strategy metric). */
const PPIE_BUDGET: readonly BudgetLine["category"][] = ["payments", "expenses", "support"];

/**
 * Computes metric values over windows of one view, memoising the shared scorers. A window whose
 * budget total is past `Number.MAX_SAFE_INTEGER` is added to `tooLarge` and has no value.
 */
function makeCalculator(view: Dataset, targetDays: number | undefined, tooLarge: Set<string>) {
  const payMemo = new Map<string, DaysToPay>();
  const target =
    targetDays !== undefined && isValidTargetDays(targetDays) ? targetDays : PAYMENT_TARGET_DAYS;
  const impactMemo = new Map<string, ReturnType<typeof impact>>();
  const key = (w: Period): string => `${w.start}..${w.end}`;
  const pay = (w: Period) => {
    let s = payMemo.get(key(w));
    if (!s) {
      s = periodDaysToPay(view, w, target, "GBP");
      payMemo.set(key(w), s);
    }
    return s;
  };
  const imp = (w: Period) => {
    let s = impactMemo.get(key(w));
    if (!s) {
      s = impact(view, { period: w });
      impactMemo.set(key(w), s);
    }
    return s;
  };
  return (kind: string, w: Period): Computed => {
    const none: Computed = { value: null, distribution: null };
    switch (kind) {
      case "staff-trained-count": {
        if (view.training.length === 0) return none;
        const staff = new Set<string>();
        for (const t of view.training) if (trainingInPeriod(t, w)) staff.add(t.staffRef);
        return { value: staff.size, distribution: null };
      }
      case "payment-timeliness":
        return { value: pay(w).withinTargetShare, distribution: null };
      case "ppie-budget-allocated": {
        if (!view.budgets.some((b) => PPIE_BUDGET.includes(b.category))) return none;
        const pence = budgetInPeriod(view.budgets, w, PPIE_BUDGET, "GBP").pence;
        if (Number.isSafeInteger(pence)) return { value: pence, distribution: null };
        tooLarge.add(`${w.start} to ${w.end}`);
        return none;
      }
      case "projects-with-ppie-share": {
        const active = view.projects.filter((p) => projectActiveIn(p, w));
        if (active.length === 0) return none;
        const involved = new Set<string>();
        for (const a of view.activities)
          if (a.mode === "involvement" && a.projectId !== undefined && activityInPeriod(a, w))
            involved.add(a.projectId);
        let n = 0;
        for (const p of active) if (involved.has(p.id)) n += 1;
        return { value: (100 * n) / active.length, distribution: null };
      }
      case "stages-covered": {
        const masks = new Map<string, Set<string>>();
        for (const a of view.activities) {
          if (a.mode !== "involvement" || a.projectId === undefined || !activityInPeriod(a, w))
            continue;
          let s = masks.get(a.projectId);
          if (!s) {
            s = new Set();
            masks.set(a.projectId, s);
          }
          for (const st of a.stages) s.add(st);
        }
        if (masks.size === 0) return none;
        let total = 0;
        for (const s of masks.values()) total += s.size;
        return { value: total / masks.size, distribution: null };
      }
      case "contributor-hours": {
        if (view.activities.length === 0 && view.events.length === 0) return none;
        let minutes = 0;
        for (const a of view.activities)
          if (activityInPeriod(a, w)) for (const c of a.contributors) minutes += c.minutes;
        for (const e of view.events)
          if (eventInPeriod(e, w)) for (const c of e.contributors) minutes += c.minutes ?? 0;
        return { value: minutes / 60, distribution: null };
      }
      case "active-contributors-count": {
        if (view.activities.length === 0 && view.events.length === 0) return none;
        return { value: involvedIn(view, w).size, distribution: null };
      }
      case "impact-log-entries":
        return view.impacts.length === 0
          ? none
          : { value: imp(w).components.records, distribution: null };
      case "feedback-loop-closed-share":
        return { value: imp(w).components.loopClosedShare, distribution: null };
      case "contributor-experience-score": {
        const records = view.feedback.filter(
          (f): f is Peirs22Feedback => f.kind === "peirs22" && feedbackInPeriod(f, w),
        );
        return {
          value: peirs22Summary(peirs22Scores(records)).components.mean,
          distribution: null,
        };
      }
      case "involvement-depth-distribution": {
        const counts = new Array<number>(7).fill(0);
        const cache = new Map<string, number | undefined>();
        for (const a of view.activities) {
          if (a.mode !== "involvement" || a.level === undefined || !activityInPeriod(a, w))
            continue;
          const k = `${a.level.scale}\u0000${a.level.item}`;
          let l: number | undefined;
          if (cache.has(k)) l = cache.get(k);
          else {
            l = toInfluenceLevel(a.level.scale, a.level.item);
            cache.set(k, l);
          }
          if (l !== undefined && l >= 0 && l <= 6) counts[l] = (counts[l] as number) + 1;
        }
        return { value: null, distribution: counts };
      }
      default:
        return none;
    }
  };
}

/** The observation for exactly the window (the last one given, when there are several). */
function observed(m: StrategyMetric, w: Period): Observation | null {
  let v: Observation | null = null;
  for (const o of m.observations) if (o.period.start === w.start && o.period.end === w.end) v = o;
  return v;
}

/** The share of metrics met or on track, from counts; `null` when none is assessed. */
function shareOf(statuses: readonly StrategyStatus[]): number | null {
  let good = 0;
  let assessed = 0;
  for (const st of statuses) {
    if (st === "no-data") continue;
    assessed += 1;
    if (st !== "off-track") good += 1;
  }
  return assessed === 0 ? null : (100 * good) / assessed;
}

function rollup(rows: readonly StrategyMetricRow[]): StrategyRollup {
  const previousShare = shareOf(rows.map((row) => row.previousStatus));
  const r: StrategyRollup = {
    previousShare,
    trend: null,
    metrics: rows.length,
    met: 0,
    onTrack: 0,
    offTrack: 0,
    noData: 0,
    share: null,
    status: "no-data",
  };
  for (const row of rows) {
    switch (row.status) {
      case "met":
        r.met += 1;
        break;
      case "on-track":
        r.onTrack += 1;
        break;
      case "off-track":
        r.offTrack += 1;
        break;
      case "no-data":
        r.noData += 1;
        break;
      default: {
        const never: never = row.status;
        void never;
      }
    }
  }
  const assessed = r.met + r.onTrack + r.offTrack;
  if (assessed > 0) {
    r.share = (100 * (r.met + r.onTrack)) / assessed;
    r.status = "assessed";
  }
  if (r.share !== null && previousShare !== null)
    r.trend = r.share > previousShare ? "up" : r.share < previousShare ? "down" : "flat";
  return r;
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : formatDecimal(x, 1);
}

/**
 * The PPIE strategy scorecard for a period: for every metric of every objective of each
 * strategy whose period overlaps, the value for the period, the value for the previous period
 * (the trend), and the status against the target; rolled up per pillar (capability, capacity,
 * community, impact) and overall.
 *
 * **Values.** The metric kinds (a ppie design choice, see
 * docs/design-choices.md#strategy-pillars-and-metrics) that the dataset can compute are computed
 * (see {@link STRATEGY_COMPUTED_KINDS}): `staff-trained-count` (distinct staff trained),
 * `payment-timeliness` (percent of claims paid within the target days, via `payments`),
 * `ppie-budget-allocated` (pence in budget lines for payments, expenses and support, pro-rated to
 * the period), `projects-with-ppie-share` (percent of active projects with an involvement
 * activity), `stages-covered` (mean research stages covered per involved project),
 * `contributor-hours` (activities and events), `active-contributors-count`,
 * `impact-log-entries` and `feedback-loop-closed-share` (via `impact`), and
 * `contributor-experience-score` (mean PEIRS-22 score, linear pro-rated, via `peirs22`; not the
 * official Rasch score); from events (as `derive/events.ts` counts them) `agenda-share`
 * (percent of events with a public contributor on the agenda), `bursary-places`, `event-reach`
 * (attendance plus online reach) and `co-authored-outputs` (publications and blogs with a public
 * author); `seldom-heard-reach` (the `seldom-heard-reach` measure for the strategy's
 * organisation) and `representation-vs-population` (the `representation` measure with its
 * defaults, 100 × the index of dissimilarity). When a computed kind has no data, or for any other kind, the value is
 * the metric's observation for exactly that period. `involvement-depth-distribution` has no
 * single value: its counts by PIL level are given in `distribution` and its value comes from
 * observations.
 *
 * **Targets.** A metric's `target` and `targets` (a trajectory, e.g. one target per year) are
 * one list; the target that applies to the period is the one whose period ends within it, or
 * else the one still running when it ends (`targetFor` in `derive/strategy-targets.ts`). A target
 * that ended before the period, or starts after it, never applies.
 *
 * **Status** (a ppie design choice, see docs/design-choices.md#strategy-status-rules):
 * `no-data` without a value or without a target that applies; `met` when the value reaches the
 * target (at least / at most); a cumulative metric (see {@link STRATEGY_CUMULATIVE_KINDS})
 * computed from the dataset is judged on its total from the target's start to the end of the
 * period (or of the target). Otherwise, for a cumulative at-least metric whose target period
 * ends after the period, the value so far is compared with the pro-rata target, target × days
 * elapsed / days in the target period: at or above it is `on-track`; else `off-track`. Values
 * and targets in the reasons are written by `strategyFigures`: rounded alike, never so that
 * the printed numbers contradict the status.
 *
 * **Roll-up**: per pillar and overall, share = 100 × (met + on-track) / metrics with a status
 * other than no-data; a pillar with no metrics, or none assessable, shows as no-data. The same
 * share for the previous period (each metric against the target that applied then) gives the
 * roll-up's trend. A roll-up has no target of its own, so it has no met or off-track status.
 * **value = overall share** (percent).
 *
 * Source: the four pillars of UCLPartners' PPIE strategy 2025-2028 (capability, capacity,
 * community, impact); the metric kinds and the status rules are ppie design choices. Worked
 * example (a unit test): four metrics — one met, one on track, one off track, one with no data
 * → overall 100 × 2 / 3 = 66.7%.
 *
 * @param dataset - the dataset with its strategies
 * @param opts - the period, as a label (`"2025-26"`) or `{ start, end }` (default the dataset's
 *   default period), the as-of date, scope, strategy id and payment target days
 * @returns a {@link Score} in percent; `null` when the period cannot be read or no metric can
 *   be assessed
 * @example
 * ```ts
 * strategy(demoDataset, { period: "2025-26" }).components.pillars.impact.share; // 100
 * ```
 * @category Scores
 */
export function strategy(dataset: Dataset, opts: StrategyOptions = {}): Score<StrategyComponents> {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  const base = {
    id: "strategy",
    unit: "percent" as const,
    range: [0, 100] as const,
    source: STRATEGY_SOURCES,
  };
  const resolved = resolvePeriod(opts.period, dataset, "strategy/invalid-period", opts.asOf);
  if (!resolved.ok) {
    return {
      ...base,
      value: null,
      components: {
        period: null,
        previousPeriod: null,
        strategies: [],
        metrics: [],
        pillars: emptyPillars(),
        overall: rollup([]),
      },
      explanation: "No strategy scorecard: the period could not be read.",
      diagnostics: resolved.diagnostics,
    };
  }
  const p: Period = { start: resolved.value.start, end: resolved.value.end };
  const prev = previousPeriod(p);
  const scope = opts.scope ?? "dataset";
  const chosen = chooseStrategies(dataset, p, opts, diagnostics);
  const tooLarge = new Set<string>();
  const calculatorFor = calculators(dataset, scope, opts.targetDays, tooLarge);

  const rows: StrategyMetricRow[] = [];
  for (const s of chosen) {
    const calc = calculatorFor(s.organisationId);
    for (const obj of s.objectives)
      for (const m of obj.metrics) rows.push(metricRow(calc, s, obj, m, p, prev));
  }
  const pillars = emptyPillars();
  for (const pillar of PILLARS) pillars[pillar] = rollup(rows.filter((r) => r.pillar === pillar));
  const overall = rollup(rows);
  for (const window of tooLarge) {
    diagnostics.push(
      diagnostic(
        "strategy/total-too-large",
        "error",
        ["budgets"],
        `The involvement budget for ${window} comes to more than ${Number.MAX_SAFE_INTEGER} pence, the most ppie can add up exactly, so its metrics have no value.`,
        "Check the budget amounts for a mistake in the unit (pence, not pounds × 100 twice).",
      ),
    );
  }
  if (chosen.length > 0 && overall.status === "no-data") {
    diagnostics.push(
      diagnostic(
        "strategy/no-assessable-metrics",
        "warning",
        ["strategies"],
        "No strategy metric has both a value and a target for the period, so there is no overall share.",
        "Set targets, and record observations for metrics ppie cannot compute.",
      ),
    );
  }
  return {
    ...base,
    value: overall.share,
    components: {
      period: p,
      previousPeriod: prev,
      strategies: chosen.map((s) => ({
        id: s.id,
        title: s.title,
        organisationId: s.organisationId,
        period: s.period,
      })),
      metrics: rows,
      pillars,
      overall,
    },
    explanation: explain(overall, pillars, rows.length, p, prev, scope),
    diagnostics,
  };
}

/** A roll-up of no metrics for every pillar. */
function emptyPillars(): Record<Pillar, StrategyRollup> {
  return {
    capability: rollup([]),
    capacity: rollup([]),
    community: rollup([]),
    impact: rollup([]),
  };
}

/** The strategies (or the one asked for) whose period overlaps the period; none is a warning. */
function chooseStrategies(
  dataset: Dataset,
  p: Period,
  opts: StrategyOptions,
  diagnostics: Diagnostic[],
): Strategy[] {
  const chosen = dataset.strategies.filter(
    (s) =>
      (opts.strategyId === undefined || s.id === opts.strategyId) && periodsOverlap(s.period, p),
  );
  if (chosen.length === 0) {
    diagnostics.push(
      diagnostic(
        "strategy/no-strategy",
        "warning",
        ["strategies"],
        opts.strategyId === undefined
          ? `No strategy covers any part of ${p.start} to ${p.end}.`
          : `The strategy "${opts.strategyId}" is not in the dataset or does not cover ${p.start} to ${p.end}.`,
        "Add a strategy whose period covers the period, or choose another period.",
      ),
    );
  }
  return chosen;
}

type Calculator = ReturnType<typeof makeCalculator>;

/**
 * One calculator per view, built when first asked for: the whole dataset, or (scope
 * `"organisation"`) each organisation's own records.
 */
function calculators(
  dataset: Dataset,
  scope: NonNullable<StrategyOptions["scope"]>,
  targetDays: number | undefined,
  tooLarge: Set<string>,
): (org: string) => Calculator {
  const views = new Map<string, { view: Dataset; calc: Calculator }>();
  const byOrg = new Map<string, Calculator>();
  return (org) => {
    const known = byOrg.get(org);
    if (known) return known;
    const k = scope === "dataset" ? "" : org;
    let v = views.get(k);
    if (!v) {
      const view = scope === "dataset" ? dataset : organisationView(dataset, org);
      v = { view, calc: makeCalculator(view, targetDays, tooLarge) };
      views.set(k, v);
    }
    const { view, calc } = v;
    // the reach kinds: events as derive/events.ts counts them, and the registered measures
    // (seldom-heard reach for the strategy's own organisation)
    const c: Calculator = (kind, w) =>
      isReachKind(kind)
        ? { value: reachKindValue(view, kind, w, org), distribution: null }
        : calc(kind, w);
    byOrg.set(org, c);
    return c;
  };
}

/** A metric's value for a window and where it came from: computed, else its observation. */
interface MetricValue {
  value: number | null;
  from: StrategyMetricRow["valueFrom"];
  distribution: number[] | null;
  observation: Observation | null;
}

/** The computed value when there is one, else the observation for exactly that window. */
function valueFor(calc: Calculator, m: StrategyMetric, w: Period): MetricValue {
  const c = calc(m.kind, w);
  if (c.value !== null && Number.isFinite(c.value))
    return { value: c.value, from: "computed", distribution: c.distribution, observation: null };
  const o = observed(m, w);
  return o === null
    ? { value: null, from: "none", distribution: c.distribution, observation: null }
    : { value: o.value, from: "observation", distribution: c.distribution, observation: o };
}

/** Targets ordered by the day they end (then as given). */
function byEnd(targets: readonly Target[]): Target[] {
  return targets
    .map((t, i) => ({ t, i }))
    .sort((x, y) =>
      x.t.period.end < y.t.period.end ? -1 : x.t.period.end > y.t.period.end ? 1 : x.i - y.i,
    )
    .map((x) => x.t);
}

/** One metric's line: its value now and before, the trend, and its status against the target. */
function metricRow(
  calc: Calculator,
  s: Strategy,
  obj: Strategy["objectives"][number],
  m: StrategyMetric,
  p: Period,
  prev: Period,
): StrategyMetricRow {
  const now = valueFor(calc, m, p);
  const before = valueFor(calc, m, prev);
  const target = targetFor(m, p);
  const v = now.value;
  const { status, statusReason, progress } = metricStatus(calc, m, p, v, target);
  const previousStatus = metricStatus(calc, m, prev, before.value, targetFor(m, prev)).status;
  const pv = before.value;
  return {
    strategyId: s.id,
    objectiveId: obj.id,
    pillar: obj.pillar,
    metricId: m.id,
    kind: m.kind,
    title: m.title,
    unit: m.unit,
    value: v,
    valueFrom: now.from,
    previousValue: pv,
    trend: v === null || pv === null ? null : v > pv ? "up" : v < pv ? "down" : "flat",
    target,
    trajectory: byEnd(targetsOf(m)),
    finalTarget: finalTarget(m),
    status,
    previousStatus,
    statusReason,
    progress,
    distribution: now.distribution,
    note: now.observation?.note ?? null,
    evidence: now.observation?.evidence ?? null,
  };
}

/** A metric's status, why, and (for a cumulative metric judged pro rata) its progress. */
interface MetricStatus {
  status: StrategyStatus;
  statusReason: string;
  progress: StrategyMetricRow["progress"];
}

/** Why no target applies to the period: none set, or none for this period. */
function noTargetStatus(m: StrategyMetric, p: Period): MetricStatus {
  const all = targetsOf(m);
  if (all.length === 0)
    return { status: "no-data", statusReason: "No target is set for this metric.", progress: null };
  const spans = byEnd(all)
    .map((t) => `${t.period.start} to ${t.period.end}`)
    .join(", ");
  return {
    status: "no-data",
    statusReason: `No target applies to ${p.start} to ${p.end}: the metric's ${all.length === 1 ? "target is" : "targets are"} for ${spans}.`,
    progress: null,
  };
}

/**
 * The status of value `v` against the target that applies to the period (see {@link strategy},
 * **Status**). A cumulative metric computed from the dataset is judged on its total over the
 * target period so far (from the target's start to the end of the period, or of the target).
 */
function metricStatus(
  calc: Calculator,
  m: StrategyMetric,
  p: Period,
  v: number | null,
  target: Target | null,
): MetricStatus {
  if (v === null)
    return {
      status: "no-data",
      statusReason: "No value for the period (nothing the dataset can compute and no observation).",
      progress: null,
    };
  if (target === null) return noTargetStatus(m, p);
  const window: Period = {
    start: target.period.start,
    end: target.period.end < p.end ? target.period.end : p.end,
  };
  const sameWindow = window.start === p.start && window.end === p.end;
  const judged =
    isCumulative(m) && isComputed(m.kind) && !sameWindow
      ? (valueFor(calc, m, window).value ?? v)
      : v;
  const soFar = sameWindow ? "" : ` from ${window.start} to ${window.end}`;
  const f = strategyFigures(judged, target.value, m.unit);
  if (meetsTarget(judged, target))
    return {
      status: "met",
      statusReason: `${f.value}${soFar} is ${target.direction === "at-least" ? "at or above" : "at or below"} the target of ${target.direction === "at-least" ? "at least" : "at most"} ${f.other}.`,
      progress: null,
    };
  if (target.direction === "at-least" && isCumulative(m) && p.end < target.period.end)
    return proRataStatus(m, p, judged, target, soFar);
  return {
    status: "off-track",
    statusReason: `${f.value}${soFar} is ${target.direction === "at-least" ? "below the target of at least" : "above the target of at most"} ${f.other}.`,
    progress: null,
  };
}

/**
 * A cumulative at-least metric before its target period ends, short of the target: its value so
 * far against the target pro-rated to the days of the target period gone.
 */
function proRataStatus(
  m: StrategyMetric,
  p: Period,
  soFar: number,
  target: Target,
  since: string,
): MetricStatus {
  const ts = dayNumber(target.period.start);
  const total = dayNumber(target.period.end) - ts + 1;
  const elapsedShare = Math.min(1, Math.max(0, (dayNumber(p.end) - ts + 1) / total));
  const expected = target.value * elapsedShare;
  const progress = { value: soFar, expected, elapsedShare };
  const f = strategyFigures(soFar, expected, m.unit);
  const t = strategyFigures(target.value, target.value, m.unit).value;
  const gone = `${fmt(100 * elapsedShare)}% of the target period gone, target at least ${t}`;
  if (soFar >= expected)
    return {
      status: "on-track",
      statusReason: `${f.value}${since}, at or above the pro-rata ${f.other} (${gone}).`,
      progress,
    };
  return {
    status: "off-track",
    statusReason: `${f.value}${since}, below the pro-rata ${f.other} (${gone}).`,
    progress,
  };
}

/** A pillar's share and its change since the previous period, e.g. "66.7% (100% before)". */
function pillarText(r: StrategyRollup): string {
  if (r.share === null) return "no data";
  return r.previousShare === null
    ? `${fmt(r.share)}%`
    : `${fmt(r.share)}% (${fmt(r.previousShare)}% in the previous period)`;
}

/** The overall share and the pillars' shares, in words. */
function explain(
  overall: StrategyRollup,
  pillars: Record<Pillar, StrategyRollup>,
  metrics: number,
  p: Period,
  prev: Period,
  scope: NonNullable<StrategyOptions["scope"]>,
): string {
  return overall.share === null
    ? `No strategy metric could be assessed for ${p.start} to ${p.end} (${metrics} metrics).`
    : `${overall.met} met, ${overall.onTrack} on track, ${overall.offTrack} off track, ${overall.noData} with no data: 100 × (${overall.met} + ${overall.onTrack}) / ${overall.met + overall.onTrack + overall.offTrack} = ${fmt(overall.share)}% met or on track for ${p.start} to ${p.end}. By pillar: ${PILLARS.map((k) => `${k} ${pillarText(pillars[k])}`).join(", ")}. Metrics are computed from ${scope === "dataset" ? "the whole dataset" : "each strategy's own organisation's records"}; trends compare with ${prev.start} to ${prev.end}.`;
}
