/**
 * The NHS Friends and Family Test (FFT) questions as reference data: the current question
 * (from 1 April 2020) and the previous "would you recommend" question (2013 to 2020), each
 * with its response options in order and which of them count as positive or negative.
 *
 * Sources: NHS England, "Using the Friends and Family Test to improve patient experience"
 * (2019); NHS England, "Calculation and presentation of FFT data"
 * (https://www.england.nhs.uk/fft/calculations/).
 */
import { FFT_CALCULATIONS, FFT_GUIDANCE_2014, FFT_GUIDANCE_2019 } from "./publications.js";

/**
 * The two FFT questions as reference data: wording, response options in order, which
 * options are positive or negative, and the denominator rule. Sources: NHS England, "Using the
 * Friends and Family Test to improve patient experience" (2019) for the question and options,
 * with the category codes of NHS England's FFT processing code; NHS England, "Calculation and
 * presentation of FFT data" for the calculation; the previous question from NHS England, "The
 * Friends and Family Test" (2014). Each series cites its publications in `source`. The
 * denominator for the previous question is not stated in the sources, so it is marked
 * `denominatorVerified: false` (not yet verified): ppie uses the same all-responses denominator
 * as the current question.
 *
 * @example
 * ```ts
 * fftSeries["2020"].options[5].label; // "Don't know"
 * ```
 * @category Frameworks
 */
export const fftSeries = {
  "2020": {
    series: "2020",
    question: "Overall, how was your experience of our service?",
    used: "from 1 April 2020",
    positiveName: "positive",
    negativeName: "negative",
    options: [
      { key: "veryGood", code: 1, label: "Very good", group: "positive" },
      { key: "good", code: 2, label: "Good", group: "positive" },
      { key: "neither", code: 3, label: "Neither good nor poor", group: "neutral" },
      { key: "poor", code: 4, label: "Poor", group: "negative" },
      { key: "veryPoor", code: 5, label: "Very poor", group: "negative" },
      { key: "dontKnow", code: 6, label: "Don't know", group: "none" },
    ],
    denominator: "all six options, including Neither and Don't know",
    denominatorVerified: true,
    source: [FFT_GUIDANCE_2019, FFT_CALCULATIONS],
  },
  "pre-2020": {
    series: "pre-2020",
    question:
      "How likely are you to recommend our [service/ward] to friends and family if they needed similar care or treatment?",
    used: "2013 to 2020",
    positiveName: "would recommend",
    negativeName: "would not recommend",
    options: [
      { key: "extremelyLikely", code: null, label: "Extremely likely", group: "positive" },
      { key: "likely", code: null, label: "Likely", group: "positive" },
      { key: "neither", code: null, label: "Neither likely nor unlikely", group: "neutral" },
      { key: "unlikely", code: null, label: "Unlikely", group: "negative" },
      { key: "extremelyUnlikely", code: null, label: "Extremely unlikely", group: "negative" },
      { key: "dontKnow", code: null, label: "Don't know", group: "none" },
    ],
    denominator:
      "all six options, including Neither and Don't know (not yet verified for this series)",
    denominatorVerified: false,
    source: [FFT_GUIDANCE_2014, FFT_CALCULATIONS],
  },
} as const;
