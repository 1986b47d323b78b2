import * as z from "zod";
import { IdSchema, IsoDateSchema, MinutesSchema, TextSchema } from "./common.js";

/**
 * A member of staff's PPIE training (the strategy's capability pillar). `staffRef` is a
 * pseudonymous reference, not a name.
 *
 * @category Schemas
 */
export const TrainingRecordSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  staffRef: IdSchema,
  course: TextSchema,
  date: IsoDateSchema,
  minutes: MinutesSchema.optional(),
});

/** A staff PPIE training record. @category Model */
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
