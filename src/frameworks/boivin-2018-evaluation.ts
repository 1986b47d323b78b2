import { BOIVIN_2018 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * The two grounds on which Boivin et al. (2018) say public involvement is justified: normative
 * (ethical/democratic principle) and consequentialist (it is expected to improve the quality,
 * relevance and uptake of research). The ids are a ppie design choice.
 *
 * @example
 * ```ts
 * BOIVIN_2018_JUSTIFICATION_TYPES; // ["normative", "consequentialist"]
 * ```
 * @category Frameworks
 */
export const BOIVIN_2018_JUSTIFICATION_TYPES = ["normative", "consequentialist"] as const;

/**
 * A justification type from {@link BOIVIN_2018_JUSTIFICATION_TYPES}.
 *
 * @example
 * ```ts
 * const why: Boivin2018JustificationType = "normative";
 * ```
 * @category Frameworks
 */
export type Boivin2018JustificationType = (typeof BOIVIN_2018_JUSTIFICATION_TYPES)[number];

/**
 * Boivin et al., "Evaluating patient and public involvement in research", BMJ 2018 (an
 * editorial). A reference, not a framework with items: it argues that if involvement is taken
 * seriously its evaluation must be too. `items` is empty; the two justification types are in
 * {@link BOIVIN_2018_JUSTIFICATION_TYPES}.
 *
 * Source: Boivin et al. 2018 (BMJ 2018;363:k5147).
 *
 * @example
 * ```ts
 * boivin2018Evaluation.items.length; // 0
 * ```
 * @category Frameworks
 */
export const boivin2018Evaluation = {
  id: "boivin-2018-evaluation",
  name: "Evaluating patient and public involvement in research (editorial)",
  publisher:
    "Boivin A, Richards T, Forsythe L, Gregoire A, L'Esperance A, Abelson J, Carman KL (BMJ)",
  version: "BMJ 2018;363:k5147",
  publishedDate: "2018-12-06",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: BOIVIN_2018,
  note: "Verified core argument: involvement is justified on ethical/democratic grounds and by the expectation that it improves research; both supporters and sceptics want stronger evidence. Further recommendations (build evaluation in from the start, involve the public in it, look at context, process and outcomes, reuse validated tools) are detail not yet verified.",
  items: [],
} as const satisfies Framework<"boivin-2018-evaluation", never>;
