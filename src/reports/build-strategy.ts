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
import type { StrategyComponents, StrategyMetricRow, StrategyRollup } from "../scores/strategy.js";
import { strategyFigures } from "../scores/strategy-figures.js";
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
import { seldomHeardSection } from "./seldom-heard-section.js";
import { disclosedCell, publishedCount, WITHHELD, withheldCell } from "./small-numbers.js";
import { strategyYearsSection } from "./strategy-years-section.js";

/** The four pillars of a PPIE strategy (UCLPartners' PPIE strategy 2025-2028), in report order. */
const PILLARS: readonly Pillar[] = ["capability", "capacity", "community", "impact"];

/**
 * The metric kinds that count people: their value, previous value and the figure in their
 * status sentence go through the report's small-number rule, as the seldom-heard section's and
 * the engagement report's do. Bursary places may be counted from the holders events list by
 * name (records of people), and a scorecard total cannot tell which, so it always follows the rule.
 */
const PEOPLE_COUNT_KINDS: ReadonlySet<string> = new Set(["seldom-heard-reach", "bursary-places"]);

/** A scorecard row as the report publishes it, with which of its figures are withheld. */
interface ShownRow extends StrategyMetricRow {
  readonly withheld: {
    readonly value: boolean;
    readonly previous: boolean;
    readonly progress: boolean;
  };
}

/** The strategy measure's components with each row as published. */
type ShownComponents = Omit<StrategyComponents, "metrics"> & { readonly metrics: ShownRow[] };

/**
 * A status sentence with its leading figure (the value judged, as the measure prints a count)
 * published under the report's rule: rounded, or replaced by words when withheld.
 */
function publishedReason(reason: string, ctx: ReportContext): string {
  const m = /^(\d[\d,]*)(?=[\s,])/u.exec(reason);
  if (m === null) return reason;
  const shown = disclosedCell(publishedCount(Number(m[0].replaceAll(",", "")), ctx.disclosure));
  const figure =
    shown.value === null ? `The number (${WITHHELD} under the small-number rule)` : shown.text;
  return `${figure}${reason.slice(m[0].length)}`;
}

/** A row as published: a count of people under the report's small-number rule, others as they are. */
function shownRow(row: StrategyMetricRow, ctx: ReportContext): ShownRow {
  if (!PEOPLE_COUNT_KINDS.has(row.kind))
    return { ...row, withheld: { value: false, previous: false, progress: false } };
  const pub = (v: number | null) => (v === null ? null : publishedCount(v, ctx.disclosure).value);
  const value = pub(row.value);
  const previousValue = pub(row.previousValue);
  const progress = row.progress === null ? null : pub(row.progress.value);
  return {
    ...row,
    value,
    previousValue,
    progress: row.progress === null ? null : { ...row.progress, value: progress ?? 0 },
    statusReason: publishedReason(row.statusReason, ctx),
    withheld: {
      value: row.value !== null && value === null,
      previous: row.previousValue !== null && previousValue === null,
      progress: row.progress !== null && progress === null,
    },
  };
}

/** A metric value as a person reads it, by the metric's unit (the measure writes it the same way). */
function display(v: number | null, unit: StrategyMetric["unit"]): string {
  return formatInUnit(v, unit);
}

/**
 * A change between two periods as a person reads it, by the metric's unit (a count of whole
 * things in whole numbers, a mean count such as stages per project to one decimal, like its values).
 */
