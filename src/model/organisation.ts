import * as z from "zod";
import { IdSchema, IsoDateSchema, NameSchema, TextSchema } from "./common.js";

/**
 * A headcount of members on a date, for memberships too large or too private to list person
 * by person: a foundation trust's public members, a virtual panel's 1,200 sign-ups.
 *
 * @category Schemas
 */
export const MemberCountSchema = z.strictObject({
  date: IsoDateSchema,
  count: z.int().nonnegative(),
  note: TextSchema.optional(),
});

/**
 * An organisation that runs involvement: an NHS trust, a university or research centre, a
 * charity, an integrated care board, a local Healthwatch, a GP practice's patient participation
 * group, a health innovation network or a community organisation. `seldomHeardGroups` lists the
 * groups this organisation names as seldom heard (the inclusion rules and the seldom-heard
 * reach measure read it); `memberCounts` records membership totals over time (e.g. a
 * foundation trust's public members).
 *
 * @category Schemas
 */
export const OrganisationSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum([
    "nhs-trust",
    "integrated-care-board",
    "university",
    "research-centre",
    "charity",
    "local-authority",
    "healthwatch",
    "patient-participation-group",
    "health-innovation-network",
    "community-organisation",
    "other",
  ]),
  seldomHeardGroups: z.array(IdSchema).default([]),
  memberCounts: z.array(MemberCountSchema).optional(),
});

/**
 * A headcount of members on a date.
 *
 * @category Model
 */
export type MemberCount = z.infer<typeof MemberCountSchema>;

/**
 * An organisation that runs involvement.
 *
 * @category Model
 */
export type Organisation = z.infer<typeof OrganisationSchema>;
