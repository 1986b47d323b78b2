/**
 * The demo's activities: involvement and engagement across each project's planned stages,
 * with the contributors who took part and the payments (fees, expenses, declined fees) made
 * to them, at the demo's local hourly rate.
 */
import { IAP2_SPECTRUM_IDS } from "../frameworks/iap2-spectrum.js";
import { PPIE_INFLUENCE_LEVEL_IDS } from "../frameworks/ppie-influence-level.js";
import type { Activity, ActivityContributor } from "../model/activity.js";
import type { ResearchStage } from "../model/common.js";
import type { Contributor } from "../model/contributor.js";
import type { DatasetPaymentRate, Payment } from "../model/payment.js";
import type { Project } from "../model/project.js";
import type { Calendar } from "./common.js";
import { pad, RATE_CHANGE, SPAN_DAYS, weighted } from "./common.js";
import type { Rng } from "./random.js";
import type { ProjectTemplate } from "./templates.js";
import { ACTIVITY_TITLES, METHODS_BY_DEPTH, OUTCOMES, PROJECTS } from "./templates.js";

/**
 * The demo's local hourly rate: the NIHR hourly rate of £25 widely quoted for 2022 to 2025, and
 * £27.50 after the 10% uplift of 16 December 2025 (NIHR, Payment guidance for researchers and
 * professionals, v1.6, 2024; the uplift is known from trade press). Neither figure is yet
 * verified against NIHR's table of rates, so both rows are marked `verified: false`.
 */
export function demoPaymentRates(): DatasetPaymentRate[] {
  return [
    {
      scheme: "local",
      activityCode: "HOURLY",
      unit: "hour",
      pence: 2500,
      effectiveFrom: "2022-04-01",
      effectiveTo: "2025-12-15",
      sourceVersion:
        "Demo local rate: £25 an hour, the NIHR hourly rate widely quoted for 2022 to 2025 (NIHR payment guidance; not yet verified against NIHR's table of rates)",
      verified: false,
    },
    {
      scheme: "local",
      activityCode: "HOURLY",
      unit: "hour",
      pence: 2750,
      effectiveFrom: "2025-12-16",
      sourceVersion:
        "Demo local rate: £27.50 an hour, £25 with the 10% NIHR uplift of 16 December 2025 (reported by trade press; not yet verified against NIHR's table of rates)",
      verified: false,
    },
  ];
}

/** What the activities are generated from. */
export interface ActivityInputs {
  rng: Rng;
  cal: Calendar;
  nActivities: number;
  projects: readonly Project[];
  pools: readonly (readonly number[])[];
  contributors: readonly Contributor[];
  hasAccessNeed: readonly boolean[];
  projectGroup: ReadonlyMap<string, string>;
}

/** The activities, the day index each starts on, and the payments made for them. */
export interface GeneratedActivities {
  activities: Activity[];
  activityDay: number[];
  payments: Payment[];
}

/** Where payments are collected, with the next payment id. */
interface PaymentLedger {
  payments: Payment[];
  nextPaymentId: () => string;
}

/** What is known about an activity when its contributors are chosen. */
interface ActivityDraft {
  i: number;
  startIdx: number;
  startDate: string;
  depth: number;
}

/** `nActivities` activities spread evenly over the two years, projects taking turns. */
export function generateActivities(input: ActivityInputs): GeneratedActivities {
  const { rng, nActivities } = input;
  const activities: Activity[] = new Array(nActivities);
  const activityDay: number[] = new Array(nActivities);
  const payments: Payment[] = [];
  let paymentSeq = 0;
  const out: PaymentLedger = { payments, nextPaymentId: () => `pay-${pad(++paymentSeq, 6)}` };
  for (let i = 0; i < nActivities; i++) {
    const startIdx = Math.floor((i / Math.max(1, nActivities)) * (SPAN_DAYS - 40)) + rng.int(0, 30);
    activityDay[i] = Math.max(startIdx, 0);
    activities[i] = generateActivity(input, i, startIdx, out);
  }
  return { activities, activityDay, payments };
}