function change(delta: number, unit: StrategyMetric["unit"], whole = true): string {
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
      return formatChange(delta, whole ? 0 : 1);
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/** Whether a row's value and previous value are both whole numbers (a count of things). */
function wholeCounts(row: StrategyMetricRow): boolean {
  return Number.isInteger(row.value ?? 0) && Number.isInteger(row.previousValue ?? 0);
}

/** A target's direction in words. */
function direction(t: Target): string {
  return t.direction === "at-least" ? "at least" : "at most";
}

/** A target in words with its figure as printed, e.g. "at least 80.0% by 31 March 2026". */
function targetText(t: Target, figure: string): string {
  return `${direction(t)} ${figure} by ${formatDate(t.period.end)}`;
}

/**
 * Where the value came from, the observation's note and evidence, and (when the metric has a
 * later target) the strategy's end target: the sentences after the status reason.
 */
function valueNotes(row: StrategyMetricRow, text: (s: string) => string): string {
  const parts: string[] = [];
  if (row.valueFrom === "computed") parts.push("Computed from the dataset.");
  if (row.valueFrom === "observation") {
    parts.push("Value recorded by hand for the period.");
    if (row.note !== null) parts.push(`Note: ${sentence(text(row.note))}`);
    if (row.evidence !== null) parts.push(`Evidence: ${sentence(text(row.evidence))}`);
  }
  const last = row.finalTarget;
  if (last !== null && last !== row.target) {
    const f = strategyFigures(row.value, last.value, row.unit);
    parts.push(`End-of-strategy target: ${targetText(last, f.other)}.`);
  }
  return parts.length === 0 ? "" : ` ${parts.join(" ")}`;
}

/** Text ending in a full stop (a web address or a note that has none gets one). */
function sentence(t: string): string {
  return /[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`;
}

/** One scorecard metric as a metric block: value, status, target and trend. */
function metricBlock(row: ShownRow, text: (s: string) => string): MetricBlock {
  const f = strategyFigures(row.value, row.target?.value ?? null, row.unit);
  const block: MetricBlock = {
    type: "metric",
    id: `strategy-${row.metricId}`,
    label: text(row.title),
    value: row.value,
    display: row.withheld.value ? withheldCell().text : f.value,
    detail: `${text(row.statusReason)}${valueNotes(row, text)}`,
    status: row.status,
  };
  if (row.target) block.target = targetText(row.target, f.other);
  block.trend = row.withheld.value
    ? { direction: "none", text: "no figure that may be shown for this period" }
    : row.withheld.previous
      ? { direction: "none", text: "no figure that may be shown for the previous period" }
      : row.value === null || row.previousValue === null || row.trend === null
        ? { direction: "none", text: "no figure for the previous period" }
        : {
            direction: row.trend,
            text: `${change(row.value - row.previousValue, row.unit, wholeCounts(row))} since the previous period (${display(row.previousValue, row.unit)})`,
          };
  return block;
}

/**
 * A roll-up (a pillar, or the whole strategy) in words: how many metrics are off track and why
 * (each with its value against its target, as printed), e.g. "1 of 3 assessed metrics off
 * track: Staff trained 12 against at least 20." A roll-up has no target of its own, so it has
 * no met or off-track status; this sentence explains its share instead.
 */
function rollupDetail(
  r: StrategyRollup,
  rows: readonly ShownRow[],
  text: (s: string) => string,
): string {
  const counts = `${formatCount(r.met)} met, ${formatCount(r.onTrack)} on track, ${formatCount(r.offTrack)} off track and ${formatCount(r.noData)} with no data, of ${plural(r.metrics, "metric")}.`;
  const assessed = r.met + r.onTrack + r.offTrack;
  if (assessed === 0) return `${counts} No metric has both a value and a target that applies.`;
  const off = rows.filter((m) => m.status === "off-track");
  if (off.length === 0) return `${counts} Every assessed metric is met or on track.`;
  const why = off.map((m) => {
    const t = m.target as Target;
    const target = strategyFigures(t.value, t.value, m.unit).value;
    const hidden = `(number ${WITHHELD} under the small-number rule)`;
    if (m.progress !== null) {
      const f = strategyFigures(m.progress.value, m.progress.expected, m.unit);
      return `${text(m.title)} ${m.withheld.progress ? hidden : f.value} so far against the pro-rata ${f.other} (target ${direction(t)} ${target})`;
    }
    const f = strategyFigures(m.value, t.value, m.unit);
    return `${text(m.title)} ${m.withheld.value ? hidden : f.value} against ${direction(t)} ${f.other}`;
  });
  return `${counts} ${formatCount(off.length)} of ${formatCount(assessed)} assessed ${assessed === 1 ? "metric" : "metrics"} off track: ${why.join("; ")}.`;
}

/** A roll-up's share against the previous period's (each metric against the target that applied then). */
function rollupTrend(r: StrategyRollup): NonNullable<MetricBlock["trend"]> {
  if (r.trend === null || r.share === null || r.previousShare === null)
    return { direction: "none", text: "no share for the previous period" };
  return {
    direction: r.trend,
    text: `${formatChange(r.share - r.previousShare, 1, " percentage points")} since the previous period (${formatPercent(r.previousShare)}, against the targets that applied then)`,
  };
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
      "Metrics the dataset can compute (staff trained, payment timeliness, budget, projects with involvement, stages covered, contributor hours, active contributors, impact log entries, feedback loop closed, contributor experience, the share of events with a public contributor on the agenda, bursary places, event reach, co-authored outputs, people from seldom-heard groups involved, and representation against the population as the index of dissimilarity for ethnic group in percent) are computed from it; others use the value recorded by hand for the period. " +
      "A metric may have a target per period (a trajectory, such as one per year of the strategy); it is judged against the target that ends within the period, or else the one still running at its end, never against a target that has ended or not begun. " +
      "Status: met when the value reaches the target; for a running total whose target period has not ended, on track when it is at or above the target pro-rated to the days elapsed, otherwise off track; no data without a value or a target that applies. " +
      "Each pillar's score is the share of its assessed metrics that are met or on track; a pillar and the strategy as a whole have no target of their own, so they are given no status, only that share, its change since the previous period and the metrics that are off track. These status rules are ppie design choices" +
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
  const covered: ParagraphBlock = {
    type: "paragraph",
    text: `Strategies covered: ${c.strategies.map((s) => `${ctx.text(s.title)} (${formatPeriod(s.period)})`).join("; ")}.`,
  };
  if (ctx.asOf >= period.end) return [note, covered];
  return [
    note,
    covered,
    {
      type: "paragraph",
      tone: "warning",
      text: `The figures are as of ${formatDate(ctx.asOf)}, before this period ends on ${formatDate(period.end)}: running totals cover the period so far, and a metric judged against a target for the whole period may yet reach it.`,
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
function strategyHeadlineMetrics(ctx: ReportContext, c: ShownComponents): MetricBlock[] {
  const blocks: MetricBlock[] = [
    {
      type: "metric",
      id: "strategy-overall",
      label: "Strategy metrics met or on track",
      value: c.overall.share,
      display: formatPercent(c.overall.share),
      detail: rollupDetail(c.overall, c.metrics, ctx.text),
      trend: rollupTrend(c.overall),
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
  c: ShownComponents,
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
      detail: rollupDetail(
        r,
        c.metrics.filter((m) => m.pillar === pillar),
        ctx.text,
      ),
      trend: rollupTrend(r),
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
function changesSection(ctx: ReportContext, c: ShownComponents, period: LabelledPeriod): Block[] {
  const prev = c.previousPeriod;
  const heading: Block = {
    type: "heading",
    level: 2,
    text: "What changed since the previous period",
  };
  const changed = c.metrics.filter(
    (m) =>
      (m.value !== null || m.withheld.value) && (m.previousValue !== null || m.withheld.previous),
  );
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
        previous: m.withheld.previous
          ? withheldCell()
          : cell(display(m.previousValue, m.unit), m.previousValue),
        current: m.withheld.value ? withheldCell() : cell(display(m.value, m.unit), m.value),
        change:
          m.withheld.value || m.withheld.previous
            ? withheldCell()
            : cell(
                change((m.value as number) - (m.previousValue as number), m.unit, wholeCounts(m)),
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
  const c: ShownComponents = {
    ...score.components,
    metrics: score.components.metrics.map((m) => shownRow(m, ctx)),
  };
  const sections: Block[] = [
    ...strategyMethodNote(ctx, c, period),
    { type: "heading", level: 2, text: "Headline figures" },
    ...strategyHeadlineMetrics(ctx, c),
    pillarsChart(c, period),
    ...PILLARS.flatMap((pillar) => pillarSection(ctx, c, pillar, period)),
    ...changesSection(ctx, c, period),
    ...strategyYearsSection(dataset, ctx, c),
  ];
  const seldomHeard = seldomHeardSection(dataset, ctx, period);
  sections.push(...seldomHeard.blocks);
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
    [...score.diagnostics, ...seldomHeard.diagnostics].filter((d) => d.severity !== "info"),
  );
}
