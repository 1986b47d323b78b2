/**
 * Which target of a strategy metric applies to a period: one definition, read by the
 * `strategy` measure, the strategy report and the strategy rules.
 *
 * @module
 */
import type { Period } from "../model/period.js";
import type { StrategyMetric, Target } from "../model/strategy.js";

/** A metric's targets: its single `target` and its trajectory `targets`, either optional. */
export type MetricTargets = Partial<Pick<StrategyMetric, "target" | "targets">>;

/**
 * Every target of a metric, as one list: its single `target` first, then its `targets` (the
 * trajectory) in the order given.
 *
 * @param m - the metric
 * @returns the targets
 * @example
 * ```ts
 * const y1 = { value: 10, direction: "at-least" as const, period: { start: "2025-04-01", end: "2026-03-31" } };
 * const y2 = { value: 20, direction: "at-least" as const, period: { start: "2026-04-01", end: "2027-03-31" } };
 * targetsOf({ target: y2, targets: [y1] }).map((t) => t.value); // [20, 10]
 * ```
 */
export function targetsOf(m: MetricTargets): Target[] {
  return [...(m.target === undefined ? [] : [m.target]), ...(m.targets ?? [])];
}

/**
 * The target that applies to period `p`: a target applies when its period ends within `p`, or
 * covers the end of `p` (it is still running when `p` ends). A target that ended before `p`
 * began, or starts after `p` ends, does not apply. When several apply, the one that ends within
 * `p` and latest wins (the year's target over a quarter's); else the running target that ends
 * soonest (the next milestone); on a tie, the first in {@link targetsOf} order.
 *
 * @param m - the metric
 * @param p - the period being scored
 * @returns the target, or `null` when none applies
 * @example
 * ```ts
 * const y1 = { value: 10, direction: "at-least" as const, period: { start: "2025-04-01", end: "2026-03-31" } };
 * const y2 = { value: 20, direction: "at-least" as const, period: { start: "2026-04-01", end: "2027-03-31" } };
 * targetFor({ targets: [y1, y2] }, { start: "2026-04-01", end: "2027-03-31" })?.value; // 20
 * targetFor({ target: y1 }, { start: "2026-04-01", end: "2027-03-31" }); // null
 * ```
 */
export function targetFor(m: Pick<StrategyMetric, "target" | "targets">, p: Period): Target | null {
  let ending: Target | null = null;
  let running: Target | null = null;
  for (const t of targetsOf(m)) {
    if (t.period.end < t.period.start) continue;
    if (t.period.end >= p.start && t.period.end <= p.end) {
      if (ending === null || t.period.end > ending.period.end) ending = t;
    } else if (t.period.start <= p.end && t.period.end > p.end) {
      if (running === null || t.period.end < running.period.end) running = t;
    }
  }
  return ending ?? running;
}

/**
 * The last target of a metric's trajectory (the one that ends latest): where the strategy
 * means to be at its end.
 *
 * @param m - the metric
 * @returns the target, or `null` without targets
 * @example
 * ```ts
 * const y1 = { value: 10, direction: "at-least" as const, period: { start: "2025-04-01", end: "2026-03-31" } };
 * const y2 = { value: 20, direction: "at-least" as const, period: { start: "2026-04-01", end: "2027-03-31" } };
 * finalTarget({ targets: [y2, y1] })?.value; // 20
 * ```
 */
export function finalTarget(m: MetricTargets): Target | null {
  let last: Target | null = null;
  for (const t of targetsOf(m)) if (last === null || t.period.end > last.period.end) last = t;
  return last;
}
