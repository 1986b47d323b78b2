/**
 * ppie measures: one pure function per measure, each returning a {@link Score} with its value,
 * unit, range, components, explanation and source. Import them by name from `ppie/scores` for
 * the smallest bundles; none of them pulls in zod or the schemas.
 *
 * @packageDocumentation
 * @module ppie/scores
 */

export { fftSeries } from "../frameworks/fft-questions.js";
export { FRE_BANDS, type FreBand } from "../frameworks/flesch-reading-ease-bands.js";
export { LANDIS_KOCH_BANDS, type LandisKochBand } from "../frameworks/landis-koch-bands.js";
export { PEIRS22_ITEM_MAX, PEIRS22_ITEMS, PEIRS22_VALIDATION } from "../frameworks/peirs22.js";
export { PPEET_OPTIONS, type PpeetOption } from "../frameworks/ppeet-response-options.js";
export {
  agreement,
  type AgreementComponents,
  type AgreementOptions,
  landisKochBand,
} from "./agreement.js";
export {
  coproduction,
  type CoproductionComponents,
  type CoproductionOptions,
  type CoproductionPrincipleId,
  type CoproductionPrincipleRow,
  type CoproductionSide,
} from "./coproduction.js";
export {
  type AgendaRoleFigures,
  engagement,
  type EngagementAgendaRole,
  type EngagementComponents,
  type EngagementEventKind,
  type EngagementFigures,
  type EngagementKindFigures,
  type EngagementMembership,
  type EngagementOptions,
  ENGAGEMENT_EVENT_KINDS,
  type RecordedFigure,
} from "./engagement.js";
export {
  type FftComponentsFor,
  type FftPublishedRow,
  type FftResponseCountsOf,
  type FftSuppression,
  type FftSuppressionReason,
  fftTable,
  type FftTable,
  type FftTableOptions,
  type FftTableResult,
  type FftTableRow,
  type FftUnit,
} from "./fft-table.js";
export {
  type AnyFftCounts,
  fft,
  type FftComponents,
  type FftComponentsOf,
  type FftCounts,
  fftLegacy,
  type FftLegacyComponents,
  type FftLegacyCounts,
  type FftLegacyResponseCounts,
  type FftOptions,
  type FftResponseCounts,
  type FftSeries,
  roundFftProportion,
} from "./fft.js";
export {
  completenessPercent,
  type Gripp2ChecklistRow,
  gripp2Completeness,
  type Gripp2CompletenessComponents,
  type Gripp2CompletenessOptions,
  type Gripp2ItemStatus,
  type Gripp2UnavailableSection,
} from "./gripp2-completeness.js";
export {
  impact,
  type ImpactComponents,
  type ImpactCounts,
  type ImpactOptions,
  type ImpactSourceCounts,
} from "./impact.js";
export {
  type ListeningComponents,
  type ListeningFft,
  type ListeningFftUnit,
  type ListeningForum,
  type ListeningHeadline,
  type ListeningOptions,
  type ListeningPals,
  type ListeningStories,
  type ListeningStory,
  type ListeningTheme,
  listening,
  type PalsCategory,
  type PalsOutcomeRow,
} from "./listening.js";
export {
  INVOLVEMENT_DEPTH_DEFAULT_WEIGHTS,
  involvementDepth,
  type InvolvementDepthComponents,
  type InvolvementDepthOptions,
  type InvolvementDepthWeights,
  type StageDepth,
} from "./involvement-depth.js";
export {
  PAYMENT_TARGET_DAYS,
  type PaymentRateUsed,
  payments,
  type PaymentsComponents,
  type PaymentsOptions,
} from "./payments.js";
export {
  peirs22,
  PEIRS22_DEFAULT_MIN_ANSWERED,
  type Peirs22Answer,
  type Peirs22Components,
  type Peirs22Conversion,
  type Peirs22Method,
  type Peirs22Options,
  type Peirs22Score,
  peirs22Summary,
  type Peirs22SummaryComponents,
} from "./peirs22.js";
export {
  ppeet,
  type PpeetComponents,
  type PpeetCounts,
  type PpeetItem,
  type PpeetItemSummary,
  type PpeetResponse,
} from "./ppeet.js";
export {
  countSyllables,
  freBand,
  readability,
  READABILITY_MIN_STABLE_WORDS,
  type ReadabilityComponents,
  readabilityCounts,
  type ReadabilityCounts,
  readabilityFromCounts,
  type ReadabilityScore,
  SMOG_MIN_SENTENCES,
} from "./readability.js";
export {
  type ChiSquareGoodnessOfFit,
  type DiversityIndices,
  minGroupSizeForAtLeastOne,
  probabilityNoMembers,
  representation,
  REPRESENTATION_SHARE_TOLERANCE,
  type RepresentationCategory,
  type RepresentationComponents,
  type RepresentationOptions,
} from "./representation.js";
export type { Score, ScoreUnit } from "./score.js";
export { type StandardRow, standards, type StandardsComponents } from "./standards.js";
export {
  chiSquareCriticalValue,
  chiSquarePValue,
  type Interval,
  mean,
  quantile,
  sampleStandardDeviation,
  wilsonInterval,
  Z_95,
} from "./stats.js";
export {
  strategy,
  STRATEGY_COMPUTED_KINDS,
  STRATEGY_CUMULATIVE_KINDS,
  type StrategyComponents,
  type StrategyComputedKind,
  type StrategyMetricRow,
  type StrategyOptions,
  type StrategyRollup,
  type StrategyStatus,
} from "./strategy.js";
