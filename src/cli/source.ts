import { demoDataset } from "../demo/index.js";
import type { Dataset } from "../model/dataset.js";
import type { Result } from "../result.js";
import { fail, ok } from "../result.js";
import type { Context } from "./context.js";
import type { CliDiagnostic, CliDiagnosticCode } from "./diagnostics.js";
import { formatCliDiagnostics, withLocations } from "./diagnostics.js";
import { ENCODING_NAMES, encodingNamed } from "../io/decode.js";
import type { OptionSpec } from "./context.js";
import { UsageError } from "./errors.js";
import type { StdinFormat } from "./inputs.js";
import { loadNamed, STDIN_ARG, STDIN_LABEL } from "./inputs.js";
import type { LoadOptions } from "./load.js";
import { readLimitsFromEnv } from "./load.js";

/**
 * How a command reads the file or folder named on its command line: with a progress line,
 * the name as typed in messages, and the reading limits (with any the environment sets).
 *
 * @param ctx - run context
 * @param file - file or folder as typed
 * @returns the options for `loadDataset`
 * @throws {UsageError} when a `PPIE_MAX_...` variable is not a positive whole number, or
 *   `--encoding` names no encoding ppie reads
 * @example
 * ```ts
 * import { makeContext } from "./context.js";
 * loadOptions(makeContext(io, {}), "data/").label; // "data/"
 * ```
 * @category CLI
 */
export function loadOptions(ctx: Context, file: string): LoadOptions {
  const encoding = ctx.encoding === undefined ? undefined : encodingNamed(ctx.encoding);
  if (ctx.encoding !== undefined && encoding === undefined) {
    throw new UsageError(
      `--encoding must be one of ${ENCODING_NAMES.join(", ")}, not "${ctx.encoding}".`,
      'A CSV file saved by Excel as "CSV" (not "CSV UTF-8") is windows-1252.',
    );
  }
  return {
    label: file,
    limits: readLimitsFromEnv(ctx.io.env),
    ...(encoding === undefined ? {} : { encoding }),
  };
}

/**
 * The `--encoding` option of every command that reads a dataset.
 *
 * @category CLI
 */
export const ENCODING_OPTION: Readonly<Record<"encoding", OptionSpec>> = {
  encoding: {
    type: "string",
    value: "<name>",
    description:
      "Text encoding of the data files: utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1 (default: UTF-8, or UTF-16 with a byte-order mark).",
  },
};

/**
 * The dataset a command works on: the file or folder named, or the embedded demo dataset
 * when none is, with the name to show for it. Its diagnostics carry the file, line and column
 * they came from where known ({@link CliDiagnostic}).
 *
 * @category CLI
 */
export type DatasetSource = Result<{ dataset: Dataset; label: string }, CliDiagnosticCode>;

/**
 * Load the dataset named on the command line, or use the demo dataset. When it has errors,
 * they are printed on standard error (grouped, with file and line) and `ok` is false.
 *
 * @param ctx - run context
 * @param file - file or folder as typed (`-` for standard input), or undefined for the demo
 * @param stdinFormat - what standard input holds (`--stdin-format`), for `-`
 * @returns the dataset, or the errors
 * @example
 * ```ts
 * import { makeContext } from "./context.js";
 * const src = await datasetFrom(makeContext(io, {}), undefined);
 * if (src.ok) src.value.label; // "the demo dataset"
 * ```
 * @category CLI
 */
export async function datasetFrom(
  ctx: Context,
  file: string | undefined,
  stdinFormat?: StdinFormat,
): Promise<DatasetSource> {
  if (file === undefined) return ok({ dataset: demoDataset, label: "the demo dataset" });
  const name = file === STDIN_ARG ? STDIN_LABEL : file;
  ctx.progress(`Reading ${name}…`);
  const loaded = await loadNamed(ctx, file, stdinFormat);
  ctx.progressDone();
  const diagnostics = withLocations(loaded.diagnostics, loaded.locate);
  if (!loaded.dataset) {
    ctx.io.stderr(`ppie: ${name} is not a valid dataset, so nothing was computed.\n`);
    const text = formatCliDiagnostics(
      diagnostics.filter((d) => d.severity === "error"),
      ctx.colorErr,
    );
    ctx.io.stderr(text.endsWith("\n") ? text : `${text}\n`);
    ctx.io.stderr(`Run "ppie validate ${file}" for every problem.\n`);
    return fail(diagnostics);
  }
  return ok({ dataset: loaded.dataset, label: name }, diagnostics);
}

/**
 * Print diagnostics on standard error unless `--quiet` (errors are always printed).
 *
 * @param ctx - run context
 * @param diagnostics - what to print
 * @example
 * ```ts
 * import { makeContext } from "./context.js";
 * printNotes(makeContext(io, {}), [diagnostic("input/yaml-warning", "warning", [], "Check this.")]);
 * ```
 * @category CLI
 */
export function printNotes(ctx: Context, diagnostics: readonly CliDiagnostic[]): void {
  const shown = ctx.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  if (shown.length === 0) return;
  const text = formatCliDiagnostics(shown, ctx.colorErr);
  ctx.io.stderr(text.endsWith("\n") ? text : `${text}\n`);
}
