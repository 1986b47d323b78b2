/**
 * ppie reference data: the published PPIE frameworks as typed, versioned data (scales, research
 * cycle, standards, checklists, principles), the crosswalk onto the public influence level,
 * dated payment rates and reference population tables. Named re-exports only; no logic.
 *
 * @packageDocumentation
 * @module ppie/frameworks
 */

export {
  FOUR_PI_STANDARDS_IDS,
  fourPiStandards,
  type FourPiStandardsItemId,
} from "./4pi-standards.js";
export { PUBLIC_ACTIVITY_MODES, type PublicActivityMode } from "./activity-modes.js";
export {
  ARNSTEIN_LADDER_GROUP_IDS,
  ARNSTEIN_LADDER_IDS,
  arnsteinLadder,
  type ArnsteinLadderGroupId,
  type ArnsteinLadderItemId,
} from "./arnstein-ladder.js";
export {
  boivin2018Evaluation,
  type Boivin2018JustificationType,
  BOIVIN_2018_JUSTIFICATION_TYPES,
} from "./boivin-2018-evaluation.js";
export {
  CENSUS_2021_AGE_BROAD_EW,
  CENSUS_2021_DISABILITY_ENGLAND,
  CENSUS_2021_DISABILITY_EW,
  CENSUS_2021_ETHNIC_GROUP_ENGLAND,
  CENSUS_2021_ETHNIC_GROUP_EW,
  CENSUS_2021_SEX_ENGLAND,
  CENSUS_2021_SEX_EW,
  IMD_2019_DECILES_UNIFORM,
  IMD_2019_QUINTILES_UNIFORM,
  IMD_2025_DECILES_UNIFORM,
  IMD_2025_QUINTILES_UNIFORM,
  IMD_EDITIONS,
  imdDecile,
  type ImdEdition,
  imdQuintile,
  REFERENCE_TABLES,
  type ReferenceBasis,
  type ReferenceCategory,
  type ReferenceDimension,
  type ReferenceGeography,
  type ReferenceTable,
  referenceTableInForce,
} from "./census.js";
export {
  CIHR_SPOR_PEF_AREA_IDS,
  CIHR_SPOR_PEF_IDS,
  CIHR_SPOR_PEF_PRINCIPLE_IDS,
  cihrSporPef,
  type CihrSporPefItemId,
} from "./cihr-spor-pef.js";
export {
  CROSSWALK_VERSION,
  type CrosswalkBasis,
  type CrosswalkRow,
  crosswalkRowFor,
  INFLUENCE_CROSSWALK,
  influenceLevelOf,
  toInfluenceLevel,
} from "./crosswalk.js";
export {
  CRUK_ACTIVITY_MODES_IDS,
  crukActivityModes,
  type CrukActivityModesItemId,
} from "./cruk-activity-modes.js";
export {
  CRUK_INVOLVEMENT_DEPTH_IDS,
  crukInvolvementDepth,
  type CrukInvolvementDepthItemId,
} from "./cruk-involvement-depth.js";
export {
  AGE_BAND_IDS,
  DEMOGRAPHIC_DIMENSIONS,
  type DemographicCategory,
  type DemographicDimension,
  type DemographicKey,
  DISABILITY_IDS,
  ETHNIC_GROUP_IDS,
  IMD_DECILES,
  PREFER_NOT_TO_SAY,
  SEX_IDS,
} from "./demographic-dimensions.js";
export {
  type DisclosurePolicy,
  disclosurePresets,
  type PercentageRule,
  type PolicyPresetId,
} from "./disclosure-presets.js";
export { fftSeries } from "./fft-questions.js";
export { FRE_BANDS, FRE_BANDS_SOURCE, type FreBand } from "./flesch-reading-ease-bands.js";
export {
  GRIPP2_LF_IDS,
  GRIPP2_LF_UNVERIFIED_SECTIONS,
  type Gripp2LfItemId,
  gripp2LongForm,
} from "./gripp2-lf.js";
export { GRIPP2_SF_IDS, type Gripp2SfItemId, gripp2ShortForm } from "./gripp2-sf.js";
export { gripp2 } from "./gripp2.js";
export { IAP2_SPECTRUM_IDS, iap2Spectrum, type Iap2SpectrumItemId } from "./iap2-spectrum.js";
export {
  INVOLVE_APPROACHES_IDS,
  involveApproaches,
  type InvolveApproachesItemId,
} from "./involve-approaches.js";
export {
  INVOLVE_COPRODUCTION_2018_FEATURE_IDS,
  INVOLVE_COPRODUCTION_2018_IDS,
  INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS,
  involveCoproduction2018,
  type InvolveCoproduction2018ItemId,
} from "./involve-coproduction-2018.js";
export {
  INVOLVE_RESEARCH_CYCLE_IDS,
  involveResearchCycle,
  type InvolveResearchCycleItemId,
  mapStageLabel,
  RESEARCH_STAGE_LABEL_MAP,
  researchCycle,
  type ResearchStageId,
  type StageLabelMapping,
} from "./involve-research-cycle.js";
export { type InvolvementScaleId, involvementScales } from "./involvement-scales.js";
export {
  LANDIS_KOCH_BANDS,
  LANDIS_KOCH_BANDS_SOURCE,
  type LandisKochBand,
} from "./landis-koch-bands.js";
export {
  NCCPE_EDGE_DIMENSION_IDS,
  NCCPE_EDGE_FOCAL_POINT_IDS,
  NCCPE_EDGE_IDS,
  NCCPE_EDGE_LEVEL_IDS,
  nccpeEdge,
  type NccpeEdgeFocalPointId,
  type NccpeEdgeItemId,
  type NccpeEdgeLevelId,
} from "./nccpe-edge.js";
export {
  NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS,
  nhsAct2006InvolvementDuties,
  type NhsAct2006InvolvementDutiesItemId,
} from "./nhs-act-2006-involvement-duties.js";
export {
  NHS_INVOLVEMENT_SCOPE_IDS,
  nhsInvolvementScope,
  type NhsInvolvementScopeItemId,
} from "./nhs-involvement-scope.js";
export {
  NHSE_WORKING_IN_PARTNERSHIP_2022_IDS,
  nhseWorkingInPartnership2022,
  type NhseWorkingInPartnership2022ItemId,
} from "./nhse-working-in-partnership-2022.js";
export {
  NIHR_ACTIVITY_MODES_IDS,
  nihrActivityModes,
  type NihrActivityModesItemId,
} from "./nihr-activity-modes.js";
export {
  applyUplift,
  type DatedRate,
  NIHR_PAYMENT_RATES,
  NIHR_RATE_RANGES,
  NIHR_UPLIFT_2025,
  type PaymentRate,
  type PaymentRateRange,
  type PaymentScheme,
  type PaymentUnit,
  rateInForce,
  type RateQuery,
  type UpliftRounding,
} from "./payment-rates.js";
export {
  PEIRS22_ITEM_MAX,
  PEIRS22_ITEMS,
  PEIRS22_ITEMS_SOURCE,
  PEIRS22_VALIDATION,
} from "./peirs22.js";
export { PFMD_PEQG_IDS, pfmdPeqg, type PfmdPeqgItemId } from "./pfmd-peqg.js";
export {
  piiaf,
  PIIAF_ASSESSMENT_TYPE_IDS,
  PIIAF_ELEMENT_IDS,
  PIIAF_IDS,
  PIIAF_PHASE_IDS,
  type PiiafItemId,
} from "./piiaf.js";
export {
  pirit,
  PIRIT_AIM_IDS,
  PIRIT_IDS,
  PIRIT_TOOL_IDS,
  PIRIT_TRACKING_FIELD_IDS,
  type PiritItemId,
} from "./pirit.js";
export {
  PPEET_PRINCIPLES_IDS,
  ppeetPrinciples,
  type PpeetPrinciplesItemId,
} from "./ppeet-principles.js";
export { PPEET_OPTIONS, PPEET_OPTIONS_SOURCE, type PpeetOption } from "./ppeet-response-options.js";
export {
  type InfluenceLevel,
  PPIE_INFLUENCE_LEVEL_IDS,
  ppieInfluenceLevel,
  type PpieInfluenceLevelItemId,
} from "./ppie-influence-level.js";
export {
  type BuiltinFrameworkId,
  builtinFrameworks,
  createFrameworkRegistry,
  defineFramework,
  type FrameworkRegistry,
} from "./registry.js";
export {
  SCIE_COPRODUCTION_PRINCIPLES_IDS,
  SCIE_WHOLE_SYSTEMS_PIECE_IDS,
  scieCoproductionPrinciples,
  type ScieCoproductionPrinciplesItemId,
} from "./scie-coproduction-principles.js";
export {
  STRATEGY_METRIC_KIND_IDS,
  STRATEGY_PILLAR_IDS,
  type StrategyMetricKind,
  type StrategyMetricKindId,
  strategyMetricKinds,
  type StrategyPillarId,
  strategyPillars,
} from "./strategy-pillars.js";
export {
  TLAP_COPRODUCTION_LADDER_GROUP_IDS,
  TLAP_COPRODUCTION_LADDER_IDS,
  tlapCoproductionLadder,
  type TlapCoproductionLadderGroupId,
  type TlapCoproductionLadderItemId,
} from "./tlap-coproduction-ladder.js";
export {
  TLAP_CRITICAL_FRIENDS_DEFINITION_IDS,
  tlapCriticalFriendsDefinition,
  type TlapCriticalFriendsDefinitionItemId,
} from "./tlap-critical-friends-definition.js";
export { designChoices } from "./design-choices.js";
export { itemSource } from "./item-source.js";
export { publications } from "./publications.js";
export type {
  Framework,
  FrameworkEvidence,
  FrameworkGroup,
  FrameworkItem,
  FrameworkList,
  FrameworkSource,
  Scale,
} from "./types.js";
export {
  UCLPARTNERS_PPIE_2025_2028_IDS,
  uclpartnersPpie20252028,
  type UclpartnersPpie20252028ItemId,
} from "./uclpartners-ppie-2025-2028.js";
export {
  UK_STANDARDS_2019_IDS,
  UK_STANDARDS_2019_QUESTION_AVAILABILITY,
  UK_STANDARDS_2019_QUESTION_IDS,
  UK_STANDARDS_2019_STANDARD_IDS,
  type UkStandardId,
  ukStandards,
  ukStandards2019,
  type UkStandards2019ItemId,
} from "./uk-standards-2019.js";
export {
  UK_STANDARDS_DRAFT_2018_IDS,
  UK_STANDARDS_DRAFT_2018_INDICATOR_IDS,
  UK_STANDARDS_DRAFT_2018_STANDARD_IDS,
  ukStandardsDraft2018,
  type UkStandardsDraft2018ItemId,
} from "./uk-standards-draft-2018.js";
