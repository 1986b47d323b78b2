/**
 * ppie measures: one pure function per measure, each returning a {@link Score} with its value,
 * unit, range, components, explanation and source. Import them by name from `ppie/scores` for
 * the smallest bundles; none of them pulls in zod or the schemas.
 *
 * @packageDocumentation
 */

export * from "./agreement.js";
export * from "./coproduction.js";
export * from "./fft.js";
export * from "./fft-table.js";
export * from "./gripp2-completeness.js";
export * from "./impact.js";
export * from "./involvement-depth.js";
export * from "./payments.js";
export * from "./peirs22.js";
export * from "./ppeet.js";
export * from "./readability.js";
export * from "./representation.js";
export type { Score, ScoreUnit } from "./score.js";
export * from "./standards.js";
export * from "./stats.js";
export * from "./strategy.js";
