import { createWriteStream } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { demoDataset } from "../../demo/index.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { csvHeader, datasetToCsv } from "../csv.js";
import { UsageError } from "../errors.js";

/** The CSV templates `ppie init` writes (header rows only). */
const TEMPLATES = ["contributors.csv", "activities.csv", "activity-contributors.csv"] as const;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write lines to a file through a stream (for large CSV files).
 *
 * @param path - file to write
 * @param lines - the lines, without line breaks
 * @returns when the file is closed
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * await writeLines("a.csv", ["id,name", "1,x"]);
 * readFileSync("a.csv", "utf8"); // "id,name\n1,x\n"
 * ```
 * @category CLI
 */
export async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", () => resolve());
    stream.on("error", reject);
  });
  for (const line of lines) {
    if (!stream.write(`${line}\n`)) await new Promise<void>((r) => stream.once("drain", () => r()));
  }
  stream.end();
  return done;
}

/**
 * `ppie init [dir]`: write the demo dataset as an editable file plus CSV templates.
 *
 * @category CLI
 */
export const initCommand: CommandSpec = {
  name: "init",
  summary: "Start a dataset: the demo data as an editable file, plus CSV templates.",
  usage: "ppie init [dir] [--yaml] [--csv] [--force]",
  description: [
    "Writes into dir (default: the current folder):",
    "  ppie-dataset.json (or ppie-dataset.yaml with --yaml): the demo dataset to edit or replace;",
    "  templates/contributors.csv, templates/activities.csv, templates/activity-contributors.csv:",
    "    header rows for a spreadsheet (see docs/cli.md for every column);",
    "  with --csv, also demo-csv/: the whole demo dataset as a folder of CSV files.",
    "Existing files are kept unless --force is given. The demo data is fictional.",
  ].join("\n"),
  options: {
    yaml: { type: "boolean", description: "Write YAML instead of JSON." },
    csv: {
      type: "boolean",
      description: "Also write the demo dataset as a CSV folder (demo-csv/).",
    },
    force: { type: "boolean", description: "Overwrite existing files." },
  },
  examples: [
    ["ppie init my-data", "Create my-data/ppie-dataset.json and my-data/templates/*.csv."],
    ["ppie init --yaml", "Create ppie-dataset.yaml here."],
    [
      "ppie init my-data --csv && ppie validate my-data/demo-csv",
      "See a whole dataset as CSV files.",
    ],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    if (args.positionals.length > 1)
      throw new UsageError(`Unexpected argument "${args.positionals[1]}".`);
    const dir = ctx.resolve(args.positionals[0] ?? ".");
    const yaml = args.values.yaml === true;
    const dataFile = join(dir, yaml ? "ppie-dataset.yaml" : "ppie-dataset.json");
    const templates = TEMPLATES.map((t) => join(dir, "templates", t));
    const csvDir = join(dir, "demo-csv");
    const planned = [dataFile, ...templates, ...(args.values.csv === true ? [csvDir] : [])];
    if (args.values.force !== true) {
      const clash: string[] = [];
      for (const p of planned) if (await exists(p)) clash.push(relative(ctx.io.cwd, p) || p);
      if (clash.length > 0) {
        throw new UsageError(
          `Not overwriting ${clash.join(", ")}.`,
          "Pass --force to overwrite, or choose another folder.",
        );
      }
    }
    await mkdir(join(dir, "templates"), { recursive: true });
    const text = yaml
      ? `# ppie dataset (fictional demo data: edit or replace it). Check it with: ppie validate ${relative(ctx.io.cwd, dataFile) || dataFile}\n${stringify(demoDataset, { lineWidth: 0 })}`
      : `${JSON.stringify(demoDataset, null, 2)}\n`;
    await writeFile(dataFile, text);
    for (let i = 0; i < TEMPLATES.length; i++) {
      await writeFile(templates[i] as string, `${csvHeader(TEMPLATES[i] as string)}\n`);
    }
    const written = [dataFile, ...templates];
    if (args.values.csv === true) {
      await mkdir(csvDir, { recursive: true });
      for (const { file, lines } of datasetToCsv(demoDataset))
        await writeLines(join(csvDir, file), lines);
      written.push(`${csvDir}/`);
    }
    const rel = (p: string): string => relative(ctx.io.cwd, p) || p;
    ctx.io.stdout(
      [
        "Created:",
        ...written.map((p) => `  ${rel(p)}`),
        "",
        `Next: edit ${rel(dataFile)} (or fill in the templates), then run`,
        `  ppie validate ${rel(dataFile)}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
};
