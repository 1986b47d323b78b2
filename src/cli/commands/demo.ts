import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { demoDataset } from "../../demo/index.js";
import { RENDER_FORMATS, render } from "../../render/index.js";
import { buildReport } from "../../reports/index.js";
import { escapeHtml } from "../../render/escape.js";
import type { ReportKind } from "../../reports/report.js";
import { REPORT_KINDS } from "../../reports/report.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { stringOption } from "../context.js";
import { UsageError } from "../errors.js";
import { printNotes } from "../source.js";
import { extensionOf, generatedAtOption } from "./report.js";

/**
 * The timestamp `ppie demo` stamps on its reports unless told otherwise, so that its output
 * is the same on every run: the morning after the demo data's last financial year ends.
 *
 * @category CLI
 */
export const DEMO_GENERATED_AT = "2026-04-01T09:00:00Z";

const PROJECT_KINDS: readonly ReportKind[] = ["gripp2", "project"];

/**
 * `ppie demo`: build every report of the demo dataset, in every format, into a folder.
 *
 * @category CLI
 */
export const demoCommand: CommandSpec = {
  name: "demo",
  summary: "Build every report of the demo dataset into a folder and say where.",
  usage: "ppie demo [--out <dir>] [--generated-at <timestamp>] [--as-of <date>]",
  description: [
    "Builds every report kind of the embedded, fictional demo dataset in every format",
    "(Markdown, HTML, CSV, JSON) into a folder (default ./ppie-demo), with an index.html that",
    "links them all and the dataset itself as dataset.json. Project reports (gripp2, project)",
    "are built for each project they apply to.",
    "",
    `Reports are stamped ${DEMO_GENERATED_AT} (the day after the demo's last financial year)`,
    "unless --generated-at or SOURCE_DATE_EPOCH says otherwise, so the output is the same on",
    "every run. --as-of sets the day the reports take as today, which decides their default",
    "period (by default the demo's latest recorded date, so they cover 2025-26).",
  ].join("\n"),
  options: {
    out: {
      type: "string",
      short: "o",
      value: "<dir>",
      description: "Folder to write into (default ppie-demo).",
    },
    "generated-at": {
      type: "string",
      value: "<timestamp>",
      description: `The reports' timestamp (default ${DEMO_GENERATED_AT}).`,
    },
    "as-of": AS_OF_OPTION,
  },
  examples: [
    ["npx ppie demo", "Write ./ppie-demo and open ppie-demo/index.html."],
    ["ppie demo --out site/demo", "Publish the demo reports with a static site."],
    [
      "ppie demo --as-of 2025-06-30",
      "The demo reports with 30 June 2025 taken as today (2024-25).",
    ],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `Unexpected argument "${args.positionals[0]}".`,
        "ppie demo always uses the demo dataset; use ppie report for your own.",
      );
    }
    const out = stringOption(args, "out") ?? "ppie-demo";
    const dir = ctx.resolve(out);
    const epoch = ctx.io.env.SOURCE_DATE_EPOCH;
    const fallback =
      epoch !== undefined && /^\d+$/.test(epoch)
        ? new Date(Number(epoch) * 1000).toISOString()
        : DEMO_GENERATED_AT;
    const generatedAt = generatedAtOption(ctx, args, fallback);
    const asOf = asOfOption(args);
    await mkdir(dir, { recursive: true });
    const ds = demoDataset;
    const jobs: { name: string; kind: ReportKind; project?: string }[] = [];
    for (const kind of REPORT_KINDS) {
      if (!PROJECT_KINDS.includes(kind)) {
        jobs.push({ name: kind, kind });
        continue;
      }
      for (const p of ds.projects) {
        if (kind === "gripp2" && p.reporting === "none") continue;
        jobs.push({ name: `${kind}-${p.id}`, kind, project: p.id });
      }
    }
    const links: string[] = [];
    let files = 0;
    let failed = 0;
    for (const [i, job] of jobs.entries()) {
      ctx.progress(`Building ${job.name} (${i + 1} of ${jobs.length})…`);
      const built = buildReport(job.kind, ds, {
        generatedAt,
        ...(asOf === undefined ? {} : { asOf }),
        ...(job.project ? { project: job.project } : {}),
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
        await writeFile(join(dir, file), render(built.value, format));
        files++;
        formats.push(
          `<a href="${escapeHtml(file)}">${format === "markdown" ? "Markdown" : format.toUpperCase()}</a>`,
        );
      }
      links.push(`<li>${escapeHtml(built.value.title)}: ${formats.join(" · ")}</li>`);
    }
    ctx.progressDone();
    await writeFile(join(dir, "dataset.json"), `${JSON.stringify(ds, null, 2)}\n`);
    const index = [
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
    await writeFile(join(dir, "index.html"), index);
    files += 2;
    const shown = relative(ctx.io.cwd, dir) || ".";
    ctx.io.stdout(
      `Wrote ${files} files (${jobs.length - failed} reports in ${RENDER_FORMATS.length} formats) to ${shown}\nOpen ${join(shown, "index.html")} in a browser, or check the data with: ppie validate ${join(shown, "dataset.json")}\n`,
    );
    return failed > 0 ? 1 : 0;
  },
};
