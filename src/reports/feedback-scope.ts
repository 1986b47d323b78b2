/**
 * What every section of the `feedback` report reads: the dataset, the checked options, the
 * period and the one before it, the small-number rule, and which records are in scope.
 *
 * @module
 */
import type { LabelledPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import { previousPeriod } from "../model/period.js";
import type { ReportContext } from "./options.js";
import type { SmallNumberRule } from "./small-numbers.js";
import { smallNumberRule } from "./small-numbers.js";

/** The scope the feedback report's sections share. */
export interface FeedbackScope {
  /** The dataset. */
  readonly dataset: Dataset;
  /** The checked options. */
  readonly ctx: ReportContext;
  /** The period reported on. */
  readonly period: LabelledPeriod;
  /** The period before it, for trends. */
  readonly prev: Period;
  /** Averages and percentages of fewer people than this rule allows are not shown. */
  readonly rule: SmallNumberRule;
  /** The options every measure the report asks for shares: the project and the as-of date. */
  readonly measureScope: { project: string | undefined };
  /** Whether a record belongs to the report's project (every record when no project is given). */
  readonly forProject: (r: { projectId?: string | undefined }) => boolean;
}

/** The feedback report's scope, from the dataset and the checked options. */
export function feedbackScope(dataset: Dataset, ctx: ReportContext): FeedbackScope {
  const period = ctx.period as LabelledPeriod;
  const projectId = ctx.project?.id;
  return {
    dataset,
    ctx,
    period,
    prev: previousPeriod(period),
    rule: smallNumberRule(ctx.disclosure),
    measureScope: { project: projectId },
    forProject: (r) => projectId === undefined || r.projectId === projectId,
  };
}
