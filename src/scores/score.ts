import type { Sources } from "../source.js";
import type { Diagnostic } from "../result.js";

/**
 * The unit a {@link Score} value is expressed in.
 *
 * @category Scores
 */
export type ScoreUnit =
  | "percent"
  | "proportion"
  | "ratio"
  | "index"
  | "count"
  | "pence"
  | "minutes"
  | "days"
  | "grade"
  | "points"
  | "nats";

/**
 * A measure's result: the number and how it was reached, so that a person can audit it.
 * `value` is `null` when the measure cannot be computed from the input (for example an FFT
 * with no responses); `diagnostics` then says why. Scorers never return `NaN` or `Infinity`.
 *
 * @typeParam C - the measure's components (the inputs and intermediate figures)
 * @category Scores
 */
export interface Score<C = unknown> {
  /** Stable id of the measure, e.g. `"fft"`. */
  id: string;
  /** The headline number, unrounded; `null` when it cannot be computed. */
  value: number | null;
  /** The unit of `value`. */
  unit: ScoreUnit;
  /** The closed range `value` always lies in, where the measure has one. */
  range?: readonly [number, number];
  /** The named band the value falls in, where the source defines bands. */
  band?: string;
  /** How the value was computed, where a measure has more than one method. */
  method?: string;
  /** The figures the value was built from. */
  components: C;
  /** A plain-English account of the calculation, with the numbers. */
  explanation: string;
  /**
   * Where the formula comes from: the publications (and any ppie design choice) it rests on,
   * most important first. Format them with `formatSource` or `shortCitation`.
   */
  source: Sources;
  /** Why a value is missing or should be read with care. */
  diagnostics: Diagnostic[];
}
