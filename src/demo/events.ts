/**
 * The demo's engagement events, budget lines and staff training records.
 */
import type { Contributor } from "../model/contributor.js";
import type { EngagementEvent } from "../model/event.js";
import type { BudgetLine } from "../model/payment.js";
import type { TrainingRecord } from "../model/training.js";
import type { Calendar } from "./common.js";
import { ORG_CENTRE, ORG_TRUST, pad, SPAN_DAYS } from "./common.js";
import type { Rng } from "./random.js";

/** One event per 16 activities (at least 4), spread over the two years, with contributors speaking. */
export function generateEvents(
  rng: Rng,
  cal: Calendar,
  nActivities: number,
  contributors: readonly Contributor[],
): EngagementEvent[] {
  const { day } = cal;
  const events: EngagementEvent[] = [];
  const nEvents = Math.max(4, Math.ceil(nActivities / 16));
  const EVENT_KINDS: readonly [EngagementEvent["kind"], string][] = [
    ["science-cafe", "Science café: what is a clinical trial?"],
    ["lab-tour", "Lab tour for local schools"],
    ["open-day", "Research open day"],
    ["talk", "Public talk on stroke recovery"],
    ["conference", "Regional patient involvement conference"],
    ["festival", "Health research stall at the city festival"],
    ["campaign", "Be Part of Research campaign week"],
  ];
  for (let e = 0; e < nEvents; e++) {
    const [kind, title] = EVENT_KINDS[e % EVENT_KINDS.length] as [EngagementEvent["kind"], string];
    const speakers = rng.sample(contributors, rng.int(0, 2));
    events.push({
      id: `e-${pad(e + 1)}`,
      organisationId: e % 2 === 0 ? ORG_CENTRE : ORG_TRUST,
      title,
      kind,
      date: day(Math.floor((e / nEvents) * (SPAN_DAYS - 5))),
      reach: {
        attendance: rng.int(15, 220),
        ...(kind === "campaign" ? { online: rng.int(500, 5000) } : {}),
        audience: "Members of the public",
      },
      contributors: speakers.map((c, j) => ({
        contributorId: c.id,
        role: j === 0 ? "speaker" : "bursary",
        minutes: 180,
      })),
    });
  }
  return events;
}

/** Payments, expenses and training budgets for each organisation and financial year. */
export function generateBudgets(cal: Calendar, nActivities: number): BudgetLine[] {
  const { fy1, fy2 } = cal;
  const budgets: BudgetLine[] = [];
  for (const [fyIdx, fy] of [fy1, fy2].entries()) {
    const scale = Math.max(1, Math.round(nActivities / 320));
    budgets.push({
      id: `b-trust-pay-${fyIdx + 1}`,
      organisationId: ORG_TRUST,
      category: "payments",
      period: fy,
      amount: { pence: 1_800_000 * scale, currency: "GBP" },
    });
    budgets.push({
      id: `b-centre-pay-${fyIdx + 1}`,
      organisationId: ORG_CENTRE,
      category: "payments",
      period: fy,
      amount: { pence: 2_400_000 * scale, currency: "GBP" },
    });
    budgets.push({
      id: `b-centre-exp-${fyIdx + 1}`,
      organisationId: ORG_CENTRE,
      category: "expenses",
      period: fy,
      amount: { pence: 600_000 * scale, currency: "GBP" },
    });
    budgets.push({
      id: `b-trust-train-${fyIdx + 1}`,
      organisationId: ORG_TRUST,
      category: "training",
      period: fy,
      amount: { pence: 350_000 * scale, currency: "GBP" },
    });
  }
  return budgets;
}

/** One staff training record per five activities (at least 10). */
export function generateTraining(rng: Rng, cal: Calendar, nActivities: number): TrainingRecord[] {
  const { day } = cal;
  const training: TrainingRecord[] = [];
  const nTraining = Math.max(10, Math.ceil(nActivities / 5));
  const COURSES = [
    "Introduction to public involvement",
    "Co-production in practice",
    "Paying public contributors",
    "Writing plain English summaries",
  ];
  for (let k = 0; k < nTraining; k++) {
    training.push({
      id: `t-${pad(k + 1, 5)}`,
      organisationId: k % 2 === 0 ? ORG_TRUST : ORG_CENTRE,
      staffRef: `staff-${pad(rng.int(1, Math.max(20, nTraining)), 5)}`,
      course: rng.pick(COURSES),
      date: day(rng.int(0, SPAN_DAYS - 1)),
      minutes: rng.pick([90, 180, 360]),
    });
  }
  return training;
}
