/**
 * What every section of the `listening` report reads: the dataset, the checked options, the
 * period, the `listening` measure's components (the one answer every figure comes from), the
 * small-number rule, the PALS table under disclosure control, and the records by id.
 *
 * @module
 */
import type { LabelledPeriod } from "../derive/period.js";
import type { Dataset } from "../model/dataset.js";
import type { Feedback } from "../model/feedback.js";
import type { ImpactRecord } from "../model/impact.js";
import type { DisclosedTable } from "../scores/disclosure.js";
import { disclosureControl } from "../scores/disclosure.js";
import type { ListeningComponents } from "../scores/listening.js";
import { PALS_CATEGORIES, PALS_OUTCOME_ROWS } from "../scores/listening.js";
import { measure, unwrap } from "./measure.js";
import type { ReportContext } from "./options.js";
import type { SmallNumberRule } from "./small-numbers.js";
import { reportPolicy, smallNumberRule } from "./small-numbers.js";

/** The scope the listening report's sections share. */
export interface ListeningScope {
  /** The dataset. */
  readonly dataset: Dataset;
  /** The checked options. */
  readonly ctx: ReportContext;
  /** The period reported on. */
  readonly period: LabelledPeriod;
  /** The `listening` measure's figures for the period (and the one before). */
  readonly c: ListeningComponents & { period: LabelledPeriod };
  /** Statistics of fewer people than this rule allows are not shown. */
  readonly rule: SmallNumberRule;
  /**
   * PALS contacts by category, and by outcome, each under the report's disclosure control:
   * contacts are people, so small counts are withheld, with complementary suppression.
   */
  readonly pals: { readonly byCategory: DisclosedTable; readonly byOutcome: DisclosedTable };
  /**
   * PALS contacts with a recorded change (row 1) and without (row 2), protected together: when
   * the first is withheld, no share of listening records that counts them may be shown either
   * (with the other counts shown, it would give the small number away).
   */
  readonly palsChange: DisclosedTable;
  /** The same protection of the previous period's PALS contacts, as that period's report applies it. */
  readonly previousPalsChange: DisclosedTable;
  /** Feedback records by id. */
  readonly feedback: ReadonlyMap<string, Feedback>;
  /** Impact records by id. */
  readonly impacts: ReadonlyMap<string, ImpactRecord>;
}

/** The listening report's scope, from the dataset and the checked options. */
export function listeningScope(dataset: Dataset, ctx: ReportContext): ListeningScope {
  const period = ctx.period as LabelledPeriod;
  const c = measure("listening", dataset, { period, project: ctx.project?.id }).components;
  const policy = reportPolicy(ctx.disclosure);
  const protect = (counts: readonly number[]) =>
    unwrap(disclosureControl({ rows: counts.map((n) => [n]) }, policy));
  const pals = {
    byCategory: protect(PALS_CATEGORIES.map((k) => c.pals.byCategory[k])),
    byOutcome: protect(PALS_OUTCOME_ROWS.map((k) => c.pals.byOutcome[k])),
  };
  const palsChange = protect([c.pals.withImpact, c.pals.contacts - c.pals.withImpact]);
  const { palsContacts, palsWithImpact } = c.previous;
  const previousPalsChange = protect([palsWithImpact, palsContacts - palsWithImpact]);
  const feedback = new Map<string, Feedback>();
  for (const f of dataset.feedback) feedback.set(f.id, f);
  const impacts = new Map<string, ImpactRecord>();
  for (const i of dataset.impacts) impacts.set(i.id, i);
  return {
    dataset,
    ctx,
    period,
    c,
    rule: smallNumberRule(ctx.disclosure),
    pals,
    palsChange,
    previousPalsChange,
    feedback,
    impacts,
  };
}

/**
 * Whether a share of listening records that counts PALS contacts may be shown, given the PALS
 * change protection of its period: always when there were no PALS contacts (nothing to give
 * away), else only when no cell of it (with a change, without, the total) is withheld, since
 * with the stories' and FFT returns' figures shown the share would give a withheld one away.
 */
export function palsChangeShown(contacts: number, split: DisclosedTable): boolean {
  if (contacts === 0) return true;
  const cells = [split.grandTotal, ...split.rows.map((r) => r[0])];
  return cells.every((x) => x !== undefined && x.value !== null);
}
