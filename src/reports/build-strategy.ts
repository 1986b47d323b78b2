import {
  CHOICE_PEIRS22,
  CHOICE_STRATEGY_PILLARS,
  CHOICE_STRATEGY_STATUS,
} from "../frameworks/design-choices.js";
import { ppieInfluenceLevel } from "../frameworks/ppie-influence-level.js";
import {
  IMPERIAL_BRC_STRATEGY_2022,
  PEIRS22_2021,
  UCLPARTNERS_STRATEGY_2025,
} from "../frameworks/publications.js";
import { strategyPillars } from "../frameworks/strategy-pillars.js";
import type { Pillar } from "../model/common.js";
import type { Dataset } from "../model/dataset.js";
import type { LabelledPeriod } from "../derive/period.js";
import type { StrategyMetric, Target } from "../model/strategy.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import type { StrategyComponents, StrategyMetricRow } from "../scores/strategy.js";
import { formatInUnit } from "../format.js";
import { measure } from "./measure.js";
import {
  cell,
  formatChange,
  formatCount,
  formatDate,
  formatMoney,
  formatPercent,
  formatPeriod,
  NO_DATA,
  plural,
} from "./format.js";
import type { ReportContext } from "./options.js";
import type { Block, ChartBlock, MetricBlock, ParagraphBlock, Report } from "./report.js";
import { withSourcesSection } from "./sources-section.js";

/** The four pillars of a PPIE strategy (UCLPartners' PPIE strategy 2025-2028), in report order. */
const PILLARS: readonly Pillar[] = ["capability", "capacity", "community", "impact"];

/** A metric value as a person reads it, by the metric's unit (the measure writes it the same way). */
function display(v: number | null, unit: StrategyMetric["unit"]): string {
  return formatInUnit(v, unit);
}

