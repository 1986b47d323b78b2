/**
 * Load a user's files with `ppie/io`: bytes in (from disk here; from a file input, an upload
 * or `fetch` in a web app), a dataset or located diagnostics out. No file system is touched by
 * ppie itself, so the same call runs in browsers, Node, Deno and Bun.
 *
 * `loadDatasetAsync` reads workbooks too (`.xlsx`, `.ods`), loading the workbook reader only
 * when one is given; `loadDataset` is the same without workbooks, and synchronous.
 *
 *   npx tsx examples/load-files.ts <file.json | file.yaml | book.xlsx | folder of CSV files> [encoding]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { EncodingName } from "ppie/io";
import { loadDatasetAsync } from "ppie/io";
import { checkDataset } from "ppie";

const path = process.argv[2] ?? "";
const encoding = process.argv[3] as EncodingName | undefined;

// One JSON, YAML or workbook file, or every CSV file of a folder (named activities.csv, ...).
const files = statSync(path).isDirectory()
  ? readdirSync(path).map((name) => ({ name, data: readFileSync(join(path, name)) }))
  : { name: path, data: readFileSync(path) };

const result = await loadDatasetAsync(files, encoding ? { encoding } : {});
const where = (s?: { file: string; sheet?: string; line?: number; column?: string | number }) =>
  s
    ? ` (${s.file}${s.sheet ? ` sheet ${s.sheet}` : ""}${s.line ? ` ${s.sheet ? "row" : "line"} ${s.line}` : ""}${s.column ? `, column ${s.column}` : ""})`
    : "";

if (!result.ok) {
  for (const d of result.diagnostics)
    console.log(`${d.severity} ${d.code}: ${d.message}${where(d.source)}`);
  process.exit(1);
}
const findings = checkDataset(result.value);
for (const d of findings)
  console.log(`${d.severity} ${d.code}: ${d.message}${where(result.locate(d.path))}`);
console.log(
  `${result.format}: ${result.value.activities.length} activities, ${findings.length} findings`,
);
