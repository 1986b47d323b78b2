export {
  type BuiltinRule,
  type BuiltinRuleOptions,
  CHECK_CODES,
  type CheckOptions,
  checkDataset,
  type RuleSetting,
  type RuleSettings,
} from "./check.js";
export type { FrameworkLookup, RuleContext } from "./context.js";
export {
  type AnyRule,
  defineRule,
  type Rule,
  type RuleCategory,
  type RuleEntity,
  type RuleFinding,
  type RuleSource,
} from "./define.js";
export { diagnosticsMarkdown } from "./docs.js";
export { type FormatOptions, formatDiagnostics, formatDiagnosticsJson } from "./format.js";
export { PARSE_CODES, type ParseCode } from "./parse-codes.js";
export { type BuiltinRuleCode, builtinRules } from "./registry.js";
export { sortDiagnostics } from "./sort.js";
export { activityAccessNeedsNoAdjustment } from "./activity-access-needs-no-adjustment.js";
export { activityFeedbackFormatUnmet } from "./activity-feedback-format-unmet.js";
export { activityEndsBeforeStart } from "./activity-ends-before-start.js";
export { activityNoFeedbackToContributors } from "./activity-no-feedback-to-contributors.js";
export { activityOutsideProjectDates } from "./activity-outside-project-dates.js";
export { activityUndeclaredScale } from "./activity-undeclared-scale.js";
export { activityUnknownLevel } from "./activity-unknown-level.js";
export { contributorDemographicsWithoutConsent } from "./contributor-demographics-without-consent.js";
export { eventBursaryPlacesFewerThanListed } from "./event-bursary-places-fewer-than-listed.js";
export { eventEndsBeforeStart } from "./event-ends-before-start.js";
export { eventUnknownSeldomHeardGroup } from "./event-unknown-seldom-heard-group.js";
export { feedbackBeforeActivity } from "./feedback-before-activity.js";
export { groupNoSeldomHeard } from "./group-no-seldom-heard.js";
export { organisationSeldomHeardGroupNotInvolved } from "./organisation-seldom-heard-group-not-involved.js";
export { impactNoActivity } from "./impact-no-activity.js";
export { paymentBeforeActivity } from "./payment-before-activity.js";
export { paymentDeclineNotRecorded } from "./payment-decline-not-recorded.js";
export { paymentDeclinedButPaid } from "./payment-declined-but-paid.js";
export { paymentDeclinedPaidDate } from "./payment-declined-paid-date.js";
export { paymentNoRate } from "./payment-no-rate.js";
export { paymentNotOfferedNoReason } from "./payment-not-offered-no-reason.js";
export { paymentOffRate } from "./payment-off-rate.js";
export { positionEndsBeforeStart } from "./position-ends-before-start.js";
export { privacyIdentifierInText } from "./privacy-identifier-in-text.js";
export { projectCoproducedFewStages } from "./project-coproduced-few-stages.js";
export { projectGripp2DataMissing } from "./project-gripp2-data-missing.js";
export { scaleUnknown } from "./scale-unknown.js";
export { serviceChangeConsultationShorterThanMinimum } from "./service-change-consultation-shorter-than-minimum.js";
export { serviceChangeDecisionBeforeConsultationClosed } from "./service-change-decision-before-consultation-closed.js";
export { serviceChangeNoAssessment } from "./service-change-no-assessment.js";
export { serviceChangeNoPublishedFeedback } from "./service-change-no-published-feedback.js";
export { serviceChangeResponsesNotConsidered } from "./service-change-responses-not-considered.js";
export { serviceChangeSeldomHeardNotReached } from "./service-change-seldom-heard-not-reached.js";
export { serviceChangeSubstantialNoScrutiny } from "./service-change-substantial-no-scrutiny.js";
export { stageNotInCycle } from "./stage-not-in-cycle.js";
export { strategyMetricNoTarget } from "./strategy-metric-no-target.js";
export { strategyPillarNoMetric } from "./strategy-pillar-no-metric.js";
export { strategyTargetOutsidePeriod } from "./strategy-target-outside-period.js";
export { strategyTargetsOverlap } from "./strategy-targets-overlap.js";
