/**
 * Published facts about the Patient Engagement In Research Scale, 22-item form (PEIRS-22):
 * its number of items, the highest item score and the figures of its validation study.
 *
 * Source: Hamilton CB et al. Shortening and validation of the Patient Engagement In Research
 * Scale (PEIRS) for measuring meaningful patient and family caregiver engagement. Health Expect
 * 2021;24(3):863–879, doi:10.1111/hex.13227.
 */
import type { Source } from "../source.js";
import { cite } from "../source.js";
import { PEIRS22_2021 } from "./publications.js";

/**
 * Number of items in the PEIRS-22 (Hamilton CB et al. Health Expect 2021;24(3):863–879,
 * doi:10.1111/hex.13227).
 *
 * @example
 * ```ts
 * PEIRS22_ITEMS; // 22
 * ```
 * @category Frameworks
 */
export const PEIRS22_ITEMS = 22;

/**
 * Highest item score. The 0–4 coding (Strongly disagree = 0 … Strongly agree = 4) is
 * **not yet verified** against the published instrument (Hamilton et al. 2021) but consistent with its
 * raw range of 0–88.
 *
 * @example
 * ```ts
 * PEIRS22_ITEM_MAX; // 4
 * ```
 * @category Frameworks
 */
export const PEIRS22_ITEM_MAX = 4;

/**
 * Where the PEIRS-22 item facts ({@link PEIRS22_ITEMS}, {@link PEIRS22_ITEM_MAX}) come from.
 *
 * @example
 * ```ts
 * PEIRS22_ITEMS_SOURCE.doi; // "10.1111/hex.13227"
 * PEIRS22_ITEMS_SOURCE.verified; // false
 * ```
 * @category Frameworks
 */
export const PEIRS22_ITEMS_SOURCE: Source = /* @__PURE__ */ cite(PEIRS22_2021, undefined, {
  verified: false,
  note: "The 22 items are checked; the 0–4 item coding is not yet verified against the published instrument (it is consistent with the raw range of 0–88).",
});

/**
 * Published facts about the PEIRS-22 validation study (Hamilton CB et al. Health Expect
 * 2021;24(3):863–879, doi:10.1111/hex.13227), for documentation and reports. Verified against
 * the paper's abstract.
 *
 * @example
 * ```ts
 * PEIRS22_VALIDATION.ordinalAlpha; // 0.96
 * ```
 * @category Frameworks
 */
export const PEIRS22_VALIDATION = {
  /** Participants in the validation sample. */
  n: 119,
  /** Of whom from Canada. */
  fromCanada: 99,
  /** Of whom female. */
  female: 74,
  /** Ordinal alpha (internal consistency). */
  ordinalAlpha: 0.96,
  /** Test–retest reliability, ICC(2,1). */
  testRetestIcc21: 0.86,
  /** Share of variance explained by the one dominant construct. */
  varianceExplained: 0.55,
  /** Floor and ceiling effects were each below this share. */
  floorCeilingBelow: 0.15,
  /** Citation: the paper's abstract. */
  source: /* @__PURE__ */ cite(PEIRS22_2021, "abstract"),
  /** Checked against the primary source (the paper's abstract). */
  verified: true,
} as const;
