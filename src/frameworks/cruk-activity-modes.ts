import { CRUK_TOOLKIT } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the Cancer Research UK activity modes; the same concept ids as
 * `PUBLIC_ACTIVITY_MODES`.
 *
 * @example
 * ```ts
 * CRUK_ACTIVITY_MODES_IDS[0]; // "participation"
 * ```
 * @category Frameworks
 */
export const CRUK_ACTIVITY_MODES_IDS = ["participation", "engagement", "involvement"] as const;

/**
 * An item id of {@link crukActivityModes}.
 *
 * @example
 * ```ts
 * const id: CrukActivityModesItemId = "involvement";
 * ```
 * @category Frameworks
 */
export type CrukActivityModesItemId = (typeof CRUK_ACTIVITY_MODES_IDS)[number];

/**
 * Cancer Research UK's participation / engagement / involvement definitions. They match
 * NIHR/INVOLVE one-to-one (same concept ids). Summaries are ppie's paraphrases.
 *
 * Source: Cancer Research UK, Patient involvement toolkit for researchers.
 *
 * @example
 * ```ts
 * crukActivityModes.items.length; // 3
 * ```
 * @category Frameworks
 */
export const crukActivityModes = {
  id: "cruk-activity-modes",
  name: "Cancer Research UK: participation, engagement and involvement",
  publisher: "Cancer Research UK",
  version: "undated web guidance (current in the 2020s)",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: CRUK_TOOLKIT,
  note: "Also on CRUK's page 'Patient and public involvement in research'. CRUK's wording makes the direction explicit: participation = research done 'to' people, involvement = 'with/by' them. CRUK adds a depth vocabulary inside involvement (cruk-involvement-depth).",
  items: [
    {
      id: "participation",
      label: "Participation",
      summary:
        "People (patients or healthy volunteers) are the ones being studied, e.g. in a clinical trial; the research happens to them rather than with them.",
      verified: true,
    },
    {
      id: "engagement",
      label: "Engagement",
      summary:
        "Knowledge about research is shared with the public (lab tours, open days, blogs) to inspire support.",
      verified: true,
    },
    {
      id: "involvement",
      label: "Involvement",
      summary:
        "People affected by cancer, or members of the public, use their experience to influence how research is shaped, at any stage of the research cycle.",
      verified: true,
    },
  ],
} as const satisfies Framework<"cruk-activity-modes", CrukActivityModesItemId>;
