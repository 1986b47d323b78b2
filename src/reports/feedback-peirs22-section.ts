/**
 * The PEIRS-22 section of the `feedback` report: contributors' experience of involvement as the
 * mean score with its trend, by quarter and by project, under the small-number rule
 * (`small-numbers.ts`; the project figures are those every report publishes,
 * `peirs22-published.ts`).
 *
 * @module
 */
import { CHOICE_PEIRS22 } from "../frameworks/design-choices.js";
import { PEIRS22_2021 } from "../frameworks/publications.js";
import { facts } from "../derive/facts.js";
import type { Peirs22Feedback } from "../model/feedback.js";
import type { Period } from "../model/period.js";
import { peirs22Scores, peirs22Summary } from "../scores/peirs22.js";
import type { FeedbackScope } from "./feedback-scope.js";
import { cell, formatChange, formatNumber, formatPeriod, NO_DATA, plural } from "./format.js";
import { quartersOf } from "./period-months.js";
import type { PublishedSummary } from "./peirs22-published.js";
import {
  peirs22ByProject,
  peirs22InPeriod,
  publishSummaries,
  respondentsCell,
  statisticCell,
} from "./peirs22-published.js";
import type { Block, Cell, ChartBlock, MetricBlock, TableBlock } from "./report.js";
import { WITHHELD } from "./small-numbers.js";

/**
 * The published summary of the report's scope in a period: one project's, or everyone's;
 * `undefined` when the project has no responses then.
 */
function scoped(s: FeedbackScope, period: Period): PublishedSummary | undefined {
  const all = peirs22ByProject(s.dataset, period, s.ctx.disclosure);
  const id = s.measureScope.project;
  return id === undefined ? all.whole : all.projects.get(id);
}

/**
 * The headline metric: the mean score of the period's respondents, with its trend against the
 * previous period; withheld, with the number of respondents, under the small-number rule.
 */
function peirs22MeanMetric(s: FeedbackScope, now: PublishedSummary): MetricBlock {
  const before = scoped(s, s.prev)?.mean ?? null;
  const n = now.n.value;
  return {
    type: "metric",
    id: "peirs22-mean",
    label: "PEIRS-22: mean score (0 to 100)",
    value: now.mean,
    display: now.shown ? formatNumber(now.mean, 1) : n === 0 ? NO_DATA : WITHHELD,
    detail: `${n === null ? `Respondents with a valid score: number ${WITHHELD}` : `${plural(n, "respondent")} with a valid score`}; higher means more meaningful engagement.`,
    trend:
      now.mean === null || before === null
        ? { direction: "none", text: "no figure for the previous period" }
        : {
            direction:
              Math.abs(now.mean - before) < 0.05 ? "flat" : now.mean > before ? "up" : "down",
            text: `${formatChange(now.mean - before, 1, " points")} since the previous period (${formatNumber(before, 1)})`,
          },
  };
}

/**
 * The line chart of the mean score for each three months of the period: the quarters are
 * groups of the period's respondents, published together under the small-number rule.
 */
function peirs22ByQuarterChart(s: FeedbackScope, peirsNow: readonly Peirs22Feedback[]): ChartBlock {
  const { period, rule } = s;
  const slices = quartersOf(period);
  const summaries = slices.map(
    (q) =>
      peirs22Summary(peirs22Scores(peirsNow.filter((f) => q.months.includes(f.date.slice(0, 7)))))
        .components,
  );
  const p = publishSummaries(
    summaries,
    peirs22Summary(peirs22Scores(peirsNow)).components,
    s.ctx.disclosure,
  );
  return {
    type: "chart",
    id: "peirs22-by-quarter",
    kind: "line",
    title: "PEIRS-22 mean score by quarter",
    description: `Mean PEIRS-22 score (linear pro-rated, 0 to 100) for each three months of ${period.label}; quarters whose figure is withheld under the small-number rule (${rule.name}) have no point.`,
    categories: slices.map((q) => q.label),
    series: [{ name: "Mean score", values: p.groups.map((g) => g.mean) }],
    unit: "points",
    labels: [p.groups.map((g) => statisticCell(g, g.mean).text)],
  };
}

/** One row of the by-project table: respondents, mean, median and interquartile range. */
function summaryRow(name: string, g: PublishedSummary): Record<string, Cell> {
  return {
    project: cell(name),
    n: respondentsCell(g),
    mean: statisticCell(g, g.mean),
    median: statisticCell(g, g.median),
    iqr: g.shown
      ? g.q1 === null || g.q3 === null
        ? cell(NO_DATA, null)
        : cell(`${formatNumber(g.q1, 1)} to ${formatNumber(g.q3, 1)}`, g.iqr)
      : statisticCell(g, null),
  };
}

/**
 * The table of scores by project (responses with no project under "No project recorded"),
 * with every project's row as all reports publish it, and a row for all projects.
 */
function peirs22ByProjectTable(s: FeedbackScope): TableBlock {
  const { dataset, ctx, period, rule, measureScope } = s;
  const all = peirs22ByProject(dataset, period, ctx.disclosure);
  const ids = [...all.projects.keys()].filter(
    (id) => measureScope.project === undefined || id === measureScope.project,
  );
  const name = (id: string): string => {
    const p = facts(dataset).projects.get(id)?.record;
    return p ? ctx.text(p.title) : id === "" ? "No project recorded" : id;
  };
  const rows = ids.map((id) => summaryRow(name(id), all.projects.get(id) as PublishedSummary));
  if (measureScope.project === undefined) rows.push(summaryRow("All projects", all.whole));
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
    rows,
    footnote: `Scores of fewer than ${rule.min} respondents are withheld, and so are others where they would let such a score be worked out from the rest (${rule.name}); means, medians and quartiles are rounded to 1 decimal place. ${all.statement}`,
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
  const peirsNow = peirs22InPeriod(dataset, period).filter(forProject);
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
    // the scope has responses in the period (peirsNow), so it has a summary
    peirs22MeanMetric(s, scoped(s, period) as PublishedSummary),
    {
      type: "paragraph",
      tone: "warning",
      text: "PEIRS-22 is shown as the linear pro-rated score (100 × sum of answers ÷ (4 × items answered)), a ppie design choice, not the official Rasch-based PEIRS-22 score (Hamilton et al. 2021), whose conversion table ppie does not have. Do not compare these figures with published PEIRS-22 scores.",
      sources: [PEIRS22_2021, CHOICE_PEIRS22],
    },
    peirs22ByQuarterChart(s, peirsNow),
    peirs22ByProjectTable(s),
  ];
}
