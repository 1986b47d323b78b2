import * as z from "zod";
import { IdSchema, NameSchema } from "./common.js";

/**
 * An organisation that runs involvement: an NHS trust, a university or research centre, a
 * charity, an integrated care board or a community organisation. `seldomHeardGroups` lists the
 * groups this organisation names as seldom heard (the inclusion rules check panels against it).
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
    "community-organisation",
    "other",
  ]),
  seldomHeardGroups: z.array(IdSchema).default([]),
});

/**
 * An organisation that runs involvement.
 *
 * @category Model
 */
export type Organisation = z.infer<typeof OrganisationSchema>;
