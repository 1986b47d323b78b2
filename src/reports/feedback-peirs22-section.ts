/**
 * The PEIRS-22 section of the `feedback` report: contributors' experience of involvement as the
 * mean score with its trend, by quarter and by project, under the small-number rule
 * (metrics.md §1.4–1.5).
 *
 * @module
 */
import { facts } from "../derive/facts.js";
import { feedbackInPeriod } from "../derive/period.js";
import type { Peirs22Feedback } from "../model/feedback.js";
import type { Peirs22Answer } from "../scores/peirs22.js";
import { peirs22, peirs22Summary } from "../scores/peirs22.js";
import type { FeedbackScope } from "./feedback-scope.js";
import {
  cell,
  formatChange,
  formatCount,
  formatNumber,
  formatPeriod,
  NO_DATA,
  plural,
} from "./format.js";
import { measure } from "./measure.js";
import { quartersOf } from "./period-months.js";
import type { Block, Cell, ChartBlock, MetricBlock, TableBlock } from "./report.js";

/**
 * The headline metric: the mean score of the period's respondents, with its trend against the
 * previous period; hidden when either period has fewer respondents than the small-number rule.
 */
function peirs22MeanMetric(s: FeedbackScope): MetricBlock {
  const { dataset, period, prev, rule, measureScope } = s;
  const summary = measure("peirs22", dataset, { ...measureScope, period });
  const n = summary.components.n;
  const meanShown = n >= rule.min ? summary.components.mean : null;
  const prevSummary = measure("peirs22", dataset, { ...measureScope, period: prev });
  const prevMean = prevSummary.components.n >= rule.min ? prevSummary.components.mean : null;
  return {
    type: "metric",
    id: "peirs22-mean",
    label: "PEIRS-22: mean score (0 to 100)",
    value: meanShown,
    display: meanShown === null ? `${rule.label} respondents` : formatNumber(meanShown, 1),
    detail: `${plural(n, "respondent")} with a valid score of ${plural(summary.components.nTotal, "response")}; higher means more meaningful engagement.`,
    trend:
      meanShown === null || prevMean === null
        ? { direction: "none", text: "no figure for the previous period" }
        : {
            direction:
              Math.abs(meanShown - prevMean) < 0.05 ? "flat" : meanShown > prevMean ? "up" : "down",
            text: `${formatChange(meanShown - prevMean, 1, " points")} since the previous period (${formatNumber(prevMean, 1)})`,
          },
  };
}

/** The line chart of the mean score for each three months of the period. */
function peirs22ByQuarterChart(s: FeedbackScope, peirsNow: readonly Peirs22Feedback[]): ChartBlock {
  const { period, rule } = s;
  const scoreOf = (f: Peirs22Feedback) => peirs22(f.answers as Peirs22Answer[]).value;
  const slices = quartersOf(period);
  const qValues: (number | null)[] = [];
  const qLabels: string[] = [];
  for (const q of slices) {
    const summary = peirs22Summary(
      peirsNow.filter((f) => q.months.includes(f.date.slice(0, 7))).map(scoreOf),
    );
    if (summary.components.n === 0) {
      qValues.push(null);
      qLabels.push(NO_DATA);
    } else if (summary.components.n < rule.min) {
      qValues.push(null);
      qLabels.push(`${rule.label} respondents`);
    } else {
      qValues.push(summary.components.mean);
      qLabels.push(formatNumber(summary.components.mean, 1));
    }
  }
  return {
    type: "chart",
    id: "peirs22-by-quarter",
    kind: "line",
    title: "PEIRS-22 mean score by quarter",
    description: `Mean PEIRS-22 score (linear pro-rated, 0 to 100) for each three months of ${period.label}; quarters with fewer than ${rule.min} respondents are not shown.`,
    categories: slices.map((q) => q.label),
    series: [{ name: "Mean score", values: qValues }],
    unit: "points",
    labels: [qLabels],
  };
}

/** One project's row of the by-project table: respondents, mean, median and interquartile range. */
function peirs22ProjectRow(s: FeedbackScope, pid: string): Record<string, Cell> {
  const { dataset, ctx, period, rule } = s;
  const score = measure("peirs22", dataset, { period, project: pid });
  const c = score.components;
  const p = facts(dataset).projects.get(pid)?.record;
  const small = c.n < rule.min;
  const fig = (v: number | null) =>
    small ? cell(`${rule.label} respondents`, null, "primary") : cell(formatNumber(v, 1), v);
  const range =
    small || c.q1 === null || c.q3 === null
      ? fig(null)
      : cell(`${formatNumber(c.q1, 1)} to ${formatNumber(c.q3, 1)}`, c.iqr);
  return {
    project: cell(p ? ctx.text(p.title) : pid === "" ? "No project recorded" : pid),
    n: small ? cell(`${rule.label}`, null, "primary") : cell(formatCount(c.n), c.n),
    mean: fig(c.mean),
    median: fig(c.median),
    iqr: range,
  };
}

/** The table of scores by project (responses with no project under "No project recorded"). */
function peirs22ByProjectTable(s: FeedbackScope, peirsNow: readonly Peirs22Feedback[]): TableBlock {
  const { period, rule } = s;
  const projects = [...new Set(peirsNow.map((f) => f.projectId ?? ""))].sort();
  return {
    type: "table",
    id: "peirs22-by-project",
    caption: `PEIRS-22 by project, ${period.label}`,
    columns: [
      { key: "project", label: "Project", align: "left" },
      { key: "n", label: "Respondents", align: "right" },
      { key: "mean", label: "Mean", align: "right" },
      { key: "median", label: "Median", align: "right" },
      { key: "iqr", label: "Interquartile range", align: "right" },
    ],
    rows: projects.map((pid) => peirs22ProjectRow(s, pid)),
    footnote: `Projects with fewer than ${rule.min} respondents show no figures, so that no individual's answers can be read off (${rule.name}).`,
  };
}

/**
 * The PEIRS-22 section: its heading, then the mean score, the warning that it is not the
 * official score, the chart by quarter and the table by project, or a sentence saying that no
 * responses were recorded.
 */
export function peirs22Section(s: FeedbackScope): Block[] {
  const { dataset, period, forProject } = s;
  const heading: Block = { type: "heading", level: 2, text: "Contributor experience (PEIRS-22)" };
  const peirsNow = dataset.feedback.filter(
    (f): f is Peirs22Feedback =>
      f.kind === "peirs22" && forProject(f) && feedbackInPeriod(f, period),
  );
  if (peirsNow.length === 0) {
    return [
      heading,
      {
        type: "paragraph",
        text: `No PEIRS-22 responses were recorded for ${formatPeriod(period)}.`,
      },
    ];
  }
  return [
    heading,
    peirs22MeanMetric(s),
    {
      type: "paragraph",
      tone: "warning",
      text: "PEIRS-22 is shown as the linear pro-rated score (100 × sum of answers ÷ (4 × items answered)), not the official Rasch-based PEIRS-22 score, whose conversion table ppie does not have (metrics.md §1.4). Do not compare these figures with published PEIRS-22 scores.",
    },
    peirs22ByQuarterChart(s, peirsNow),
    peirs22ByProjectTable(s, peirsNow),
  ];
}
