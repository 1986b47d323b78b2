import * as z from "zod";
import { SERVICE_CHANGE_DUTIES } from "../frameworks/service-change-law.js";
import { IdSchema, IsoDateSchema, NameSchema, TextSchema } from "./common.js";

/**
 * The organisation's assessment of whether the legal duty to involve the public applies to a
 * proposal, and why: the date it was made, who made it (a role or a body, such as "Executive
 * committee", never a person's name) and the reasoning.
 *
 * @category Schemas
 */
export const DutyAssessmentSchema = z.strictObject({
  date: IsoDateSchema,
  decidedBy: NameSchema,
  dutyApplies: z.boolean(),
  reason: TextSchema,
});

/**
 * The people and communities a proposal affects: who they are, the seldom-heard groups among
 * them (ids the organisation lists in `seldomHeardGroups`), and the equality and
 * health-inequalities consideration.
 *
 * @category Schemas
 */
export const AffectedPeopleSchema = z.strictObject({
  description: TextSchema.optional(),
  seldomHeardGroups: z.array(IdSchema).default([]),
  equalityConsideration: TextSchema.optional(),
});

/**
 * A formal consultation: the period it ran (first and last day, both included), what people
 * were given to consider, and how many responses came in.
 *
 * @category Schemas
 */
export const ConsultationSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
  information: TextSchema.optional(),
  responses: z.int().nonnegative().max(100_000_000).optional(),
});

/**
 * The local authority's health overview and scrutiny committee consulted on a substantial
 * development or variation: its name, when it was consulted, and what it said.
 *
 * @category Schemas
 */
export const ScrutinyConsultationSchema = z.strictObject({
  committee: NameSchema,
  date: IsoDateSchema,
  response: TextSchema.optional(),
});

/**
 * The decision on a proposal: when it was made, who made it (a board or committee, not a
 * person's name), what was decided, and how the responses were considered: what changed
 * because of what people said, or why it did not.
 *
 * @category Schemas
 */
export const ServiceChangeDecisionSchema = z.strictObject({
  date: IsoDateSchema,
  maker: NameSchema,
  summary: TextSchema,
  responsesConsidered: TextSchema.optional(),
});

/**
 * A proposal to change an NHS service, with the record of how the public were involved in it:
 * the organisation making it and the section of the NHS Act 2006 whose duty to involve binds it
 * (`duty`: section 242 for NHS trusts and foundation trusts, 14Z45 for integrated care boards,
 * 13Q for NHS England); the assessment of whether the duty applies; whether it is a substantial
 * development or variation (for consulting the local authority's scrutiny committee); the people
 * and communities affected; the involvement and consultation activities, by id; the
 * consultation; the scrutiny committee consulted; the decision; the "you said, we did" impact
 * records; and when feedback on the outcome was published. The rules with codes under
 * `service-change/` check the record, and the `service-change` report presents it.
 *
 * @category Schemas
 */
export const ServiceChangeSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  title: NameSchema,
  proposal: TextSchema,
  duty: z.enum(SERVICE_CHANGE_DUTIES),
  assessment: DutyAssessmentSchema.optional(),
  substantial: z.boolean().optional(),
  affected: AffectedPeopleSchema.default({ seldomHeardGroups: [] }),
  activityIds: z.array(IdSchema).default([]),
  consultation: ConsultationSchema.optional(),
  scrutiny: ScrutinyConsultationSchema.optional(),
  decision: ServiceChangeDecisionSchema.optional(),
  impactIds: z.array(IdSchema).default([]),
  feedbackPublished: IsoDateSchema.optional(),
});

/** An assessment of whether the duty to involve applies. @category Model */
export type DutyAssessment = z.infer<typeof DutyAssessmentSchema>;
/** The people and communities a proposal affects. @category Model */
export type AffectedPeople = z.infer<typeof AffectedPeopleSchema>;
/** A formal consultation. @category Model */
export type Consultation = z.infer<typeof ConsultationSchema>;
/** A scrutiny committee consulted. @category Model */
export type ScrutinyConsultation = z.infer<typeof ScrutinyConsultationSchema>;
/** The decision on a proposal. @category Model */
export type ServiceChangeDecision = z.infer<typeof ServiceChangeDecisionSchema>;
/** A proposal to change a service, with the record of how the public were involved. @category Model */
export type ServiceChange = z.infer<typeof ServiceChangeSchema>;
