/**
 * The datasets named on a command line: paths, quoted glob patterns that ppie expands itself
 * (see `glob.ts`), and `-` for standard input (JSON, YAML or a workbook, named `<stdin>` in
 * diagnostics).
 *
 * @module
 */
import { stat } from "node:fs/promises";
import { tooLarge } from "../io/limits.js";
import { formatOf } from "../io/load.js";
import type { Context, OptionSpec, ParsedArgs } from "./context.js";
import { stringOption } from "./context.js";
import { UsageError } from "./errors.js";
import { expandGlob, isGlob } from "./glob.js";
import type { InputFormat, LoadedDataset } from "./load.js";
import { loadBytes, loadDataset, loadWorkbookBytes, readLimitsFromEnv } from "./load.js";
import { loadOptions } from "./source.js";

/** The argument that means standard input. */
export const STDIN_ARG = "-";

/** The name standard input goes by in diagnostics and output. */
export const STDIN_LABEL = "<stdin>";

/**
 * What standard input holds: JSON, YAML, or a workbook (`.xlsx`, `.ods`). A set of CSV files
 * cannot come from one stream.
 *
 * @category CLI
 */
export type StdinFormat = "json" | "yaml" | "xlsx" | "ods";

const STDIN_FORMATS: readonly StdinFormat[] = ["json", "yaml", "xlsx", "ods"];

/**
 * The help entry of `--stdin-format`, shared by every command that reads a dataset.
 *
 * @category CLI
 */
export const STDIN_FORMAT_OPTION: OptionSpec = {
  type: "string",
  value: "<json|yaml|xlsx|ods>",
  description:
    "What - (standard input) holds (default: a workbook by its first bytes, JSON when it starts with { or [, else YAML).",
};

/**
 * Read `--stdin-format`: `json`, `yaml`, `xlsx`, `ods`, or nothing (sniff). `csv` is refused
 * with the reason.
 *
 * @param args - parsed arguments
 * @returns the format, or undefined to sniff
 * @throws {@link UsageError} for any other value
 * @example
 * ```ts
 * stdinFormatOption({ values: { "stdin-format": "yaml" }, positionals: [] }); // "yaml"
 * ```
 * @category CLI
 */
