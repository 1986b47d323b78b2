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
