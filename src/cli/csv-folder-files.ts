/**
 * A dataset as the files of a CSV folder, ready for the CLI's writer: `ppie init --csv` and
 * `ppie demo --csv` write it, and `ppie validate` / `report` / `score` read it back to the same
 * dataset (the lines come from {@link datasetToCsv}; the folder format is in docs/cli.md).
 *
 * @module
 */
import { lstat } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset } from "../model/dataset.js";
import { csvHeader, datasetToCsv } from "../io/csv-write.js";
import { csvTables } from "../io/csv-columns.js";
import type { OutputFile } from "./write.js";

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/**
 * The files of a dataset's CSV folder: one per kind of record the dataset has, streamed line
 * by line. A file of the folder format that is already in the folder but that this dataset has
 * no rows for is written again with its header only, so that, when it is replaced (with
 * `--force`), nothing of an earlier dataset is left to be read back with the new one.
 *
 * @param dir - the folder (absolute)
 * @param dataset - the dataset
 * @returns the files to write
 * @example
 * ```ts
 * const files = await csvFolderFiles("/tmp/demo-csv", demoDataset);
 * files.some((f) => f.path.endsWith("contributors.csv")); // true
 * ```
 * @category CLI
 */
export async function csvFolderFiles(dir: string, dataset: Dataset): Promise<OutputFile[]> {
  const files: OutputFile[] = datasetToCsv(dataset).map(({ file, lines }) => ({
    path: join(dir, file),
    content: withNewlines(lines),
  }));
  const written = new Set(files.map((f) => f.path));
  for (const { file } of csvTables()) {
    const path = join(dir, file);
    if (!written.has(path) && (await exists(path)))
      files.push({ path, content: `${csvHeader(file) ?? ""}\n` });
  }
  return files;
}
