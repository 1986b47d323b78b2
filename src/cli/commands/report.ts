import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { RenderFormat } from "../../render/index.js";
import { render, renderCsvTables } from "../../render/index.js";
import { renderWorkbook } from "../../render/xlsx.js";
import type { PolicyPresetId } from "../../frameworks/disclosure-presets.js";
import type { ReportOptions } from "../../reports/index.js";
import { buildReport } from "../../reports/index.js";
import type { Report, ReportKind } from "../../reports/report.js";
import { REPORT_KINDS } from "../../reports/report.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { stringOption } from "../context.js";
import { UsageError } from "../errors.js";
import { GENERATED_AT_OPTION, generatedAtOption } from "../generated-at.js";
import type { PpieConfig } from "../config.js";
import { CONFIG_OPTIONS, loadConfig } from "../config.js";
import { oneInput, STDIN_ARG, STDIN_FORMAT_OPTION, stdinFormatOption } from "../inputs.js";
import { datasetFrom, ENCODING_OPTION, printNotes } from "../source.js";
import { escapeControls } from "../terminal.js";
import type { OutputFile, WritePolicy } from "../write.js";
import { BOM_OPTION, FORCE_OPTION, writeOutputs } from "../write.js";
import {
  LETTER_CLI_OPTIONS,
  letterOptionsFrom,
  readPictures,
  writeLetters,
} from "./report-letters.js";

const FORMAT_ALIASES: Readonly<Record<string, RenderFormat>> = {
  md: "markdown",
  markdown: "markdown",
  html: "html",
  csv: "csv",
  json: "json",
};

/**
 * File extension for a render format.
 *
 * @param format - the format
 * @returns the extension without a dot
 * @example
 * ```ts
 * extensionOf("markdown"); // "md"
 * ```
 * @category CLI
 */
export function extensionOf(format: RenderFormat): string {
  return format === "markdown" ? "md" : format;
}

/**
 * Read the options of `ppie report` (`--project`, `--service-change`, `--period`, `--form`,
 * `--disclosure`, `--include-identifiers`, `--as-of`, and for `contributor-feedback`
 * `--contributor`, `--activity`, `--style`, `--contact`, `--point-size`,
 * `--max-sentence-words`) into report options.
 *
 * @param args - parsed arguments
 * @param generatedAt - the timestamp
 * @param config - the settings of ppie.config.json (`disclosure`, `period`, which flags
 *   override; `rules`, for the reports that list the rules' findings)
 * @returns report options
 * @example
 * ```ts
 * const args = { values: { project: "p-001", form: "long", "as-of": "2026-03-31" }, positionals: ["report", "gripp2"] };
 * reportOptionsFrom(args, "2026-04-01T09:00:00Z").form; // "long"
 * reportOptionsFrom(args, "2026-04-01T09:00:00Z").asOf; // "2026-03-31"
 * ```
 * @category CLI
 */
