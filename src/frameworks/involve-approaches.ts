import { cite } from "../source.js";
import { INVOLVE_BRIEFING_NOTES_2012, INVOLVE_COPRODUCTION_2018 } from "./publications.js";
import type { Scale } from "./types.js";

/**
 * Item ids of the INVOLVE approaches to public involvement, in ppie's order.
 *
 * @example
 * ```ts
 * INVOLVE_APPROACHES_IDS.at(-1); // "user-controlled"
 * ```
 * @category Frameworks
 */
export const INVOLVE_APPROACHES_IDS = [
  "consultation",
  "collaboration",
  "co-production",
  "user-controlled",
] as const;

/**
 * An item id of {@link involveApproaches}.
 *
 * @example
 * ```ts
 * const id: InvolveApproachesItemId = "co-production";
 * ```
 * @category Frameworks
 */
export type InvolveApproachesItemId = (typeof INVOLVE_APPROACHES_IDS)[number];

/**
 * INVOLVE/NIHR approaches to public involvement: consultation, collaboration, co-production and
 * user-controlled research. INVOLVE itself says these are better seen as *approaches* than
 * levels: a project can use several at once, so treat the order as ordinal but non-exclusive.
 * Whether co-production sits below user-controlled research is not verified and contested.
 *
 * Source: INVOLVE, Briefing notes for researchers (2012), briefing note seven: Approaches to
 * public involvement in research; co-production from INVOLVE, Guidance on co-producing a
 * research project (2018).
 *
 * @example
 * ```ts
 * involveApproaches.items.map((i) => i.ordinal); // [1, 2, 3, 4]
 * ```
 * @category Frameworks
 */
export const involveApproaches = {
  id: "involve-approaches",
  name: "INVOLVE approaches to public involvement in research",
  publisher: "INVOLVE (NIHR)",
  version: "2012 briefing notes, with co-production added by the 2018 guidance",
  publishedDate: "2012",
  ordered: true,
  complete: true,
  verified: false,
  evidence: "partial",
  source: {
    .../* @__PURE__ */ cite(
      INVOLVE_BRIEFING_NOTES_2012,
      "briefing note seven: approaches to public involvement in research",
    ),
    url: "http://www.invo.org.uk/posttyperesource/approaches-to-public-involvement/",
  },
  note: "INVOLVE says these are approaches rather than levels and real projects mix them (multi-select per project). No INVOLVE source presents the four as a single ladder: the order of co-production (3) below user-controlled (4) follows 'who holds power' and is not verified and contested.",
  items: [
    {
      id: "consultation",
      ordinal: 1,
      label: "Consultation",
      summary:
        "Ask members of the public for their views and use them to inform decisions that researchers still make; give enough time, report back what was done and offer to share findings.",
      verified: true,
    },
    {
      id: "collaboration",
      ordinal: 2,
      label: "Collaboration",
      summary:
        "An ongoing partnership with members of the public through the project, in which they help make decisions about the research (e.g. co-applicants, steering group members).",
      verified: false,
      note: "Term verified; the summary is not verified beyond the term.",
    },
    {
      id: "co-production",
      ordinal: 3,
      label: "Co-production",
      summary:
        "Researchers, practitioners and members of the public jointly hold power and responsibility across the whole project and create knowledge together.",
      source: INVOLVE_COPRODUCTION_2018,
      verified: false,
      note: "Term and summary verified in INVOLVE's 2018 guidance on co-producing a research project (see involve-coproduction-2018); its position below user-controlled research is not verified and contested.",
    },
    {
      id: "user-controlled",
      ordinal: 4,
      label: "User-controlled research",
      summary:
        "Service users or the public lead and control the research: they decide the questions, design, conduct and dissemination; professional researchers, if any, work for them.",
      verified: false,
      note: "Term verified; the summary and its position above co-production are not verified.",
    },
  ],
} as const satisfies Scale<"involve-approaches", InvolveApproachesItemId>;
