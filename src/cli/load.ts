import type { Stats } from "node:fs";
import { lstat, open, readlink, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { EncodingName } from "../io/decode.js";
import type { ReadLimits } from "../io/limits.js";
import { DEFAULT_READ_LIMITS, tooLarge } from "../io/limits.js";
import { isWorkbookBytes, loadDataset as loadFiles } from "../io/load.js";
import { loadDatasetAsync } from "../io/load-async.js";
import type { SourceLocation } from "../io/location.js";
import type { Dataset } from "../model/dataset.js";
import type { CliDiagnostic } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { readCsvFolderFiles } from "./folder.js";

/** File name endings read as a workbook (any file whose bytes are a zip archive is, too). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".ods", ".xls"]);

/**
 * How an input was read.
 *
 * @category CLI
 */
export type InputFormat = "json" | "yaml" | "csv-folder" | "workbook";

/**
 * A dataset read from a file or folder: the dataset when there were no errors, and every
 * diagnostic from reading and parsing, with the file, line and column it is about.
 *
 * @category CLI
 */
export interface LoadedDataset {
  /** How it was read. */
  format: InputFormat;
  /** The parsed dataset; `undefined` when reading or parsing found errors. */
  dataset: Dataset | undefined;
  /** Problems with the files (encoding, syntax, CSV headers, limits) and the dataset check's. */
  diagnostics: CliDiagnostic[];
  /** The file, line and column behind a path into the dataset, where known. */
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
}

/**
 * Options for {@link loadDataset}.
 *
 * @category CLI
 */
export interface LoadOptions {
  /** The path as the user typed it, for messages (default: the path). */
  label?: string;
  /** How much to read (default {@link DEFAULT_READ_LIMITS}). */
  limits?: ReadLimits;
  /** The text encoding of the files (default: UTF-8, or UTF-16 with a byte-order mark). */
  encoding?: EncodingName;
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

/** The diagnostics of `ppie/io` as the CLI reports them: the `source` is the `location`. */
function located(diagnostics: readonly { source?: SourceLocation }[]): CliDiagnostic[] {
  return diagnostics.map((d) => {
    const { source, ...rest } = d as CliDiagnostic & { source?: SourceLocation };
    return source === undefined ? rest : { ...rest, location: source };
  });
}

/** The limits (the defaults unless given) and the encoding, as `ppie/io` takes them. */
function readOptions(opts: LoadOptions): { limits: ReadLimits; encoding?: EncodingName } {
  const limits = opts.limits ?? DEFAULT_READ_LIMITS;
  return opts.encoding === undefined ? { limits } : { limits, encoding: opts.encoding };
}

/**
 * Read and parse a dataset from bytes already in memory (standard input): `loadDataset` of
 * `ppie/io` reads them as the format named, and its diagnostics name the file `name`.
 *
 * @param name - the name to show (`<stdin>`)
 * @param bytes - the bytes read
 * @param format - JSON or YAML
 * @param opts - limits and encoding
 * @returns the dataset (when valid), every diagnostic, and a locator
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('{"schemaVersion": 1, "contributors": []}');
 * loadBytes("<stdin>", bytes, "json").dataset?.contributors.length; // 0
 * ```
 * @category CLI
 */
export function loadBytes(
  name: string,
  bytes: Uint8Array,
  format: "json" | "yaml",
  opts: LoadOptions = {},
): LoadedDataset {
  const io = readOptions(opts);
  const r = loadFiles({ name, data: bytes }, { ...io, format });
  return {
    format,
    dataset: r.ok ? r.value : undefined,
    diagnostics: located(r.diagnostics),
    locate: r.locate,
  };
}

/**
 * Read and parse a dataset from the bytes of a workbook (`.xlsx` or `.ods`; the reader tells
 * which from the archive, whatever `format` says), e.g. from standard input.
 *
 * @param name - what diagnostics call the input
 * @param bytes - the workbook's bytes
 * @param format - what it was given as
 * @param opts - limits and encoding
 * @returns the dataset (when valid) and every diagnostic
 * @example
 * ```ts
 * (await loadWorkbookBytes("<stdin>", new Uint8Array([1, 2]), "xlsx")).diagnostics[0]?.code; // "workbook/unreadable"
 * ```
 * @category CLI
 */
export async function loadWorkbookBytes(
  name: string,
  bytes: Uint8Array,
  format: "xlsx" | "ods",
  opts: LoadOptions = {},
): Promise<LoadedDataset> {
  const io = readOptions(opts);
  const r = await loadDatasetAsync({ name, data: bytes }, { ...io, format });
  return {
    format: "workbook",
    dataset: r.ok ? r.value : undefined,
    diagnostics: located(r.diagnostics),
    locate: r.locate,
  };
}

/**
 * Read and parse a dataset from a JSON file, a YAML file, a workbook (`.xlsx`, `.ods`, told by
 * the name or by the bytes, never read as YAML) or a folder of CSV files: the bytes are read
 * here, and `loadDatasetAsync` of `ppie/io` reads them. Never throws on bad content
 * (bytes that are not text in the encoding, syntax errors, duplicate keys, a file over the
 * reading limits are diagnostics with a line and column); throws {@link UsageError} when the
 * path does not exist, cannot be opened, or is not a kind of input ppie reads. The dataset is
 * returned only when there are no errors.
 *
 * @param path - file or folder
 * @param opts - label, limits and encoding
 * @returns the dataset (when valid), every diagnostic, and a locator
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
  const label = opts.label ?? path;
  const io = readOptions(opts);
  const { limits } = io;
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
  const failed = (format: InputFormat, diagnostics: CliDiagnostic[]): LoadedDataset => ({
    format,
    dataset: undefined,
    diagnostics,
    locate: () => undefined,
  });
  if (info.isDirectory()) {
    const folder = await readCsvFolderFiles(path, label, limits);
    if (!folder.ok) return failed("csv-folder", folder.diagnostics);
    const r = loadFiles(folder.files, { ...io, format: "csv" });
    return {
      format: "csv-folder",
      dataset: r.ok ? r.value : undefined,
      diagnostics: located(r.diagnostics),
      locate: r.locate,
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") {
    throw new UsageError(
      `"${label}" is a single CSV file, but ppie reads a folder of CSV files (one per entity).`,
      `Pass the folder that holds ${basename(path)}; the file names are listed in docs/cli.md.`,
    );
  }
  const named = WORKBOOK_EXTENSIONS.has(ext) ? "workbook" : ext === ".json" ? "json" : "yaml";
  const file = basename(path);
  const limit = named === "yaml" ? limits.maxYamlBytes : limits.maxBytes;
  if (info.size > limit) return failed(named, [tooLarge(named, file, info.size, limits)]);
  let read: Awaited<ReturnType<typeof readAtMost>>;
  try {
    read = await readAtMost(path, info.size, limit);
  } catch (err) {
    throw new UsageError(`Cannot read "${label}": ${await whyNot(path, err)}.`);
  }
  if ("over" in read) return failed(named, [tooLarge(named, file, read.over, limits)]);
  // a workbook by its name or by its first bytes (a zip or an old .xls), never read as YAML
  if (named === "workbook" || isWorkbookBytes(read.bytes))
    return loadWorkbookBytes(file, read.bytes, ext === ".ods" ? "ods" : "xlsx", opts);
  return loadBytes(file, read.bytes, named, opts);
}
