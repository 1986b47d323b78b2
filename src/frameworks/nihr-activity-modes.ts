import { NIHR_CRN_TOOLKIT } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the NIHR/INVOLVE activity modes; the same concept ids as
 * `PUBLIC_ACTIVITY_MODES`.
 *
 * @example
 * ```ts
 * NIHR_ACTIVITY_MODES_IDS.length; // 3
 * ```
 * @category Frameworks
 */
export const NIHR_ACTIVITY_MODES_IDS = ["involvement", "engagement", "participation"] as const;

/**
 * An item id of {@link nihrActivityModes}.
 *
 * @example
 * ```ts
 * const id: NihrActivityModesItemId = "engagement";
 * ```
 * @category Frameworks
 */
export type NihrActivityModesItemId = (typeof NIHR_ACTIVITY_MODES_IDS)[number];

/**
 * NIHR/INVOLVE definitions of involvement, engagement and participation: three different kinds
 * of activity, not three depths. Summaries are ppie's paraphrases.
 *
 * Source: NIHR Clinical Research Network, Public involvement toolkit: getting started.
 *
 * @example
 * ```ts
 * nihrActivityModes.items.find((i) => i.id === "involvement")?.label; // "Public involvement (PPI)"
 * ```
 * @category Frameworks
 */
export const nihrActivityModes = {
  id: "nihr-activity-modes",
  name: "NIHR/INVOLVE definitions of involvement, engagement and participation",
  publisher:
    "National Institute for Health and Care Research (NIHR) and its former advisory group INVOLVE",
  version: "INVOLVE definitions as restated by NIHR",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: NIHR_CRN_TOOLKIT,
  note: "The 'with or by, not to, about or for' formulation is the most quoted definition (NIHR, HRA, CRUK, GRIPP2). INVOLVE's definitions are also reproduced in Box 1 of 'Innovating public engagement and patient involvement through strategic collaboration and practice', Research Involvement and Engagement 2019 (doi:10.1186/s40900-019-0160-4). NIHR has more recently used 'public partnerships' as an umbrella for all three (seen only in secondary sources).",
  items: [
    {
      id: "involvement",
      label: "Public involvement (PPI)",
      summary:
        "Research done with or by members of the public rather than to, about or for them: patients, carers and the public work alongside researchers as partners and change what is studied and how.",
      verified: true,
    },
    {
      id: "engagement",
      label: "Public engagement",
      summary:
        "Researchers share news, knowledge and findings about research with the public (open days, festivals, media, results sent to participants); the aim is awareness, not the public steering the research.",
      verified: true,
    },
    {
      id: "participation",
      label: "Participation",
      summary:
        "People take part in a study as its subjects (trial participants, survey respondents, focus-group members who provide data).",
      verified: true,
    },
  ],
} as const satisfies Framework<"nihr-activity-modes", NihrActivityModesItemId>;
