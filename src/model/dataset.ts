import * as z from "zod";
import { ActivitySchema } from "./activity.js";
import { IdSchema, NameSchema, TextSchema } from "./common.js";
import { ContributorSchema } from "./contributor.js";
import { EngagementEventSchema } from "./event.js";
import { FeedbackSchema } from "./feedback.js";
import { GroupSchema } from "./group.js";
import { ImpactRecordSchema } from "./impact.js";
import { OrganisationSchema } from "./organisation.js";
import { BudgetLineSchema, PaymentRateSchema, PaymentSchema } from "./payment.js";
import { ProjectSchema } from "./project.js";
import { ServiceChangeSchema } from "./service-change.js";
import { StrategySchema } from "./strategy.js";
import { TrainingRecordSchema } from "./training.js";

/**
 * The dataset format version this release reads.
 *
 * @category Model
 */
export const DATASET_SCHEMA_VERSION = 1;

/**
 * An item of the PPEET supplied by the user: its id and its text. McMaster University publishes
 * the PPEET under a non-commercial licence (CC BY-NC-SA 4.0), so ppie does not ship its
 * questions: a dataset brings its own.
 *
 * @category Schemas
 */
export const PpeetItemSchema = z.strictObject({ id: IdSchema, text: TextSchema });

/**
 * Everything ppie knows about an organisation's involvement, in one plain JSON-able object.
 * Every collection is optional in the input and defaults to empty. `scales` declares the
 * involvement scales the dataset's activity levels use (framework ids).
 *
 * @category Schemas
 */
export const DatasetSchema = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  title: NameSchema.optional(),
  fictional: z.boolean().default(false),
  scales: z.array(IdSchema).default(["ppie-influence-level"]),
  organisations: z.array(OrganisationSchema).default([]),
  strategies: z.array(StrategySchema).default([]),
  projects: z.array(ProjectSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  contributors: z.array(ContributorSchema).default([]),
  activities: z.array(ActivitySchema).default([]),
  events: z.array(EngagementEventSchema).default([]),
  payments: z.array(PaymentSchema).default([]),
  paymentRates: z.array(PaymentRateSchema).default([]),
  budgets: z.array(BudgetLineSchema).default([]),
  training: z.array(TrainingRecordSchema).default([]),
  feedback: z.array(FeedbackSchema).default([]),
  ppeetItems: z.array(PpeetItemSchema).default([]),
  impacts: z.array(ImpactRecordSchema).default([]),
  serviceChanges: z.array(ServiceChangeSchema).default([]),
});

/** A user-supplied PPEET item. @category Model */
export type PpeetItem = z.infer<typeof PpeetItemSchema>;

/**
 * A parsed, valid dataset: every collection present, every reference resolved.
 *
 * @category Model
 */
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * The dataset as written by a person or another program, before defaults are filled in.
 *
 * @category Model
 */
export type DatasetInput = z.input<typeof DatasetSchema>;
