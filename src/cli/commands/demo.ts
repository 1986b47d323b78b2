import { join } from "node:path";
import type { GenerateOptions } from "../../demo/index.js";
import { demoDataset, generateDataset } from "../../demo/index.js";
import type { Dataset } from "../../model/dataset.js";
import { escapeHtml, fileSafeName } from "../../render/escape.js";
import { RENDER_FORMATS } from "../../render/index.js";
import { buildReport } from "../../reports/index.js";
import type { ReportKind } from "../../reports/report.js";
import { REPORT_KINDS } from "../../reports/report.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import type { CommandSpec, Context, OptionSpec, ParsedArgs } from "../context.js";
import { stringOption } from "../context.js";
import { csvFolderFiles } from "../csv-folder-files.js";
import { UsageError } from "../errors.js";
import { GENERATED_AT_OPTION, generatedAtOption } from "../generated-at.js";
import { printNotes } from "../source.js";
import type { OutputFile, WrittenFile } from "../write.js";
import { BOM_OPTION, FORCE_OPTION, noteWritten, prepareOutputs, shownPath } from "../write.js";
import { extensionOf, reportText } from "./report.js";

/**
 * The timestamp `ppie demo` stamps on its reports unless told otherwise, so that its output
 * is the same on every run: the morning after the demo data's last financial year ends.
 *
 * @category CLI
 */
export const DEMO_GENERATED_AT = "2026-04-01T09:00:00Z";

/** The generator's settings that make the embedded demo dataset. */
const DEMO_SEED = 2026;

const PROJECT_KINDS: readonly ReportKind[] = ["gripp2", "project"];

/** The options that make a dataset other than the demo, with their ranges. */
const SIZE_OPTIONS = {
  seed: { min: 0, max: 4_294_967_295, what: `the generator's seed (default ${DEMO_SEED})` },
  activities: { min: 0, max: 1_000_000, what: "the number of activities (default 320)" },
  contributors: { min: 1, max: 1_000_000, what: "the number of public contributors (default 90)" },
  projects: {
    min: 1,
    max: 100_000,
    what: "the number of projects (default 8, or one per 50 activities)",
  },
} as const satisfies Record<string, { min: number; max: number; what: string }>;

type SizeOption = keyof typeof SIZE_OPTIONS;

function sizeOptionSpecs(): Record<SizeOption, OptionSpec> {
  const out = {} as Record<SizeOption, OptionSpec>;
  for (const [name, o] of Object.entries(SIZE_OPTIONS) as [
    SizeOption,
    (typeof SIZE_OPTIONS)[SizeOption],
  ][]) {
    out[name] = {
      type: "string",
      value: "<n>",
      description: `Generate a dataset: ${o.what}, ${o.min} to ${o.max.toLocaleString("en-GB")}.`,
    };
  }
  return out;
}

/**
 * The dataset `ppie demo` works on: the embedded demo dataset, or, when any of `--seed`,
 * `--activities`, `--contributors`, `--projects` or `--no-gaps` is given, a dataset generated
 * with those settings (the others as for the demo).
 *
 * @param args - parsed arguments
 * @returns the dataset, and whether it is the embedded demo
 * @throws {@link UsageError} for a value that is not a whole number in range
 * @example
 * ```ts
 * demoDatasetFrom({ values: { activities: "10" }, positionals: [] }).dataset.activities.length; // 10
 * ```
 * @category CLI
 */
export function demoDatasetFrom(args: ParsedArgs): { dataset: Dataset; generated: boolean } {
  const opts: GenerateOptions = { seed: DEMO_SEED, gaps: args.values.gaps !== false };
  let generated = args.values.gaps === false;
  for (const [name, o] of Object.entries(SIZE_OPTIONS) as [
    SizeOption,
    (typeof SIZE_OPTIONS)[SizeOption],
  ][]) {
    const raw = stringOption(args, name);
    if (raw === undefined) continue;
    const n = /^[0-9]{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(n >= o.min && n <= o.max)) {
      throw new UsageError(
        `--${name} must be a whole number from ${o.min} to ${o.max.toLocaleString("en-GB")}, not "${raw}".`,
      );
    }
    opts[name] = n;
    generated = true;
  }
  return generated
    ? { dataset: generateDataset(opts), generated }
    : { dataset: demoDataset, generated };
}

