import type { Dataset } from "../model/dataset.js";
import type { Diagnostic, Result } from "../result.js";
import type { MeasureComponents, MeasureId, MeasureOptions } from "../scores/registry.js";
import { scoreDataset } from "../scores/registry.js";
import type { Score } from "../scores/score.js";

/** A measure a report asked for could not be computed; `buildReport` returns its diagnostics. */
export class MeasureFailed extends Error {
  /** Why the measure could not be computed. */
  readonly diagnostics: Diagnostic[];

  /** @param diagnostics - why */
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics[0]?.message ?? "A measure could not be computed.");
    this.diagnostics = diagnostics;
  }
}

/**
 * The value of a {@link Result} a report cannot do without; when there is none, the report
 * fails with its diagnostics (`buildReport` catches {@link MeasureFailed}). Warnings that ride
 * along are the caller's to keep or drop.
 *
 * @param r - the result
 * @returns its value
 */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new MeasureFailed(r.diagnostics);
  return r.value;
}

/**
 * A measure as a report shows it: computed by the measure registry (`scoreDataset`), the one
 * definition the CLI's `ppie score` also uses, so a report's figure and `ppie score` agree.
 *
 * @param id - the measure id
 * @param dataset - the dataset
 * @param options - the measure's options
 * @returns the score
 */
export function measure<M extends MeasureId>(
  id: M,
  dataset: Dataset,
  options: MeasureOptions<M>,
): Score<MeasureComponents[M]> {
  return unwrap(scoreDataset(id, dataset, options));
}
