import { CONFIG_FILE, CONFIG_OPTIONS, configText, loadConfig } from "../config.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { UsageError } from "../errors.js";

/**
 * `ppie config`: the settings in force and the file they come from, as JSON.
 *
 * @category CLI
 */
export const configCommand: CommandSpec = {
  name: "config",
  summary: `Show the settings in force (from ${CONFIG_FILE}) and where they come from.`,
  usage: "ppie config [--config <path> | --no-config]",
  description: [
    `Finds ${CONFIG_FILE} as every command does (in the working directory, else the nearest`,
    "folder above it; or the file --config names), checks it, and prints the settings in force",
    'as JSON with "file" naming where they came from (null when there is no file). A file that',
    "is not valid is listed problem by problem, with its line and column (exit code 2).",
    "Flags given to a command override these settings.",
  ].join("\n"),
  options: { ...CONFIG_OPTIONS },
  examples: [
    ["ppie config", "The settings every command in this folder uses."],
    ["ppie config --config ci/ppie.config.json", "Check another file."],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    if (args.positionals.length > 0)
      throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
    ctx.io.stdout(configText(await loadConfig(ctx, args)));
    return 0;
  },
};
