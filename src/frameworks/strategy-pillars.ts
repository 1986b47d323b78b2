/**
 * Ids of the four strategy pillars ppie groups strategy metrics under (taken from the
 * UCLPartners 2025-2028 pillars so they also fit other strategies; a ppie design choice, see
 * docs/design-choices.md#strategy-pillars-and-metrics).
 *
 * @example
 * ```ts
 * STRATEGY_PILLAR_IDS; // ["capability", "capacity", "community", "impact"]
 * ```
 * @category Frameworks
 */
export const STRATEGY_PILLAR_IDS = ["capability", "capacity", "community", "impact"] as const;

/**
 * A strategy pillar id.
 *
 * @example
 * ```ts
 * const pillar: StrategyPillarId = "community";
 * ```
 * @category Frameworks
 */
export type StrategyPillarId = (typeof STRATEGY_PILLAR_IDS)[number];

/**
 * Ids of the metric kinds organisational PPIE strategies typically track, in pillar order
 * (a ppie design choice, synthesised from published strategies such as UCLPartners' 2025-2028 and
 * NIHR Imperial BRC's 2022-2027; not a published list).
 *
 * @example
 * ```ts
 * STRATEGY_METRIC_KIND_IDS.length; // 20
 * ```
 * @category Frameworks
 */
export const STRATEGY_METRIC_KIND_IDS = [
  "staff-trained-count",
  "ppie-budget-allocated",
  "payment-timeliness",
  "governance-public-seats",
  "bursary-places",
  "projects-with-ppie-share",
  "stages-covered",
  "involvement-depth-distribution",
  "contributor-hours",
  "agenda-share",
  "active-contributors-count",
  "representation-vs-population",
  "opportunities-advertised-and-filled",
  "community-partners-count",
  "event-reach",
  "seldom-heard-reach",
  "impact-log-entries",
  "feedback-loop-closed-share",
  "contributor-experience-score",
  "co-authored-outputs",
] as const;

/**
 * A strategy metric kind id, e.g. `"contributor-hours"`.
 *
 * @example
 * ```ts
 * const kind: StrategyMetricKindId = "impact-log-entries";
 * ```
 * @category Frameworks
 */
export type StrategyMetricKindId = (typeof STRATEGY_METRIC_KIND_IDS)[number];

/**
 * One kind of metric a PPIE strategy tracks, and the pillar it belongs to.
 *
 * @example
 * ```ts
 * const kind: StrategyMetricKind = {
 *   id: "contributor-hours",
 *   pillar: "capacity",
 *   label: "Contributor hours",
 *   summary: "Time contributed by public members.",
 * };
 * ```
 * @category Frameworks
 */
export interface StrategyMetricKind {
  /** The metric kind id. */
  readonly id: StrategyMetricKindId;
  /** The pillar it is grouped under. */
  readonly pillar: StrategyPillarId;
  /** A short name. */
  readonly label: string;
  /** What it counts (paraphrase). */
  readonly summary: string;
}

/**
 * The metric kinds organisational PPIE strategies typically track, each under its pillar
 * (a ppie design choice; not a published list).
 *
 * @example
 * ```ts
 * strategyMetricKinds.filter((k) => k.pillar === "impact").length; // 4
 * ```
 * @category Frameworks
 */
