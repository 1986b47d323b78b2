import { join } from "node:path";
import { stringify } from "yaml";
import { demoDataset } from "../../demo/index.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { csvHeader } from "../../io/csv-write.js";
import { csvFolderFiles } from "../csv-folder-files.js";
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
    force: FORCE_OPTION,
    bom: BOM_OPTION,
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
