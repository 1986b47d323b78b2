/**
 * Budgets: how much of a budget line falls in a period.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { BudgetLine } from "../model/payment.js";
import type { Period } from "../model/period.js";
import { dayNumber } from "./days.js";
import { mulDivRound } from "./money.js";
import { periodsOverlap } from "./period.js";

/**
 * The part of a budget line that falls in a period, in pence: the line's amount pro rata to the
 * calendar days of its period that lie in the given period (both ends included), rounded to the
 * penny (exactly, however large the amount and the period: see `mulDivRound`). `undefined` when the line's period does not overlap the given one, or is empty (ends
 * before it starts).
 *
 * @param line - the budget line
 * @param period - the period
 * @returns pence, or `undefined` when nothing of the line falls in the period
 */
export function budgetShareInPeriod(line: BudgetLine, period: Period): number | undefined {
  if (!periodsOverlap(line.period, period)) return undefined;
  const bs = dayNumber(line.period.start);
  const be = dayNumber(line.period.end);
  const lineDays = be - bs + 1;
  if (lineDays <= 0) return undefined;
  const overlap = Math.min(be, dayNumber(period.end)) - Math.max(bs, dayNumber(period.start)) + 1;
  return mulDivRound(line.amount.pence, overlap, lineDays);
}

/**
 * The budget of some categories in a period: the lines of those categories, in one currency,
 * that overlap the period, and the sum of their shares ({@link budgetShareInPeriod}). Lines in
 * other currencies are not added in (pence of different currencies do not add up).
 *
 * @param lines - the budget lines to choose from (a dataset's, or one organisation's)
 * @param period - the period
 * @param categories - the budget categories that count
 * @param currency - the ISO 4217 currency counted
 * @returns the number of lines counted and their pence in the period (past
 *   `Number.MAX_SAFE_INTEGER` only when the lines add up to more: callers check)
 */
export function budgetInPeriod(
  lines: Dataset["budgets"],
  period: Period,
  categories: readonly BudgetLine["category"][],
  currency: string,
): { lines: number; pence: number } {
  let n = 0;
  let pence = 0;
  for (const b of lines) {
    if (!categories.includes(b.category) || b.amount.currency !== currency) continue;
    const share = budgetShareInPeriod(b, period);
    if (share === undefined) continue;
    n += 1;
    pence += share;
  }
  return { lines: n, pence };
}
