import { parseArgs } from "node:util";
import { configCommand } from "./commands/config.js";
import { demoCommand } from "./commands/demo.js";
import { initCommand } from "./commands/init.js";
import { reportCommand } from "./commands/report.js";
import { schemaCommand } from "./commands/schema.js";
import { scoreCommand } from "./commands/score.js";
import { validateCommand } from "./commands/validate.js";
import type { CliIo, CommandSpec, ParsedArgs } from "./context.js";
import { COMMON_OPTIONS, makeContext, parseArgsOptions, styles, useColor } from "./context.js";
import { suggest } from "../io/suggest.js";
import { ConfigError } from "./config.js";
import { formatCliDiagnostics } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { helpTopic } from "./help-topics.js";
import { escapeControls, guardStream } from "./terminal.js";
import { VERSION } from "./version.js";

/**
 * Every command, in the order `ppie --help` lists them.
 *
 * @category CLI
 */
export const COMMANDS: readonly CommandSpec[] = [
  initCommand,
  validateCommand,
  reportCommand,
  scoreCommand,
  schemaCommand,
  demoCommand,
  configCommand,
];

/**
 * Exit codes: 0 when all is well, 1 when the data has errors (or too many warnings), 2 when
 * the command line itself is wrong (unknown command or option, missing argument, no such file,
 * a value of SOURCE_DATE_EPOCH ppie cannot use, an output that would overwrite a file), 70
 * when ppie itself failed (a bug: EX_SOFTWARE in sysexits.h).
 *
 * @category CLI
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

function pad(s: string, n: number): string {
  return s.length >= n ? `${s}  ` : s + " ".repeat(n - s.length);
}

/**
 * The top-level help text.
 *
 * @returns the text of `ppie --help`
 * @example
 * ```ts
 * mainHelp().startsWith("ppie"); // true
 * ```
 * @category CLI
 */
export function mainHelp(): string {
  const lines = [
    `ppie ${VERSION}: check, score and report Patient and Public Involvement and Engagement (PPIE) data.`,
    "",
    "Usage: ppie <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${pad(c.name, 10)}${c.summary}`),
    "",
    "Options:",
    "  -h, --help       Show help (also after any command: ppie validate --help).",
    "  -V, --version    Show the version.",
    "",
    "Examples:",
    "  npx ppie demo                                  # every report of the demo data, in ./ppie-demo",
    "  ppie init my-data                              # a dataset file and CSV templates to fill in",
    "  ppie validate my-data/ppie-dataset.json        # check a dataset",
    "  ppie report strategy data/ --period 2025-26 --format html --out strategy.html",
    "",
    "Exit codes: 0 ok, 1 the data has errors, 2 the command was not understood, 70 a bug in ppie.",
    "Files are never written over an input, and existing files are replaced only with --force.",
    "Colour is off when output is not a terminal, with --no-color, or when NO_COLOR is set.",
    "Settings shared by a team (rules, disclosure, geography, period) go in ppie.config.json.",
    "",
    "Documentation: ppie help <topic> prints a guide: cli, concepts, definitions, diagnostics,",
    "measures, reports, rules, rendering, reference-data, reference-ids, design-choices,",
    "examples, sources.",
    "The same guides are in the installed package: node_modules/ppie/docs/cli.md and beside it.",
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * A command's help text: usage, description, options and examples.
 *
 * @param spec - the command
 * @returns the text of `ppie <command> --help`
 * @example
 * ```ts
 * import { validateCommand } from "./commands/validate.js";
 * commandHelp(validateCommand).includes("--max-warnings"); // true
 * ```
 * @category CLI
 */
export function commandHelp(spec: CommandSpec): string {
  const opt = (name: string, o: (typeof COMMON_OPTIONS)[string]): string => {
    let left = `${o.short ? `-${o.short}, ` : "    "}--${name}`;
    if (name === "color") left = "    --color, --no-color";
    if (o.value) left += ` ${o.value}`;
    return `  ${pad(left, 30)}${o.description}`;
  };
  const lines = [
    `Usage: ${spec.usage}`,
    "",
    spec.description,
    "",
    "Options:",
    ...Object.entries(spec.options).map(([n, o]) => opt(n, o)),
    ...Object.entries(COMMON_OPTIONS).map(([n, o]) => opt(n, o)),
    "",
    "Examples:",
    ...spec.examples.map(([cmd, what]) => `  ${cmd}\n      ${what}`),
    "",
    `More: ppie help cli (the guide to every command; also docs/cli.md in the installed package).`,
  ];
  return `${lines.join("\n")}\n`;
}

function usageError(
  io: CliIo,
  err: UsageError,
  spec: CommandSpec | undefined,
  color: boolean,
): number {
  const s = styles(color);
  // what the user typed or named is echoed back: show its control characters, never send them
  const lines = [`${s.red("ppie:")} ${escapeControls(err.message)}`];
  if (err instanceof ConfigError)
    lines.push("", formatCliDiagnostics(err.diagnostics, color).trimEnd(), "");
  if (err.hint) lines.push(escapeControls(err.hint));
  lines.push("");
  if (spec)
    lines.push(`Usage: ${spec.usage}`, `Run "ppie ${spec.name} --help" for options and examples.`);
  else
    lines.push(
      "Usage: ppie <command> [options]",
      `Commands: ${COMMANDS.map((c) => c.name).join(", ")}.`,
      'Run "ppie --help" for more.',
    );
  io.stderr(`${lines.join("\n")}\n`);
  return EXIT.usage;
}

function explainParseError(err: unknown, spec: CommandSpec): UsageError {
  const e = err as { code?: string; message?: string };
  const names = Object.keys({ ...spec.options, ...COMMON_OPTIONS });
  const quoted = /'([^']+)'/.exec(e.message ?? "")?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const bare = quoted.replace(/^-+/, "").split("=")[0] ?? "";
      const guess = suggest(bare, names);
      return new UsageError(
        `"${quoted}" is not an option of "ppie ${spec.name}".`,
        guess
          ? `Did you mean --${guess}?`
          : `Its options are: ${names.map((n) => `--${n}`).join(", ")}.`,
      );
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const opt = /--[\w-]+/.exec(e.message ?? "")?.[0] ?? quoted;
      const o = spec.options[opt.replace(/^-+/, "")];
      return o?.type === "boolean" || /does not take an argument/.test(e.message ?? "")
        ? new UsageError(`The option ${opt} is a switch and takes no value.`)
        : new UsageError(`The option ${opt} needs a value${o?.value ? ` (${o.value})` : ""}.`);
    }
    default:
      return new UsageError(e.message ?? String(err));
  }
}

