import type { InfluenceLevel, PpieInfluenceLevelItemId } from "./ppie-influence-level.js";

/**
 * Version of ppie's crosswalk onto the public influence level (PIL). Judgement rows may be
 * revised; datasets that store mapped levels should record this version.
 *
 * @example
 * ```ts
 * CROSSWALK_VERSION; // "1.0.0"
 * ```
 * @category Frameworks
 */
export const CROSSWALK_VERSION = "1.0.0";

/**
 * Whether a crosswalk row is stated by the frameworks themselves (`direct`: the same word with
 * the same meaning, or the PIL level's own definition names the item) or is ppie's
 * `judgement` (a reading no publisher states).
 *
 * @example
 * ```ts
 * const basis: CrosswalkBasis = "judgement";
 * ```
 * @category Frameworks
 */
export type CrosswalkBasis = "direct" | "judgement";

/**
 * One row of the crosswalk: an item of some framework, the PIL level it maps to, and why.
 *
 * @example
 * ```ts
 * const row: CrosswalkRow = {
 *   from: ["iap2-spectrum", "collaborate"],
 *   to: "pil-4-collaborating",
 *   basis: "judgement",
 *   note: "The agency keeps the final decision, so not PIL 5.",
 * };
 * ```
 * @category Frameworks
 */
export interface CrosswalkRow {
  /** The source item as a `[frameworkId, itemId]` pair. */
  readonly from: readonly [frameworkId: string, itemId: string];
  /** The PIL level id it maps to. */
  readonly to: PpieInfluenceLevelItemId;
  /** `direct` or `judgement`. */
  readonly basis: CrosswalkBasis;
  /** Why; every judgement row says what the judgement was and what else it could be. */
  readonly note?: string;
}

/**
 * ppie's crosswalk from the depth-of-involvement scales onto the public influence level (PIL)
 * 0-6, a ppie design choice explained in
 * docs/design-choices.md#the-public-influence-level-and-the-crosswalk. Rows that are ppie's
 * judgement carry `basis: "judgement"` and a note; the others carry `basis: "direct"`. Items with no row
 * (e.g. `participation`, which is a kind of activity, not a depth) have no influence level.
 * Override judgement rows with the `overrides` argument of {@link toInfluenceLevel}.
 *
 * @example
 * ```ts
 * INFLUENCE_CROSSWALK.filter((r) => r.basis === "judgement").length; // 9
 * ```
 * @category Frameworks
 */
export const INFLUENCE_CROSSWALK = [
  {
    from: ["arnstein-ladder", "manipulation"],
    to: "pil-0-none",
    basis: "direct",
    note: "PIL 0 is defined as manipulation or coercion.",
  },
  {
    from: ["arnstein-ladder", "therapy"],
    to: "pil-0-none",
    basis: "direct",
    note: "PIL 0 includes participation used to change people rather than decisions.",
  },
  { from: ["arnstein-ladder", "informing"], to: "pil-1-inform", basis: "direct" },
  { from: ["arnstein-ladder", "consultation"], to: "pil-2-consulted", basis: "direct" },
  {
    from: ["arnstein-ladder", "placation"],
    to: "pil-3-involved",
    basis: "judgement",
    note: "Hand-picked people advise but powerholders decide: some ongoing voice with limited formal power.",
  },
  {
    from: ["arnstein-ladder", "partnership"],
    to: "pil-5-co-producing",
    basis: "judgement",
    note: "Power shared through joint structures read as co-production; could be PIL 4. Whether partnership equals co-production is contested.",
  },
  {
    from: ["arnstein-ladder", "delegated-power"],
    to: "pil-6-public-led",
    basis: "judgement",
    note: "Citizens have the 'dominant' say rather than full control; read as public-led. Whether delegated power equals public control is contested.",
  },
  {
    from: ["arnstein-ladder", "citizen-control"],
    to: "pil-6-public-led",
    basis: "direct",
    note: "Arnstein citizen control = IAP2 empower = INVOLVE user-controlled.",
  },
  { from: ["iap2-spectrum", "inform"], to: "pil-1-inform", basis: "direct" },
  { from: ["iap2-spectrum", "consult"], to: "pil-2-consulted", basis: "direct" },
  { from: ["iap2-spectrum", "involve"], to: "pil-3-involved", basis: "direct" },
  {
    from: ["iap2-spectrum", "collaborate"],
    to: "pil-4-collaborating",
    basis: "judgement",
    note: "The agency keeps the final decision, so not PIL 5.",
  },
  {
    from: ["iap2-spectrum", "empower"],
    to: "pil-6-public-led",
    basis: "direct",
    note: "IAP2 empower = Arnstein citizen control = INVOLVE user-controlled.",
  },
  {
    from: ["tlap-coproduction-ladder", "coercion"],
    to: "pil-0-none",
    basis: "direct",
    note: "PIL 0 is defined as coercion or manipulation.",
  },
  {
    from: ["tlap-coproduction-ladder", "educating"],
    to: "pil-0-none",
    basis: "judgement",
    note: "'Doing to': persuasion rather than information, so grouped with coercion; could be PIL 1.",
  },
  { from: ["tlap-coproduction-ladder", "informing"], to: "pil-1-inform", basis: "direct" },
  { from: ["tlap-coproduction-ladder", "consultation"], to: "pil-2-consulted", basis: "direct" },
  {
    from: ["tlap-coproduction-ladder", "engagement"],
    to: "pil-3-involved",
    basis: "direct",
    note: "Read as direct: some ability to influence within provider limits matches the definition of PIL 3.",
  },
  {
    from: ["tlap-coproduction-ladder", "co-design"],
    to: "pil-4-collaborating",
    basis: "direct",
    note: "Read as direct: real influence on design that stops before delivery matches the definition of PIL 4.",
  },
  {
    from: ["tlap-coproduction-ladder", "co-production"],
    to: "pil-5-co-producing",
    basis: "direct",
  },
  { from: ["involve-approaches", "consultation"], to: "pil-2-consulted", basis: "direct" },
  {
    from: ["involve-approaches", "collaboration"],
    to: "pil-4-collaborating",
    basis: "judgement",
    note: "Ongoing partnership in which the public help make decisions; could be PIL 3.",
  },
  { from: ["involve-approaches", "co-production"], to: "pil-5-co-producing", basis: "direct" },
  {
    from: ["involve-approaches", "user-controlled"],
    to: "pil-6-public-led",
    basis: "direct",
    note: "INVOLVE user-controlled = IAP2 empower = Arnstein citizen control.",
  },
  { from: ["cruk-involvement-depth", "consult"], to: "pil-2-consulted", basis: "direct" },
  {
    from: ["cruk-involvement-depth", "collaborate"],
    to: "pil-4-collaborating",
    basis: "judgement",
    note: "CRUK gives no definition; 'work with them on an ongoing basis to shape the research' read as collaborating.",
  },
  {
    from: ["cruk-involvement-depth", "partner"],
    to: "pil-5-co-producing",
    basis: "judgement",
    note: "CRUK gives no definition; 'sharing the shaping of the research' read as co-producing; could be PIL 4.",
  },
  {
    from: ["nihr-activity-modes", "engagement"],
    to: "pil-1-inform",
    basis: "judgement",
    note: "Engagement is a different kind of activity (sharing knowledge), not a depth of involvement; placed at PIL 1 only because information flows one way. Store the activity mode separately.",
  },
] as const satisfies readonly CrosswalkRow[];

