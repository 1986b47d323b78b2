import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readInput } from "../../src/io/load.js";

/**
 * The CSV files of a folder read as `ppie/io` reads them (the CLI reads the bytes the same
 * way): the input, the located diagnostics and the locator.
 */
export function readCsvFolder(dir: string): ReturnType<typeof readInput> {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".csv"))
    .map((e) => ({ name: e.name, data: new Uint8Array(readFileSync(join(dir, e.name))) }));
  return readInput(files, { format: "csv" });
}
