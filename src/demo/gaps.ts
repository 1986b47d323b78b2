/**
 * The realistic gaps the `gaps` option adds, each one a good-practice rule should flag.
 */
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { Payment } from "../model/payment.js";

/**
 * Change the records in place so that good-practice rules have something to find: an outcome
 * never fed back, an access need with no adjustment, and time given with no payment offered.
 */
export function addGaps(
  activities: readonly Activity[],
  contributors: readonly Contributor[],
  payments: Payment[],
): void {
  // 1. An involvement activity whose contributors were never told what happened.
  // (Every sixth activity gets an impact record that closes the loop, so skip those.)
  const a0 = activities.find(
    (a, i) =>
      i % 6 !== 0 &&
      a.mode === "involvement" &&
      a.contributors.length > 0 &&
      a.startDate < "2025-06-01",
  );
  if (a0) a0.outcomes = [];
  // 2. A contributor with an access need at an activity with no adjustment recorded.
  const needy = contributors.findIndex((c) => c.accessNeeds.length > 0);
  const a1 = activities.find(
    (a) =>
      a !== a0 &&
      a.contributors.length > 0 &&
      a.mode === "involvement" &&
      a.startDate > "2025-01-01",
  );
  if (needy >= 0 && a1) {
    const c = contributors[needy] as Contributor;
    if (!a1.contributors.some((x) => x.contributorId === c.id)) {
      a1.contributors.push({
        contributorId: c.id,
        minutes: 120,
        role: "adviser",
        payment: { status: "declined", reason: "Chose not to receive payment." },
      });
    }
    a1.adjustments = [];
  }
  // 3. Time given with no payment offered and no reason recorded.
  const a2 = activities.find((a) => a !== a0 && a !== a1 && a.contributors.length > 1);
  const first = a2?.contributors[0];
  if (a2 && first && first.payment.status === "offered") {
    a2.contributors[0] = { ...first, payment: { status: "not-offered" } };
    for (let j = payments.length - 1; j >= 0; j--) {
      const p = payments[j] as Payment;
      if (p.activityId === a2.id && p.contributorId === first.contributorId) payments.splice(j, 1);
    }
  }
}
