/**
 * ppie: a typed domain model, validators, measures and report builders for Patient and Public
 * Involvement and Engagement (PPIE) in health and care research and services.
 *
 * - `parseDataset` reads any input into a {@link Dataset} or explains, as diagnostics, why not;
 * - `checkDataset` applies good-practice rules;
 * - `scoreDataset` computes a dataset-level measure (the same figure every report shows);
 *   `scores` holds every scorer and `frameworks` the reference data;
 * - `buildReport` and `render` produce reports in Markdown, HTML, CSV and JSON
 *   (`renderWorkbook` of `ppie/io` writes one as an Excel workbook).
 *
 * This file is the explicit list of what the package exports: named re-exports only, pinned by
 * `test/exports.test.ts`.
 *
 * @packageDocumentation
 * @module ppie
 */

export * as frameworks from "./frameworks/index.js";
export * as scores from "./scores/index.js";

// Results and diagnostics
export {
  diagnostic,
  type Diagnostic,
  type DiagnosticCode,
  fail,
  hasErrors,
  ok,
  type Result,
  type Severity,
} from "./result.js";

// Sources: citations of public publications and ppie's design choices
export {
  cite,
  type DesignChoiceSource,
  formatSource,
  isDesignChoice,
  type PublicationSource,
  shortCitation,
  type Source,
  type Sources,
  sourceLink,
} from "./source.js";

// Model: schemas, types, parsing, periods
export {
  type Activity,
  type ActivityContributor,
  ActivityContributorSchema,
  ActivitySchema,
  type Headcount,
  type Outcome,
  OutcomeSchema,
  type PaymentOffer,
  PaymentOfferSchema,
} from "./model/activity.js";
export {
  type ActivityMode,
  ActivityModeSchema,
  IdSchema,
  IsoDateSchema,
  type Level,
  LevelSchema,
  MinutesSchema,
  type Money,
  MoneySchema,
  PeriodSchema,
  type Pillar,
  PillarSchema,
  type ResearchStage,
  ResearchStageSchema,
  TextSchema,
} from "./model/common.js";
export {
  type ConsentRecord,
  ConsentRecordSchema,
  type Contributor,
  type ContributorRole,
  ContributorRoleSchema,
  ContributorSchema,
  type Demographics,
  DemographicsSchema,
  type Identifiers,
  IdentifiersSchema,
  type Position,
} from "./model/contributor.js";
export {
  type Dataset,
  DATASET_SCHEMA_VERSION,
  type DatasetInput,
  DatasetSchema,
  type PpeetItem,
  PpeetItemSchema,
} from "./model/dataset.js";
export {
  type EngagementEvent,
  EngagementEventSchema,
  EVENT_ROLES,
  type EventContributor,
  EventContributorSchema,
  type EventReach,
} from "./model/event.js";
export {
  type CoproductionAssessment,
  CoproductionAssessmentSchema,
  type Feedback,
  FeedbackSchema,
  type FftFeedback,
  FftFeedbackSchema,
  PALS_OUTCOMES,
  type PalsFeedback,
  PalsFeedbackSchema,
  type Peirs22Feedback,
  Peirs22FeedbackSchema,
  type PpeetFeedback,
  PpeetFeedbackSchema,
  type PpeetOption,
  PpeetOptionSchema,
  type StandardsAssessment,
  StandardsAssessmentSchema,
  type StoryFeedback,
  StoryFeedbackSchema,
  type StorySharing,
} from "./model/feedback.js";
export { type Group, GroupSchema, type Membership, MembershipSchema } from "./model/group.js";
export { type ImpactRecord, ImpactRecordSchema } from "./model/impact.js";
export {
  ENTITY_SCHEMAS,
  type EntityName,
  type JsonSchema,
  jsonSchemas,
} from "./model/json-schema.js";
export {
  type MemberCount,
  type Organisation,
  OrganisationSchema,
} from "./model/organisation.js";
export { parseDataset, type ParseOptions } from "./model/parse.js";
export {
  type BudgetLine,
  BudgetLineSchema,
  type DatasetPaymentRate,
  type Payment,
  PaymentRateSchema,
  PaymentSchema,
} from "./model/payment.js";
export {
  addDays,
  daysBetween,
  financialQuarter,
  financialYear,
  financialYearOf,
  inPeriod,
  isIsoDate,
  parsePeriod,
  type Period,
  previousPeriod,
} from "./model/period.js";
export {
  type InvolvementPlan,
  InvolvementPlanSchema,
  type Project,
  ProjectSchema,
} from "./model/project.js";
export {
  type Objective,
  ObjectiveSchema,
  type Observation,
  ObservationSchema,
  type Strategy,
  type StrategyMetric,
  StrategyMetricSchema,
  StrategySchema,
  type Target,
  TargetSchema,
} from "./model/strategy.js";
export {
  type AffectedPeople,
  type Consultation,
  type DutyAssessment,
  type ScrutinyConsultation,
  type ServiceChange,
  type ServiceChangeDecision,
  ServiceChangeSchema,
} from "./model/service-change.js";
export { type TrainingRecord, TrainingRecordSchema } from "./model/training.js";
export {
  CONTRIBUTOR_ROLES,
  IMPACT_DIRECTIONS,
  IMPACT_STATUSES,
  IMPACT_TYPES,
  ORGANISATIONAL_CONTRIBUTOR_ROLES,
  PUBLIC_CONTRIBUTOR_ROLES,
} from "./model/vocabulary.js";

