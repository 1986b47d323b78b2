/**
 * Published statistical disclosure control rules for small numbers, as policies that
 * `disclosureControl` applies: NHS England's FFT suppression, NHS Digital's HES/ECDS method of
 * September 2018, UKHSA's 2022 aggregate-data guidance and the threshold of 10 used by trusted
 * research environments.
 *
 * Sources: NHS England FFT processing code (https://github.com/nhsengland/fft_pipeline);
 * NHS Digital, "Change to disclosure control methodology for HES and ECDS from September 2018"
 * (https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018);
 * UKHSA, "Statistical disclosure control: aggregate data" (2022); UK Longitudinal Linkage
 * Collaboration Guidebook, Statistical Disclosure Control
 * (https://guidebook.ukllc.ac.uk/docs/user_guide/sdc). One rule for all of them, with named
 * presets and ppie's default, is a ppie design choice (docs/design-choices.md#small-numbers).
 */
import type { Source } from "../source.js";
import { cite } from "../source.js";
import { FFT_PIPELINE, HES_DISCLOSURE_2018, UKHSA_SDC_2022, UKLLC_SDC } from "./publications.js";

/**
 * Ids of the built-in disclosure policies (see {@link disclosurePresets}).
 *
 * @example
 * ```ts
 * const id: PolicyPresetId = "tre-10";
 * ```
 * @category Frameworks
 */
export type PolicyPresetId = "fft" | "hes-2018" | "ukhsa-5" | "tre-10";

/**
 * How a percentage may be shown after its counts have been protected: the smallest published
 * (rounded) denominator for a whole-number percentage and for one decimal place. Below the
 * whole-number minimum the percentage is withheld.
 *
 * @example
 * ```ts
 * const r: PercentageRule = { wholeMinDenominator: 400, oneDecimalMinDenominator: 4000 };
 * ```
 * @category Frameworks
 */
export interface PercentageRule {
  /** Smallest published denominator for a whole-number percentage (0: no limit). */
  wholeMinDenominator: number;
  /** Smallest published denominator for a percentage to one decimal place (0: no limit). */
  oneDecimalMinDenominator: number;
}

/**
 * A disclosure-control policy (a ppie design choice, see docs/design-choices.md#small-numbers:
 * the published rules below differ only in these settings).
 *
 * @example
 * ```ts
 * const mine: DisclosurePolicy = { ...disclosurePresets["tre-10"], id: "panel-5", minSafeCount: 5 };
 * ```
 * @category Frameworks
 */
export interface DisclosurePolicy {
  /** Stable id, e.g. `"hes-2018"`. */
  id: string;
  /** Name for people, used in the statement. */
  name: string;
  /** Counts from 1 up to `minSafeCount - 1` are hidden (primary suppression). */
  minSafeCount: number;
  /** Whether 0 is hidden too (e.g. trusted research environments such as UK LLC). */
  protectZero: boolean;
  /** Round every shown count and total to the nearest multiple of this; `null` for none. */
  roundingBase: number | null;
  /**
   * `"complementary"`: hide further cells until no row or column has exactly one hidden
   * figure; `"none"`: rely on rounding (or accept the risk; reported as a diagnostic).
   */
  secondary: "none" | "complementary";
  /** Symbol printed for a hidden figure, e.g. `"*"` or `"c"`. */
  symbol: string;
  /**
   * Whether a small (primary) figure is printed as the symbol or in words. Under
   * complementary secondary suppression every hidden figure of a table is printed as the
   * symbol, so that a small figure cannot be told from one hidden to protect it.
   */
  primaryDisplay: "symbol" | "words";
  /** Words for small figures: `"fewer than 5"` or a range such as `"1 to 4"`. */
  wording: "fewer-than" | "range";
  /** How percentages may be shown. */
  percentages: PercentageRule;
  /** Where the rule comes from: the publication (see {@link Source}). */
  source: Source;
  /** True when nothing in the policy is unverified. */
  verified: boolean;
  /** Parts of the policy not confirmed against the source (kept, but never presented as official). */
  unverified: readonly string[];
  /** Design choices ppie made where the source is silent. */
  notes: readonly string[];
}

