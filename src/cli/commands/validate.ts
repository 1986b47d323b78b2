import { checkDataset } from "../../rules/index.js";
import type { RuleSettings } from "../../rules/index.js";
import type { Severity } from "../../result.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import { CONFIG_OPTIONS, loadConfig } from "../config.js";
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
import { githubAnnotations } from "../github.js";
import type { StdinFormat } from "../inputs.js";
import {
  expandInputs,
  loadNamed,
  STDIN_ARG,
  STDIN_FORMAT_OPTION,
  STDIN_LABEL,
  stdinFormatOption,
} from "../inputs.js";
import { sarifLog } from "../sarif.js";
import { ENCODING_OPTION } from "../source.js";
import { escapeControls } from "../terminal.js";
import type { ValidatedInput } from "../validated.js";

/** How `ppie validate` reports: text for a person (default), JSON, GitHub annotations, SARIF. */
type Reporter = "text" | "json" | "github" | "sarif";
const REPORTERS: readonly Reporter[] = ["text", "json", "github", "sarif"];

/** What validating one input needs besides the input. */
interface ValidateSettings {
  asOf: string | undefined;
  stdinFormat: StdinFormat | undefined;
  rules: RuleSettings | undefined;
}

/**
 * Read a dataset with a progress indicator, then run the domain rules when it parsed.
 *
 * @param ctx - run context
 * @param input - file or folder as typed, or `-` for standard input
 * @param settings - the as-of date, what standard input holds, the rule settings
 * @returns the diagnostics for that input
 */
async function validateOne(
  ctx: Context,
  input: string,
  settings: ValidateSettings,
): Promise<ValidatedInput> {
  const file = input === STDIN_ARG ? STDIN_LABEL : input;
  ctx.progress(`Reading ${file}…`);
  const loaded = await loadNamed(ctx, input, settings.stdinFormat);
  let diagnostics = loaded.diagnostics;
  if (loaded.dataset) {
    ctx.progress(`Checking ${file} against the good practice rules…`);
    diagnostics = [
      ...diagnostics,
      ...checkDataset(loaded.dataset, {
        ...(settings.asOf === undefined ? {} : { asOf: settings.asOf }),
        ...(settings.rules === undefined ? {} : { rules: settings.rules }),
      }),
    ];
  }
  ctx.progressDone();
  const located = withLocations(diagnostics, loaded.locate);
  const counts = countSeverities(located);
  return {
    file,
    input,
    format: loaded.format,
    valid: loaded.dataset !== undefined && counts.error === 0,
    counts,
    diagnostics: located,
  };
}

/** `--reporter`, or `--format` (text or json) as before; both must agree. */
function reporterOption(args: ParsedArgs): Reporter {
  const format = stringOption(args, "format");
  if (format !== undefined && format !== "text" && format !== "json") {
    throw new UsageError(
      `--format must be text or json, not "${format}".`,
      format === "github" || format === "sarif" ? `Use --reporter ${format}.` : undefined,
    );
  }
  const reporter = stringOption(args, "reporter");
  if (reporter !== undefined && !(REPORTERS as readonly string[]).includes(reporter))
    throw new UsageError(`--reporter must be ${REPORTERS.join(", ")}, not "${reporter}".`);
  if (reporter !== undefined && format !== undefined && reporter !== format)
    throw new UsageError(`--format ${format} and --reporter ${reporter} disagree: give one.`);
  return (reporter ?? format ?? "text") as Reporter;
}

function maxWarningsOption(args: ParsedArgs): number | undefined {
  const maxRaw = stringOption(args, "max-warnings");
  if (maxRaw === undefined) return undefined;
  if (!/^\d+$/.test(maxRaw))
    throw new UsageError(`--max-warnings needs a whole number, not "${maxRaw}".`);
  return Number(maxRaw);
}

/** The results as text for a person: each input's diagnostics, then a summary line. */
function printText(
  ctx: Context,
  results: readonly ValidatedInput[],
  total: Record<Severity, number>,
): void {
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
    const text = formatCliDiagnostics(shown, ctx.color);
    ctx.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  }
  if (results.length > 1 && !ctx.quiet) {
    ctx.io.stdout(`\n${results.length} datasets checked: ${describeCounts(total)}.\n`);
  }
}

/**
 * `ppie validate <file...>`: parse and check datasets; print the diagnostics grouped and
 * counted, as JSON, as GitHub annotations or as SARIF.
 *
 * @category CLI
 */