const PIL_LEVEL: Readonly<Record<PpieInfluenceLevelItemId, InfluenceLevel>> = {
  "pil-0-none": 0,
  "pil-1-inform": 1,
  "pil-2-consulted": 2,
  "pil-3-involved": 3,
  "pil-4-collaborating": 4,
  "pil-5-co-producing": 5,
  "pil-6-public-led": 6,
};

/**
 * The numeric level (0-6) of a PIL level id.
 *
 * @param pilId - a PIL item id, e.g. `"pil-4-collaborating"`
 * @returns the level, 0 to 6
 * @example
 * ```ts
 * influenceLevelOf("pil-4-collaborating"); // 4
 * ```
 * @category Frameworks
 */
export function influenceLevelOf(pilId: PpieInfluenceLevelItemId): InfluenceLevel {
  return PIL_LEVEL[pilId];
}

/**
 * Find the crosswalk row for an item, checking your overrides first and then ppie's built-in
 * crosswalk.
 *
 * @param frameworkId - the framework id, e.g. `"iap2-spectrum"`
 * @param itemId - the item id within that framework, e.g. `"collaborate"`
 * @param overrides - your own rows; a row with the same `from` replaces the built-in one
 * @returns the row that applies, or `undefined` when the item has none
 * @example
 * ```ts
 * crosswalkRowFor("iap2-spectrum", "collaborate")?.basis; // "judgement"
 * ```
 * @category Frameworks
 */
export function crosswalkRowFor(
  frameworkId: string,
  itemId: string,
  overrides: readonly CrosswalkRow[] = [],
): CrosswalkRow | undefined {
  const match = (row: CrosswalkRow): boolean =>
    row.from[0] === frameworkId && row.from[1] === itemId;
  return overrides.find(match) ?? (INFLUENCE_CROSSWALK as readonly CrosswalkRow[]).find(match);
}

/**
 * Map an item of any depth-of-involvement scale onto the public influence level (PIL) 0-6,
 * using ppie's crosswalk (a ppie design choice, see {@link INFLUENCE_CROSSWALK}). Items of the PIL scale itself map to their own
 * level. `overrides` let you replace ppie's judgement rows with your organisation's own reading
 * (or map items of your own frameworks); an override with the same `from` pair wins.
 *
 * Any ordinal use of involvement is an analytic convenience: do not treat
 * a higher level as better without a target you have chosen.
 *
 * @param frameworkId - the framework id, e.g. `"arnstein-ladder"`
 * @param itemId - the item id within that framework, e.g. `"partnership"`
 * @param overrides - your own rows, checked before the built-in crosswalk
 * @returns the level 0-6, or `undefined` when the item is not on the crosswalk (e.g. the
 *   activity mode `participation`)
 * @example
 * ```ts
 * toInfluenceLevel("iap2-spectrum", "empower"); // 6
 * toInfluenceLevel("arnstein-ladder", "partnership"); // 5
 * toInfluenceLevel("arnstein-ladder", "partnership", [
 *   { from: ["arnstein-ladder", "partnership"], to: "pil-4-collaborating", basis: "judgement" },
 * ]); // 4
 * toInfluenceLevel("nihr-activity-modes", "participation"); // undefined
 * ```
 * @category Frameworks
 */
export function toInfluenceLevel(
  frameworkId: string,
  itemId: string,
  overrides: readonly CrosswalkRow[] = [],
): InfluenceLevel | undefined {
  const row = crosswalkRowFor(frameworkId, itemId, overrides);
  if (row !== undefined) return PIL_LEVEL[row.to];
  if (frameworkId === "ppie-influence-level" && Object.hasOwn(PIL_LEVEL, itemId)) {
    return PIL_LEVEL[itemId as PpieInfluenceLevelItemId];
  }
  return undefined;
}
