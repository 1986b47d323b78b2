/**
 * Which target of a strategy metric applies to a period: one definition, read by the
 * `strategy` measure, the strategy report and the strategy rules.
 *
 * @module
 */
import type { Period } from "../model/period.js";
import type { StrategyMetric, Target } from "../model/strategy.js";

/**
 * Every target of a metric, as one list: its single `target` first, then its `targets` (the
 * trajectory) in the order given.
 *
 * @param m - the metric
 * @returns the targets
 * @example
 * ```ts
 * targetsOf({ ...metric, target: t1, targets: [t2, t3] }); // [t1, t2, t3]
 * ```
 */
export function targetsOf(m: Pick<StrategyMetric, "target" | "targets">): Target[] {
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
 * // targets for 2025-26 and 2026-27: scoring 2026-27 uses the 2026-27 target
 * targetFor(metric, { start: "2026-04-01", end: "2027-03-31" })?.period.end; // "2027-03-31"
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
 * finalTarget({ ...metric, targets: [y1, y2, y3] }) === y3; // true
 * ```
 */
export function finalTarget(m: Pick<StrategyMetric, "target" | "targets">): Target | null {
  let last: Target | null = null;
  for (const t of targetsOf(m)) if (last === null || t.period.end > last.period.end) last = t;
  return last;
}