export const strategyMetricKinds = [
  {
    id: "staff-trained-count",
    pillar: "capability",
    label: "Staff trained",
    summary: "Staff and researchers trained in PPIE in the period.",
  },
  {
    id: "ppie-budget-allocated",
    pillar: "capability",
    label: "PPIE budget allocated",
    summary: "Money ring-fenced for involvement (payments, expenses, support).",
  },
  {
    id: "payment-timeliness",
    pillar: "capability",
    label: "Payment timeliness",
    summary: "Share of contributor payments made within the target number of days.",
  },
  {
    id: "governance-public-seats",
    pillar: "capability",
    label: "Public seats in governance",
    summary: "Public members on boards and committees (and whether there are at least 2 per body).",
  },
  {
    id: "bursary-places",
    pillar: "capability",
    label: "Bursary places",
    summary:
      "Funded places given to patients, carers and the public to attend events (per event, the places recorded or the bursary holders listed, whichever is more).",
  },
  {
    id: "projects-with-ppie-share",
    pillar: "capacity",
    label: "Projects with PPIE",
    summary: "Share of projects or programmes with any involvement.",
  },
  {
    id: "stages-covered",
    pillar: "capacity",
    label: "Research stages covered",
    summary: "Research-cycle stages with involvement, per project.",
  },
  {
    id: "involvement-depth-distribution",
    pillar: "capacity",
    label: "Involvement depth distribution",
    summary: "Activities by public influence level (PIL 0-6).",
  },
  {
    id: "contributor-hours",
    pillar: "capacity",
    label: "Contributor hours",
    summary: "Time contributed by public members.",
  },
  {
    id: "agenda-share",
    pillar: "capacity",
    label: "Public contributors on the agenda",
    summary:
      "Share of events with a public contributor chairing, speaking, on a panel, facilitating or as an author.",
  },
  {
    id: "active-contributors-count",
    pillar: "community",
    label: "Active contributors",
    summary: "Distinct public contributors active in the period; new vs returning.",
  },
  {
    id: "representation-vs-population",
    pillar: "community",
    label: "Representation vs population",
    summary: "Demographics of contributors compared with the population served.",
  },
  {
    id: "opportunities-advertised-and-filled",
    pillar: "community",
    label: "Opportunities advertised and filled",
    summary: "Opportunities offered, applications, places filled, channels used.",
  },
  {
    id: "community-partners-count",
    pillar: "community",
    label: "Community partners",
    summary: "VCSE and community organisations partnered with.",
  },
  {
    id: "event-reach",
    pillar: "community",
    label: "Event reach",
    summary: "People reached by events: in-person attendance plus online reach.",
  },
  {
    id: "seldom-heard-reach",
    pillar: "community",
    label: "Seldom-heard reach",
    summary: "Distinct people from the organisation's named seldom-heard groups involved.",
  },
  {
    id: "impact-log-entries",
    pillar: "impact",
    label: "Impact log entries",
    summary: "Contributions with a recorded change (PIRIT-style 'what changed' not empty).",
  },
  {
    id: "feedback-loop-closed-share",
    pillar: "impact",
    label: "Feedback loop closed",
    summary: "Share of contributions where contributors were told what happened.",
  },
  {
    id: "contributor-experience-score",
    pillar: "impact",
    label: "Contributor experience score",
    summary: "Experience or quality survey results (e.g. PPEET, PEIRS-22).",
  },
  {
    id: "co-authored-outputs",
    pillar: "impact",
    label: "Co-authored outputs",
    summary: "Publications and blogs with a public contributor listed as an author.",
  },
] as const satisfies readonly StrategyMetricKind[];

/**
 * The four strategy pillars, each with the metric kinds it tracks (the pillars from
 * UCLPartners' PPIE strategy 2025-2028; the metric kinds and their grouping are a ppie design
 * choice, see docs/design-choices.md#strategy-pillars-and-metrics).
 *
 * @example
 * ```ts
 * strategyPillars.find((p) => p.id === "capacity")?.metricKinds.includes("contributor-hours"); // true
 * ```
 * @category Frameworks
 */
export const strategyPillars = [
  {
    id: "capability",
    label: "Capability",
    summary: "Organisational enablers: make involvement part of how the organisation works.",
    metricKinds: [
      "staff-trained-count",
      "ppie-budget-allocated",
      "payment-timeliness",
      "governance-public-seats",
      "bursary-places",
    ],
  },
  {
    id: "capacity",
    label: "Capacity",
    summary: "Deepen the role and influence involvement has on the work.",
    metricKinds: [
      "projects-with-ppie-share",
      "stages-covered",
      "involvement-depth-distribution",
      "contributor-hours",
      "agenda-share",
    ],
  },
  {
    id: "community",
    label: "Community",
    summary: "Equitable involvement across communities; representative of the people served.",
    metricKinds: [
      "active-contributors-count",
      "representation-vs-population",
      "opportunities-advertised-and-filled",
      "community-partners-count",
      "event-reach",
      "seldom-heard-reach",
    ],
  },
  {
    id: "impact",
    label: "Impact",
    summary: "Capture and share the difference involvement makes.",
    metricKinds: [
      "impact-log-entries",
      "feedback-loop-closed-share",
      "contributor-experience-score",
      "co-authored-outputs",
    ],
  },
] as const satisfies readonly {
  readonly id: StrategyPillarId;
  readonly label: string;
  readonly summary: string;
  readonly metricKinds: readonly StrategyMetricKindId[];
}[];
