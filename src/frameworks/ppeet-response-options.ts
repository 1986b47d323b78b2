/**
 * The answer options of the closed items of the Public and Patient Engagement Evaluation Tool
 * (PPEET). ppie ships no PPEET wording: the tool is licensed CC BY-NC-SA 4.0.
 */
import type { Source } from "../source.js";
import { cite } from "../source.js";
import { PPEET_TOOL_PAGE } from "./publications.js";

/**
 * The closed-item answer options summarised for the PPEET: an agreement scale with a "don't
 * know / not applicable" option (Abelson J et al. Health Expect 2016;19(4):817–827,
 * doi:10.1111/hex.12378; PPEET v2.0, Public and Patient Engagement Collaborative, McMaster
 * University). The exact labels are **not yet verified**, so map your questionnaire's labels onto
 * these.
 *
 * @example
 * ```ts
 * PPEET_OPTIONS[0]; // "strongly-agree"
 * ```
 * @category Frameworks
 */
export const PPEET_OPTIONS = [
  "strongly-agree",
  "agree",
  "neutral",
  "disagree",
  "strongly-disagree",
  "dont-know",
  "not-applicable",
] as const;

/**
 * One answer to a closed PPEET item.
 *
 * @category Frameworks
 */
export type PpeetOption = (typeof PPEET_OPTIONS)[number];

/**
 * Where {@link PPEET_OPTIONS} comes from, and how far it was checked.
 *
 * @example
 * ```ts
 * PPEET_OPTIONS_SOURCE.verified; // false
 * ```
 * @category Frameworks
 */
export const PPEET_OPTIONS_SOURCE: Source = /* @__PURE__ */ cite(PPEET_TOOL_PAGE, "closed items", {
  verified: false,
  note: "An agreement scale with a don't know / not applicable option (PPEET version 2.0, CC BY-NC-SA 4.0; described in Abelson et al. 2016, doi:10.1111/hex.12378); the exact labels are not yet verified.",
});