/** A change between two periods as a person reads it, by the metric's unit. */
function change(delta: number, unit: StrategyMetric["unit"]): string {
  switch (unit) {
    case "percent":
      return formatChange(delta, 1, " percentage points");
    case "pence":
      return delta === 0 ? "no change" : `${delta > 0 ? "+" : "-"}${formatMoney(Math.abs(delta))}`;
    case "hours":
      return formatChange(delta, 1, " hours");
    case "days":
      return formatChange(delta, 1, " days");
    case "score":
      return formatChange(delta, 1, " points");
    case "count":
      return formatChange(delta, 0);
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/** A target in words, e.g. "at least 80.0% by 31 March 2026". */
function targetText(t: Target, unit: StrategyMetric["unit"]): string {
  return `${t.direction === "at-least" ? "at least" : "at most"} ${display(t.value, unit)} by ${formatDate(t.period.end)}`;
}

/** One scorecard metric as a metric block: value, status, target and trend. */
function metricBlock(row: StrategyMetricRow, text: (s: string) => string): MetricBlock {
  const block: MetricBlock = {
    type: "metric",
    id: `strategy-${row.metricId}`,
    label: text(row.title),
    value: row.value,
    display: display(row.value, row.unit),
    detail: `${text(row.statusReason)}${row.valueFrom === "observation" ? " Value recorded by hand for the period." : row.valueFrom === "computed" ? " Computed from the dataset." : ""}`,
    status: row.status,
  };
  if (row.target) block.target = targetText(row.target, row.unit);
  block.trend =
    row.value === null || row.previousValue === null || row.trend === null
      ? { direction: "none", text: "no figure for the previous period" }
      : {
          direction: row.trend,
          text: `${change(row.value - row.previousValue, row.unit)} since the previous period (${display(row.previousValue, row.unit)})`,
        };
  return block;
}

/**
 * A roll-up's status: no data when nothing could be assessed; met when every assessed metric
 * is met; on track when none is off track; otherwise off track (any one metric off track puts
 * its pillar off track, which the detail line explains).
 */
function rollupStatus(r: {
  status: "assessed" | "no-data";
  met: number;
  onTrack: number;
  offTrack: number;
}): "met" | "on-track" | "off-track" | "no-data" {
  if (r.status === "no-data") return "no-data";
  if (r.offTrack > 0) return "off-track";
  return r.onTrack > 0 ? "on-track" : "met";
}

/**
 * The method note (which metrics, computed or recorded, and how status is decided), then which
 * strategies the scorecard covers, or a warning that none does.
 */
function strategyMethodNote(
  ctx: ReportContext,
  c: StrategyComponents,
  period: LabelledPeriod,
): ParagraphBlock[] {
  const prev = c.previousPeriod;
  const note: ParagraphBlock = {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: every metric of every PPIE strategy in force at any time from ${formatPeriod(period)}, under four pillars: capability, capacity, community and impact. ` +
      "The pillars follow UCLPartners' PPIE strategy 2025-2028; the kinds of metric are a ppie design choice, drawn from what published strategies (such as NIHR Imperial BRC's) and involvement frameworks track. " +
      "Metrics the dataset can compute (staff trained, payment timeliness, budget, projects with involvement, stages covered, contributor hours, active contributors, impact log entries, feedback loop closed, contributor experience) are computed from it; others use the value recorded by hand for the period. " +
      "Status: met when the value reaches the target; for a running total whose target period has not ended, on track when it is at or above the target pro-rated to the days elapsed, otherwise off track; no data without a value or a target. " +
      "Each pillar's score is the share of its assessed metrics that are met or on track. These status rules are ppie design choices" +
      (prev ? `; trends compare with ${formatPeriod(prev)}.` : "."),
    sources: [
      UCLPARTNERS_STRATEGY_2025,
      IMPERIAL_BRC_STRATEGY_2022,
      CHOICE_STRATEGY_PILLARS,
      CHOICE_STRATEGY_STATUS,
    ],
  };
  if (c.strategies.length === 0) {
    return [
      note,
      {
        type: "paragraph",
        tone: "warning",
        text: `No PPIE strategy in the dataset covers ${formatPeriod(period)}, so there is no scorecard.`,
      },
    ];
  }
  return [
    note,
    {
      type: "paragraph",
      text: `Strategies covered: ${c.strategies.map((s) => `${ctx.text(s.title)} (${formatPeriod(s.period)})`).join("; ")}.`,
    },
  ];
}

/** The metric kinds shown as headline figures, when the scorecard has a value for them. */
const HEADLINE_KINDS = [
  "contributor-hours",
  "active-contributors-count",
  "impact-log-entries",
  "payment-timeliness",
];

/**
 * The headline figures: the share of all metrics met or on track, then the first metric with a
 * value of each headline kind (contributor hours, active contributors, impact log entries,
 * payment timeliness).
 */
function strategyHeadlineMetrics(ctx: ReportContext, c: StrategyComponents): MetricBlock[] {
  const blocks: MetricBlock[] = [
    {
      type: "metric",
      id: "strategy-overall",
      label: "Strategy metrics met or on track",
      value: c.overall.share,
      display: formatPercent(c.overall.share),
      detail: `${formatCount(c.overall.met)} met, ${formatCount(c.overall.onTrack)} on track, ${formatCount(c.overall.offTrack)} off track and ${formatCount(c.overall.noData)} with no data, of ${plural(c.overall.metrics, "metric")}.`,
      status: rollupStatus(c.overall),
    },
  ];
  for (const kind of HEADLINE_KINDS) {
    const row = c.metrics.find((m) => m.kind === kind && m.value !== null);
    if (row) blocks.push({ ...metricBlock(row, ctx.text), id: `headline-${row.metricId}` });
  }
  return blocks;
}

/** The bar chart of the share of each pillar's metrics met or on track. */
function pillarsChart(c: StrategyComponents, period: LabelledPeriod): ChartBlock {
  return {
    type: "chart",
    id: "strategy-pillars",
    kind: "bar",
    title: "Share of metrics met or on track, by pillar",
    description: `Share of each pillar's assessed metrics that are met or on track in ${period.label}: ${PILLARS.map((p) => `${p} ${formatPercent(c.pillars[p].share)}`).join(", ")}.`,
    categories: PILLARS.map((p) => strategyPillars.find((x) => x.id === p)?.label ?? p),
    series: [{ name: "Met or on track", values: PILLARS.map((p) => c.pillars[p].share) }],
    unit: "%",
    labels: [PILLARS.map((p) => formatPercent(c.pillars[p].share))],
  };
}

/** The bar chart of a metric's involvement activities by public influence level. */
function influenceDistributionChart(
  ctx: ReportContext,
  row: StrategyMetricRow,
  dist: readonly number[],
  period: LabelledPeriod,
): ChartBlock {
  return {
    type: "chart",
    id: `strategy-${row.metricId}-distribution`,
    kind: "bar",
    title: `${ctx.text(row.title)}: involvement activities by public influence level`,
    description: `Involvement activities in ${period.label} at each public influence level (0 none to 6 public-led).`,
    categories: ppieInfluenceLevel.items.map((i) => `${i.ordinal} ${i.label}`),
    series: [{ name: "Activities", values: ppieInfluenceLevel.items.map((_, i) => dist[i] ?? 0) }],
    unit: "activities",
    labels: [ppieInfluenceLevel.items.map((_, i) => formatCount(dist[i] ?? 0))],
  };
}

/**
 * One pillar's section: its heading, its share met or on track, then each of its metrics
 * (with the distribution by influence level where the metric has one).
 */
function pillarSection(
  ctx: ReportContext,
  c: StrategyComponents,
  pillar: Pillar,
  period: LabelledPeriod,
): Block[] {
  const info = strategyPillars.find((x) => x.id === pillar);
  const r = c.pillars[pillar];
  const blocks: Block[] = [
    { type: "heading", level: 2, text: info?.label ?? pillar },
    {
      type: "metric",
      id: `pillar-${pillar}`,
      label: `${info?.label ?? pillar}: metrics met or on track`,
      value: r.share,
      display: r.status === "no-data" ? NO_DATA : formatPercent(r.share),
      detail: `${formatCount(r.met)} met, ${formatCount(r.onTrack)} on track, ${formatCount(r.offTrack)} off track, ${formatCount(r.noData)} with no data.`,
      status: rollupStatus(r),
    },
  ];
  const rows = c.metrics.filter((m) => m.pillar === pillar);
  if (rows.length === 0) {
    blocks.push({ type: "paragraph", text: "No metrics are set under this pillar." });
  }
  for (const row of rows) {
    blocks.push(metricBlock(row, ctx.text));
    if (row.distribution !== null) {
      blocks.push(influenceDistributionChart(ctx, row, row.distribution, period));
    }
  }
  return blocks;
}

/**
 * The "what changed" section: the table of every metric with a value in both this period and
 * the previous one, with the change and its status; a sentence when there is none.
 */
function changesSection(
  ctx: ReportContext,
  c: StrategyComponents,
  period: LabelledPeriod,
): Block[] {
  const prev = c.previousPeriod;
  const heading: Block = {
    type: "heading",
    level: 2,
    text: "What changed since the previous period",
  };
  const changed = c.metrics.filter((m) => m.value !== null && m.previousValue !== null);
  if (changed.length === 0) {
    return [
      heading,
      {
        type: "paragraph",
        text: "No metric has a value for both this period and the previous one.",
      },
    ];
  }
  return [
    heading,
    {
      type: "table",
      id: "strategy-changes",
      caption: prev
        ? `Change from ${formatPeriod(prev)} to ${formatPeriod(period)}`
        : "Change since the previous period",
      columns: [
        { key: "metric", label: "Metric", align: "left" },
        { key: "previous", label: "Previous period", align: "right" },
        { key: "current", label: "This period", align: "right" },
        { key: "change", label: "Change", align: "right" },
        { key: "status", label: "Status", align: "left" },
      ],
      rows: changed.map((m) => ({
        metric: cell(ctx.text(m.title)),
        previous: cell(display(m.previousValue, m.unit), m.previousValue),
        current: cell(display(m.value, m.unit), m.value),
        change: cell(
          change((m.value as number) - (m.previousValue as number), m.unit),
          (m.value as number) - (m.previousValue as number),
        ),
        status: cell(m.status.replace("-", " ")),
      })),
    },
  ];
}

/**
 * Build the `strategy` report: the organisation's PPIE strategy scorecard for a period, from
 * the `strategy` measure. The four pillars (capability, capacity, community, impact, after
 * UCLPartners' PPIE strategy 2025-2028), each metric against its target with its status (met, on track, off
 * track, no data) and trend, the share met or on track per pillar and overall, headline
 * figures, what changed since the previous period, and the Sources section.
 *
 * @param dataset - the dataset with its strategies
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("strategy", demoDataset, { period: "2025-26", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "PPIE strategy scorecard, 2025-26"
 * ```
 * @category Reports
 */
export function buildStrategyReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const period = ctx.period as LabelledPeriod;
  const score = measure("strategy", dataset, { period });
  const c = score.components;
  const sections: Block[] = [
    ...strategyMethodNote(ctx, c, period),
    { type: "heading", level: 2, text: "Headline figures" },
    ...strategyHeadlineMetrics(ctx, c),
    pillarsChart(c, period),
    ...PILLARS.flatMap((pillar) => pillarSection(ctx, c, pillar, period)),
    ...changesSection(ctx, c, period),
  ];
  if (c.metrics.some((m) => m.kind === "contributor-experience-score")) {
    sections.push({
      type: "paragraph",
      tone: "warning",
      text: "Contributor experience is the mean PEIRS-22 score (Hamilton et al. 2021), shown as ppie's linear pro-rated score, not the official Rasch-based PEIRS-22 score: do not compare it with published PEIRS-22 scores.",
      sources: [PEIRS22_2021, CHOICE_PEIRS22],
    });
  }

  return ok(
    {
      kind: "strategy",
      title: `PPIE strategy scorecard, ${period.label}`,
      period,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection(sections),
    },
    score.diagnostics.filter((d) => d.severity !== "info"),
  );
}
