/**
 * ppie reference data: the published PPIE frameworks as typed, versioned data (scales, research
 * cycle, standards, checklists, principles), the crosswalk onto the public influence level,
 * dated payment rates and reference population tables. Named re-exports only; no logic.
 *
 * @packageDocumentation
 */

export type { FourPiStandardsItemId } from "./4pi-standards.js";
export {
  FOUR_PI_STANDARDS_IDS,
  fourPiStandards,
} from "./4pi-standards.js";
export type { PublicActivityMode } from "./activity-modes.js";
export { PUBLIC_ACTIVITY_MODES } from "./activity-modes.js";
export type {
  ArnsteinLadderItemId,
  ArnsteinLadderGroupId,
} from "./arnstein-ladder.js";
export {
  ARNSTEIN_LADDER_IDS,
  ARNSTEIN_LADDER_GROUP_IDS,
  arnsteinLadder,
} from "./arnstein-ladder.js";
export type { Boivin2018JustificationType } from "./boivin-2018-evaluation.js";
export {
  BOIVIN_2018_JUSTIFICATION_TYPES,
  boivin2018Evaluation,
} from "./boivin-2018-evaluation.js";
export type {
  ReferenceDimension,
  ReferenceGeography,
  ReferenceBasis,
  ReferenceCategory,
  ReferenceTable,
  ImdEdition,
} from "./census.js";
export {
  CENSUS_2021_ETHNIC_GROUP_EW,
  CENSUS_2021_ETHNIC_GROUP_ENGLAND,
  CENSUS_2021_SEX_ENGLAND,
  CENSUS_2021_SEX_EW,
  CENSUS_2021_DISABILITY_ENGLAND,
  CENSUS_2021_DISABILITY_EW,
  CENSUS_2021_AGE_BROAD_EW,
  IMD_EDITIONS,
  imdDecile,
  imdQuintile,
  IMD_2019_DECILES_UNIFORM,
  IMD_2025_DECILES_UNIFORM,
  IMD_2019_QUINTILES_UNIFORM,
  IMD_2025_QUINTILES_UNIFORM,
  REFERENCE_TABLES,
  referenceTableInForce,
} from "./census.js";
export type { CihrSporPefItemId } from "./cihr-spor-pef.js";
export {
  CIHR_SPOR_PEF_PRINCIPLE_IDS,
  CIHR_SPOR_PEF_AREA_IDS,
  CIHR_SPOR_PEF_IDS,
  cihrSporPef,
} from "./cihr-spor-pef.js";
export type {
  CrosswalkBasis,
  CrosswalkRow,
} from "./crosswalk.js";
export {
  CROSSWALK_VERSION,
  INFLUENCE_CROSSWALK,
  influenceLevelOf,
  crosswalkRowFor,
  toInfluenceLevel,
} from "./crosswalk.js";
export type { CrukActivityModesItemId } from "./cruk-activity-modes.js";
export {
  CRUK_ACTIVITY_MODES_IDS,
  crukActivityModes,
} from "./cruk-activity-modes.js";
export type { CrukInvolvementDepthItemId } from "./cruk-involvement-depth.js";
export {
  CRUK_INVOLVEMENT_DEPTH_IDS,
  crukInvolvementDepth,
} from "./cruk-involvement-depth.js";
export type { Gripp2LfItemId } from "./gripp2-lf.js";
export {
  GRIPP2_LF_IDS,
  GRIPP2_LF_UNVERIFIED_SECTIONS,
  gripp2LongForm,
} from "./gripp2-lf.js";
export type { Gripp2SfItemId } from "./gripp2-sf.js";
export {
  GRIPP2_SF_IDS,
  gripp2ShortForm,
} from "./gripp2-sf.js";
export { gripp2 } from "./gripp2.js";
export type { Iap2SpectrumItemId } from "./iap2-spectrum.js";
export {
  IAP2_SPECTRUM_IDS,
  iap2Spectrum,
} from "./iap2-spectrum.js";
export type { InvolveApproachesItemId } from "./involve-approaches.js";
export {
  INVOLVE_APPROACHES_IDS,
  involveApproaches,
} from "./involve-approaches.js";
export type { InvolveCoproduction2018ItemId } from "./involve-coproduction-2018.js";
export {
  INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS,
  INVOLVE_COPRODUCTION_2018_FEATURE_IDS,
  INVOLVE_COPRODUCTION_2018_IDS,
  involveCoproduction2018,
} from "./involve-coproduction-2018.js";
export type {
  InvolveResearchCycleItemId,
  ResearchStageId,
  StageLabelMapping,
} from "./involve-research-cycle.js";
export {
  INVOLVE_RESEARCH_CYCLE_IDS,
  involveResearchCycle,
  researchCycle,
  RESEARCH_STAGE_LABEL_MAP,
  mapStageLabel,
} from "./involve-research-cycle.js";
export type {
  NccpeEdgeLevelId,
  NccpeEdgeFocalPointId,
  NccpeEdgeItemId,
} from "./nccpe-edge.js";
export {
  NCCPE_EDGE_LEVEL_IDS,
  NCCPE_EDGE_DIMENSION_IDS,
  NCCPE_EDGE_FOCAL_POINT_IDS,
  NCCPE_EDGE_IDS,
  nccpeEdge,
} from "./nccpe-edge.js";
export type { NhsAct2006InvolvementDutiesItemId } from "./nhs-act-2006-involvement-duties.js";
export {
  NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS,
  nhsAct2006InvolvementDuties,
} from "./nhs-act-2006-involvement-duties.js";
export type { NhsInvolvementScopeItemId } from "./nhs-involvement-scope.js";
export {
  NHS_INVOLVEMENT_SCOPE_IDS,
  nhsInvolvementScope,
} from "./nhs-involvement-scope.js";
export type { NhseWorkingInPartnership2022ItemId } from "./nhse-working-in-partnership-2022.js";
export {
  NHSE_WORKING_IN_PARTNERSHIP_2022_IDS,
  nhseWorkingInPartnership2022,
} from "./nhse-working-in-partnership-2022.js";
export type { NihrActivityModesItemId } from "./nihr-activity-modes.js";
export {
  NIHR_ACTIVITY_MODES_IDS,
  nihrActivityModes,
} from "./nihr-activity-modes.js";
export type {
  PaymentScheme,
  PaymentUnit,
  PaymentRate,
  PaymentRateRange,
  RateQuery,
  UpliftRounding,
} from "./payment-rates.js";
export {
  NIHR_UPLIFT_2025,
  NIHR_RATE_RANGES,
  NIHR_PAYMENT_RATES,
  rateInForce,
  applyUplift,
} from "./payment-rates.js";
export type { PfmdPeqgItemId } from "./pfmd-peqg.js";
export {
  PFMD_PEQG_IDS,
  pfmdPeqg,
} from "./pfmd-peqg.js";
export type { PiiafItemId } from "./piiaf.js";
export {
  PIIAF_ELEMENT_IDS,
  PIIAF_PHASE_IDS,
  PIIAF_ASSESSMENT_TYPE_IDS,
  PIIAF_IDS,
  piiaf,
} from "./piiaf.js";
export type { PiritItemId } from "./pirit.js";
export {
  PIRIT_AIM_IDS,
  PIRIT_TOOL_IDS,
  PIRIT_TRACKING_FIELD_IDS,
  PIRIT_IDS,
  pirit,
} from "./pirit.js";
export type { PpeetPrinciplesItemId } from "./ppeet-principles.js";
export {
  PPEET_PRINCIPLES_IDS,
  ppeetPrinciples,
} from "./ppeet-principles.js";
export type {
  PpieInfluenceLevelItemId,
  InfluenceLevel,
} from "./ppie-influence-level.js";
export {
  PPIE_INFLUENCE_LEVEL_IDS,
  ppieInfluenceLevel,
} from "./ppie-influence-level.js";
export type {
  BuiltinFrameworkId,
  FrameworkRegistry,
} from "./registry.js";
export {
  builtinFrameworks,
  createFrameworkRegistry,
  defineFramework,
} from "./registry.js";
export type { ScieCoproductionPrinciplesItemId } from "./scie-coproduction-principles.js";
export {
  SCIE_COPRODUCTION_PRINCIPLES_IDS,
  SCIE_WHOLE_SYSTEMS_PIECE_IDS,
  scieCoproductionPrinciples,
} from "./scie-coproduction-principles.js";
export type {
  StrategyPillarId,
  StrategyMetricKindId,
  StrategyMetricKind,
} from "./strategy-pillars.js";
export {
  STRATEGY_PILLAR_IDS,
  STRATEGY_METRIC_KIND_IDS,
  strategyMetricKinds,
  strategyPillars,
} from "./strategy-pillars.js";
export type {
  TlapCoproductionLadderItemId,
  TlapCoproductionLadderGroupId,
} from "./tlap-coproduction-ladder.js";
export {
  TLAP_COPRODUCTION_LADDER_IDS,
  TLAP_COPRODUCTION_LADDER_GROUP_IDS,
  tlapCoproductionLadder,
} from "./tlap-coproduction-ladder.js";
export type { TlapCriticalFriendsDefinitionItemId } from "./tlap-critical-friends-definition.js";
export {
  TLAP_CRITICAL_FRIENDS_DEFINITION_IDS,
  tlapCriticalFriendsDefinition,
} from "./tlap-critical-friends-definition.js";
export type {
  FrameworkSource,
  FrameworkEvidence,
  FrameworkItem,
  FrameworkGroup,
  FrameworkList,
  Framework,
  Scale,
} from "./types.js";
export type { UclpartnersPpie20252028ItemId } from "./uclpartners-ppie-2025-2028.js";
export {
  UCLPARTNERS_PPIE_2025_2028_IDS,
  uclpartnersPpie20252028,
} from "./uclpartners-ppie-2025-2028.js";
export type {
  UkStandardId,
  UkStandards2019ItemId,
} from "./uk-standards-2019.js";
export {
  UK_STANDARDS_2019_STANDARD_IDS,
  UK_STANDARDS_2019_QUESTION_IDS,
  UK_STANDARDS_2019_IDS,
  UK_STANDARDS_2019_QUESTION_AVAILABILITY,
  ukStandards2019,
  ukStandards,
} from "./uk-standards-2019.js";
export type { UkStandardsDraft2018ItemId } from "./uk-standards-draft-2018.js";
export {
  UK_STANDARDS_DRAFT_2018_STANDARD_IDS,
  UK_STANDARDS_DRAFT_2018_INDICATOR_IDS,
  UK_STANDARDS_DRAFT_2018_IDS,
  ukStandardsDraft2018,
} from "./uk-standards-draft-2018.js";
export { type InvolvementScaleId, involvementScales } from "./involvement-scales.js";
