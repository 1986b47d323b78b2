import { CHOICE_INFLUENCE_LEVEL } from "./design-choices.js";
import type { Scale } from "./types.js";

/**
 * Item ids of the public influence level (PIL) scale, level 0 to level 6 (a ppie design choice).
 *
 * @example
 * ```ts
 * PPIE_INFLUENCE_LEVEL_IDS[5]; // "pil-5-co-producing"
 * ```
 * @category Frameworks
 */
export const PPIE_INFLUENCE_LEVEL_IDS = [
  "pil-0-none",
  "pil-1-inform",
  "pil-2-consulted",
  "pil-3-involved",
  "pil-4-collaborating",
  "pil-5-co-producing",
  "pil-6-public-led",
] as const;

/**
 * An item id of {@link ppieInfluenceLevel}, e.g. `"pil-4-collaborating"`.
 *
 * @example
 * ```ts
 * const id: PpieInfluenceLevelItemId = "pil-3-involved";
 * ```
 * @category Frameworks
 */
export type PpieInfluenceLevelItemId = (typeof PPIE_INFLUENCE_LEVEL_IDS)[number];

/**
 * A public influence level as a number, 0 (no influence) to 6 (public-led).
 *
 * @example
 * ```ts
 * const level: InfluenceLevel = 5;
 * ```
 * @category Frameworks
 */
export type InfluenceLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * ppie's common scale, the "public influence level" (PIL), 0 to 6. It measures how much decision
 * power the public has, not effort, frequency or quality. Every other depth scale maps onto it
 * through the crosswalk (`INFLUENCE_CROSSWALK`). Its ordinals run 0-6 (not 1-based) so that the
 * ordinal *is* the level.
 *
 * Any ordinal use of involvement (including PIL) is an analytic convenience: do not score
 * "higher is better" without a target chosen by the user.
 *
 * Source: a ppie design choice, explained in docs/design-choices.md#the-public-influence-level-and-the-crosswalk;
 * it builds on INVOLVE's approaches, the IAP2 Spectrum, Arnstein's ladder and TLAP's ladder.
 *
 * @example
 * ```ts
 * ppieInfluenceLevel.items.find((i) => i.ordinal === 6)?.label; // "Public-led"
 * ```
 * @category Frameworks
 */
export const ppieInfluenceLevel = {
  id: "ppie-influence-level",
  name: "Public influence level (PIL)",
  publisher: "ppie (library's own common scale)",
  version: "1.0.0",
  ordered: true,
  complete: true,
  verified: true,
  evidence: "design-choice",
  source: CHOICE_INFLUENCE_LEVEL,
  note: "A ppie design choice, versioned with its crosswalk. 'participation' (being a research subject) has no place on this scale, and individual vs collective scope is a separate field.",
  items: [
    {
      id: "pil-0-none",
      ordinal: 0,
      label: "No influence",
      summary:
        "Not participation: coercion, manipulation, or participation used to change people rather than decisions.",
      verified: true,
    },
    {
      id: "pil-1-inform",
      ordinal: 1,
      label: "Informed",
      summary: "One-way information to the public.",
      verified: true,
    },
    {
      id: "pil-2-consulted",
      ordinal: 2,
      label: "Consulted",
      summary: "Views sought at points in time; decision-makers free to use them or not.",
      verified: true,
    },
    {
      id: "pil-3-involved",
      ordinal: 3,
      label: "Involved",
      summary:
        "Ongoing two-way contact; concerns are considered and reflected; limited formal power.",
      verified: true,
    },
    {
      id: "pil-4-collaborating",
      ordinal: 4,
      label: "Collaborating",
      summary:
        "Working partnership on defined parts of the work, including shaping options; the organisation usually keeps the final say.",
      verified: true,
    },
    {
      id: "pil-5-co-producing",
      ordinal: 5,
      label: "Co-producing",
      summary:
        "Power and responsibility shared across the whole piece of work; key decisions jointly owned.",
      verified: true,
    },
    {
      id: "pil-6-public-led",
      ordinal: 6,
      label: "Public-led",
      summary: "The public holds the decisive power or controls the work.",
      verified: true,
    },
  ],
} as const satisfies Scale<"ppie-influence-level", PpieInfluenceLevelItemId>;
