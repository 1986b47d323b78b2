/**
 * ppie: a typed domain model, validators, measures and report builders for Patient and Public
 * Involvement and Engagement (PPIE) in health and care research and services.
 *
 * - `parseDataset` reads any input into a {@link Dataset} or explains, as diagnostics, why not;
 * - `checkDataset` applies good-practice rules;
 * - `scores` computes the measures; `frameworks` holds the reference data;
 * - `buildReport` and `render` produce reports in Markdown, HTML, CSV and JSON.
 *
 * This file holds named re-exports only.
 *
 * @packageDocumentation
 */

export * as frameworks from "./frameworks/index.js";
export * from "./model/index.js";
export * from "./render/index.js";
export * from "./scores/disclosure.js";
export * from "./reports/index.js";
export * from "./reports/report-schema.js";
export * from "./result.js";
export * from "./rules/index.js";
export * as scores from "./scores/index.js";
export type { Score, ScoreUnit } from "./scores/score.js";
export {
  MEASURE_IDS,
  type MeasureComponents,
  type MeasureId,
  type MeasureOptions,
  scoreDataset,
} from "./scores/registry.js";
export type { Facts, Indexed, MembershipOf } from "./derive/facts.js";
export type { LabelledPeriod } from "./derive/period.js";
export type { FeeDue, RateEntry, RateLookup } from "./derive/rates.js";
export type {
  DatasetRepresentationComponents,
  RepresentationDimensionId,
} from "./scores/representation-dataset.js";
