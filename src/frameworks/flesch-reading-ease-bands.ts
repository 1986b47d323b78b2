/**
 * The bands of the Flesch Reading Ease score: which score range reads as very easy, standard
 * ("plain English") or very difficult.
 */

/**
 * Flesch Reading Ease bands, highest first, as Flesch published them (Flesch R. A new
 * readability yardstick. J Appl Psychol 1948;32(3):221–233, doi:10.1037/h0057532): 90–100
 * very easy; 80–89 easy; 70–79 fairly easy; 60–69 standard; 50–59 fairly difficult; 30–49
 * difficult; 0–29 very difficult. Each band holds scores from its `min` (inclusive) up to the
 * next band's `min`; scores above 100 are "very easy" and below 0 "very difficult".
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
 * Where {@link FRE_BANDS} comes from.
 *
 * @example
 * ```ts
 * FRE_BANDS_SOURCE.startsWith("Flesch R."); // true
 * ```
 * @category Frameworks
 */
export const FRE_BANDS_SOURCE =
  "Flesch R. A new readability yardstick. J Appl Psychol 1948;32(3):221–233, doi:10.1037/h0057532";
