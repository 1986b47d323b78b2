import { arnsteinLadder } from "./arnstein-ladder.js";
import { crukInvolvementDepth } from "./cruk-involvement-depth.js";
import { iap2Spectrum } from "./iap2-spectrum.js";
import { involveApproaches } from "./involve-approaches.js";
import { ppieInfluenceLevel } from "./ppie-influence-level.js";
import { tlapCoproductionLadder } from "./tlap-coproduction-ladder.js";

/**
 * Every ordered scale of involvement depth that ppie ships, keyed by its framework id, so an
 * activity's `level.scale` can be looked up directly. The common scale `ppie-influence-level`
 * (PIL 0-6, a ppie design choice) is the one the others are crosswalked onto.
 *
 * @example
 * ```ts
 * involvementScales["iap2-spectrum"].items.length; // 5
 * ```
 * @category Frameworks
 */
export const involvementScales = {
  "involve-approaches": involveApproaches,
  "cruk-involvement-depth": crukInvolvementDepth,
  "iap2-spectrum": iap2Spectrum,
  "arnstein-ladder": arnsteinLadder,
  "tlap-coproduction-ladder": tlapCoproductionLadder,
  "ppie-influence-level": ppieInfluenceLevel,
} as const;

/**
 * The framework id of a shipped involvement scale.
 *
 * @category Frameworks
 */
export type InvolvementScaleId = keyof typeof involvementScales;
