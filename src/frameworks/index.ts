/**
 * ppie reference data: the published PPIE frameworks as typed, versioned data (scales, research
 * cycle, standards, checklists, principles), the crosswalk onto the public influence level,
 * dated payment rates and reference population tables. Named re-exports only; no logic.
 *
 * @packageDocumentation
 */

export * from "./4pi-standards.js";
export * from "./activity-modes.js";
export * from "./arnstein-ladder.js";
export * from "./boivin-2018-evaluation.js";
export * from "./census.js";
export * from "./cihr-spor-pef.js";
export * from "./crosswalk.js";
export * from "./cruk-activity-modes.js";
export * from "./cruk-involvement-depth.js";
export * from "./gripp2.js";
export * from "./gripp2-lf.js";
export * from "./gripp2-sf.js";
export * from "./iap2-spectrum.js";
export * from "./involve-approaches.js";
export * from "./involve-coproduction-2018.js";
export * from "./involve-research-cycle.js";
export * from "./involvement-scales.js";
export * from "./nccpe-edge.js";
export * from "./nhs-act-2006-involvement-duties.js";
export * from "./nhs-involvement-scope.js";
export * from "./nhse-working-in-partnership-2022.js";
export * from "./nihr-activity-modes.js";
export * from "./payment-rates.js";
export * from "./pfmd-peqg.js";
export * from "./piiaf.js";
export * from "./pirit.js";
export * from "./ppeet-principles.js";
export * from "./ppie-influence-level.js";
export * from "./registry.js";
export * from "./scie-coproduction-principles.js";
export * from "./strategy-pillars.js";
export * from "./tlap-coproduction-ladder.js";
export * from "./tlap-critical-friends-definition.js";
export * from "./types.js";
export * from "./uclpartners-ppie-2025-2028.js";
export * from "./uk-standards-2019.js";
export * from "./uk-standards-draft-2018.js";
export * from "./fft-questions.js";
export * from "./flesch-reading-ease-bands.js";
export * from "./landis-koch-bands.js";
export * from "./peirs22.js";
export * from "./ppeet-response-options.js";
export * from "./disclosure-presets.js";
export * from "./demographic-dimensions.js";
