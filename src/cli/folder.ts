/**
 * Reading a folder of CSV files from disk for `ppie/io`: the files ppie reads, as bytes, and
 * an error for each of them that cannot be read (a folder, a broken link, a link loop, a
 * device, no permission). The CSV itself is read by `loadDataset` of `io/`.
 *
 * @module
 */
import type { Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open, readdir, readlink, stat } from "node:fs/promises";
import { join } from "node:path";
import { csvTables } from "../io/csv-columns.js";
import type { ReadLimits } from "../io/limits.js";
import { tooLarge } from "../io/limits.js";
import type { DataFile } from "../io/load.js";
import type { LocatedDiagnostic } from "../io/location.js";
import { fileProblem } from "../io/location.js";
import type { FolderCode } from "./folder-codes.js";

/**
 * What {@link readCsvFolderFiles} found: the files to give `loadDataset`, or the problems that
 * stop reading (then no rows are read).
 *
 * @category CLI
 */
export type FolderFiles =
  | { ok: true; files: DataFile[] }
  | { ok: false; diagnostics: LocatedDiagnostic<FolderCode>[] };

/**
 * The CSV files of a folder as bytes: every file named as a file of the folder format, and
 * (empty, for a warning) any other `.csv` file. Links to regular files are followed; a name
 * ppie reads that is not a readable file is an error, as is a folder whose files add up to
 * more than the limit.
 *
 * @param dir - the folder
 * @param label - the folder as the user named it, for messages
 * @param limits - the reading limits
 * @returns the files, or the problems
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * import { DEFAULT_READ_LIMITS } from "../io/limits.js";
 * mkdirSync("data");
 * writeFileSync("data/contributors.csv", "id,roles\nc-1,patient\n");
 * const r = await readCsvFolderFiles("data/", "data/", DEFAULT_READ_LIMITS);
 * r.ok && r.files.map((f) => f.name); // ["contributors.csv"]
 * ```
 * @category CLI
 */
export async function readCsvFolderFiles(
  dir: string,
  label: string,
  limits: ReadLimits,
): Promise<FolderFiles> {
  const known = new Set(csvTables().map((t) => t.file));
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith(".csv")).sort();
  const problems: LocatedDiagnostic<FolderCode>[] = [];
  const opened: { name: string; handle: FileHandle }[] = [];
  const files: DataFile[] = [];
  let total = 0;
  try {
    for (const name of names) {
      if (!known.has(name)) {
        files.push({ name, data: new Uint8Array(0) });
        continue;
      }
      const checked = await openFile(join(dir, name), name);
      if ("problem" in checked) problems.push(checked.problem);
      else {
        opened.push({ name, handle: checked.handle });
        total += checked.size;
      }
    }
    if (total > limits.maxBytes) problems.push(tooLarge("csv-folder", label, total, limits));
    if (problems.length > 0) return { ok: false, diagnostics: problems };
    for (const { name, handle } of opened) {
      try {
        files.push({ name, data: await handle.readFile() });
      } catch (err) {
        return { ok: false, diagnostics: [cannotOpen(name, err, "read to the end")] };
      }
    }
  } finally {
    await Promise.all(opened.map(({ handle }) => handle.close()));
  }
  return { ok: true, files };
}

/** Open a file of the folder when it is a regular file ppie can read; its handle and size. */
async function openFile(
  path: string,
  file: string,
): Promise<{ handle: FileHandle; size: number } | { problem: LocatedDiagnostic<FolderCode> }> {
  const notAFile = (what: string, hint: string) => ({
    problem: fileProblem<FolderCode>(
      "csv/not-a-file",
      "error",
      { file },
      `${file} ${what}, so it was not read.`,
      hint,
    ),
  });
  const relink = "Point the link at the CSV file, or copy the file itself into the folder.";
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ELOOP") return notAFile("is a link that leads back to itself", relink);
    if (code === "ENOENT") {
      const target = await readlink(path).catch(() => undefined);
      return notAFile(
        target === undefined ? "has gone" : `is a link to ${target}, which does not exist`,
        relink,
      );
    }
    return { problem: cannotOpen(file, err) };
  }
  if (info.isDirectory()) {
    const target = await readlink(path).catch(() => undefined);
    return notAFile(
      target === undefined
        ? "is a folder, not a file"
        : `is a link to a folder (${target}), not to a file`,
      `Put the CSV file itself in the folder under the name ${file}, or rename the folder.`,
    );
  }
  if (!info.isFile()) {
    return notAFile(
      "is not a regular file (it is a pipe, a socket or a device)",
      `Put the CSV file itself in the folder under the name ${file}.`,
    );
  }
  try {
    return { handle: await open(path, "r"), size: info.size };
  } catch (err) {
    return { problem: cannotOpen(file, err) };
  }
}

function cannotOpen(
  file: string,
  err: unknown,
  what: "opened" | "read to the end" = "opened",
): LocatedDiagnostic<FolderCode> {
  const e = err as { code?: string; message?: string };
  const why =
    e.code === "EACCES" || e.code === "EPERM" ? "permission denied" : (e.message ?? String(err));
  return fileProblem<FolderCode>(
    "csv/cannot-open",
    "error",
    { file },
    `${file} could not be ${what} (${why}), so it was not read.`,
    "Check that you may read the file (its permissions), then run again.",
  );
}