interface Job {
  name: string;
  kind: ReportKind;
  project?: string;
  serviceChange?: string;
}

function reportJobs(ds: Dataset): Job[] {
  const jobs: Job[] = [];
  for (const kind of REPORT_KINDS) {
    if (kind === "service-change" && ds.serviceChanges.length > 0) {
      for (const s of ds.serviceChanges)
        jobs.push({ name: fileSafeName(`${kind}-${s.id}`), kind, serviceChange: s.id });
      continue;
    }
    if (!PROJECT_KINDS.includes(kind)) {
      jobs.push({ name: kind, kind });
      continue;
    }
    for (const p of ds.projects) {
      if (kind === "gripp2" && p.reporting === "none") continue;
      jobs.push({ name: fileSafeName(`${kind}-${p.id}`), kind, project: p.id });
    }
  }
  return jobs;
}

function indexHtml(generatedAt: string, links: readonly string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>ppie demo reports</title></head>",
    "<body><main>",
    "<h1>ppie demo reports</h1>",
    `<p>Every report of the fictional demo dataset (<a href="dataset.json">dataset.json</a>), generated ${escapeHtml(generatedAt)}.</p>`,
    `<ul>${links.join("\n")}</ul>`,
    "</main></body></html>",
    "",
  ].join("\n");
}

/** Build every report in every format and write them, the dataset and an index into dir. */
async function writeSite(
  ctx: Context,
  ds: Dataset,
  dir: string,
  jobs: readonly Job[],
  opts: {
    generatedAt: string;
    asOf: string | undefined;
    write: (f: OutputFile) => Promise<WrittenFile>;
  },
): Promise<{ written: WrittenFile[]; failed: number }> {
  const written: WrittenFile[] = [];
  const links: string[] = [];
  let failed = 0;
  for (const [i, job] of jobs.entries()) {
    ctx.progress(`Building ${job.name} (${i + 1} of ${jobs.length})…`);
    const built = buildReport(job.kind, ds, {
      generatedAt: opts.generatedAt,
      ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }),
      ...(job.project ? { project: job.project } : {}),
      ...(job.serviceChange ? { serviceChange: job.serviceChange } : {}),
    });
    if (!built.ok) {
      ctx.progressDone();
      ctx.io.stderr(`ppie: the ${job.name} report could not be built.\n`);
      printNotes({ ...ctx, quiet: false }, built.diagnostics);
      failed++;
      continue;
    }
    const formats: string[] = [];
    for (const format of RENDER_FORMATS) {
      const file = `${job.name}.${extensionOf(format)}`;
      written.push(
        await opts.write({ path: join(dir, file), content: reportText(built.value, format) }),
      );
      formats.push(
        `<a href="${escapeHtml(file)}">${format === "markdown" ? "Markdown" : format.toUpperCase()}</a>`,
      );
    }
    links.push(`<li>${escapeHtml(built.value.title)}: ${formats.join(" · ")}</li>`);
  }
  ctx.progressDone();
  written.push(
    await opts.write({
      path: join(dir, "dataset.json"),
      content: `${JSON.stringify(ds, null, 2)}\n`,
    }),
    await opts.write({
      path: join(dir, "index.html"),
      content: indexHtml(opts.generatedAt, links),
    }),
  );
  return { written, failed };
}

/**
 * `ppie demo`: build every report of the demo dataset (or of a generated one), in every
 * format, into a folder; and, with `--csv`, write that dataset as a CSV folder.
 *
 * @category CLI
 */
