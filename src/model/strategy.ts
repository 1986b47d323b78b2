import * as z from "zod";
import { IdSchema, NameSchema, PeriodSchema, PillarSchema, TextSchema } from "./common.js";

/**
 * A target for a strategy metric: a value to reach (`at-least`) or stay under (`at-most`) by
 * the end of a period.
 *
 * @category Schemas
 */
export const TargetSchema = z.strictObject({
  value: z.number().finite(),
  direction: z.enum(["at-least", "at-most"]),
  period: PeriodSchema,
});

/**
 * A value of a metric recorded by hand for a period (for metrics the dataset cannot compute
 * itself, such as staff trained outside the dataset).
 *
 * @category Schemas
 */
export const ObservationSchema = z.strictObject({
  period: PeriodSchema,
  value: z.number().finite(),
  note: TextSchema.optional(),
  /** Where the value can be checked: a web address or a reference such as "enquiry log, May 2026". */
  evidence: TextSchema.optional(),
});

/**
 * One measurable strategy metric. `kind` names what it counts: one of ppie's metric kinds
 * (which ppie can compute from the dataset; a ppie design choice, see docs/design-choices.md)
 * or an organisation's own kind, whose values come from `observations`.
 *
 * Targets: `target` (one target) and `targets` (a trajectory: one target per period, e.g. one
 * per year of a three-year strategy) may both be given; ppie reads them as one list, `target`
 * first. Which target applies to a period is defined once, in `targetFor` (see
 * docs/definitions.md#strategy-scorecard).
 *
 * @category Schemas
 */
export const StrategyMetricSchema = z.strictObject({
  id: IdSchema,
  kind: IdSchema,
  title: NameSchema,
  unit: z.enum(["count", "percent", "pence", "hours", "days", "score"]),
  target: TargetSchema.optional(),
  targets: z.array(TargetSchema).default([]),
  observations: z.array(ObservationSchema).default([]),
});

/**
 * A strategy objective under one of the four pillars.
 *
 * @category Schemas
 */
export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  pillar: PillarSchema,
  title: NameSchema,
  metrics: z.array(StrategyMetricSchema).default([]),
});

/**
 * An organisation's PPIE strategy over a period, organised under the pillars capability,
 * capacity, community and impact (the pillars of UCLPartners' PPIE strategy 2025-2028).
 *
 * @category Schemas
 */
export const StrategySchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  title: NameSchema,
  period: PeriodSchema,
  objectives: z.array(ObjectiveSchema).default([]),
});

/** A metric target. @category Model */
export type Target = z.infer<typeof TargetSchema>;
/** A hand-recorded metric value. @category Model */
export type Observation = z.infer<typeof ObservationSchema>;
/** A strategy metric. @category Model */
export type StrategyMetric = z.infer<typeof StrategyMetricSchema>;
/** A strategy objective. @category Model */
export type Objective = z.infer<typeof ObjectiveSchema>;
/** An organisation's PPIE strategy. @category Model */
export type Strategy = z.infer<typeof StrategySchema>;