/**
 * The built-in policies. Each cites its publication; parts not confirmed against it (or that
 * are ppie's reading) are listed in `unverified`.
 *
 * - `fft`: NHS England Friends and Family Test: 1 to 4 hidden (NHS England FFT processing
 *   code, https://github.com/nhsengland/fft_pipeline).
 * - `hes-2018`: NHS Digital HES/ECDS method from September 2018, sub-national: 1 to 7 hidden,
 *   other counts rounded to the nearest 5, percentage rules (NHS Digital, "Disclosure control methodology for HES and ECDS", 2018).
 * - `ukhsa-5`: UKHSA 2022 worked example: 1 to 4 written as "1 to 4", others rounded to the
 *   nearest 5 (UKHSA, "Statistical Disclosure Control - Aggregate Data", 2022).
 * - `tre-10`: trusted research environments such as UK LLC: below 10 hidden, including zero
 *   (UK LLC Guidebook, Statistical Disclosure Control); ppie's default for involvement-group
 *   demographics.
 *
 * @example
 * ```ts
 * disclosurePresets["hes-2018"].minSafeCount; // 8
 * ```
 * @category Frameworks
 */
export const disclosurePresets = {
  fft: {
    id: "fft",
    name: "NHS England Friends and Family Test",
    minSafeCount: 5,
    protectZero: false,
    roundingBase: null,
    secondary: "complementary",
    symbol: "*",
    primaryDisplay: "symbol",
    wording: "fewer-than",
    percentages: { wholeMinDenominator: 0, oneDecimalMinDenominator: 0 },
    source: /* @__PURE__ */ cite(FFT_PIPELINE, "suppression rules"),
    verified: false,
    unverified: ["That GP and dental FFT data use the same suppression as the inpatient pipeline."],
    notes: [
      "NHS England's second-level and cascade rules are for hierarchies of units; for a general table ppie hides the smallest other figure in any row or column with one hidden figure. Use fftTable for FFT hierarchies.",
      "Percentages are withheld when their numerator or denominator is hidden; the source sets no denominator limit.",
    ],
  },
  "hes-2018": {
    id: "hes-2018",
    name: "NHS Digital HES/ECDS disclosure control (from September 2018), sub-national",
    minSafeCount: 8,
    protectZero: false,
    roundingBase: 5,
    secondary: "none",
    symbol: "*",
    primaryDisplay: "symbol",
    wording: "range",
    percentages: { wholeMinDenominator: 400, oneDecimalMinDenominator: 4000 },
    source: HES_DISCLOSURE_2018,
    verified: false,
    unverified: [
      "Zero is shown as 0.",
      "Counts of 1 to 7 shown as * and others rounded to the nearest 5 is a reading of the method; the 1 to 7 threshold is confirmed for derived statistics.",
      "A whole-number percentage needs a rounded denominator of at least 400 (computed by ppie from the method's rule of 4,000 for one decimal place; official wording unverified); below it ppie withholds the percentage.",
      "No secondary suppression: rounding is taken to replace the manual secondary suppression of the pre-2018 rule.",
    ],
    notes: [
      "HES applies no disclosure control to national figures; use this preset for sub-national tables.",
      "Totals are rounded independently, so rounded figures may not add up to rounded totals.",
    ],
  },
  "ukhsa-5": {
    id: "ukhsa-5",
    name: "UKHSA aggregate-data guidance, base-5 rounding with small-value wording",
    minSafeCount: 5,
    protectZero: false,
    roundingBase: 5,
    secondary: "none",
    symbol: "c",
    primaryDisplay: "words",
    wording: "range",
    percentages: { wholeMinDenominator: 0, oneDecimalMinDenominator: 0 },
    source: /* @__PURE__ */ cite(UKHSA_SDC_2022, "worked example"),
    verified: true,
    unverified: [],
    notes: [
      'UKHSA\'s example also drops the row-total column to protect a row with one small cell; ppie reports such rows and columns ("disclosure/single-suppressed-line") so you can decide.',
      "Zero is shown as 0 (the example has no zeros).",
      "Totals are rounded independently, so rounded figures may not add up to rounded totals.",
    ],
  },
  "tre-10": {
    id: "tre-10",
    name: "Trusted research environment threshold of 10",
    minSafeCount: 10,
    protectZero: true,
    roundingBase: null,
    secondary: "complementary",
    symbol: "*",
    primaryDisplay: "symbol",
    wording: "fewer-than",
    percentages: { wholeMinDenominator: 0, oneDecimalMinDenominator: 0 },
    source: UKLLC_SDC,
    verified: true,
    unverified: [],
    notes: [
      "Recommended default for involvement-group demographics, whose members know each other (a ppie design choice).",
      "The ONS Longitudinal Study uses the same threshold of 10.",
      'The symbol "*" and complementary suppression in rows and columns are ppie\'s choices.',
    ],
  },
} as const satisfies Record<PolicyPresetId, DisclosurePolicy>;
