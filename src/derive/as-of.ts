/**
 * The as-of date: the one date every stage takes as "today" for a dataset, so that results
 * never depend on the clock or on which stage asks.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import { facts } from "./facts.js";

/**
 * The latest date on which something recorded in the dataset happened: activity start and end
 * dates, outcome and feedback-to-contributors dates, payments claimed, paid and declined,
 * feedback dates, impact dates and their feedback dates, event dates, training dates,
 * contributors' joining dates, the dates group memberships began, and a service change's
 * assessment, scrutiny, decision and feedback dates. Planned dates (project end dates,
 * membership end dates, strategy and target periods, rate periods, budget periods, consultation
 * periods) are left out, since they may lie in the future.
 *
 * @param ds - the dataset
 * @returns the latest such date, or `undefined` for a dataset with none
 */
export function latestRecordedDate(ds: Dataset): string | undefined {
  return facts(ds).cached("latestRecordedDate", () => {
    let max = "";
    const see = (d: string | undefined): void => {
      if (d !== undefined && d > max) max = d;
    };
    for (const a of ds.activities) {
      see(a.startDate);
      see(a.endDate);
      for (const o of a.outcomes) {
        see(o.date);
        see(o.feedbackToContributorsDate);
      }
    }
    for (const p of ds.payments) {
      see(p.claimedDate);
      see(p.paidDate);
      see(p.declinedDate);
    }
    for (const f of ds.feedback) see(f.date);
    for (const m of ds.impacts) {
      see(m.date);
      see(m.feedbackToContributorsDate);
    }
    for (const e of ds.events) see(e.date);
    for (const t of ds.training) see(t.date);
    for (const c of ds.contributors) see(c.joinedDate);
    for (const g of ds.groups) {
      for (const m of g.memberships) see(m.from);
    }
    for (const s of ds.serviceChanges) {
      see(s.assessment?.date);
      see(s.scrutiny?.date);
      see(s.decision?.date);
      see(s.feedbackPublished);
    }
    return max === "" ? undefined : max;
  });
}

/**
 * The as-of date of a dataset: the date given by the caller (every entry point takes it as the
 * `asOf` option, and the CLI as `--as-of`), or else the latest date recorded in the dataset
 * ({@link latestRecordedDate}). A dataset with no dated record at all has no as-of date of
 * its own: the rules then take 1970-01-01 (nothing dated, so nothing for them to date), and a
 * default period is refused (`period/no-default`, see `defaultPeriodOf`) rather than made up
 * from the clock.
 *
 * @param dataset - the dataset
 * @param given - the caller's as-of date (ISO), when given
 * @returns the as-of date (ISO)
 */
export function asOf(dataset: Dataset, given?: string): string {
  return given ?? latestRecordedDate(dataset) ?? "1970-01-01";
}
