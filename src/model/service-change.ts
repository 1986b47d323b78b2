import * as z from "zod";
import { SERVICE_CHANGE_DUTIES } from "../frameworks/service-change-law.js";
import { IdSchema, IsoDateSchema, NameSchema, TextSchema } from "./common.js";

/**
 * A proposal to change an NHS service, with the record of how the public were involved in it:
 *
 * - `organisationId`, `title`, `proposal`: who proposes what, and why;
 * - `duty`: the section of the NHS Act 2006 whose duty to involve binds the organisation
 *   (`nhs-act-2006-s242` for NHS trusts and foundation trusts, `nhs-act-2006-s14z45` for
 *   integrated care boards, `nhs-act-2006-s13q` for NHS England);
 * - `assessment`: whether the duty applies and why, with when and by whom (a role or a body,
 *   such as "Executive committee", never a person's name);
 * - `substantial`: whether it is a substantial development or variation, so that the local
 *   authority's scrutiny committee must be consulted (left out until decided);
 * - `affected`: the people and communities affected, the seldom-heard groups among them (ids
 *   the organisation lists in `seldomHeardGroups`) and the equality and health-inequalities
 *   consideration;
 * - `activityIds`: the involvement and consultation activities;
 * - `consultation`: its first and last days (both included), what people were given to
 *   consider, and how many responses came in;
 * - `scrutiny`: the scrutiny committee consulted, when, and what it said;
 * - `decision`: when, by whom (a board or committee), what was decided, and how the responses
 *   were considered (what changed because of what people said, or why it did not);
 * - `impactIds`: "you said, we did" records for the proposal;
 * - `feedbackPublished`: when feedback on the outcome was published.
 *
 * The rules with codes under `service-change/` check the record, and the `service-change`
 * report presents it.
 *
 * @category Schemas
 */
export const ServiceChangeSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  title: NameSchema,
  proposal: TextSchema,
  duty: z.enum(SERVICE_CHANGE_DUTIES),
  assessment: z
    .strictObject({
      date: IsoDateSchema,
      decidedBy: NameSchema,
      dutyApplies: z.boolean(),
      reason: TextSchema,
    })
    .optional(),
  substantial: z.boolean().optional(),
  affected: z
    .strictObject({
      description: TextSchema.optional(),
      seldomHeardGroups: z.array(IdSchema).default([]),
      equalityConsideration: TextSchema.optional(),
    })
    .default({ seldomHeardGroups: [] }),
  activityIds: z.array(IdSchema).default([]),
  consultation: z
    .strictObject({
      start: IsoDateSchema,
      end: IsoDateSchema,
      information: TextSchema.optional(),
      responses: z.int().nonnegative().max(100_000_000).optional(),
    })
    .optional(),
  scrutiny: z
    .strictObject({
      committee: NameSchema,
      date: IsoDateSchema,
      response: TextSchema.optional(),
    })
    .optional(),
  decision: z
    .strictObject({
      date: IsoDateSchema,
      maker: NameSchema,
      summary: TextSchema,
      responsesConsidered: TextSchema.optional(),
    })
    .optional(),
  impactIds: z.array(IdSchema).default([]),
  feedbackPublished: IsoDateSchema.optional(),
});

/** A proposal to change a service, with the record of how the public were involved. @category Model */
export type ServiceChange = z.infer<typeof ServiceChangeSchema>;
/** An assessment of whether the duty to involve applies: when, by whom, the answer and why. @category Model */
export type DutyAssessment = NonNullable<ServiceChange["assessment"]>;
/** The people and communities a proposal affects. @category Model */
export type AffectedPeople = ServiceChange["affected"];
/** A formal consultation: its first and last days, the information given, the responses. @category Model */
export type Consultation = NonNullable<ServiceChange["consultation"]>;
/** The scrutiny committee consulted on a substantial change. @category Model */
export type ScrutinyConsultation = NonNullable<ServiceChange["scrutiny"]>;
/** The decision on a proposal and how the responses were considered. @category Model */
export type ServiceChangeDecision = NonNullable<ServiceChange["decision"]>;
