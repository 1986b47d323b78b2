/**
 * PEIRS-22 summaries as reports may publish them, under the small-number rule
 * (`small-numbers.ts`): respondents counted under disclosure control, statistics only for
 * groups the rule allows, rounded as shown. The projects of a period are decided together,
 * once, so that the feedback report (with or without a project) and the project report show
 * the same project figures and no project's figures can be worked out from the rest.
 *
 * @module
 */
import { facts } from "../derive/facts.js";
import { feedbackInPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { Peirs22Feedback } from "../model/feedback.js";
import type { Period } from "../model/period.js";
import type { DisclosedCell, PolicyPresetId } from "../scores/disclosure.js";
import type { Peirs22SummaryComponents } from "../scores/peirs22.js";
import { peirs22Scores, peirs22Summary } from "../scores/peirs22.js";
import { cell, formatNumber, NO_DATA } from "./format.js";
import { measure } from "./measure.js";
import type { Cell } from "./report.js";
import {
  disclosedCell,
  protectGroups,
  publishedStatistic,
  reportPolicy,
  withheldCell,
} from "./small-numbers.js";

/** One group's PEIRS-22 summary as a report may publish it. */
export interface PublishedSummary {
  /** Respondents with a valid score, as published. */
  readonly n: DisclosedCell;
  /** Whether the group's statistics may be shown. */
  readonly shown: boolean;
  /** The mean, rounded to 1 decimal place as shown; `null` when not shown or none. */
  readonly mean: number | null;
  /** The median, rounded likewise. */
  readonly median: number | null;
  /** The first quartile, rounded likewise. */
  readonly q1: number | null;
  /** The third quartile, rounded likewise. */
  readonly q3: number | null;
  /** The interquartile range, rounded likewise. */
  readonly iqr: number | null;
}

/** The summary a group shows: its statistics when allowed, rounded; none otherwise. */
function published(
  c: Peirs22SummaryComponents,
  n: DisclosedCell,
  shown: boolean,
): PublishedSummary {
  const r = (v: number | null) => (shown ? publishedStatistic(v) : null);
  return {
    n,
    shown,
    mean: r(c.mean),
    median: r(c.median),
    q1: r(c.q1),
    q3: r(c.q3),
    iqr: r(c.iqr),
  };
}

/**
 * The summaries of groups of respondents that make up a whole, and of the whole, as they may
 * be published together (see `protectGroups`).
 *
 * @param groups - each group's summary
 * @param whole - the summary of all of them
 * @param preset - the report's preset
 * @returns each group's published summary, the whole's, and the statement of the counts
 */
export function publishSummaries(
  groups: readonly Peirs22SummaryComponents[],
  whole: Peirs22SummaryComponents,
  preset: PolicyPresetId,
): { groups: PublishedSummary[]; whole: PublishedSummary; statement: string } {
  const p = protectGroups(
    groups.map((g) => g.n),
    reportPolicy(preset),
  );
  return {
    groups: groups.map((g, i) =>
      published(g, p.counts[i] as DisclosedCell, p.statistics[i] === true),
    ),
    whole: published(whole, p.total, p.overall),
    statement: p.statement,
  };
}

/**
 * A published statistic as a table cell: the figure when shown, "no data" when no one is
 * counted (and that may be said), "withheld" otherwise.
 *
 * @param s - the group's published summary
 * @param v - one of its statistics
 * @returns the cell
 */
export function statisticCell(s: PublishedSummary, v: number | null): Cell {
  if (s.shown) return cell(formatNumber(v, 1), v);
  return s.n.value === 0 ? cell(NO_DATA, null) : withheldCell();
}

/** A published count of respondents as a table cell. */
export function respondentsCell(s: PublishedSummary): Cell {
  return disclosedCell(s.n);
}

/** The PEIRS-22 responses of a period. */
export function peirs22InPeriod(dataset: Dataset, period: Period): Peirs22Feedback[] {
  return dataset.feedback.filter(
    (f): f is Peirs22Feedback => f.kind === "peirs22" && feedbackInPeriod(f, period),
  );
}

/** The PEIRS-22 summaries of a period, by project, as every report publishes them. */
export interface Peirs22ByProject {
  /** Every respondent of the period. */
  readonly whole: PublishedSummary;
  /** By project id, `""` for responses with no project; only projects with responses. */
  readonly projects: ReadonlyMap<string, PublishedSummary>;
  /** The disclosure statement of the respondent counts. */
  readonly statement: string;
}

/**
 * The period's PEIRS-22 summaries by project, decided together for every report: the
 * feedback report's table and headline (with or without a project) and the project report's
 * figure all read them.
 *
 * @param dataset - the dataset
 * @param period - the period
 * @param preset - the report's preset
 * @returns the whole's and each project's published summary
 */
export function peirs22ByProject(
  dataset: Dataset,
  period: Period,
  preset: PolicyPresetId,
): Peirs22ByProject {
  // asked for by the headline, its trend and the table of each report: decided once
  return facts(dataset).cached(
    `peirs22ByProject\u0000${period.start}\u0000${period.end}\u0000${preset}`,
    () => decideByProject(dataset, period, preset),
  );
}

function decideByProject(
  dataset: Dataset,
  period: Period,
  preset: PolicyPresetId,
): Peirs22ByProject {
  const byProject = new Map<string, Peirs22Feedback[]>();
  for (const f of peirs22InPeriod(dataset, period)) {
    const k = f.projectId ?? "";
    const list = byProject.get(k);
    if (list) list.push(f);
    else byProject.set(k, [f]);
  }
  const ids = [...byProject.keys()].sort();
  const p = publishSummaries(
    ids.map((id) => peirs22Summary(peirs22Scores(byProject.get(id) ?? [])).components),
    measure("peirs22", dataset, { period }).components,
    preset,
  );
  return {
    whole: p.whole,
    projects: new Map(ids.map((id, i) => [id, p.groups[i] as PublishedSummary])),
    statement: p.statement,
  };
}