export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "Check one or more datasets and list what is wrong or missing.",
  usage: "ppie validate <file-or-folder-or-pattern...|-> [options]",
  description: [
    "Reads each dataset (a .json or .yaml file, or a folder of CSV files), checks its shape and",
    "references, then applies the good practice rules (payments, consent, feedback to",
    "contributors, GRIPP2 data and more). Problems are grouped and counted; each says where it",
    "is (file, line, column) and what to do about it.",
    "",
    'A quoted pattern ("data/*.json", "teams/**/ppie-dataset.yaml") is expanded by ppie, in',
    "sorted order, on every shell; - reads JSON, YAML or a workbook from standard input (--stdin-format).",
    "Rule settings and severities come from the nearest ppie.config.json (see ppie help cli).",
    "",
    "Rules that depend on the date (outcomes not yet fed back, consent in force, who is a",
    "member of a group) take --as-of as today; by default, the latest date recorded in each",
    "dataset.",
    "",
    "--reporter github writes GitHub Actions annotations, --reporter sarif a SARIF 2.1.0 log",
    "for code scanning. Exit code 0 when no file has errors, 1 when any does (or when there are",
    "more warnings than --max-warnings allows), 2 when the command line or the config file is",
    "wrong, or a file does not exist.",
  ].join("\n"),
  options: {
    ...ENCODING_OPTION,
    format: { type: "string", value: "<text|json>", description: "Output format (default text)." },
    reporter: {
      type: "string",
      value: "<text|json|github|sarif>",
      description: "How to report: text (default), json, github (annotations) or sarif.",
    },
    "max-warnings": {
      type: "string",
      value: "<n>",
      description: "Fail (exit 1) when there are more than n warnings in all.",
    },
    "as-of": AS_OF_OPTION,
    "stdin-format": STDIN_FORMAT_OPTION,
    ...CONFIG_OPTIONS,
  },
  examples: [
    ["ppie validate ppie-dataset.json", "Check a JSON dataset."],
    ["ppie validate data/", "Check a folder of CSV files (contributors.csv, activities.csv, ...)."],
    ["ppie validate data/ --max-warnings 0", "In CI: fail the build on any warning too."],
    ['ppie validate "teams/*/ppie-dataset.json"', "Every team's dataset, with one summary."],
    [
      "ppie validate data/ --reporter github",
      "In a GitHub Actions step: annotations on the files.",
    ],
    ["ppie validate data/ --reporter sarif > ppie.sarif", "A SARIF log for code scanning."],
    ["jq .dataset export.json | ppie validate -", "A dataset from standard input."],
    ["ppie validate a.yaml b.json --format json > report.json", "Machine-readable results."],
    ["ppie validate data/ --as-of 2026-03-31", "Check the data with 31 March 2026 taken as today."],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    const reporter = reporterOption(args);
    const maxWarnings = maxWarningsOption(args);
    const asOf = asOfOption(args);
    const stdinFormat = stdinFormatOption(args);
    if (args.positionals.length === 0) {
      throw new UsageError(
        "Name at least one dataset to validate.",
        "For example: ppie validate ppie-dataset.json (run `ppie init` to create one).",
      );
    }
    const { config } = await loadConfig(ctx, args);
    const inputs = await expandInputs(ctx, args.positionals);
    const results: ValidatedInput[] = [];
    for (const input of inputs)
      results.push(await validateOne(ctx, input, { asOf, stdinFormat, rules: config.rules }));
    const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const r of results) {
      total.error += r.counts.error;
      total.warning += r.counts.warning;
      total.info += r.counts.info;
    }
    const tooManyWarnings = maxWarnings !== undefined && total.warning > maxWarnings;
    const ok = total.error === 0 && results.every((r) => r.valid) && !tooManyWarnings;
    const keep = (d: CliDiagnostic): boolean => !ctx.quiet || d.severity === "error";

    if (reporter === "json") {
      ctx.io.stdout(
        `${JSON.stringify(
          {
            ok,
            counts: total,
            ...(maxWarnings === undefined ? {} : { maxWarnings }),
            ...(asOf === undefined ? {} : { asOf }),
            files: results.map(({ input: _input, ...r }) => r),
          },
          null,
          2,
        )}\n`,
      );
      return ok ? 0 : 1;
    }
    if (reporter === "sarif") {
      ctx.io.stdout(`${JSON.stringify(sarifLog(results, ctx.io.cwd, keep), null, 2)}\n`);
    } else if (reporter === "github") {
      ctx.io.stdout(githubAnnotations(results, ctx.io.cwd, keep));
      if (!ctx.quiet)
        ctx.io.stdout(
          `ppie: ${results.length} dataset${results.length === 1 ? "" : "s"} checked: ${describeCounts(total)}.\n`,
        );
    } else printText(ctx, results, total);
    if (tooManyWarnings) {
      ctx.io.stderr(
        `ppie: ${total.warning} warning${total.warning === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings} allows.\n`,
      );
    }
    return ok ? 0 : 1;
  },
};
