import * as z from "zod";
import {
  IdSchema,
  idRecord,
  IsoDateSchema,
  MinutesSchema,
  NameSchema,
  TextSchema,
} from "./common.js";

/**
 * The parts a public contributor can take in an event. The first five put them on the agenda
 * (chairing, speaking or presenting, on a panel, facilitating, or as an author of a
 * publication or blog); `bursary` is a funded place to attend.
 *
 * @category Model
 */
export const EVENT_ROLES = [
  "chair",
  "speaker",
  "panellist",
  "facilitator",
  "author",
  "bursary",
] as const;

/**
 * A public contributor's part in an engagement event: in a role on the agenda (chair, speaker,
 * panellist, facilitator, author) or on a bursary place.
 *
 * @category Schemas
 */
export const EventContributorSchema = z.strictObject({
  contributorId: IdSchema,
  role: z.enum(EVENT_ROLES),
  minutes: MinutesSchema.optional(),
});

/**
 * Who an event reached, where counted: people in the room (`attendance`), people online
 * (`online`: viewers, listeners, readers or a campaign's online reach), of those in the room how
 * many came for the first time and how many had come to one of the organisation's events before
 * (`firstTime`, `returning`), and how many came from each of the organisation's named
 * seldom-heard groups (`seldomHeard`, keyed by the group ids of `Organisation.seldomHeardGroups`).
 *
 * @category Schemas
 */
export const EventReachSchema = z.strictObject({
  attendance: z.int().nonnegative().optional(),
  online: z.int().nonnegative().optional(),
  firstTime: z.int().nonnegative().optional(),
  returning: z.int().nonnegative().optional(),
  seldomHeard: idRecord(z.int().nonnegative()).optional(),
  audience: TextSchema.optional(),
});

/**
 * An engagement event (in INVOLVE's terms, sharing research with the public): science
 * cafés, lab tours, open days, campaigns, talks, conferences, festivals, media, publications and
 * blogs. `date` is the day it happened or began; `endDate` the last day of a campaign, festival
 * or other event over several days. `reach` records who it reached; `contributors` the public
 * contributors who took part in a role or on a bursary; `bursaryPlaces` the number of bursary
 * places given, when it is more than the bursary holders listed by name.
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
    "publication",
    "blog",
    "other",
  ]),
  date: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  reach: EventReachSchema.default({}),
  contributors: z.array(EventContributorSchema).default([]),
  bursaryPlaces: z.int().nonnegative().optional(),
});

/** Who an event reached. @category Model */
export type EventReach = z.infer<typeof EventReachSchema>;
/** A public contributor's part in an event. @category Model */
export type EventContributor = z.infer<typeof EventContributorSchema>;
/** An engagement event. @category Model */
export type EngagementEvent = z.infer<typeof EngagementEventSchema>;
