import { cite } from "../source.js";
import { PPEET_2016 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the four PPEET core principles (Abelson et al. 2016).
 *
 * @example
 * ```ts
 * PPEET_PRINCIPLES_IDS.length; // 4
 * ```
 * @category Frameworks
 */
export const PPEET_PRINCIPLES_IDS = [
  "integrity-of-design-and-process",
  "influence-and-impact",
  "participatory-culture",
  "collaboration-and-common-purpose",
] as const;

/**
 * An item id of {@link ppeetPrinciples}.
 *
 * @example
 * ```ts
 * const id: PpeetPrinciplesItemId = "participatory-culture";
 * ```
 * @category Frameworks
 */
export type PpeetPrinciplesItemId = (typeof PPEET_PRINCIPLES_IDS)[number];

/**
 * The four core principles of the Public and Patient Engagement Evaluation Tool (PPEET),
 * Abelson J and colleagues, McMaster University. PPEET's questionnaires are scored by the `ppeet`
 * measure; only the principles are carried here. Summaries are short restatements of the
 * principle names (the summary they were checked against gives names only).
 *
 * Source: Abelson et al. 2016 (Health Expectations 19(4):817-827); the names were checked only
 * against the BC SUPPORT Unit's summary of PPEET.
 *
 * @example
 * ```ts
 * ppeetPrinciples.items[1].label; // "Influence and impact"
 * ```
 * @category Frameworks
 */
export const ppeetPrinciples = {
  id: "ppeet-principles",
  name: "Public and Patient Engagement Evaluation Tool (PPEET): core principles",
  publisher: "Abelson J and colleagues, McMaster University",
  version: "as summarised by the BC SUPPORT Unit",
  ordered: false,
  complete: true,
  verified: false,
  evidence: "secondary",
  source: /* @__PURE__ */ cite(PPEET_2016, "core principles", {
    verified: false,
    note: "The four principle names were checked only against the BC SUPPORT Unit's summary of PPEET, not against the paper or the tool itself.",
  }),
  note: "The principles were checked only against the BC SUPPORT Unit's summary of PPEET.",
  items: [
    {
      id: "integrity-of-design-and-process",
      label: "Integrity of design and process",
      summary: "The engagement is well designed and carried out as planned.",
      verified: false,
      note: "Name checked only against the BC SUPPORT Unit's summary; the summary restates the name only.",
    },
    {
      id: "influence-and-impact",
      label: "Influence and impact",
      summary: "The engagement influences decisions and makes a difference.",
      verified: false,
      note: "Name checked only against the BC SUPPORT Unit's summary; the summary restates the name only.",
    },
    {
      id: "participatory-culture",
      label: "Participatory culture",
      summary: "The organisation's culture supports and values participation.",
      verified: false,
      note: "Name checked only against the BC SUPPORT Unit's summary; the summary restates the name only.",
    },
    {
      id: "collaboration-and-common-purpose",
      label: "Collaboration and common purpose",
      summary: "Participants and the organisation work together towards shared aims.",
      verified: false,
      note: "Name checked only against the BC SUPPORT Unit's summary; the summary restates the name only.",
    },
  ],
} as const satisfies Framework<"ppeet-principles", PpeetPrinciplesItemId>;
