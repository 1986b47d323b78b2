/**
 * Whole-day arithmetic on ISO dates, fast enough for per-record loops and free of the local
 * time zone. The arithmetic itself lives in the model (`model/day-number.ts`), so that the
 * model's period functions and the derive stage share one definition.
 *
 * @module
 */
export { dayNumber } from "../model/day-number.js";