export function reportOptionsFrom(
  args: ParsedArgs,
  generatedAt: string,
  config: PpieConfig = {},
): ReportOptions {
  const form = stringOption(args, "form");
  if (form !== undefined && form !== "short" && form !== "long") {
    throw new UsageError(`--form must be short or long, not "${form}".`);
  }
  const project = stringOption(args, "project");
  const serviceChange = stringOption(args, "service-change");
  const period = stringOption(args, "period") ?? config.period;
  const disclosure = stringOption(args, "disclosure") ?? config.disclosure;
  const asOf = asOfOption(args);
  return {
    generatedAt,
    ...(asOf === undefined ? {} : { asOf }),
    ...(project === undefined ? {} : { project }),
    ...(serviceChange === undefined ? {} : { serviceChange }),
    ...(period === undefined ? {} : { period }),
    ...(form === undefined ? {} : { form }),
    ...(disclosure === undefined ? {} : { disclosure: disclosure as PolicyPresetId }),
    ...(args.values["include-identifiers"] === true ? { includeIdentifiers: true } : {}),
    ...(config.rules === undefined ? {} : { rules: config.rules }),
    ...letterOptionsFrom(args),
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A report as the CLI writes it, to standard output or to a file: rendered, with control
 * characters from the data shown as `\uXXXX` escapes (see {@link escapeControls}), so the two
 * are the same bytes and neither can drive a terminal. In JSON the escape is JSON's own, so the
 * values are unchanged.
 *
 * @param report - the report
 * @param format - the format
 * @returns the text to write
 * @example
 * ```ts
 * const r = buildReport("strategy", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) reportText(r.value, "markdown").startsWith("# PPIE strategy scorecard"); // true
 * ```
 * @category CLI
 */
export function reportText(report: Report, format: RenderFormat): string {
  return escapeControls(render(report, format));
}

/** Write the report to --out: one file, or one CSV per table into a folder. */
async function writeReport(
  ctx: Context,
  report: Report,
  format: RenderFormat,
  out: string,
  policy: WritePolicy,
): Promise<void> {
  const target = ctx.resolve(out);
  const files: OutputFile[] =
    format === "csv" && (out.endsWith("/") || (await isDirectory(target)))
      ? renderCsvTables(report).map((t) => ({
          path: join(target, `${t.name}.csv`),
          content: escapeControls(t.csv),
        }))
      : [{ path: target, content: reportText(report, format) }];
  await writeOutputs(ctx, files, policy, files.length > 1 ? target : undefined);
}

/**
 * `--group <id>` or `--every-contributor`: one letter per contributor into the `--out` folder;
 * `undefined` for one document.
 */
function manyLetters(
  kind: string,
  args: ParsedArgs,
): { group: string | undefined; out: string } | undefined {
  const group = stringOption(args, "group");
  const every = args.values["every-contributor"] === true;
  if (group === undefined && !every) return undefined;
  if (kind !== "contributor-feedback")
    throw new UsageError(
      `--group and --every-contributor are for contributor-feedback reports, not ${kind}.`,
    );
  if (group !== undefined && every)
    throw new UsageError("Give --group or --every-contributor, not both.");
  if (stringOption(args, "contributor") !== undefined)
    throw new UsageError(
      "Give --contributor for one letter, or --group or --every-contributor for one per contributor, not both.",
    );
  const out = stringOption(args, "out");
  if (out === undefined)
    throw new UsageError(
      "One letter per contributor is written into a folder: give --out <folder>.",
    );
  return { group, out };
}

/**
 * `ppie report <kind> [file]`: build a report and write it in a format.
 *
 * @category CLI
 */
export const reportCommand: CommandSpec = {
  name: "report",
  summary:
    "Build a report (gripp2, strategy, impact, representation, project, feedback, service-change, contributor-feedback, engagement, listening).",
  usage:
    "ppie report <kind> [file-or-folder] [--format md|html|csv|json|xlsx] [--out <path>] [options]",
  description: [
    `Builds a report of one kind (${REPORT_KINDS.join(", ")}) from a dataset, or from the`,
    "embedded demo dataset when no file is named, and writes it as Markdown (default), HTML,",
    "CSV or JSON: to standard output, or to --out. With --format csv and an --out folder",
    "(an existing folder, or a path ending in /) each table is written as its own CSV file.",
    "With --format xlsx (and --out) it writes an Excel workbook: a cover sheet with the",
    "title, period, method notes and sources, then one sheet per table, numbers as numbers.",
    "",
    "gripp2 and project reports are about one project (--project). A service-change report",
    "covers every proposal to change a service in the data, or one (--service-change). Other",
    "kinds cover a period: the latest complete financial year in the data unless --period",
    "says otherwise. --as-of sets the day taken as today, which decides that default (and the",
    "end of a running project, and the rules a service-change report runs); by default it is",
    "the latest date recorded in the data. Contributors' names and contact details never",
    "appear unless --include-identifiers is given; small counts are hidden by disclosure",
    "control (--disclosure picks the rule).",
    "",
    "listening covers what was heard through PALS contacts, stories and the Friends and",
    "Family Test, and what changed because of it (impact records that name them).",
    "",
    "contributor-feedback is a letter telling one contributor (--contributor) what changed",
    "because of them, in plain English or Easy Read (--style; by default the style their",
    'recorded access needs ask for), or without --contributor the public "you said, we did".',
    "With --group <id> or --every-contributor it writes one letter per contributor who took",
    "part in the period into the --out folder, named by contributor id.",
    "",
    "The report's generatedAt is --generated-at, else SOURCE_DATE_EPOCH, else now: pass one",
    "to make the output byte-for-byte reproducible.",
    "",
    "--out never writes over the dataset being read (nor inside a CSV folder being read), and",
    "replaces an existing file only with --force. Control characters in the data are written",
    "as \\uXXXX escapes, on standard output and in files alike.",
  ].join("\n"),
  options: {
    ...ENCODING_OPTION,
    format: {
      type: "string",
      short: "f",
      value: "<md|html|csv|json|xlsx>",
      description: "Output format (default md).",
    },
    out: {
      type: "string",
      short: "o",
      value: "<path>",
      description: "Write to this file (or folder for csv) instead of standard output.",
    },
    force: FORCE_OPTION,
    bom: BOM_OPTION,
    period: {
      type: "string",
      value: "<label>",
      description: 'Period, e.g. "2025-26", "2025-26-Q1", "2025", "2025-01-01..2025-06-30".',
    },
    project: {
      type: "string",
      value: "<id>",
      description: "Project id (required for gripp2 and project).",
    },
    "service-change": {
      type: "string",
      value: "<id>",
      description: "Service change id (service-change reports; default: every one).",
    },
    form: {
      type: "string",
      value: "<short|long>",
      description: "GRIPP2 form (default: the project's own).",
    },
    disclosure: {
      type: "string",
      value: "<preset>",
      description: "Disclosure control: tre-10 (default), ukhsa-5, hes-2018 or fft.",
    },
    "include-identifiers": {
      type: "boolean",
      description: "Show contributors' names and contact details.",
    },
    "as-of": AS_OF_OPTION,
    "generated-at": GENERATED_AT_OPTION,
    "stdin-format": STDIN_FORMAT_OPTION,
    ...CONFIG_OPTIONS,
    ...LETTER_CLI_OPTIONS,
  },
  examples: [
    ["ppie report strategy", "The demo dataset's strategy scorecard, as Markdown on the terminal."],
    [
      "ppie report strategy data/ --period 2025-26 --format html --out site/strategy.html",
      "An HTML page from a CSV folder.",
    ],
    [
      "ppie report gripp2 data.yaml --project p-001 --form long --out gripp2.md",
      "A project's GRIPP2 long-form checklist.",
    ],
    ["ppie report representation data/ --format csv --out tables/", "One CSV per table."],
    [
      "ppie report service-change data/ --service-change sc-001 --format html --out sc-001.html",
      "The record of how the public were involved in one proposal to change a service.",
    ],
    [
      "ppie report impact data/ --as-of 2025-06-30",
      "The impact report with 30 June 2025 taken as today, so covering 2024-25.",
    ],
    [
      "ppie report contributor-feedback data/ --contributor c-0012 --format html --out c-0012.html",
      "A letter to one contributor, in the style their access needs ask for.",
    ],
    [
      "ppie report contributor-feedback data/ --group g-trust-panel --format html --out letters/",
      "One letter per member of a group who took part in the period.",
    ],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    const [kind, named, extra] = args.positionals;
    if (kind === undefined)
      throw new UsageError("Name the kind of report.", `Kinds: ${REPORT_KINDS.join(", ")}.`);
    if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(
        `"${kind}" is not a kind of report.`,
        `Kinds: ${REPORT_KINDS.join(", ")}.`,
      );
    }
    if (extra !== undefined)
      throw new UsageError(`Unexpected argument "${extra}": give one dataset.`);
    const fmtRaw = stringOption(args, "format") ?? "md";
    const workbook = fmtRaw === "xlsx";
    const format = workbook ? "json" : FORMAT_ALIASES[fmtRaw];
    if (!format)
      throw new UsageError(`--format must be md, html, csv, json or xlsx, not "${fmtRaw}".`);
    const { config } = await loadConfig(ctx, args);
    const opts = reportOptionsFrom(args, generatedAtOption(ctx, args), config);
    // a setting of ppie.config.json that this kind of report does not take is not a note
    const fromConfig = (d: { code: string; path: readonly (string | number)[] }): boolean =>
      d.code === "report/ignored-option" &&
      ((d.path[1] === "period" && stringOption(args, "period") === undefined) ||
        (d.path[1] === "disclosure" && stringOption(args, "disclosure") === undefined) ||
        d.path[1] === "rules");
    const many = manyLetters(kind, args);
    if (workbook) checkWorkbookOut(args, many !== undefined);
    const pictures = stringOption(args, "pictures");
    if (pictures !== undefined) opts.pictures = await readPictures(ctx, pictures);
    const stdinFormat = stdinFormatOption(args);
    const file = await oneInput(ctx, named);
    const inputs = file === undefined || file === STDIN_ARG ? [] : [ctx.resolve(file)];
    const src = await datasetFrom(ctx, file, stdinFormat);
    if (!src.ok) return 1;
    if (many !== undefined) {
      return writeLetters(
        ctx,
        src.value.dataset,
        opts,
        { format, out: many.out, text: reportText },
        {
          inputs,
          force: args.values.force === true,
          bom: args.values.bom === true,
        },
        many.group,
      );
    }
    const built = buildReport(kind as ReportKind, src.value.dataset, opts);
    if (!built.ok) {
      const errors = built.diagnostics.filter((d) => d.severity === "error");
      ctx.io.stderr(`ppie: the ${kind} report could not be built.\n`);
      printNotes({ ...ctx, quiet: false }, built.diagnostics);
      return errors.length > 0 && errors.every((d) => d.path[0] === "opts" || d.path[0] === "kind")
        ? 2
        : 1;
    }
    printNotes(
      ctx,
      built.diagnostics.filter((d) => !fromConfig(d)),
    );
    const out = stringOption(args, "out");
    if (out === undefined) {
      const bom = args.values.bom === true && format === "csv" ? "\ufeff" : "";
      ctx.io.stdout(bom + reportText(built.value, format));
      return 0;
    }
    const policy = {
      inputs,
      force: args.values.force === true,
      bom: args.values.bom === true,
    };
    if (workbook) {
      const path = ctx.resolve(out);
      await writeOutputs(ctx, [{ path, content: renderWorkbook(built.value) }], policy);
    } else await writeReport(ctx, built.value, format, out, policy);
    return 0;
  },
};

/** A workbook is bytes: it needs --out, and letters one per contributor are not workbooks. */
function checkWorkbookOut(args: ParsedArgs, many: boolean): void {
  if (many) {
    throw new UsageError(
      "Letters one per contributor are written as md, html, csv or json, not xlsx.",
    );
  }
  if (stringOption(args, "out") === undefined) {
    throw new UsageError(
      "A workbook is not text for the terminal: give --out <file>.xlsx.",
      "For example: ppie report strategy data/ --format xlsx --out strategy.xlsx",
    );
  }
}
