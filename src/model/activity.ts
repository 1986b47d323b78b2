import * as z from "zod";
import {
  ActivityModeSchema,
  IdSchema,
  IsoDateSchema,
  LevelSchema,
  MinutesSchema,
  NameSchema,
  ResearchStageSchema,
  TextSchema,
} from "./common.js";

/**
 * Whether payment was offered to a contributor for an activity. `declined` is kept as
 * declined (never lost); `not-offered` needs a `reason` (the rules check it);
 * `not-applicable` covers people already paid for the work, such as staff in working hours,
 * who NIHR's payment guidance says are generally not eligible for a fee.
 *
 * @category Schemas
 */
export const PaymentOfferSchema = z.strictObject({
  status: z.enum(["offered", "declined", "not-offered", "not-applicable"]),
  reason: TextSchema.optional(),
  rateCode: IdSchema.optional(),
});

/**
 * One contributor's part in an activity: how long they gave and what payment was offered.
 *
 * @category Schemas
 */
export const ActivityContributorSchema = z.strictObject({
  contributorId: IdSchema,
  minutes: MinutesSchema,
  role: IdSchema.optional(),
  payment: PaymentOfferSchema,
});

/**
 * Something that happened because of an activity, when contributors were told, and, where
 * recorded, the formats they were told in (`feedbackFormats`, e.g. `"standard-print"`,
 * `"email"`, `"easy-read"`, `"large-print"`): the rule `activity/feedback-format-unmet` checks
 * them against contributors' access needs.
 *
 * @category Schemas
 */
export const OutcomeSchema = z.strictObject({
  summary: TextSchema,
  date: IsoDateSchema.optional(),
  feedbackToContributorsDate: IsoDateSchema.optional(),
  feedbackFormats: z.array(IdSchema).optional(),
});

/**
 * A headcount of people who took part without a record each: a citizen-science project's
 * volunteers, a crowd at a drop-in. `who` says who they were, in words.
 *
 * @category Schemas
 */
export const HeadcountSchema = z.strictObject({
  people: z.int().positive(),
  who: TextSchema,
});

/**
 * One involvement, engagement or participation activity: a meeting, workshop, review,
 * interview and so on. `method` is open (e.g. "workshop", "document-review",
 * "steering-group-meeting", "focus-group", "survey", "interview", "co-design-session").
 * `level` places it on a named scale; `scope` is NHS individual vs collective involvement
 * (NHS England's statutory guidance on patient and public participation, 2017). `headcount`
 * counts people who took part without a record each (e.g. citizen scientists), beside the
 * `contributors` listed by id.
 *
 * @category Schemas
 */
export const ActivitySchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema.optional(),
  groupId: IdSchema.optional(),
  title: NameSchema,
  mode: ActivityModeSchema,
  method: IdSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  stages: z.array(ResearchStageSchema).default([]),
  level: LevelSchema.optional(),
  scope: z.enum(["individual", "collective"]).default("collective"),
  contributors: z.array(ActivityContributorSchema).default([]),
  headcount: HeadcountSchema.optional(),
  adjustments: z.array(IdSchema).default([]),
  outcomes: z.array(OutcomeSchema).default([]),
  notes: TextSchema.optional(),
});

/** A payment offer. @category Model */
export type PaymentOffer = z.infer<typeof PaymentOfferSchema>;
/** One contributor's part in an activity. @category Model */
export type ActivityContributor = z.infer<typeof ActivityContributorSchema>;
/** An activity outcome. @category Model */
export type Outcome = z.infer<typeof OutcomeSchema>;
/** A headcount of people without a record each. @category Model */
export type Headcount = z.infer<typeof HeadcountSchema>;
/** An involvement, engagement or participation activity. @category Model */
export type Activity = z.infer<typeof ActivitySchema>;
