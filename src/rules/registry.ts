import { activityAccessNeedsNoAdjustment } from "./activity-access-needs-no-adjustment.js";
import { activityEndsBeforeStart } from "./activity-ends-before-start.js";
import { activityFeedbackFormatUnmet } from "./activity-feedback-format-unmet.js";
import { activityNoFeedbackToContributors } from "./activity-no-feedback-to-contributors.js";
import { activityOutsideProjectDates } from "./activity-outside-project-dates.js";
import { activityUndeclaredScale } from "./activity-undeclared-scale.js";
import { activityUnknownLevel } from "./activity-unknown-level.js";
import { contributorDemographicsWithoutConsent } from "./contributor-demographics-without-consent.js";
import { eventBursaryPlacesFewerThanListed } from "./event-bursary-places-fewer-than-listed.js";
import { eventEndsBeforeStart } from "./event-ends-before-start.js";
import { eventUnknownSeldomHeardGroup } from "./event-unknown-seldom-heard-group.js";
import { feedbackBeforeActivity } from "./feedback-before-activity.js";
import { groupNoSeldomHeard } from "./group-no-seldom-heard.js";
import { impactNoActivity } from "./impact-no-activity.js";
import { organisationSeldomHeardGroupNotInvolved } from "./organisation-seldom-heard-group-not-involved.js";
import { paymentBeforeActivity } from "./payment-before-activity.js";
import { paymentDeclineNotRecorded } from "./payment-decline-not-recorded.js";
import { paymentDeclinedButPaid } from "./payment-declined-but-paid.js";
import { paymentDeclinedPaidDate } from "./payment-declined-paid-date.js";
import { paymentNoRate } from "./payment-no-rate.js";
import { paymentNotOfferedNoReason } from "./payment-not-offered-no-reason.js";
import { paymentOffRate } from "./payment-off-rate.js";
import { positionEndsBeforeStart } from "./position-ends-before-start.js";
import { privacyIdentifierInText } from "./privacy-identifier-in-text.js";
import { projectCoproducedFewStages } from "./project-coproduced-few-stages.js";
import { projectGripp2DataMissing } from "./project-gripp2-data-missing.js";
import { scaleUnknown } from "./scale-unknown.js";
import { serviceChangeConsultationEndsBeforeStart } from "./service-change-consultation-ends-before-start.js";
import { serviceChangeConsultationShorterThanMinimum } from "./service-change-consultation-shorter-than-minimum.js";
import { serviceChangeDecisionBeforeConsultationClosed } from "./service-change-decision-before-consultation-closed.js";
import { serviceChangeNoAssessment } from "./service-change-no-assessment.js";
import { serviceChangeNoPublishedFeedback } from "./service-change-no-published-feedback.js";
import { serviceChangeResponsesNotConsidered } from "./service-change-responses-not-considered.js";
import { serviceChangeSeldomHeardNotReached } from "./service-change-seldom-heard-not-reached.js";
import { serviceChangeSubstantialNoScrutiny } from "./service-change-substantial-no-scrutiny.js";
import { stageNotInCycle } from "./stage-not-in-cycle.js";
import { strategyMetricNoTarget } from "./strategy-metric-no-target.js";
import { strategyPillarNoMetric } from "./strategy-pillar-no-metric.js";
import { strategyTargetOutsidePeriod } from "./strategy-target-outside-period.js";
import { strategyTargetsOverlap } from "./strategy-targets-overlap.js";

/**
 * Every built-in domain rule, grouped by area (dates, involvement, payment, privacy, closing
 * the loop, inclusion, strategy, reporting, the legal duty to involve). Each has a stable
 * code, a default severity, its source and typed options. `checkDataset` runs them all unless
 * switched off.
 *
 * @example
 * ```ts
 * builtinRules.map((r) => r.code).includes("payment/off-rate"); // true
 * ```
 * @category Rules
 */
export const builtinRules = [
  activityEndsBeforeStart,
  activityOutsideProjectDates,
  eventEndsBeforeStart,
  positionEndsBeforeStart,
  paymentBeforeActivity,
  feedbackBeforeActivity,
  projectCoproducedFewStages,
  activityUndeclaredScale,
  activityUnknownLevel,
  scaleUnknown,
  stageNotInCycle,
  paymentNotOfferedNoReason,
  paymentOffRate,
  paymentNoRate,
  paymentDeclinedButPaid,
  paymentDeclinedPaidDate,
  paymentDeclineNotRecorded,
  contributorDemographicsWithoutConsent,
  privacyIdentifierInText,
  activityNoFeedbackToContributors,
  impactNoActivity,
  eventBursaryPlacesFewerThanListed,
  activityAccessNeedsNoAdjustment,
  activityFeedbackFormatUnmet,
  groupNoSeldomHeard,
  eventUnknownSeldomHeardGroup,
  organisationSeldomHeardGroupNotInvolved,
  strategyMetricNoTarget,
  strategyTargetOutsidePeriod,
  strategyTargetsOverlap,
  strategyPillarNoMetric,
  projectGripp2DataMissing,
  serviceChangeNoAssessment,
  serviceChangeConsultationEndsBeforeStart,
  serviceChangeDecisionBeforeConsultationClosed,
  serviceChangeConsultationShorterThanMinimum,
  serviceChangeSubstantialNoScrutiny,
  serviceChangeResponsesNotConsidered,
  serviceChangeNoPublishedFeedback,
  serviceChangeSeldomHeardNotReached,
] as const;

/**
 * The code of a built-in rule, e.g. `"payment/off-rate"`.
 *
 * @example
 * ```ts
 * const code: BuiltinRuleCode = "activity/ends-before-start";
 * ```
 * @category Rules
 */
export type BuiltinRuleCode = (typeof builtinRules)[number]["code"];
