import { CRUK_TOOLKIT } from "./publications.js";
import type { Scale } from "./types.js";

/**
 * Item ids of Cancer Research UK's involvement depth words, lowest first.
 *
 * @example
 * ```ts
 * CRUK_INVOLVEMENT_DEPTH_IDS; // ["consult", "collaborate", "partner"]
 * ```
 * @category Frameworks
 */
export const CRUK_INVOLVEMENT_DEPTH_IDS = ["consult", "collaborate", "partner"] as const;

/**
 * An item id of {@link crukInvolvementDepth}.
 *
 * @example
 * ```ts
 * const id: CrukInvolvementDepthItemId = "partner";
 * ```
 * @category Frameworks
 */
export type CrukInvolvementDepthItemId = (typeof CRUK_INVOLVEMENT_DEPTH_IDS)[number];

/**
 * Cancer Research UK's three depths of involvement: consult, collaborate, partner. The words and
 * their order are verified; CRUK gives no formal definitions, so the summaries are not verified
 * beyond the ordinary meaning of the words.
 *
 * Source: Cancer Research UK, Patient involvement toolkit for researchers; Top tips for involving
 * patients in your research (2020).
 *
 * @example
 * ```ts
 * crukInvolvementDepth.items[2].label; // "Partner"
 * ```
 * @category Frameworks
 */
export const crukInvolvementDepth = {
  id: "cruk-involvement-depth",
  name: "Cancer Research UK: consult, collaborate, partner",
  publisher: "Cancer Research UK",
  version: "undated web guidance; 'Top tips for involving patients in your research' (2020)",
  ordered: true,
  complete: true,
  verified: true,
  evidence: "primary",
  source: CRUK_TOOLKIT,
  note: "The three words also appear in CRUK's 'Top tips for involving patients in your research' (17 September 2020). CRUK gives no formal definitions of them; the summaries are not verified beyond their ordinary meaning.",
  items: [
    {
      id: "consult",
      ordinal: 1,
      label: "Consult",
      summary: "Seek the views of people affected by cancer on parts of the research.",
      verified: false,
      note: "Word and order verified; summary not verified (CRUK gives no definition).",
    },
    {
      id: "collaborate",
      ordinal: 2,
      label: "Collaborate",
      summary: "Work with people affected by cancer on an ongoing basis to shape the research.",
      verified: false,
      note: "Word and order verified; summary not verified (CRUK gives no definition).",
    },
    {
      id: "partner",
      ordinal: 3,
      label: "Partner",
      summary: "Work as partners, sharing the shaping of the research.",
      verified: false,
      note: "Word and order verified; summary not verified (CRUK gives no definition).",
    },
  ],
} as const satisfies Scale<"cruk-involvement-depth", CrukInvolvementDepthItemId>;
