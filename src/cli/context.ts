import { isAbsolute, resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import type { StreamRead } from "./stdin.js";

/**
 * What the CLI needs from the outside world, injected so tests can run it in-process.
 * `bin.ts` fills it from `process`.
 *
 * @category CLI
 */
export interface CliIo {
  /** Write to standard output (data, reports, results). */
  stdout: (text: string) => void;
  /** Write to standard error (progress, notes, usage errors). */
  stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Environment variables (NO_COLOR, FORCE_COLOR, SOURCE_DATE_EPOCH). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether each stream is a terminal (colour and progress only go to terminals). */
  isTTY: { stdout: boolean; stderr: boolean };
  /** The clock, for the default `--generated-at` (tests pin it). */
  now?: () => Date;
  /**
   * Read standard input to its end, as bytes, keeping at most `limit` (for the `-` argument).
   * Absent when there is no standard input to read (then `-` is a usage error).
   */
  readStdin?: (limit: number) => Promise<StreamRead>;
}

/**
 * An option of a command, as `node:util` parseArgs takes it plus help text.
 *
 * @category CLI
 */
export interface OptionSpec {
  /** `string` options take a value; `boolean` options are switches. */
  type: "string" | "boolean";
  /** One-letter alias. */
  short?: string;
  /** Whether the option may be given more than once. */
  multiple?: boolean;
  /** Placeholder for the value in help, e.g. `"<dir>"`. */
  value?: string;
  /** One line of help. */
  description: string;
}

/**
 * Parsed arguments of one command.
 *
 * @category CLI
 */
export interface ParsedArgs {
  /** Option values by long name. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  /** Positional arguments after the command name. */
  positionals: string[];
}

/**
 * Everything a command needs while it runs.
 *
 * @category CLI
 */
export interface Context {
  /** The injected world. */
  io: CliIo;
  /** Colour on standard output. */
  color: boolean;
  /** Colour on standard error. */
  colorErr: boolean;
  /** `--quiet`: only errors and requested output. */
  quiet: boolean;
  /** Resolve a path against the working directory. */
  resolve: (path: string) => string;
  /** A note for a person, on standard error (silenced by `--quiet`). */
  note: (text: string) => void;
  /** Progress on standard error, only when it is a terminal and not `--quiet`. */
  progress: (text: string) => void;
  /** Clear the progress line. */
  progressDone: () => void;
  /** The current time (for the default `--generated-at`). */
  now: () => Date;
  /** `--encoding`, as typed: the text encoding of the data files read (checked when they are). */
  encoding?: string;
}

/**
 * One CLI command: its help and what it does.
 *
 * @category CLI
 */
export interface CommandSpec {
  /** Name typed after `ppie`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line(s), e.g. `"ppie validate <file...> [options]"`. */
  usage: string;
  /** A paragraph of help. */
  description: string;
  /** Options besides `--help`, `--quiet` and `--color`/`--no-color`. */
  options: Readonly<Record<string, OptionSpec>>;
  /** Example command lines with a comment each. */
  examples: readonly (readonly [string, string])[];
  /** Run it; returns the exit code. */
  run: (ctx: Context, args: ParsedArgs) => Promise<number>;
}

/**
 * Options every command takes.
 *
 * @category CLI
 */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h", description: "Show this help." },
  quiet: {
    type: "boolean",
    short: "q",
    description: "Print only errors and the output asked for.",
  },
  color: {
    type: "boolean",
    description: "Force colour on (--no-color, or the NO_COLOR variable, turns it off).",
  },
};

/**
 * The parseArgs option table of a command (its own options plus the common ones).
 *
 * @param spec - the command
 * @returns options for `node:util` parseArgs
 * @example
 * ```ts
 * import { validateCommand } from "./commands/validate.js";
 * parseArgsOptions(validateCommand).help?.type; // "boolean"
 * ```
 * @category CLI
 */
export function parseArgsOptions(
  spec: Pick<CommandSpec, "options">,
): NonNullable<ParseArgsConfig["options"]> {
  const out: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries({ ...spec.options, ...COMMON_OPTIONS })) {
    out[name] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
    };
  }
  return out;
}

/**
 * Whether to colour a stream: `--color` / `--no-color` first, then NO_COLOR (any non-empty
 * value turns colour off, see no-color.org), then FORCE_COLOR, then whether it is a terminal.
 *
 * @param flag - the `--color` switch (`false` for `--no-color`), if given
 * @param env - environment variables
 * @param isTTY - whether the stream is a terminal
 * @returns whether to use colour
 * @example
 * ```ts
 * useColor(undefined, { NO_COLOR: "1" }, true); // false
 * ```
 * @category CLI
 */
export function useColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if ((env.NO_COLOR ?? "") !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY && env.TERM !== "dumb";
}

/**
 * Build the run context of a command.
 *
 * @param io - the injected world
 * @param values - parsed option values
 * @returns the context
 * @example
 * ```ts
 * const ctx = makeContext(io, { quiet: true });
 * ctx.quiet; // true
 * ```
 * @category CLI
 */
export function makeContext(io: CliIo, values: ParsedArgs["values"]): Context {
  const flag = typeof values.color === "boolean" ? values.color : undefined;
  const quiet = values.quiet === true;
  const showProgress = io.isTTY.stderr && !quiet;
  let shown = false;
  let last = 0;
  const now = io.now ?? (() => new Date());
  return {
    ...(typeof values.encoding === "string" ? { encoding: values.encoding } : {}),
    io,
    color: useColor(flag, io.env, io.isTTY.stdout),
    colorErr: useColor(flag, io.env, io.isTTY.stderr),
    quiet,
    resolve: (p) => (isAbsolute(p) ? p : resolve(io.cwd, p)),
    note: (text) => {
      if (!quiet) io.stderr(text.endsWith("\n") ? text : `${text}\n`);
    },
    progress: (text) => {
      if (!showProgress) return;
      const t = Date.now();
      if (shown && t - last < 100) return;
      last = t;
      shown = true;
      io.stderr(`\r\x1b[2K${text}`);
    },
    progressDone: () => {
      if (shown) io.stderr("\r\x1b[2K");
      shown = false;
    },
    now,
  };
}

/**
 * ANSI styles that do nothing when colour is off.
 *
 * @param on - whether colour is on
 * @returns style functions
 * @example
 * ```ts
 * styles(false).red("x"); // "x"
 * ```
 * @category CLI
 */
export function styles(
  on: boolean,
): Record<"bold" | "dim" | "red" | "yellow" | "green" | "cyan", (s: string) => string> {
  const wrap =
    (open: number, close: number) =>
    (s: string): string =>
      on ? `\x1b[${open}m${s}\x1b[${close}m` : s;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}

/**
 * A string option's value.
 *
 * @param args - parsed arguments
 * @param name - option name
 * @returns the value, or undefined when not given
 * @example
 * ```ts
 * stringOption({ values: { out: "x" }, positionals: [] }, "out"); // "x"
 * ```
 * @category CLI
 */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (Array.isArray(v)) {
    const last = v[v.length - 1];
    return typeof last === "string" ? last : undefined;
  }
  return typeof v === "string" ? v : undefined;
}
