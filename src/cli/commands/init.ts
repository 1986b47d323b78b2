import { join } from "node:path";
import { stringify } from "yaml";
import { demoDataset } from "../../demo/index.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { csvHeader } from "../../io/csv-write.js";
import { csvFolderFiles } from "../csv-folder-files.js";
import { writeWorkbook } from "../../io/workbook/xlsx-write.js";
import { templateSheets } from "../workbook-template.js";
import { UsageError } from "../errors.js";
import type { OutputFile } from "../write.js";
import { BOM_OPTION, FORCE_OPTION, shownPath, writeOutputs } from "../write.js";

/** The CSV templates `ppie init` writes (header rows only). */
const TEMPLATES = ["contributors.csv", "activities.csv", "activity-contributors.csv"] as const;

/**
 * `ppie init [dir]`: write the demo dataset as an editable file plus CSV templates.
 *
 * @category CLI
 */
export const initCommand: CommandSpec = {
  name: "init",
  summary: "Start a dataset: the demo data as an editable file, plus CSV templates.",
  usage: "ppie init [dir] [--format json|yaml|xlsx] [--csv] [--force]",
  description: [
    "Writes into dir (default: the current folder):",
    "  ppie-dataset.json (or ppie-dataset.yaml with --format yaml): the demo dataset to edit or replace;",
    "  templates/contributors.csv, templates/activities.csv, templates/activity-contributors.csv:",
    "    header rows for a spreadsheet (see docs/cli.md for every column);",
    "  with --csv, also demo-csv/: the whole demo dataset as a folder of CSV files.",
    "With --format xlsx it writes instead ppie-dataset.xlsx, a workbook to fill in (one sheet",
    '  per kind of record, a "How to fill this in" sheet, drop-down lists for the values ppie',
    "  knows), and demo-dataset.xlsx, the demo dataset in the same workbook.",
    "Existing files are kept unless --force is given. The demo data is fictional.",
  ].join("\n"),
  options: {
    format: {
      type: "string",
      short: "f",
      value: "<json|yaml|xlsx>",
      description: "The dataset file to write (default json).",
    },
    yaml: { type: "boolean", description: "Write YAML instead of JSON (as --format yaml)." },
    csv: {
      type: "boolean",
      description: "Also write the demo dataset as a CSV folder (demo-csv/).",
    },
    force: FORCE_OPTION,
    bom: BOM_OPTION,
  },
  examples: [
    ["ppie init my-data", "Create my-data/ppie-dataset.json and my-data/templates/*.csv."],
    ["ppie init --yaml", "Create ppie-dataset.yaml here."],
    [
      "ppie init my-data --format xlsx",
      "Create my-data/ppie-dataset.xlsx (a workbook to fill in) and my-data/demo-dataset.xlsx.",
    ],
    [
      "ppie init my-data --csv && ppie validate my-data/demo-csv",
      "See a whole dataset as CSV files.",
    ],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    if (args.positionals.length > 1)
      throw new UsageError(`Unexpected argument "${args.positionals[1]}".`);
    const dir = ctx.resolve(args.positionals[0] ?? ".");
    const format = initFormat(args);
    if (format === "xlsx") return initWorkbook(ctx, args, dir);
    const yaml = format === "yaml";
    const dataFile = join(dir, yaml ? "ppie-dataset.yaml" : "ppie-dataset.json");
    const csvDir = join(dir, "demo-csv");
    const shownData = shownPath(ctx, dataFile);
    const files: OutputFile[] = [
      {
        path: dataFile,
        content: yaml
          ? `# ppie dataset (fictional demo data: edit or replace it). Check it with: ppie validate ${shownData}\n${stringify(demoDataset, { lineWidth: 0 })}`
          : `${JSON.stringify(demoDataset, null, 2)}\n`,
      },
      ...TEMPLATES.map((t) => ({ path: join(dir, "templates", t), content: `${csvHeader(t)}\n` })),
      ...(args.values.csv === true ? await csvFolderFiles(csvDir, demoDataset) : []),
    ];
    await writeOutputs(
      ctx,
      files,
      { inputs: [], force: args.values.force === true, bom: args.values.bom === true },
      dir,
    );
    ctx.note(
      `Next: edit ${shownData} (or fill in the templates), then run\n  ppie validate ${shownData}`,
    );
    return 0;
  },
};

/** The dataset file `ppie init` writes: `--format`, or `--yaml`. */
function initFormat(args: ParsedArgs): "json" | "yaml" | "xlsx" {
  const given = args.values.format;
  const yaml = args.values.yaml === true;
  if (given === undefined) return yaml ? "yaml" : "json";
  if (given !== "json" && given !== "yaml" && given !== "xlsx") {
    throw new UsageError(`--format must be json, yaml or xlsx, not "${String(given)}".`);
  }
  if (yaml && given !== "yaml") throw new UsageError(`Give --yaml or --format ${given}, not both.`);
  return given;
}

/** `ppie init --format xlsx`: the template workbook and the demo dataset as a workbook. */
async function initWorkbook(ctx: Context, args: ParsedArgs, dir: string): Promise<number> {
  const book = join(dir, "ppie-dataset.xlsx");
  const demo = join(dir, "demo-dataset.xlsx");
  const files: OutputFile[] = [
    { path: book, content: writeWorkbook(templateSheets()) },
    { path: demo, content: writeWorkbook(templateSheets(demoDataset)) },
    ...(args.values.csv === true ? await csvFolderFiles(join(dir, "demo-csv"), demoDataset) : []),
  ];
  await writeOutputs(ctx, files, { inputs: [], force: args.values.force === true }, dir);
  const shown = shownPath(ctx, book);
  ctx.note(
    `Next: fill in ${shown} in Excel or LibreOffice Calc (see its first sheet; ${shownPath(ctx, demo)} is an example), then run\n  ppie validate ${shown}`,
  );
  return 0;
}
