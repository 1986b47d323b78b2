/**
 * Closed vocabularies of the model that measures also need at run time. They live here,
 * without zod, so that a scorer can use them without pulling the schemas into a bundle; the
 * schemas build their enums from the same lists.
 */

/**
 * Kinds of change an impact record can describe.
 *
 * @category Model
 */
export const IMPACT_TYPES = [
  "research-question",
  "design",
  "materials",
  "recruitment",
  "outcome-measures",
  "analysis",
  "dissemination",
  "service",
  "policy",
  "people",
  "organisation",
  "other",
] as const;

/**
 * Whether a change was for the better, the worse, or both.
 *
 * @category Model
 */
export const IMPACT_DIRECTIONS = ["positive", "negative", "mixed"] as const;

/**
 * How sure we are of a change: planned, seen, or confirmed with evidence.
 *
 * @category Model
 */
export const IMPACT_STATUSES = ["intended", "observed", "confirmed"] as const;

/**
 * How a member of the public takes part: patient, carer, service user, member of the public,
 * community representative or lived-experience expert.
 *
 * @category Model
 */
export const PUBLIC_CONTRIBUTOR_ROLES = [
  "patient",
  "carer",
  "service-user",
  "member-of-public",
  "community-representative",
  "lived-experience-expert",
] as const;

/**
 * Organisational roles a contributor may also hold: member (of a foundation trust or a
 * charity), volunteer, governor (of a foundation trust), and PPI champion (a member of staff
 * who champions public involvement in their team). These are not public roles: a person who
 * holds only these is not counted as a public contributor.
 *
 * @category Model
 */
export const ORGANISATIONAL_CONTRIBUTOR_ROLES = [
  "member",
  "volunteer",
  "governor",
  "ppi-champion",
] as const;

/**
 * Every contributor role: the public roles, then the organisational roles.
 *
 * @category Model
 */
export const CONTRIBUTOR_ROLES = [
  ...PUBLIC_CONTRIBUTOR_ROLES,
  ...ORGANISATIONAL_CONTRIBUTOR_ROLES,
] as const;

/**
 * How a PALS contact ended: resolved, information given, signposted to another service,
 * referred to the complaints process, still open, or otherwise.
 *
 * @category Model
 */
export const PALS_OUTCOMES = [
  "resolved",
  "information-given",
  "signposted",
  "referred-to-complaints",
  "open",
  "other",
] as const;
