import * as z from "zod";
import { IdSchema, IsoDateSchema, ResearchStageSchema, TextSchema } from "./common.js";

/**
 * A "you said, we did" record: what changed because of involvement, at which research stage,
 * for better or worse, and how sure we are (intended, observed, confirmed), with evidence and
 * the activities and contributors it came from (PIRIT tracking, frameworks.md §8.5).
 *
 * @category Schemas
 */
export const ImpactRecordSchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema.optional(),
  activityIds: z.array(IdSchema).default([]),
  contributorIds: z.array(IdSchema).default([]),
  date: IsoDateSchema,
  stage: ResearchStageSchema.optional(),
  type: z.enum([
    "research-question",
    "design",
    "materials",
    "recruitment",
    "outcome-measures",
    "analysis",
    "dissemination",
    "service",
    "policy",
    "people",
    "organisation",
    "other",
  ]),
  youSaid: TextSchema,
  weDid: TextSchema,
  direction: z.enum(["positive", "negative", "mixed"]),
  status: z.enum(["intended", "observed", "confirmed"]),
  evidence: z.array(TextSchema).default([]),
  feedbackToContributorsDate: IsoDateSchema.optional(),
});

/** A "you said, we did" impact record. @category Model */
export type ImpactRecord = z.infer<typeof ImpactRecordSchema>;