/**
 * Run the CLI: parse the arguments, run the command, and return the exit code (0 ok,
 * 1 invalid data, 2 usage error). Everything outside goes through `io`, so tests can run it
 * in-process.
 *
 * @param argv - arguments after the program name
 * @param io - standard streams, working directory, environment and clock
 * @returns the exit code
 * @example
 * ```ts
 * // bin.ts: process.exitCode = await main(process.argv.slice(2), io);
 * await main(["report", "impact"], io); // 0
 * ```
 * @category CLI
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const flag = args.includes("--no-color") ? false : args.includes("--color") ? true : undefined;
  const color = useColor(flag, io.env, io.isTTY.stderr);
  const safe: CliIo = {
    ...io,
    stdout: guardStream(io.stdout, {
      colour: useColor(flag, io.env, io.isTTY.stdout),
      progress: false,
    }),
    stderr: guardStream(io.stderr, { colour: color, progress: io.isTTY.stderr }),
  };
  try {
    return await run(args, safe, color);
  } catch (err) {
    return internalError(safe, err);
  }
}

/**
 * Report an error ppie did not expect (a bug): one plain sentence and what to do, exit code 70.
 * The stack, for a bug report, only with PPIE_DEBUG=1.
 */
function internalError(io: CliIo, err: unknown): number {
  const e = err instanceof Error ? err : new Error(String(err));
  const debug = (io.env.PPIE_DEBUG ?? "") !== "" && io.env.PPIE_DEBUG !== "0";
  io.stderr(
    [
      `ppie: an unexpected error stopped the command (${e.name}: ${e.message}).`,
      "This is a bug in ppie, not a problem with your data: please report it with the command you ran.",
      debug ? (e.stack ?? "") : "Run it again with PPIE_DEBUG=1 to see where it happened.",
      "",
    ].join("\n"),
  );
  return EXIT.internal;
}

async function run(args: string[], io: CliIo, color: boolean): Promise<number> {
  const first = args[0];
  if (first === undefined) {
    return usageError(io, new UsageError("No command given."), undefined, color);
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const name = args[1];
    const command = name === undefined ? undefined : COMMANDS.find((c) => c.name === name);
    if (name !== undefined && command === undefined && first === "help") {
      try {
        io.stdout(await helpTopic(name));
      } catch (err) {
        if (err instanceof UsageError) return usageError(io, err, undefined, color);
        throw err;
      }
      return EXIT.ok;
    }
    io.stdout(command ? commandHelp(command) : mainHelp());
    return EXIT.ok;
  }
  if (first === "--version" || first === "-V" || first === "-v") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const spec = COMMANDS.find((c) => c.name === first);
  if (!spec) {
    const guess = suggest(
      first.replace(/^-+/, ""),
      COMMANDS.map((c) => c.name),
    );
    const what = first.startsWith("-")
      ? `"${first}" is not an option ppie knows here.`
      : `"${first}" is not a ppie command.`;
    return usageError(
      io,
      new UsageError(what, guess ? `Did you mean "ppie ${guess}"?` : undefined),
      undefined,
      color,
    );
  }
  let parsed: ParsedArgs;
  try {
    const r = parseArgs({
      args: args.slice(1),
      options: parseArgsOptions(spec),
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
    parsed = { values: r.values as ParsedArgs["values"], positionals: r.positionals };
  } catch (err) {
    return usageError(io, explainParseError(err, spec), spec, color);
  }
  if (parsed.values.help === true) {
    io.stdout(commandHelp(spec));
    return EXIT.ok;
  }
  const ctx = makeContext(io, parsed.values);
  try {
    return await spec.run(ctx, parsed);
  } catch (err) {
    ctx.progressDone();
    if (err instanceof UsageError) return usageError(io, err, spec, ctx.colorErr);
    const e = err as { code?: string; message?: string; path?: string };
    if (typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) {
      io.stderr(
        `ppie: could not ${e.code === "ENOENT" ? "find" : "use"} ${e.path ?? "a file"} (${e.message ?? e.code}).\n`,
      );
      return EXIT.usage;
    }
    return internalError(io, err);
  }
}