/** Activity `i`, starting `startIdx` days in; its payments go to `out`. */
function generateActivity(
  input: ActivityInputs,
  i: number,
  startIdx: number,
  out: PaymentLedger,
): Activity {
  const { rng, cal, projects, pools, projectGroup } = input;
  const { day } = cal;
  const nProjects = projects.length;
  const pIdx = i % nProjects;
  const project = projects[pIdx] as Project;
  const t = PROJECTS[pIdx % PROJECTS.length] as ProjectTemplate;
  const pool = pools[pIdx] as number[];
  const startDate = day(Math.max(startIdx, 0));
  const isEngagement = rng.chance(0.08);
  const depth = isEngagement
    ? 1
    : Math.min(
        6,
        Math.max(
          1,
          t.depth +
            weighted(rng, [
              [-2, 0.1],
              [-1, 0.25],
              [0, 0.45],
              [1, 0.2],
            ]),
        ),
      );
  const method = rng.pick(METHODS_BY_DEPTH[depth] as readonly string[]);
  // Stages follow the project's own plan, progressing through time.
  const stageIdx = Math.min(
    t.stages.length - 1,
    Math.floor((startIdx / SPAN_DAYS) * t.stages.length + rng.next() * 0.8),
  );
  const stage = t.stages[Math.max(0, stageIdx)] as ResearchStage;
  const useIap2 = !isEngagement && rng.chance(0.15);
  const level = useIap2
    ? {
        scale: "iap2-spectrum",
        item: IAP2_SPECTRUM_IDS[
          Math.min(4, Math.max(0, depth - 1 - (depth >= 5 ? 1 : 0)))
        ] as string,
      }
    : { scale: "ppie-influence-level", item: PPIE_INFLUENCE_LEVEL_IDS[depth] as string };
  const k = isEngagement ? 0 : Math.min(pool.length, rng.int(2, 6));
  const chosen = rng.sample(pool, k);
  const { ac, needsAdjustment } = takePart(input, chosen, { i, startIdx, startDate, depth }, out);
  const title = rng.pick(ACTIVITY_TITLES[method] ?? ["Involvement activity"]);
  // Involvement with people always records an outcome here; the `gaps` option removes one.
  const hasOutcome = (isEngagement ? rng.chance(0.3) : rng.chance(0.9)) || ac.length > 0;
  const outcomeIdx = startIdx + rng.int(7, 40);
  const activity: Activity = {
    id: `a-${pad(i + 1, 6)}`,
    projectId: project.id,
    title,
    mode: isEngagement ? "engagement" : "involvement",
    method,
    startDate,
    stages: [stage],
    level,
    scope: "collective",
    contributors: ac,
    adjustments: needsAdjustment ? ["accessible-venue", "materials-in-advance"] : [],
    outcomes: hasOutcome
      ? [
          {
            summary: rng.pick(OUTCOMES),
            date: day(outcomeIdx),
            feedbackToContributorsDate: day(outcomeIdx + rng.int(1, 20)),
          },
        ]
      : [],
  };
  const gid = projectGroup.get(project.id);
  if (gid !== undefined && depth >= 5) activity.groupId = gid;
  if (method === "peer-research" || method === "workshop")
    activity.endDate = day(startIdx + rng.int(0, 2));
  return activity;
}

/** The chosen contributors at an activity, with their payments; whether any needs an adjustment. */
function takePart(
  input: ActivityInputs,
  chosen: readonly number[],
  draft: ActivityDraft,
  out: PaymentLedger,
): { ac: ActivityContributor[]; needsAdjustment: boolean } {
  const { rng, cal, contributors, hasAccessNeed } = input;
  const { day, end } = cal;
  const { i, startIdx, startDate, depth } = draft;
  const ac: ActivityContributor[] = [];
  let needsAdjustment = false;
  for (const ci of chosen) {
    const c = contributors[ci] as Contributor;
    const minutes = rng.pick([60, 90, 120, 120, 180, 240]);
    const r = rng.next();
    const status: ActivityContributor["payment"]["status"] =
      r < 0.86 ? "offered" : r < 0.95 ? "declined" : "not-applicable";
    const payment: ActivityContributor["payment"] =
      status === "not-applicable"
        ? {
            status,
            reason:
              "Member of NHS staff taking part in working hours, so already paid for their time.",
          }
        : status === "declined"
          ? { status, reason: "Chose not to receive payment." }
          : { status, rateCode: "HOURLY" };
    ac.push({
      contributorId: c.id,
      minutes,
      role: depth >= 5 ? "co-researcher" : "adviser",
      payment,
    });
    if (hasAccessNeed[ci]) needsAdjustment = true;
    if (status === "declined") {
      out.payments.push({
        id: out.nextPaymentId(),
        contributorId: c.id,
        activityId: `a-${pad(i + 1, 6)}`,
        kind: "fee",
        amount: { pence: 0, currency: "GBP" },
        status: "declined",
        declinedDate: day(startIdx + 1),
      });
    } else if (status === "offered") {
      const rate = startDate >= RATE_CHANGE ? 2750 : 2500;
      const pence = Math.round((rate * minutes) / 60);
      const claimed = startIdx + rng.int(1, 10);
      const paidAfter = rng.chance(0.85) ? rng.int(3, 25) : rng.int(26, 70);
      const paidIdx = claimed + paidAfter;
      const isPaid = day(paidIdx) <= end && paidIdx < SPAN_DAYS;
      out.payments.push({
        id: out.nextPaymentId(),
        contributorId: c.id,
        activityId: `a-${pad(i + 1, 6)}`,
        kind: "fee",
        amount: { pence, currency: "GBP" },
        rate: { scheme: "local", activityCode: "HOURLY" },
        status: isPaid ? "paid" : "claimed",
        claimedDate: day(claimed),
        ...(isPaid ? { paidDate: day(paidIdx) } : {}),
      });
      if (rng.chance(0.2)) {
        out.payments.push({
          id: out.nextPaymentId(),
          contributorId: c.id,
          activityId: `a-${pad(i + 1, 6)}`,
          kind: "expenses",
          amount: { pence: rng.int(4, 40) * 50, currency: "GBP" },
          status: isPaid ? "paid" : "claimed",
          claimedDate: day(claimed),
          ...(isPaid ? { paidDate: day(paidIdx) } : {}),
        });
      }
    }
  }
  return { ac, needsAdjustment };
}
