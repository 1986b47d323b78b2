import * as z from "zod";
import {
  AGE_BAND_IDS,
  DISABILITY_IDS,
  ETHNIC_GROUP_IDS,
  IMD_DECILES,
  PREFER_NOT_TO_SAY,
  SEX_IDS,
} from "../frameworks/demographic-dimensions.js";
import { IdSchema, IsoDateSchema, NameSchema, TEXT_LIMITS } from "./common.js";
import { CONTRIBUTOR_ROLES, ORGANISATIONAL_CONTRIBUTOR_ROLES } from "./vocabulary.js";

/**
 * How a contributor takes part: public roles (patient, carer, service user, member of the
 * public, community representative, lived-experience expert) and organisational roles
 * (member, volunteer, governor).
 *
 * @category Schemas
 */
export const ContributorRoleSchema = z.enum(CONTRIBUTOR_ROLES);

const preferNot = z.literal(PREFER_NOT_TO_SAY);

/**
 * Demographics a contributor chose to share. Categories follow the ONS Census 2021
 * high-level classifications (the ids of `DEMOGRAPHIC_DIMENSIONS` in `ppie/frameworks`) so they
 * can be compared with the reference population; every field also accepts
 * `"prefer-not-to-say"`.
 *
 * @category Schemas
 */
export const DemographicsSchema = z.strictObject({
  ageBand: z.enum([...AGE_BAND_IDS, PREFER_NOT_TO_SAY]).optional(),
  sex: z.enum([...SEX_IDS, PREFER_NOT_TO_SAY]).optional(),
  ethnicGroup: z.enum([...ETHNIC_GROUP_IDS, PREFER_NOT_TO_SAY]).optional(),
  disability: z.enum([...DISABILITY_IDS, PREFER_NOT_TO_SAY]).optional(),
  imdDecile: z.int().min(1).max(IMD_DECILES.length).or(preferNot).optional(),
});

/**
 * A recorded consent decision: whether it was given, when, and if it was later withdrawn.
 *
 * @category Schemas
 */
export const ConsentRecordSchema = z.strictObject({
  given: z.boolean(),
  date: IsoDateSchema,
  withdrawn: IsoDateSchema.optional(),
});

/**
 * Direct identifiers. They live only here, never reach a report unless the caller opts in,
 * and must never be copied into free text elsewhere. A name and an address take at most 500
 * characters, an email address 254 and a phone number 20 (see `TEXT_LIMITS`).
 *
 * @category Schemas
 */
export const IdentifiersSchema = z.strictObject({
  name: NameSchema.optional(),
  // The length is checked first, and stops the check: no pattern runs on a longer text.
  email: z.string().max(TEXT_LIMITS.email, { abort: true }).check(z.email()).optional(),
  phone: z
    .string()
    .max(TEXT_LIMITS.phone, { abort: true })
    .regex(/^\+?[0-9 ()-]{6,20}$/, { message: "must be a phone number" })
    .optional(),
  address: NameSchema.optional(),
});

/**
 * A position a contributor holds in an organisation from a date and optionally until one: a
 * foundation trust's governor (with the constituency that elected them, e.g. "Public: North
 * Ward") or member, a volunteer, a PPI champion.
 *
 * @category Schemas
 */
export const PositionSchema = z.strictObject({
  role: z.enum(ORGANISATIONAL_CONTRIBUTOR_ROLES),
  organisationId: IdSchema,
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  constituency: NameSchema.optional(),
});

/**
 * A public contributor, known by a pseudonymous id. Demographics are held only with a
 * recorded consent (the rules check it); `seldomHeard` lists the seldom-heard groups the
 * person identifies with (ids the organisation defines); `accessNeeds` lists what they need
 * to take part (e.g. "step-free-access", "bsl-interpreter", "large-print"); `positions` records
 * the organisational positions they hold, with dates.
 *
 * @category Schemas
 */
export const ContributorSchema = z.strictObject({
  id: IdSchema,
  roles: z.array(ContributorRoleSchema).min(1),
  joinedDate: IsoDateSchema.optional(),
  seldomHeard: z.array(IdSchema).default([]),
  accessNeeds: z.array(IdSchema).default([]),
  positions: z.array(PositionSchema).optional(),
  consent: z
    .strictObject({
      demographics: ConsentRecordSchema.optional(),
      contact: ConsentRecordSchema.optional(),
    })
    .default({}),
  demographics: DemographicsSchema.optional(),
  identifiers: IdentifiersSchema.optional(),
});

/** A contributor role. @category Model */
export type ContributorRole = z.infer<typeof ContributorRoleSchema>;
/** Demographics a contributor chose to share. @category Model */
export type Demographics = z.infer<typeof DemographicsSchema>;
/** A consent decision. @category Model */
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;
/** Direct identifiers (kept apart). @category Model */
export type Identifiers = z.infer<typeof IdentifiersSchema>;
/** A position held in an organisation. @category Model */
export type Position = z.infer<typeof PositionSchema>;
/** A public contributor. @category Model */
export type Contributor = z.infer<typeof ContributorSchema>;
