/**
 * The bands of the Flesch Reading Ease score: which score range reads as very easy, standard
 * ("plain English") or very difficult.
 */
import type { Source } from "../source.js";
import { cite } from "../source.js";
import { FLESCH_1948 } from "./publications.js";

/**
 * Flesch Reading Ease bands, highest first, with the labels Flesch published in Table 5 of "A new
 * readability yardstick" (Flesch 1948, J Appl Psychol 32(3):221–233, doi:10.1037/h0057532):
 * 90–100 very easy; 80–89 easy; 70–79 fairly easy; 60–69 standard; 50–59 fairly difficult;
 * 30–49 difficult; 0–29 very difficult. Flesch printed the ranges with shared end points ("90 to
 * 100", "80 to 90", ... "0 to 30"); the whole-number boundaries are the usual later convention.
 * Each band holds scores from its `min` (inclusive) up to the next band's `min`; scores above
 * 100 are "very easy" and below 0 "very difficult".
 *
 * @example
 * ```ts
 * FRE_BANDS[3]; // { min: 60, band: "standard" }
 * ```
 * @category Frameworks
 */
export const FRE_BANDS = [
  { min: 90, band: "very easy" },
  { min: 80, band: "easy" },
  { min: 70, band: "fairly easy" },
  { min: 60, band: "standard" },
  { min: 50, band: "fairly difficult" },
  { min: 30, band: "difficult" },
  { min: -Infinity, band: "very difficult" },
] as const;

/**
 * A Flesch Reading Ease band name (Flesch 1948).
 *
 * @category Frameworks
 */
export type FreBand = (typeof FRE_BANDS)[number]["band"];

/**
 * Where {@link FRE_BANDS} comes from: Table 5 ("Pattern of 'Reading Ease' scores") of Flesch 1948.
 *
 * @example
 * ```ts
 * FRE_BANDS_SOURCE.section; // "Table 5"
 * ```
 * @category Frameworks
 */
export const FRE_BANDS_SOURCE: Source = /* @__PURE__ */ cite(FLESCH_1948, "Table 5", {
  note: "The labels (very easy to very difficult) are those of Flesch's Table 5, 'Pattern of \"Reading Ease\" scores'. Flesch printed the ranges with shared end points (0 to 30, 30 to 50, ...); whole-number boundaries (0-29, 30-49, ...) are the usual later convention. 'Very confusing', seen on some web pages for 0-29, is not Flesch's label.",
});
