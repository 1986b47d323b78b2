import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { RenderFormat } from "../../render/index.js";
import { render, renderCsvTables } from "../../render/index.js";
import type { PolicyPresetId } from "../../frameworks/disclosure-presets.js";
import type { ReportOptions } from "../../reports/index.js";
import { buildReport } from "../../reports/index.js";
import type { ReportKind } from "../../reports/report.js";
import { REPORT_KINDS } from "../../reports/report.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { defaultGeneratedAt, stringOption } from "../context.js";
import { UsageError } from "../errors.js";
import { datasetFrom, printNotes } from "../source.js";

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

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Read `--generated-at`, or the default (SOURCE_DATE_EPOCH, then the clock).
 *
 * @param ctx - run context
 * @param args - parsed arguments
 * @param fallback - default when not given (otherwise SOURCE_DATE_EPOCH or now)
 * @returns an ISO timestamp
 * @example
 * ```ts
 * import { makeContext } from "../context.js";
 * const args = { values: { "generated-at": "2026-04-01T09:00:00Z" }, positionals: [] };
 * generatedAtOption(makeContext(io, {}), args); // "2026-04-01T09:00:00Z"
 * ```
 * @category CLI
 */
export function generatedAtOption(ctx: Context, args: ParsedArgs, fallback?: string): string {
  const raw = stringOption(args, "generated-at");
  if (raw === undefined) return fallback ?? defaultGeneratedAt(ctx);
  if (!ISO_TIMESTAMP.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new UsageError(
      `--generated-at must be an ISO timestamp such as 2026-04-01T09:00:00Z, not "${raw}".`,
    );
  }
  return raw;
}

/**
 * Read the options of `ppie report` (`--project`, `--period`, `--form`, `--disclosure`,
 * `--include-identifiers`, `--as-of`) into report options.
 *
 * @param args - parsed arguments
 * @param generatedAt - the timestamp
 * @returns report options
 * @example
 * ```ts
 * const args = { values: { project: "p-001", form: "long", "as-of": "2026-03-31" }, positionals: ["report", "gripp2"] };
 * reportOptionsFrom(args, "2026-04-01T09:00:00Z").form; // "long"
 * reportOptionsFrom(args, "2026-04-01T09:00:00Z").asOf; // "2026-03-31"
 * ```
 * @category CLI
 */
export function reportOptionsFrom(args: ParsedArgs, generatedAt: string): ReportOptions {
  const form = stringOption(args, "form");
  if (form !== undefined && form !== "short" && form !== "long") {
    throw new UsageError(`--form must be short or long, not "${form}".`);
  }
  const project = stringOption(args, "project");
  const period = stringOption(args, "period");
  const disclosure = stringOption(args, "disclosure");
  const asOf = asOfOption(args);
  return {
    generatedAt,
    ...(asOf === undefined ? {} : { asOf }),
    ...(project === undefined ? {} : { project }),
    ...(period === undefined ? {} : { period }),
    ...(form === undefined ? {} : { form }),
    ...(disclosure === undefined ? {} : { disclosure: disclosure as PolicyPresetId }),
    ...(args.values["include-identifiers"] === true ? { includeIdentifiers: true } : {}),
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
 * `ppie report <kind> [file]`: build a report and write it in a format.
 *
 * @category CLI
 */
export const reportCommand: CommandSpec = {
  name: "report",
  summary: "Build a report (gripp2, strategy, impact, representation, project, feedback).",
  usage: "ppie report <kind> [file-or-folder] [--format md|html|csv|json] [--out <path>] [options]",
  description: [
    `Builds a report of one kind (${REPORT_KINDS.join(", ")}) from a dataset, or from the`,
    "embedded demo dataset when no file is named, and writes it as Markdown (default), HTML,",
    "CSV or JSON: to standard output, or to --out. With --format csv and an --out folder",
    "(an existing folder, or a path ending in /) each table is written as its own CSV file.",
    "",
    "gripp2 and project reports are about one project (--project). Other kinds cover a period:",
    "the latest complete financial year in the data unless --period says otherwise. --as-of",
    "sets the day taken as today, which decides that default (and the end of a running",
    "project); by default it is the latest date recorded in the data. Contributors' names and",
    "contact details never appear unless --include-identifiers is given; small counts are",
    "hidden by disclosure control (--disclosure picks the rule).",
    "",
    "The report's generatedAt is --generated-at, else SOURCE_DATE_EPOCH, else now: pass one",
    "to make the output byte-for-byte reproducible.",
  ].join("\n"),
  options: {
    format: {
      type: "string",
      short: "f",
      value: "<md|html|csv|json>",
      description: "Output format (default md).",
    },
    out: {
      type: "string",
      short: "o",
      value: "<path>",
      description: "Write to this file (or folder for csv) instead of standard output.",
    },
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
    "generated-at": {
      type: "string",
      value: "<timestamp>",
      description: "The report's timestamp (ISO).",
    },
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
      "ppie report impact data/ --as-of 2025-06-30",
      "The impact report with 30 June 2025 taken as today, so covering 2024-25.",
    ],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    const [kind, file, extra] = args.positionals;
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
    const format = FORMAT_ALIASES[fmtRaw];
    if (!format) throw new UsageError(`--format must be md, html, csv or json, not "${fmtRaw}".`);
    const opts = reportOptionsFrom(args, generatedAtOption(ctx, args));
    const src = await datasetFrom(ctx, file);
    if (!src.ok) return 1;
    const built = buildReport(kind as ReportKind, src.value.dataset, opts);
    if (!built.ok) {
      const errors = built.diagnostics.filter((d) => d.severity === "error");
      ctx.io.stderr(`ppie: the ${kind} report could not be built.\n`);
      printNotes({ ...ctx, quiet: false }, built.diagnostics);
      return errors.length > 0 && errors.every((d) => d.path[0] === "opts" || d.path[0] === "kind")
        ? 2
        : 1;
    }
    printNotes(ctx, built.diagnostics);
    const out = stringOption(args, "out");
    if (out === undefined) {
      ctx.io.stdout(render(built.value, format));
      return 0;
    }
    const target = ctx.resolve(out);
    if (format === "csv" && (out.endsWith("/") || (await isDirectory(target)))) {
      await mkdir(target, { recursive: true });
      const tables = renderCsvTables(built.value);
      for (const t of tables) await writeFile(join(target, `${t.name}.csv`), t.csv);
      ctx.note(`Wrote ${tables.length} CSV file${tables.length === 1 ? "" : "s"} to ${out}`);
      return 0;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, render(built.value, format));
    ctx.note(`Wrote ${out}`);
    return 0;
  },
};
