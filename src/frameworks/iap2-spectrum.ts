import { IAP2_SPECTRUM } from "./publications.js";
import type { Scale } from "./types.js";

/**
 * Item ids of the IAP2 Spectrum of Public Participation, lowest first (IAP2 Spectrum of Public Participation).
 *
 * @example
 * ```ts
 * IAP2_SPECTRUM_IDS[0]; // "inform"
 * ```
 * @category Frameworks
 */
export const IAP2_SPECTRUM_IDS = [
  "inform",
  "consult",
  "involve",
  "collaborate",
  "empower",
] as const;

/**
 * An item id of {@link iap2Spectrum}.
 *
 * @example
 * ```ts
 * const id: Iap2SpectrumItemId = "collaborate";
 * ```
 * @category Frameworks
 */
export type Iap2SpectrumItemId = (typeof IAP2_SPECTRUM_IDS)[number];

/**
 * The IAP2 Spectrum of Public Participation: five levels, each with a public participation goal
 * (the item `summary`) and a promise to the public (`details.promise`), both paraphrased. IAP2
 * stresses that the levels are choices suited to context, not steps to climb.
 *
 * Source: IAP2 Spectrum of Public Participation (IAP2 Canada's page).
 *
 * @example
 * ```ts
 * iap2Spectrum.items[4].details.promise; // "Carry out whatever the public decides."
 * ```
 * @category Frameworks
 */
export const iap2Spectrum = {
  id: "iap2-spectrum",
  name: "IAP2 Spectrum of Public Participation",
  publisher: "International Association for Public Participation (IAP2 International Federation)",
  version:
    "2014/2018 print (the text most often reproduced; exact version history not yet verified)",
  ordered: true,
  complete: true,
  verified: true,
  evidence: "primary",
  source: IAP2_SPECTRUM,
  note: "Levels are choices suited to context, not steps to climb. Several commentators note that 'Inform' is not really participation because information flows one way. Record the revision actually used; the version history is not yet verified.",
  items: [
    {
      id: "inform",
      ordinal: 1,
      label: "Inform",
      summary:
        "Provide even-handed, factual information that helps people grasp the issue and the possible answers.",
      details: { promise: "Keep people up to date." },
      verified: true,
    },
    {
      id: "consult",
      ordinal: 2,
      label: "Consult",
      summary: "Gather people's reactions to the analysis, the options or a proposed decision.",
      details: {
        promise:
          "Keep people updated, hear and recognise what they raise, and report back on what difference their input made.",
      },
      verified: true,
    },
    {
      id: "involve",
      ordinal: 3,
      label: "Involve",
      summary:
        "Stay in direct contact with people for the whole process so that their worries and wishes are understood and weighed at every point.",
      details: {
        promise:
          "Work with people so that the options on the table visibly reflect their concerns and hopes, and report back on the influence of their input.",
      },
      verified: true,
    },
    {
      id: "collaborate",
      ordinal: 4,
      label: "Collaborate",
      summary:
        "Treat the public as partners in every part of the decision, from drawing up options to picking the preferred one.",
      details: {
        promise:
          "Rely on people's advice and ideas when shaping solutions and adopt their recommendations wherever feasible.",
      },
      verified: true,
    },
    {
      id: "empower",
      ordinal: 5,
      label: "Empower",
      summary: "Let the public make the final decision.",
      details: { promise: "Carry out whatever the public decides." },
      verified: true,
    },
  ],
} as const satisfies Scale<"iap2-spectrum", Iap2SpectrumItemId>;
