import * as z from "zod";
import { IdSchema, NameSchema, IsoDateSchema } from "./common.js";
import { MemberCountSchema } from "./organisation.js";

/**
 * A contributor's membership of a group, from a date and optionally until one.
 *
 * @category Schemas
 */
export const MembershipSchema = z.strictObject({
  contributorId: IdSchema,
  role: z.enum(["member", "chair", "co-chair", "vice-chair"]).default("member"),
  from: IsoDateSchema,
  to: IsoDateSchema.optional(),
});

/**
 * A standing group or panel: advisory panels, PPI groups, virtual panels, citizens'
 * assemblies, assemblies of equal partners (people who use services, carers and staff with an
 * equal say), co-production groups, steering groups. `memberships` lists members person by
 * person; `memberCounts` records headcounts over time where they are not listed.
 *
 * @category Schemas
 */
export const GroupSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  projectId: IdSchema.optional(),
  name: NameSchema,
  kind: z.enum([
    "advisory-panel",
    "ppi-group",
    "virtual-panel",
    "citizens-assembly",
    "assembly",
    "co-production-group",
    "steering-group",
    "other",
  ]),
  memberships: z.array(MembershipSchema).default([]),
  memberCounts: z.array(MemberCountSchema).optional(),
});

/** A group membership. @category Model */
export type Membership = z.infer<typeof MembershipSchema>;
/** A standing group or panel. @category Model */
export type Group = z.infer<typeof GroupSchema>;
