import * as z from "zod";
import { IdSchema, NameSchema, IsoDateSchema, MinutesSchema, TextSchema } from "./common.js";

/**
 * A public contributor's part in an engagement event: in a role (chair, speaker,
 * panellist, facilitator) or on a bursary place.
 *
 * @category Schemas
 */
export const EventContributorSchema = z.strictObject({
  contributorId: IdSchema,
  role: z.enum(["chair", "speaker", "panellist", "facilitator", "bursary"]),
  minutes: MinutesSchema.optional(),
});

/**
 * An engagement event (in INVOLVE's terms, sharing research with the public): science
 * cafés, lab tours, open days, campaigns, talks, conferences, festivals. `reach` records who
 * it reached.
 *
 * @category Schemas
 */
export const EngagementEventSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  projectId: IdSchema.optional(),
  title: NameSchema,
  kind: z.enum([
    "science-cafe",
    "lab-tour",
    "open-day",
    "campaign",
    "talk",
    "conference",
    "festival",
    "media",
    "other",
  ]),
  date: IsoDateSchema,
  reach: z
    .strictObject({
      attendance: z.int().nonnegative().optional(),
      online: z.int().nonnegative().optional(),
      audience: TextSchema.optional(),
    })
    .default({}),
  contributors: z.array(EventContributorSchema).default([]),
});

/** A public contributor's part in an event. @category Model */
export type EventContributor = z.infer<typeof EventContributorSchema>;
/** An engagement event. @category Model */
export type EngagementEvent = z.infer<typeof EngagementEventSchema>;
