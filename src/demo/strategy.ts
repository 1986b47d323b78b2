/**
 * The demo trust's PPIE strategy: four pillars, with targets for the second financial year.
 */
import type { Strategy } from "../model/strategy.js";
import type { Calendar } from "./common.js";
import { ORG_TRUST } from "./common.js";

/** The trust's strategy, its targets scaled to the size of the dataset. */
export function generateStrategy(
  cal: Calendar,
  sizes: { nActivities: number; nContributors: number; nTraining: number },
): Strategy {
  const { fy1, fy2 } = cal;
  const { nActivities, nContributors, nTraining } = sizes;
  const target = (value: number, direction: "at-least" | "at-most" = "at-least") => ({
    value,
    direction,
    period: fy2,
  });
  const strategy: Strategy = {
    id: "s-northgate-2024",
    organisationId: ORG_TRUST,
    title: "Northgate Valley PPIE strategy 2024 to 2026 (fictional)",
    period: { start: fy1.start, end: fy2.end },
    objectives: [
      {
        id: "obj-capability",
        pillar: "capability",
        title: "Staff have the skills and resources to involve people well",
        metrics: [
          {
            id: "m-trained",
            kind: "staff-trained-count",
            title: "Staff trained in PPIE",
            unit: "count",
            target: target(Math.max(20, Math.round(nTraining * 0.45))),
            observations: [],
          },
          {
            id: "m-timely",
            kind: "payment-timeliness",
            title: "Payments made within 30 days of claim",
            unit: "percent",
            target: target(90),
            observations: [],
          },
          {
            id: "m-budget",
            kind: "ppie-budget-allocated",
            title: "Budget ring-fenced for involvement",
            unit: "pence",
            target: target(4_000_000),
            observations: [],
          },
        ],
      },
      {
        id: "obj-capacity",
        pillar: "capacity",
        title: "Involvement happens across every stage of our work",
        metrics: [
          {
            id: "m-projects",
            kind: "projects-with-ppie-share",
            title: "Projects with public involvement",
            unit: "percent",
            target: target(100),
            observations: [],
          },
          {
            id: "m-hours",
            kind: "contributor-hours",
            title: "Hours given by public contributors",
            unit: "hours",
            target: target(Math.round(nActivities * 2)),
            observations: [],
          },
        ],
      },
      {
        id: "obj-community",
        pillar: "community",
        title: "We hear from the communities we serve",
        metrics: [
          {
            id: "m-active",
            kind: "active-contributors-count",
            title: "Active public contributors",
            unit: "count",
            target: target(Math.round(nContributors * 0.8)),
            observations: [],
          },
          {
            id: "m-partners",
            kind: "community-partners-count",
            title: "Community organisations we work with",
            unit: "count",
            target: target(12),
            observations: [
              { period: fy1, value: 7 },
              { period: fy2, value: 10 },
            ],
          },
        ],
      },
      {
        id: "obj-impact",
        pillar: "impact",
        title: "We show the difference involvement makes",
        metrics: [
          {
            id: "m-impacts",
            kind: "impact-log-entries",
            title: "Changes recorded in the impact log",
            unit: "count",
            target: target(Math.max(10, Math.round(nActivities / 12))),
            observations: [],
          },
          {
            id: "m-loop",
            kind: "feedback-loop-closed-share",
            title: "Contributions where people were told what happened",
            unit: "percent",
            target: target(85),
            observations: [],
          },
          {
            id: "m-experience",
            kind: "contributor-experience-score",
            title: "Mean PEIRS-22 score (linear pro-rated)",
            unit: "score",
            target: target(70),
            observations: [],
          },
        ],
      },
    ],
  };
  return strategy;
}
