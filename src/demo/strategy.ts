/**
 * The demo trust's PPIE strategy: three financial years under four pillars, each metric with a
 * target per year (a trajectory) rising to the strategy's last year.
 */
import { addDays } from "../model/period.js";
import type { Period } from "../model/period.js";
import type { Objective, Strategy, StrategyMetric, Target } from "../model/strategy.js";
import type { Calendar } from "./common.js";
import { ORG_TRUST } from "./common.js";

/** What the objectives are built from: sizes, the years and the trajectory of targets. */
interface Ctx {
  nActivities: number;
  nContributors: number;
  nTraining: number;
  fy1: Period;
  fy2: Period;
  path: (values: readonly [number, number, number]) => Target[];
}

/** A metric with targets per year and (for kinds ppie cannot compute) observations. */
function metric(
  id: string,
  kind: string,
  title: string,
  unit: StrategyMetric["unit"],
  targets: Target[],
  observations: StrategyMetric["observations"] = [],
): StrategyMetric {
  return { id, kind, title, unit, targets, observations };
}

/** The capability and capacity objectives. */
function skillsAndReach(ctx: Ctx): Objective[] {
  const { nActivities, nTraining, path } = ctx;
  return [
    {
      id: "obj-capability",
      pillar: "capability",
      title: "Staff have the skills and resources to involve people well",
      metrics: [
        metric(
          "m-trained",
          "staff-trained-count",
          "Staff trained in PPIE",
          "count",
          path([
            Math.max(15, Math.round(nTraining * 0.35)),
            Math.max(20, Math.round(nTraining * 0.45)),
            Math.max(25, Math.round(nTraining * 0.55)),
          ]),
        ),
        metric(
          "m-timely",
          "payment-timeliness",
          "Payments made within 30 days of claim",
          "percent",
          path([85, 90, 95]),
        ),
        metric(
          "m-budget",
          "ppie-budget-allocated",
          "Budget ring-fenced for involvement",
          "pence",
          path([3_500_000, 4_000_000, 4_500_000]),
        ),
      ],
    },
    {
      id: "obj-capacity",
      pillar: "capacity",
      title: "Involvement happens across every stage of our work",
      metrics: [
        metric(
          "m-projects",
          "projects-with-ppie-share",
          "Projects with public involvement",
          "percent",
          path([75, 100, 100]),
        ),
        metric(
          "m-stages",
          "stages-covered",
          "Research stages with public involvement, per project",
          "count",
          path([2.5, 3, 3.5]),
        ),
        metric(
          "m-hours",
          "contributor-hours",
          "Hours given by public contributors",
          "hours",
          path([
            Math.round(nActivities * 1.5),
            Math.round(nActivities * 2),
            Math.round(nActivities * 2.5),
          ]),
        ),
      ],
    },
  ];
}

/** The community and impact objectives. */
function voiceAndDifference(ctx: Ctx): Objective[] {
  const { nActivities, nContributors, fy1, fy2, path } = ctx;
  return [
    {
      id: "obj-community",
      pillar: "community",
      title: "We hear from the communities we serve",
      metrics: [
        metric(
          "m-active",
          "active-contributors-count",
          "Active public contributors",
          "count",
          path([
            Math.round(nContributors * 0.7),
            Math.round(nContributors * 0.8),
            Math.round(nContributors * 0.9),
          ]),
        ),
        metric(
          "m-partners",
          "community-partners-count",
          "Community organisations we work with",
          "count",
          path([8, 12, 15]),
          [
            {
              period: fy1,
              value: 7,
              note: "From the community engagement log.",
              evidence: "Community engagement log, April 2025 summary",
            },
            {
              period: fy2,
              value: 10,
              note: "From the community engagement log; two new partners joined in March.",
              evidence: "https://example.org/northgate/community-partners-2025-26",
            },
          ],
        ),
      ],
    },
    {
      id: "obj-impact",
      pillar: "impact",
      title: "We show the difference involvement makes",
      metrics: [
        metric(
          "m-impacts",
          "impact-log-entries",
          "Changes recorded in the impact log",
          "count",
          path([
            Math.max(8, Math.round(nActivities / 15)),
            Math.max(10, Math.round(nActivities / 12)),
            Math.max(12, Math.round(nActivities / 10)),
          ]),
        ),
        metric(
          "m-loop",
          "feedback-loop-closed-share",
          "Contributions where people were told what happened",
          "percent",
          path([80, 85, 90]),
        ),
        metric(
          "m-experience",
          "contributor-experience-score",
          "Mean PEIRS-22 score (linear pro-rated)",
          "score",
          path([65, 70, 75]),
        ),
      ],
    },
  ];
}

/**
 * The trust's strategy, its targets scaled to the size of the dataset. It runs for three
 * financial years: the two the dataset covers and the one after, so its last year's scorecard
 * shows a year with targets but no records yet.
 */
export function generateStrategy(
  cal: Calendar,
  sizes: { nActivities: number; nContributors: number; nTraining: number },
): Strategy {
  const { fy1, fy2 } = cal;
  const fy3Start = addDays(fy2.end, 1);
  const md = fy3Start.slice(4) === "-02-29" ? "-03-01" : fy3Start.slice(4);
  const fy3 = { start: fy3Start, end: addDays(`${Number(fy3Start.slice(0, 4)) + 1}${md}`, -1) };
  const years = [fy1, fy2, fy3];
  /** One target per year: the values of the trajectory, year by year. */
  const path = (values: readonly [number, number, number]): Target[] =>
    values.map((value, i) => ({
      value,
      direction: "at-least" as const,
      period: years[i] as Target["period"],
    }));
  const ctx: Ctx = { ...sizes, fy1, fy2, path };
  return {
    id: "s-northgate-2024",
    organisationId: ORG_TRUST,
    title: "Northgate Valley PPIE strategy 2024 to 2027 (fictional)",
    period: { start: fy1.start, end: fy3.end },
    objectives: [...skillsAndReach(ctx), ...voiceAndDifference(ctx)],
  };
}
