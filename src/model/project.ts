import * as z from "zod";
import { IdSchema, NameSchema, IsoDateSchema, ResearchStageSchema, TextSchema } from "./common.js";

/**
 * What a project wrote down about its involvement: the material GRIPP2 items draw on
 * (aim of involvement, definition used, methods, reflections).
 *
 * @category Schemas
 */
export const InvolvementPlanSchema = z.strictObject({
  aim: TextSchema.optional(),
  definition: TextSchema.optional(),
  rationale: TextSchema.optional(),
  methods: TextSchema.optional(),
  impactCapture: TextSchema.optional(),
  economicAssessment: TextSchema.optional(),
  reflections: TextSchema.optional(),
});

/**
 * A research project or a service improvement project that involves the public.
 * `coProduced` marks a project that calls itself co-produced (the rules check it).
 * `reporting` says which GRIPP2 form its publications will need, if any.
 *
 * @category Schemas
 */
export const ProjectSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  title: NameSchema,
  kind: z.enum(["research", "service-improvement", "evaluation", "other"]),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  plannedStages: z.array(ResearchStageSchema).default([]),
  coProduced: z.boolean().default(false),
  reporting: z.enum(["gripp2-short", "gripp2-long", "none"]).default("none"),
  involvement: InvolvementPlanSchema.default({}),
  plainEnglishSummary: TextSchema.optional(),
});

/** What a project recorded about its involvement. @category Model */
export type InvolvementPlan = z.infer<typeof InvolvementPlanSchema>;
/** A research or service improvement project. @category Model */
export type Project = z.infer<typeof ProjectSchema>;