export const demoCommand: CommandSpec = {
  name: "demo",
  summary: "Build every report of the demo dataset into a folder, or write it as CSV files.",
  usage:
    "ppie demo [--out <dir>] [--csv <dir>] [--seed <n>] [--activities <n>] [--contributors <n>] [--projects <n>] [--no-gaps] [--force]",
  description: [
    "Builds every report kind of the embedded, fictional demo dataset in every format",
    "(Markdown, HTML, CSV, JSON) into a folder (default ./ppie-demo), with an index.html that",
    "links them all and the dataset itself as dataset.json. Project reports (gripp2, project)",
    "are built for each project they apply to, and the service-change report for each",
    "proposal to change a service.",
    "",
    "--csv <dir> writes the dataset as a folder of CSV files that ppie reads back (validate,",
    "report, score); given alone, it writes only that folder, and with --out as well, both.",
    "--seed, --activities, --contributors, --projects and --no-gaps generate a fictional",
    "dataset of that size instead of the demo (the others as for the demo: seed 2026, 320",
    "activities, 90 public contributors, with a few deliberate gaps), to try ppie on a large one.",
    "",
    `Reports are stamped ${DEMO_GENERATED_AT} (the day after the demo's last financial year)`,
    "unless --generated-at or SOURCE_DATE_EPOCH says otherwise, so the output is the same on",
    "every run. --as-of sets the day the reports take as today, which decides their default",
    "period (by default the demo's latest recorded date, so they cover 2025-26). Existing",
    "files are kept unless --force is given.",
  ].join("\n"),
  options: {
    out: {
      type: "string",
      short: "o",
      value: "<dir>",
      description: "Folder to write the reports into (default ppie-demo).",
    },
    csv: {
      type: "string",
      value: "<dir>",
      description: "Write the dataset as a CSV folder here (alone: only that).",
    },
    ...sizeOptionSpecs(),
    gaps: {
      type: "boolean",
      description:
        "Generated data has a few deliberate gaps for the rules to find (--no-gaps: none).",
    },
    "generated-at": {
      ...GENERATED_AT_OPTION,
      description: `The reports' timestamp (default ${DEMO_GENERATED_AT}).`,
    },
    "as-of": AS_OF_OPTION,
    force: FORCE_OPTION,
    bom: BOM_OPTION,
  },
  examples: [
    ["npx ppie demo", "Write ./ppie-demo and open ppie-demo/index.html."],
    ["ppie demo --out site/demo", "Publish the demo reports with a static site."],
    [
      "ppie demo --as-of 2025-06-30",
      "The demo reports with 30 June 2025 taken as today (2024-25).",
    ],
    [
      "ppie demo --activities 200000 --contributors 20000 --csv big/ && ppie validate big/",
      "A large fictional dataset as CSV files, to try ppie at scale.",
    ],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `Unexpected argument "${args.positionals[0]}".`,
        "ppie demo always uses the demo dataset; use ppie report for your own.",
      );
    }
    const csvOut = stringOption(args, "csv");
    const siteOut = stringOption(args, "out") ?? (csvOut === undefined ? "ppie-demo" : undefined);
    const generatedAt = generatedAtOption(ctx, args, DEMO_GENERATED_AT);
    const asOf = asOfOption(args);
    const { dataset: ds } = demoDatasetFrom(args);
    const dir = siteOut === undefined ? undefined : ctx.resolve(siteOut);
    const csvDir = csvOut === undefined ? undefined : ctx.resolve(csvOut);
    const jobs = dir === undefined ? [] : reportJobs(ds);
    const siteFiles =
      dir === undefined
        ? []
        : [
            ...jobs.flatMap((j) =>
              RENDER_FORMATS.map((f) => join(dir, `${j.name}.${extensionOf(f)}`)),
            ),
            join(dir, "dataset.json"),
            join(dir, "index.html"),
          ];
    const csvFiles = csvDir === undefined ? [] : await csvFolderFiles(csvDir, ds);
    const writer = await prepareOutputs(ctx, [...siteFiles, ...csvFiles.map((f) => f.path)], {
      inputs: [],
      force: args.values.force === true,
      bom: args.values.bom === true,
    });
    let failed = 0;
    if (dir !== undefined) {
      const site = await writeSite(ctx, ds, dir, jobs, { generatedAt, asOf, write: writer.write });
      failed = site.failed;
      noteWritten(ctx, site.written, dir);
      const shown = shownPath(ctx, dir);
      ctx.note(
        `${jobs.length - failed} reports in ${RENDER_FORMATS.length} formats. Open ${join(shown, "index.html")} in a browser, or check the data with: ppie validate ${join(shown, "dataset.json")}`,
      );
    }
    if (csvDir !== undefined) {
      const written: WrittenFile[] = [];
      for (const f of csvFiles) written.push(await writer.write(f));
      noteWritten(ctx, written, csvDir);
      ctx.note(
        `The dataset as a CSV folder. Check it with: ppie validate ${shownPath(ctx, csvDir)}`,
      );
    }
    return failed > 0 ? 1 : 0;
  },
};