export function stdinFormatOption(args: ParsedArgs): StdinFormat | undefined {
  const v = stringOption(args, "stdin-format");
  if (v === undefined) return undefined;
  const known = STDIN_FORMATS.find((f) => f === v);
  if (known !== undefined) return known;
  if (v === "csv")
    throw new UsageError(
      "A set of CSV files cannot come from standard input: ppie reads one CSV file per kind of record.",
      "Pass the folder that holds the CSV files instead of -, or send JSON, YAML or a workbook to standard input.",
    );
  throw new UsageError(`--stdin-format must be ${STDIN_FORMATS.join(", ")}, not "${v}".`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The inputs named on the command line, in order: `-` as it is, a path as it is, and a glob
 * pattern replaced by the paths it matches, sorted (a path that exists is taken as it is,
 * even when its name holds `*`, `?` or `[`).
 *
 * @param ctx - run context
 * @param args - the arguments as typed
 * @returns the inputs
 * @throws {@link UsageError} when a pattern matches nothing, or `-` is given twice
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * import { makeContext } from "./context.js";
 * mkdirSync("data");
 * writeFileSync("data/b.json", "{}");
 * writeFileSync("data/a.json", "{}");
 * await expandInputs(makeContext(io, {}), ["data/*.json", "-"]); // ["data/a.json", "data/b.json", "-"]
 * ```
 * @category CLI
 */
export async function expandInputs(ctx: Context, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIN_ARG) {
      if (out.includes(STDIN_ARG))
        throw new UsageError("Standard input (-) can be read only once in a command.");
      out.push(arg);
    } else if (isGlob(arg) && !(await exists(ctx.resolve(arg)))) {
      const found = await expandGlob(arg, ctx.io.cwd);
      if (found.length === 0)
        throw new UsageError(
          `No file or folder matches "${arg}".`,
          "Check the pattern: * matches within one name, ** any number of folders (see docs/cli.md).",
        );
      out.push(...found);
    } else out.push(arg);
  }
  return out;
}

/**
 * The one dataset a command reads (`report`, `score`): a path, `-`, or a pattern that matches
 * exactly one file or folder.
 *
 * @param ctx - run context
 * @param arg - the argument as typed, or undefined (the demo dataset)
 * @returns the input, or undefined
 * @throws {@link UsageError} when a pattern matches nothing or more than one
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * import { makeContext } from "./context.js";
 * mkdirSync("data");
 * writeFileSync("data/only.yaml", "schemaVersion: 1\n");
 * await oneInput(makeContext(io, {}), "data/*.yaml"); // "data/only.yaml"
 * ```
 * @category CLI
 */
export async function oneInput(ctx: Context, arg: string | undefined): Promise<string | undefined> {
  if (arg === undefined) return undefined;
  const found = await expandInputs(ctx, [arg]);
  if (found.length > 1)
    throw new UsageError(
      `"${arg}" matches ${found.length} files or folders (${found.slice(0, 3).join(", ")}${found.length > 3 ? ", ..." : ""}), but this command reads one dataset.`,
      "Name one, or check them all with ppie validate.",
    );
  return found[0];
}

/**
 * Read and parse a dataset from standard input: the bytes are read as a file's are (the
 * encoding rules and `--encoding` apply), as JSON, YAML or a workbook (`format`, or sniffed), every
 * diagnostic naming the file `<stdin>`.
 *
 * @param ctx - run context
 * @param format - `--stdin-format`, or undefined to sniff
 * @returns the dataset (when valid) and every diagnostic
 * @throws {@link UsageError} when there is no standard input to read
 * @example
 * ```ts
 * import { makeContext } from "./context.js";
 * const bytes = new TextEncoder().encode('{"schemaVersion": 1, "contributors": []}');
 * const ctx = makeContext({ ...io, readStdin: async () => ({ bytes }) }, {});
 * const loaded = await loadStdin(ctx, undefined);
 * loaded.format; // "json"
 * loaded.dataset?.contributors.length; // 0
 * ```
 * @category CLI
 */
export async function loadStdin(
  ctx: Context,
  format: StdinFormat | undefined,
): Promise<LoadedDataset> {
  if (ctx.io.readStdin === undefined)
    throw new UsageError("There is no standard input to read the dataset from (-).");
  const opts = loadOptions(ctx, STDIN_LABEL);
  const limits = opts.limits ?? readLimitsFromEnv(ctx.io.env);
  const failed = (as: StdinFormat, diagnostics: LoadedDataset["diagnostics"]): LoadedDataset => ({
    format: inputFormat(as),
    diagnostics,
    locate: () => undefined,
    dataset: undefined,
  });
  const limit = format === "yaml" ? limits.maxYamlBytes : limits.maxBytes;
  const read = await ctx.io.readStdin(limit);
  if ("over" in read) {
    // what the input is, from its first bytes, so that the message names the right limit
    const guess = format ?? (read.head === undefined ? "json" : sniffed(read.head));
    return failed(guess, [tooLarge(inputFormat(guess), STDIN_LABEL, read.over, limits)]);
  }
  const as = format ?? sniffed(read.bytes);
  if (as === "yaml" && read.bytes.length > limits.maxYamlBytes)
    return failed(as, [tooLarge(as, STDIN_LABEL, read.bytes.length, limits)]);
  if (as === "xlsx" || as === "ods") return loadWorkbookBytes(STDIN_LABEL, read.bytes, as, opts);
  return loadBytes(STDIN_LABEL, read.bytes, as, opts);
}

/** How an input read as a format of standard input is reported. */
function inputFormat(format: StdinFormat): InputFormat {
  return format === "xlsx" || format === "ods" ? "workbook" : format;
}

/** What standard input holds, from its bytes: a workbook (zip or OLE), JSON or YAML. */
function sniffed(bytes: Uint8Array): StdinFormat {
  // `formatOf` tells a workbook from its first bytes; the reader tells .ods from .xlsx inside
  const format = formatOf({ name: STDIN_LABEL, data: bytes });
  return format === "xlsx" || format === "json" ? format : "yaml";
}

/**
 * Read a dataset named on the command line: `-` from standard input, anything else from its
 * path.
 *
 * @param ctx - run context
 * @param file - the input (after {@link expandInputs})
 * @param stdinFormat - `--stdin-format`, for `-`
 * @returns the dataset (when valid) and every diagnostic
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { makeContext } from "./context.js";
 * writeFileSync("a.yaml", "schemaVersion: 1\ncontributors: []\n");
 * (await loadNamed(makeContext(io, {}), "a.yaml", undefined)).dataset?.contributors.length; // 0
 * ```
 * @category CLI
 */
export async function loadNamed(
  ctx: Context,
  file: string,
  stdinFormat: StdinFormat | undefined,
): Promise<LoadedDataset> {
  if (file === STDIN_ARG) return loadStdin(ctx, stdinFormat);
  return loadDataset(ctx.resolve(file), loadOptions(ctx, file));
}
