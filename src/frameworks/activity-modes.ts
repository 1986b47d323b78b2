/**
 * The three canonical *kinds* of public activity in UK health research: involvement (research
 * done with or by the public), engagement (sharing knowledge about research with the public) and
 * participation (taking part as a research subject). These are kinds of activity, not depths:
 * depth of involvement is a separate field (see `ppieInfluenceLevel`).
 *
 * Source: a ppie design choice (a closed set; see docs/design-choices.md#three-kinds-of-activity).
 * NIHR/INVOLVE (NIHR Clinical Research Network, public involvement toolkit) and Cancer Research
 * UK (patient involvement toolkit) both use these three concepts.
 *
 * @example
 * ```ts
 * PUBLIC_ACTIVITY_MODES.includes("engagement"); // true
 * ```
 * @category Frameworks
 */
export const PUBLIC_ACTIVITY_MODES = ["involvement", "engagement", "participation"] as const;

/**
 * One of the three canonical kinds of public activity (a ppie design choice).
 *
 * @example
 * ```ts
 * const mode: PublicActivityMode = "involvement";
 * ```
 * @category Frameworks
 */
export type PublicActivityMode = (typeof PUBLIC_ACTIVITY_MODES)[number];
