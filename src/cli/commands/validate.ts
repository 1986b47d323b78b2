import type { Dataset } from "../../model/dataset.js";
import type { Severity } from "../../result.js";
import { checkDataset } from "../../rules/index.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { stringOption, styles } from "../context.js";
import type { CliDiagnostic } from "../diagnostics.js";
import {
  countSeverities,
  describeCounts,
  formatCliDiagnostics,
  withLocations,
} from "../diagnostics.js";
import { UsageError } from "../errors.js";
import type { InputFormat } from "../load.js";
import { loadDataset } from "../load.js";
import { ENCODING_OPTION, loadOptions } from "../source.js";
import { escapeControls } from "../terminal.js";

interface FileResult {
  file: string;
  format: InputFormat;
  valid: boolean;
  counts: Record<Severity, number>;
  diagnostics: CliDiagnostic[];
  dataset?: Dataset;
}

/**
 * Read a dataset with a progress indicator, then run the domain rules when it parsed.
 *
 * @param ctx - run context
 * @param file - file or folder as typed
 * @param asOf - the as-of date the rules take as today (`--as-of`), when given
 * @returns the diagnostics for that input
 */
async function validateOne(
  ctx: Context,
  file: string,
  asOf: string | undefined,
): Promise<FileResult> {
  ctx.progress(`Reading ${file}…`);
  const loaded = await loadDataset(ctx.resolve(file), loadOptions(ctx, file));
  let diagnostics = loaded.diagnostics;
  if (loaded.dataset) {
    ctx.progress(`Checking ${file} against the good practice rules…`);
    diagnostics = [
      ...diagnostics,
      ...checkDataset(loaded.dataset, asOf === undefined ? {} : { asOf }),
    ];
  }
  ctx.progressDone();
  const located = withLocations(diagnostics, loaded.locate);
  const counts = countSeverities(located);
  return {
    file,
    format: loaded.format,
    valid: loaded.dataset !== undefined && counts.error === 0,
    counts,
    diagnostics: located,
  };
}

/**
 * `ppie validate <file...>`: parse and check datasets; print the diagnostics grouped and
 * counted, or as JSON.
 *
 * @category CLI
 */
export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "Check one or more datasets and list what is wrong or missing.",
  usage: "ppie validate <file-or-folder...> [options]",
  description: [
    "Reads each dataset (a .json or .yaml file, or a folder of CSV files), checks its shape and",
    "references, then applies the good practice rules (payments, consent, feedback to",
    "contributors, GRIPP2 data and more). Problems are grouped and counted; each says where it",
    "is (file, line, column) and what to do about it.",
    "",
    "Rules that depend on the date (outcomes not yet fed back, consent in force, who is a",
    "member of a group) take --as-of as today; by default, the latest date recorded in each",
    "dataset.",
    "",
    "Exit code 0 when no file has errors, 1 when any does (or when there are more warnings",
    "than --max-warnings allows), 2 when the command line is wrong or a file does not exist.",
  ].join("\n"),
  options: {
    ...ENCODING_OPTION,
    format: { type: "string", value: "<text|json>", description: "Output format (default text)." },
    "max-warnings": {
      type: "string",
      value: "<n>",
      description: "Fail (exit 1) when there are more than n warnings in all.",
    },
    "as-of": AS_OF_OPTION,
  },
  examples: [
    ["ppie validate ppie-dataset.json", "Check a JSON dataset."],
    ["ppie validate data/", "Check a folder of CSV files (contributors.csv, activities.csv, ...)."],
    ["ppie validate data/ --max-warnings 0", "In CI: fail the build on any warning too."],
    ["ppie validate a.yaml b.json --format json > report.json", "Machine-readable results."],
    ["ppie validate data/ --as-of 2026-03-31", "Check the data with 31 March 2026 taken as today."],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    const format = stringOption(args, "format") ?? "text";
    if (format !== "text" && format !== "json") {
      throw new UsageError(`--format must be text or json, not "${format}".`);
    }
    const maxRaw = stringOption(args, "max-warnings");
    let maxWarnings: number | undefined;
    if (maxRaw !== undefined) {
      if (!/^\d+$/.test(maxRaw))
        throw new UsageError(`--max-warnings needs a whole number, not "${maxRaw}".`);
      maxWarnings = Number(maxRaw);
    }
    const asOf = asOfOption(args);
    if (args.positionals.length === 0) {
      throw new UsageError(
        "Name at least one dataset to validate.",
        "For example: ppie validate ppie-dataset.json (run `ppie init` to create one).",
      );
    }
    const results: FileResult[] = [];
    for (const file of args.positionals) results.push(await validateOne(ctx, file, asOf));
    const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const r of results) {
      total.error += r.counts.error;
      total.warning += r.counts.warning;
      total.info += r.counts.info;
    }
    const tooManyWarnings = maxWarnings !== undefined && total.warning > maxWarnings;
    const ok = total.error === 0 && results.every((r) => r.valid) && !tooManyWarnings;

    if (format === "json") {
      ctx.io.stdout(
        `${JSON.stringify(
          {
            ok,
            counts: total,
            ...(maxWarnings === undefined ? {} : { maxWarnings }),
            ...(asOf === undefined ? {} : { asOf }),
            files: results.map(({ dataset: _dataset, ...r }) => r),
          },
          null,
          2,
        )}\n`,
      );
      return ok ? 0 : 1;
    }

    const s = styles(ctx.color);
    for (const r of results) {
      const shown = ctx.quiet ? r.diagnostics.filter((d) => d.severity === "error") : r.diagnostics;
      if (ctx.quiet && shown.length === 0) continue;
      if (shown.length === 0) {
        ctx.io.stdout(`${s.green("✓")} ${s.bold(escapeControls(r.file))}: no problems found.\n`);
        continue;
      }
      const mark = r.valid ? s.yellow("!") : s.red("✗");
      const verdict = r.valid ? "valid, with notes" : "not valid";
      ctx.io.stdout(
        `${mark} ${s.bold(escapeControls(r.file))}: ${verdict} (${describeCounts(r.counts)})\n\n`,
      );
      const text = formatCliDiagnostics(shown, ctx.color, r.dataset);
      ctx.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
    }
    if (results.length > 1 && !ctx.quiet) {
      ctx.io.stdout(`\n${results.length} datasets checked: ${describeCounts(total)}.\n`);
    }
    if (tooManyWarnings) {
      ctx.io.stderr(
        `ppie: ${total.warning} warning${total.warning === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings} allows.\n`,
      );
    }
    return ok ? 0 : 1;
  },
};
