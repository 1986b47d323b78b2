import type { Stats } from "node:fs";
import { lstat, open, readlink, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { decodeText } from "../io/decode.js";
import { readJson } from "../io/json.js";
import type { ReadLimits } from "../io/limits.js";
import { DEFAULT_READ_LIMITS, tooLarge } from "../io/limits.js";
import { sniffWorkbook } from "../io/workbook/read.js";
import { readYaml } from "../io/yaml.js";
import type { Dataset } from "../model/dataset.js";
import { parseDataset } from "../model/parse.js";
import { hasErrors } from "../result.js";
import type { LocatedDiagnostic, SourceLocation } from "./csv.js";
import { readCsvFolder } from "./csv.js";
import { UsageError } from "./errors.js";
import { readWorkbookInput } from "./workbook-input.js";

/** File name endings read as a workbook (any file whose bytes are a zip archive is, too). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".ods", ".xls"]);

/**
 * How an input was read.
 *
 * @category CLI
 */
export type InputFormat = "json" | "yaml" | "csv-folder" | "workbook";

/**
 * Raw input read from a file or folder, before `parseDataset`.
 *
 * @category CLI
 */
export interface LoadedInput {
  /** How it was read. */
  format: InputFormat;
  /** The plain data, or `undefined` when the file could not be read as data at all. */
  input: unknown;
  /**
   * Problems with the file itself (encoding, syntax, duplicate keys, CSV headers, limits), with
   * their file and line.
   */
  diagnostics: LocatedDiagnostic[];
  /** The file, line and column behind a path into `input`, where known. */
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
  /** Records read (CSV rows), for progress and timing notes. */
  rows?: number;
}

/**
 * A dataset read from a file or folder: the dataset when there were no errors, and every
 * diagnostic from reading and parsing.
 *
 * @category CLI
 */
export interface LoadedDataset extends LoadedInput {
  /** The parsed dataset; `undefined` when reading or parsing found errors. */
  dataset: Dataset | undefined;
}

/**
 * Options for {@link loadInput} and {@link loadDataset}.
 *
 * @category CLI
 */
export interface LoadOptions {
  /** Called as CSV rows are read. */
  onProgress?: (file: string, rows: number) => void;
  /** The path as the user typed it, for messages (default: the path). */
  label?: string;
  /** How much to read (default {@link DEFAULT_READ_LIMITS}). */
  limits?: ReadLimits;
}

/**
 * The environment variables that change the reading limits ({@link ReadLimits}), one per
 * limit. Meant for tests (which check the limits on small files) and for a machine with the
 * memory for more; docs/cli.md lists them.
 */
export const LIMIT_ENV = {
  maxBytes: "PPIE_MAX_INPUT_BYTES",
  maxYamlBytes: "PPIE_MAX_YAML_BYTES",
  maxRecords: "PPIE_MAX_RECORDS",
  maxDepth: "PPIE_MAX_DEPTH",
  maxLineBytes: "PPIE_MAX_LINE_BYTES",
} as const satisfies Record<keyof ReadLimits, string>;

/**
 * The reading limits, with any the environment sets (`PPIE_MAX_INPUT_BYTES`,
 * `PPIE_MAX_YAML_BYTES`, `PPIE_MAX_RECORDS`, `PPIE_MAX_DEPTH`, `PPIE_MAX_LINE_BYTES`).
 *
 * @param env - the environment
 * @returns the limits
 * @throws {UsageError} when a variable is set to something other than a positive whole number
 * @example
 * ```ts
 * readLimitsFromEnv({ PPIE_MAX_RECORDS: "500" }).maxRecords; // 500
 * ```
 * @category CLI
 */
export function readLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): ReadLimits {
  const limits: Record<keyof ReadLimits, number> = { ...DEFAULT_READ_LIMITS };
  for (const [key, name] of Object.entries(LIMIT_ENV) as [keyof ReadLimits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    if (!/^[1-9]\d*$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw))) {
      throw new UsageError(
        `${name} must be a positive whole number, not "${raw}".`,
        `Unset it to use the default (${DEFAULT_READ_LIMITS[key]}).`,
      );
    }
    limits[key] = Number(raw);
  }
  return limits;
}

const MISSING = "it does not exist";

/**
 * Why a path cannot be read, in words: missing, a broken link, a link that loops, or the
 * system's reason.
 */
async function whyNot(path: string, err: unknown): Promise<string> {
  const code = (err as { code?: string }).code;
  if (code === "ELOOP") return "it is a link that leads back to itself";
  if (code === "ENOENT") {
    let link: Stats | undefined;
    try {
      link = await lstat(path);
    } catch {
      return MISSING;
    }
    if (link.isSymbolicLink()) {
      const target = await readlink(path).catch(() => "?");
      return `it is a link to ${target}, which does not exist`;
    }
    return MISSING;
  }
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return err instanceof Error ? err.message : String(err);
}

/**
 * Read at most `limit` bytes of a file: the bytes, or how many were read when there were more
 * (a file that grew after it was measured, or a device or pipe with no size).
 */
