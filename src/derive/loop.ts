/**
 * Closing the loop: whether what happened because of an involvement activity was recorded, and
 * when its contributors were told.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import { facts } from "./facts.js";

/**
 * Whether an activity's outcome is recorded: it has at least one outcome of its own, or an
 * impact record ("you said, we did") names it.
 *
 * @param dataset - the dataset holding the activity
 * @param activity - the activity
 * @returns true when an outcome or a linked impact record exists
 */
export function outcomeRecorded(dataset: Dataset, activity: Activity): boolean {
  return activity.outcomes.length > 0 || facts(dataset).impactsByActivity.has(activity.id);
}

/**
 * The day an activity's contributors were first told what happened because of it: the earliest
 * `feedbackToContributorsDate` among the activity's own outcomes and the impact records that
 * name it; `undefined` when they have not been told. The loop is closed by either record.
 *
 * @param dataset - the dataset holding the activity
 * @param activity - the activity
 * @returns the ISO date, or `undefined`
 */
export function firstFedBack(dataset: Dataset, activity: Activity): string | undefined {
  let first: string | undefined;
  for (const o of activity.outcomes) {
    const f = o.feedbackToContributorsDate;
    if (f !== undefined && (first === undefined || f < first)) first = f;
  }
  const linked = facts(dataset).impactsByActivity.get(activity.id);
  if (linked !== undefined) {
    const impacts = dataset.impacts;
    for (const k of linked) {
      const f = impacts[k]?.feedbackToContributorsDate;
      if (f !== undefined && (first === undefined || f < first)) first = f;
    }
  }
  return first;
}