// Checks
export {
  type BuiltinRule,
  type BuiltinRuleOptions,
  checkDataset,
  type CheckOptions,
  type RuleSetting,
  type RuleSettings,
} from "./rules/check.js";
export type { FrameworkLookup, RuleContext } from "./rules/context.js";
export {
  type AnyRule,
  defineRule,
  type Rule,
  type RuleCategory,
  type RuleEntity,
  type RuleFinding,
  type RuleSource,
} from "./rules/define.js";
export { formatDiagnostics, formatDiagnosticsJson, type FormatOptions } from "./rules/format.js";
export type { ParseCode } from "./rules/parse-codes.js";
export { type BuiltinRuleCode, builtinRules } from "./rules/registry.js";

// Measures
export {
  MEASURE_IDS,
  type MeasureComponents,
  type MeasureId,
  type MeasureOptions,
  scoreDataset,
} from "./scores/registry.js";
export type { Score, ScoreUnit } from "./scores/score.js";
export type {
  DatasetRepresentationComponents,
  RepresentationDimensionId,
} from "./scores/representation-dataset.js";
export type {
  SeldomHeardFigures,
  SeldomHeardGroupReach,
  SeldomHeardReachComponents,
} from "./scores/seldom-heard-reach.js";
export {
  type CountTable,
  discloseCount,
  type DisclosedCell,
  disclosedPercentage,
  type DisclosedPercentage,
  disclosedStatistic,
  type DisclosedStatistic,
  type DisclosedTable,
  disclosureControl,
  hesRound,
} from "./scores/disclosure.js";
export {
  type DisclosurePolicy,
  disclosurePresets,
  type PercentageRule,
  type PolicyPresetId,
} from "./frameworks/disclosure-presets.js";
export { Facts, type Indexed, type MembershipOf } from "./derive/facts.js";
export type { LabelledPeriod } from "./derive/period.js";
export type { FeeDue, RateEntry, RateLookup } from "./derive/rates.js";

// Reports and rendering
export { type NamedCsv, renderCsv, renderCsvTables } from "./render/csv.js";
export { renderHtml } from "./render/html.js";
export { render, RENDER_FORMATS, type RenderFormat } from "./render/index.js";
export { renderJson } from "./render/json.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderChartSvg } from "./render/svg.js";
export { buildReport } from "./reports/index.js";
export {
  DEFAULT_REPORT_DISCLOSURE,
  type ReportOptions,
  ReportOptionsSchema,
} from "./reports/options.js";
export {
  BlockSchema,
  CellSchema,
  ChartBlockSchema,
  ChecklistBlockSchema,
  ColumnSchema,
  HeadingBlockSchema,
  MetricBlockSchema,
  ParagraphBlockSchema,
  reportJsonSchema,
  ReportKindSchema,
  ReportSchema,
  TableBlockSchema,
} from "./reports/report-schema.js";
export {
  type Block,
  type Cell,
  type ChartBlock,
  type ChecklistBlock,
  type Column,
  type HeadingBlock,
  type IdeaBlock,
  type MetricBlock,
  type ParagraphBlock,
  type Picture,
  type Report,
  REPORT_KINDS,
  type ReportKind,
  type ReportPresentation,
  type SourcesBlock,
  type TableBlock,
} from "./reports/report.js";