async function readAtMost(
  path: string,
  size: number,
  limit: number,
): Promise<{ bytes: Uint8Array } | { over: number }> {
  const handle = await open(path, "r");
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let want = Math.min(limit + 1, Math.max(size + 1, 1 << 16));
    for (;;) {
      const buf = new Uint8Array(want);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buf, filled, want - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      chunks.push(buf.subarray(0, filled));
      total += filled;
      if (total > limit) return { over: total };
      if (filled < want) break;
      want = Math.min(limit + 1 - total, 1 << 24);
    }
    if (chunks.length === 1) return { bytes: chunks[0] as Uint8Array };
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { bytes };
  } finally {
    await handle.close();
  }
}

/**
 * Read a JSON file, a YAML file, a workbook (`.xlsx`, `.ods`) or a folder of CSV files into
 * plain data. Never throws on
 * bad content (bytes that are not UTF-8, syntax errors, duplicate keys, a file over the
 * reading limits are diagnostics with a line and column); throws {@link UsageError} when the
 * path does not exist, cannot be opened, or is not a kind of input ppie reads.
 *
 * @param path - file or folder
 * @param opts - progress callback, label and limits
 * @returns the input with its diagnostics and a locator
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("ppie-dataset.yaml", "contributors: []\n");
 * const loaded = await loadInput("ppie-dataset.yaml");
 * loaded.input; // { contributors: [] }
 * ```
 * @category CLI
 */
export async function loadInput(path: string, opts: LoadOptions = {}): Promise<LoadedInput> {
  const label = opts.label ?? path;
  const limits = opts.limits ?? DEFAULT_READ_LIMITS;
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    const why = await whyNot(path, err);
    throw new UsageError(
      why === MISSING ? `Cannot find "${label}".` : `Cannot read "${label}": ${why}.`,
      "Check the path, or run `ppie init` to create a dataset file.",
    );
  }
  if (info.isDirectory()) {
    const csv = await readCsvFolder(path, {
      limits,
      label,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    return {
      format: "csv-folder",
      input: csv.input,
      diagnostics: csv.diagnostics,
      locate: csv.locate,
      rows: csv.rows,
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") {
    throw new UsageError(
      `"${label}" is a single CSV file, but ppie reads a folder of CSV files (one per entity).`,
      `Pass the folder that holds ${basename(path)}; the file names are listed in docs/cli.md.`,
    );
  }
  const workbook = WORKBOOK_EXTENSIONS.has(ext);
  const format = ext === ".json" ? "json" : "yaml";
  const file = basename(path);
  const limit = format === "json" || workbook ? limits.maxBytes : limits.maxYamlBytes;
  const failed = (d: LocatedDiagnostic): LoadedInput => ({
    format: workbook ? "workbook" : format,
    input: undefined,
    diagnostics: [d],
    locate: () => undefined,
  });
  if (info.size > limit) return failed(tooLarge(format, file, info.size, limits));
  let read: Awaited<ReturnType<typeof readAtMost>>;
  try {
    read = await readAtMost(path, info.size, limit);
  } catch (err) {
    throw new UsageError(`Cannot read "${label}": ${await whyNot(path, err)}.`);
  }
  if ("over" in read) return failed(tooLarge(format, file, read.over, limits));
  // a workbook by its name or by its first bytes (a zip or an old .xls), never read as YAML
  if (workbook || sniffWorkbook(read.bytes) !== "other") {
    return { format: "workbook", ...(await readWorkbookInput(read.bytes, file, limits)) };
  }
  const decoded = decodeText(read.bytes, file);
  if (!decoded.ok)
    return { format, input: undefined, diagnostics: decoded.diagnostics, locate: () => undefined };
  const text = decoded.value.text;
  return {
    format,
    ...(format === "json" ? readJson(text, file, limits) : readYaml(text, file, limits)),
  };
}

/**
 * Read and parse a dataset from a JSON file, a YAML file or a CSV folder. The dataset is
 * returned only when there are no errors from reading or parsing.
 *
 * @param path - file or folder
 * @param opts - progress callback, label and limits
 * @returns the dataset (when valid) and every diagnostic
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * mkdirSync("data");
 * writeFileSync("data/contributors.csv", "id,roles\nc-1,patient\n");
 * const { dataset, diagnostics } = await loadDataset("data/");
 * dataset?.contributors.length; // 1
 * ```
 * @category CLI
 */
export async function loadDataset(path: string, opts: LoadOptions = {}): Promise<LoadedDataset> {
  const loaded = await loadInput(path, opts);
  if (loaded.input === undefined) return { ...loaded, dataset: undefined };
  const parsed = parseDataset(loaded.input);
  const diagnostics = [...loaded.diagnostics, ...parsed.diagnostics];
  return {
    ...loaded,
    diagnostics,
    dataset: parsed.ok && !hasErrors(diagnostics) ? parsed.value : undefined,
  };
}
