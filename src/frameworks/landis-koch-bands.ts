/**
 * Landis and Koch's bands for reading a kappa statistic: poor, slight, fair, moderate,
 * substantial, almost perfect agreement.
 */
import type { Source } from "../source.js";
import { LANDIS_KOCH_1977 } from "./publications.js";

/**
 * Landis & Koch bands for Cohen's kappa (Landis JR, Koch GG. The measurement of observer
 * agreement for categorical data. Biometrics 1977;33(1):159–174): < 0 poor; 0–0.20 slight;
 * 0.21–0.40 fair; 0.41–0.60 moderate; 0.61–0.80 substantial; 0.81–1.00 almost perfect. Read as: a kappa belongs to the first
 * band whose `max` it does not exceed (`max` inclusive, except "poor", which is below 0), so
 * 0.205 is "fair".
 *
 * @example
 * ```ts
 * LANDIS_KOCH_BANDS[3]; // { max: 0.6, inclusive: true, band: "moderate" }
 * ```
 * @category Frameworks
 */
export const LANDIS_KOCH_BANDS = [
  { max: 0, inclusive: false, band: "poor" },
  { max: 0.2, inclusive: true, band: "slight" },
  { max: 0.4, inclusive: true, band: "fair" },
  { max: 0.6, inclusive: true, band: "moderate" },
  { max: 0.8, inclusive: true, band: "substantial" },
  { max: 1, inclusive: true, band: "almost perfect" },
] as const;

/**
 * A Landis & Koch agreement band.
 *
 * @category Frameworks
 */
export type LandisKochBand = (typeof LANDIS_KOCH_BANDS)[number]["band"];

/**
 * Where {@link LANDIS_KOCH_BANDS} comes from: Landis and Koch 1977.
 *
 * @example
 * ```ts
 * LANDIS_KOCH_BANDS_SOURCE.authors; // "Landis JR, Koch GG"
 * ```
 * @category Frameworks
 */
export const LANDIS_KOCH_BANDS_SOURCE: Source = LANDIS_KOCH_1977;
