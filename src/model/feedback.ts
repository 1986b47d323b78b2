import * as z from "zod";
import { PEIRS22_ITEM_MAX, PEIRS22_ITEMS } from "../frameworks/peirs22.js";
import { PPEET_OPTIONS } from "../frameworks/ppeet-response-options.js";
import { PALS_OUTCOMES } from "./vocabulary.js";
import {
  IdSchema,
  IsoDateSchema,
  idRecord,
  NameSchema,
  PeriodSchema,
  TextSchema,
} from "./common.js";

const base = {
  id: IdSchema,
  date: IsoDateSchema,
  projectId: IdSchema.optional(),
  activityId: IdSchema.optional(),
};

/**
 * NHS Friends and Family Test counts for one unit over one period, on the current (2020)
 * question "Overall, how was your experience of our service?" (NHS England 2019, in use from
 * 1 April 2020). `unitName` is the unit's name as reports show it (e.g. "Ward 7, stroke unit").
 *
 * @category Schemas
 */
export const FftFeedbackSchema = z.strictObject({
  ...base,
  kind: z.literal("fft"),
  unitId: IdSchema,
  unitName: NameSchema.optional(),
  parentUnitId: IdSchema.optional(),
  period: PeriodSchema,
  counts: z.strictObject({
    veryGood: z.int().nonnegative(),
    good: z.int().nonnegative(),
    neither: z.int().nonnegative(),
    poor: z.int().nonnegative(),
    veryPoor: z.int().nonnegative(),
    dontKnow: z.int().nonnegative(),
  }),
});

/**
 * A forum a story was shared at, and when: a Board meeting, a quality committee, staff
 * training.
 *
 * @category Schemas
 */
export const StorySharingSchema = z.strictObject({
  forum: NameSchema,
  date: IsoDateSchema.optional(),
});

/**
 * A patient, carer or contributor story, kept as a listening record, with the forums it was
 * shared at (`sharedAt`).
 *
 * @category Schemas
 */
export const StoryFeedbackSchema = z.strictObject({
  ...base,
  kind: z.literal("story"),
  summary: TextSchema,
  themes: z.array(IdSchema).default([]),
  sharedAt: z.array(StorySharingSchema).optional(),
});

/**
 * A contact with the Patient Advice and Liaison Service (PALS), kept as a listening record:
 * its category, themes and, where recorded, its outcome (see `PALS_OUTCOMES`).
 *
 * @category Schemas
 */
export const PalsFeedbackSchema = z.strictObject({
  ...base,
  kind: z.literal("pals"),
  category: z.enum(["concern", "complaint", "compliment", "enquiry", "suggestion"]),
  themes: z.array(IdSchema).default([]),
  outcome: z.enum(PALS_OUTCOMES).optional(),
});

/**
 * One respondent's PEIRS-22 answers: 22 items, each 0 (strongly disagree) to 4 (strongly
 * agree), or null for not applicable or missing (Hamilton et al. 2021; the 0-4 coding and the
 * answer labels are not yet verified against the instrument).
 *
 * @category Schemas
 */
export const Peirs22FeedbackSchema = z.strictObject({
  ...base,
  kind: z.literal("peirs22"),
  contributorId: IdSchema.optional(),
  answers: z.array(z.int().min(0).max(PEIRS22_ITEM_MAX).nullable()).length(PEIRS22_ITEMS),
});

/**
 * The PPEET response options (see `PPEET_OPTIONS`; exact labels UNVERIFIED).
 *
 * @category Schemas
 */
export const PpeetOptionSchema = z.enum(PPEET_OPTIONS);

/**
 * One respondent's PPEET answers, keyed by the ids of the user-supplied items in
 * `Dataset.ppeetItems` (the PPEET's licence forbids bundling its text).
 *
 * @category Schemas
 */
export const PpeetFeedbackSchema = z.strictObject({
  ...base,
  kind: z.literal("ppeet"),
  questionnaire: z.enum(["participant", "project", "organisation"]),
  responses: idRecord(PpeetOptionSchema),
});

/**
 * A co-production self-assessment: one respondent rates each co-production principle
 * (INVOLVE 2018, Guidance on co-producing a research project) from 1 (not at all) to 5
 * (fully). `respondent` says
 * whether staff or a public contributor answered, so the power-sharing gap can be measured.
 *
 * @category Schemas
 */
export const CoproductionAssessmentSchema = z.strictObject({
  ...base,
  kind: z.literal("coproduction"),
  respondent: z.enum(["staff", "public"]),
  ratings: idRecord(z.int().min(1).max(5)),
});

/**
 * A UK Standards for Public Involvement self-assessment (NIHR and partners 2019): per standard,
 * a reflection, an optional 1-5 rating, and evidence. The standards are for reflection, so
 * there is no pass/fail.
 *
 * @category Schemas
 */
export const StandardsAssessmentSchema = z.strictObject({
  ...base,
  kind: z.literal("standards"),
  respondent: z.enum(["staff", "public"]),
  version: z.literal("uk-standards-2019"),
  organisationId: IdSchema.optional(),
  entries: z
    .array(
      z.strictObject({
        standardId: IdSchema,
        questionId: IdSchema.optional(),
        rating: z.int().min(1).max(5).optional(),
        reflection: TextSchema,
        evidence: z.array(TextSchema).default([]),
      }),
    )
    .min(1),
});

/**
 * Any feedback or listening record, told apart by `kind`.
 *
 * @category Schemas
 */
export const FeedbackSchema = z.discriminatedUnion("kind", [
  FftFeedbackSchema,
  StoryFeedbackSchema,
  PalsFeedbackSchema,
  Peirs22FeedbackSchema,
  PpeetFeedbackSchema,
  CoproductionAssessmentSchema,
  StandardsAssessmentSchema,
]);

export { PALS_OUTCOMES } from "./vocabulary.js";

/** FFT counts for one unit and period. @category Model */
export type FftFeedback = z.infer<typeof FftFeedbackSchema>;
/** A story. @category Model */
export type StoryFeedback = z.infer<typeof StoryFeedbackSchema>;
/** A forum a story was shared at. @category Model */
export type StorySharing = z.infer<typeof StorySharingSchema>;
/** A PALS contact. @category Model */
export type PalsFeedback = z.infer<typeof PalsFeedbackSchema>;
/** PEIRS-22 answers. @category Model */
export type Peirs22Feedback = z.infer<typeof Peirs22FeedbackSchema>;
/** A PPEET response option. @category Model */
export type PpeetOption = z.infer<typeof PpeetOptionSchema>;
/** PPEET answers. @category Model */
export type PpeetFeedback = z.infer<typeof PpeetFeedbackSchema>;
/** A co-production self-assessment. @category Model */
export type CoproductionAssessment = z.infer<typeof CoproductionAssessmentSchema>;
/** A UK Standards self-assessment. @category Model */
export type StandardsAssessment = z.infer<typeof StandardsAssessmentSchema>;
/** Any feedback or listening record. @category Model */
export type Feedback = z.infer<typeof FeedbackSchema>;
