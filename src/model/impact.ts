import * as z from "zod";
import { IMPACT_DIRECTIONS, IMPACT_STATUSES, IMPACT_TYPES } from "./vocabulary.js";
import { IdSchema, IsoDateSchema, ResearchStageSchema, TextSchema } from "./common.js";

/**
 * A "you said, we did" record: what changed because of involvement, at which research stage,
 * for better or worse, and how sure we are (intended, observed, confirmed), with evidence and
 * what it came from (the fields of Cardiff University's PIRIT Tracking Tool): the activities,
 * engagement events and feedback records (a PALS contact, a story, an FFT return, a PPEET
 * response) that led to it, and the contributors.
 *
 * @category Schemas
 */
export const ImpactRecordSchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema.optional(),
  activityIds: z.array(IdSchema).default([]),
  eventIds: z.array(IdSchema).optional(),
  feedbackIds: z.array(IdSchema).optional(),
  contributorIds: z.array(IdSchema).default([]),
  date: IsoDateSchema,
  stage: ResearchStageSchema.optional(),
  type: z.enum(IMPACT_TYPES),
  youSaid: TextSchema,
  weDid: TextSchema,
  direction: z.enum(IMPACT_DIRECTIONS),
  status: z.enum(IMPACT_STATUSES),
  evidence: z.array(TextSchema).default([]),
  feedbackToContributorsDate: IsoDateSchema.optional(),
});

/** A "you said, we did" impact record. @category Model */
export type ImpactRecord = z.infer<typeof ImpactRecordSchema>;
