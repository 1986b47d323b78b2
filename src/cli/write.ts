/**
 * Writing files, for every command that writes any (`report --out`, `schema --out`, `demo`,
 * `init`), under one policy:
 *
 * - **an input is never written over**, whatever the options: not the dataset file being read
 *   (also through a symbolic or hard link to it, compared by device and inode), not a file of
 *   a CSV folder being read, and nothing is written inside a CSV folder being read;
 * - **an existing file is not replaced unless `--force`** is given; the command stops before
 *   writing anything and names the files;
 * - **each file is written whole or not at all**: into a temporary file in the same folder,
 *   then renamed over the target, so a failure never leaves half a file (an existing file
 *   keeps its permissions; a symbolic link keeps pointing where it did, at the new content);
 * - **what was written is said** on standard error: each path and its size in bytes.
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import {
  lstat,
  mkdir,
  open,
  readdir,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { formatCount } from "../format.js";
import type { Context, OptionSpec } from "./context.js";
import { UsageError } from "./errors.js";

/**
 * The help entry of `--force`, shared by every command that writes files.
 *
 * @category CLI
 */
export const FORCE_OPTION: OptionSpec = {
  type: "boolean",
  description: "Replace existing files (an input is never replaced).",
};

/**
 * The help entry of `--bom`, shared by every command that writes CSV files.
 *
 * @category CLI
 */
export const BOM_OPTION: OptionSpec = {
  type: "boolean",
  description:
    "Start each CSV file with a UTF-8 byte-order mark, so that Excel on Windows shows £, é and curly quotes as written.",
};

/**
 * One file to write.
 *
 * @category CLI
 */
export interface OutputFile {
  /** Absolute path. */
  path: string;
  /**
   * The content: text, chunks of text written one after another (for large files), or bytes
   * (a workbook).
   */
  content: string | Iterable<string> | Uint8Array;
}

/**
 * A file that was written, with its size.
 *
 * @category CLI
 */
export interface WrittenFile {
  /** Absolute path, as asked for. */
  path: string;
  /** Bytes written. */
  bytes: number;
}

/**
 * What a command reads and whether it may replace files.
 *
 * @category CLI
 */
export interface WritePolicy {
  /** Absolute paths of the files and folders the command reads. */
  inputs: readonly string[];
  /** `--force`: replace existing files (never an input). */
  force: boolean;
  /** `--bom`: start each `.csv` file with a UTF-8 byte-order mark. */
  bom?: boolean;
}

/** The content with a byte-order mark first. */
function withBom(content: string | Iterable<string>): string | Iterable<string> {
  if (typeof content === "string") return `\ufeff${content}`;
  return (function* () {
    yield "\ufeff";
    yield* content;
  })();
}

/** Where and how to write one checked target. */
interface Target {
  /** The real path to write (through a symbolic link to where it points). */
  real: string;
  /** The existing file's permissions, kept when it is replaced. */
  mode: number | undefined;
  /** A device or pipe (`/dev/null`, `/dev/stdout`): written straight into, not replaced. */
  direct: boolean;
}

async function statOf(path: string, follow: boolean): Promise<Stats | undefined> {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch {
    return undefined;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

interface Input {
  label: string;
  stats: Stats;
}

/** The inputs, and for a folder each file in it, by device and inode. */
async function inputIdentities(ctx: Context, inputs: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const path of inputs) {
    const stats = await statOf(path, true);
    if (stats === undefined) continue;
    out.push({ label: shownPath(ctx, path), stats });
    if (!stats.isDirectory()) continue;
    for (const name of await readdir(path)) {
      const s = await statOf(join(path, name), true);
      if (s?.isFile()) out.push({ label: shownPath(ctx, join(path, name)), stats: s });
    }
  }
  return out;
}

/** The real path of a path that may not exist yet: its nearest existing folder, resolved. */
async function realLocation(path: string): Promise<string> {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(await realpath(at), ...rest);
    } catch {
      const up = dirname(at);
      if (up === at) return path;
      rest.unshift(basename(at));
      at = up;
    }
  }
}

/** The input folder a real path lies inside, if any (compared by device and inode). */
async function enclosingInput(real: string, folders: readonly Input[]): Promise<Input | undefined> {
  if (folders.length === 0) return undefined;
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    const s = await statOf(dir, true);
    const hit = s && folders.find((f) => sameFile(f.stats, s));
    if (hit) return hit;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * A path as the user would read it: relative to the working folder when inside it.
 *
 * @param ctx - run context
 * @param path - absolute path
 * @returns the path to show
 * @category CLI
 */
export function shownPath(ctx: Context, path: string): string {
  const rel = relative(ctx.io.cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).join(", ");
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}

const NEVER_INPUT =
  "Write the output somewhere else: ppie never writes over its input, even with --force.";

async function checkOne(
  ctx: Context,
  path: string,
  inputs: readonly Input[],
): Promise<Target & { exists: boolean }> {
  const link = await statOf(path, false);
  const stats = link ? await statOf(path, true) : undefined;
  const shown = shownPath(ctx, path);
  if (stats?.isDirectory()) {
    throw new UsageError(
      `${shown} is a folder, so ppie cannot write a file there.`,
      "Name a file inside it, or another path.",
    );
  }
  const real = stats ? await realpath(path) : link ? path : await realLocation(path);
  const folders = inputs.filter((i) => i.stats.isDirectory());
  const folder = await enclosingInput(real, folders);
  const input = folder ? undefined : stats && inputs.find((i) => sameFile(i.stats, stats));
  if (folder) {
    throw new UsageError(
      `Not writing ${shown}: it is inside ${folder.label}, the CSV folder this command reads.`,
      NEVER_INPUT,
    );
  }
  if (input) {
    const what = link?.isSymbolicLink()
      ? `a link to ${input.label}, which this command reads`
      : input.label === shown
        ? "the dataset this command reads"
        : `the same file as ${input.label} (a hard link), which this command reads`;
    throw new UsageError(`Not writing ${shown}: it is ${what}.`, NEVER_INPUT);
  }
  const direct = stats !== undefined && !stats.isFile();
  return {
    real,
    mode: stats?.isFile() ? stats.mode & 0o7777 : undefined,
    direct,
    exists: link !== undefined && !direct,
  };
}

/**
 * Check every output against the policy before anything is written: none may be an input or
 * lie inside an input folder, and none may exist unless `--force`.
 *
 * @param ctx - run context
 * @param paths - absolute paths of the files to write
 * @param policy - the inputs, and `--force`
 * @returns a writer for those paths
 * @throws {@link UsageError} naming the files, when the policy forbids writing them
 * @category CLI
 */
export async function prepareOutputs(
  ctx: Context,
  paths: readonly string[],
  policy: WritePolicy,
): Promise<{ write: (file: OutputFile) => Promise<WrittenFile> }> {
  const inputs = await inputIdentities(ctx, policy.inputs);
  const targets = new Map<string, Target>();
  const existing: string[] = [];
  for (const path of paths) {
    const t = await checkOne(ctx, path, inputs);
    if (t.exists) existing.push(shownPath(ctx, path));
    targets.set(path, t);
  }
  if (existing.length > 0 && !policy.force) {
    throw new UsageError(
      `Not overwriting ${listed(existing)}: ${existing.length === 1 ? "it exists" : "they exist"} already.`,
      "Pass --force to replace existing files, or choose another path.",
    );
  }
  return {
    write: async (file) => {
      const t = targets.get(file.path);
      if (t === undefined) throw new Error(`${file.path} was not checked before writing`);
      const { content } = file;
      const bom = policy.bom === true && file.path.toLowerCase().endsWith(".csv");
      return {
        path: file.path,
        bytes: await writeTarget(
          t,
          bom && !(content instanceof Uint8Array) ? withBom(content) : content,
        ),
      };
    },
  };
}

/** Text chunks gathered into buffers of about 64 KiB, so a file of many lines takes few writes. */
function* buffered(content: string | Iterable<string> | Uint8Array): Generator<Buffer> {
  if (content instanceof Uint8Array) {
    yield Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    return;
  }
  if (typeof content === "string") {
    yield Buffer.from(content);
    return;
  }
  let parts: string[] = [];
  let size = 0;
  for (const chunk of content) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= 65_536) {
      yield Buffer.from(parts.join(""));
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield Buffer.from(parts.join(""));
}

async function writeTarget(
  t: Target,
  content: string | Iterable<string> | Uint8Array,
): Promise<number> {
  let bytes = 0;
  if (t.direct) {
    const chunks = [...buffered(content)];
    for (const b of chunks) bytes += b.length;
    await writeFile(t.real, Buffer.concat(chunks));
    return bytes;
  }
  const dir = dirname(t.real);
  await mkdir(dir, { recursive: true });
  const tmp = join(
    dir,
    `.${basename(t.real)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  const fh = await open(tmp, "wx");
  try {
    try {
      if (t.mode !== undefined) await fh.chmod(t.mode);
      for (const b of buffered(content)) {
        for (let at = 0; at < b.length; ) at += (await fh.write(b, at)).bytesWritten;
        bytes += b.length;
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, t.real);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return bytes;
}

/**
 * Say on standard error what was written: each file with its size, or, for many, how many in
 * which folder (silenced by `--quiet`).
 *
 * @param ctx - run context
 * @param written - the files
 * @param folder - the folder they were written into, for a summary of many
 * @category CLI
 */
export function noteWritten(ctx: Context, written: readonly WrittenFile[], folder?: string): void {
  const size = (n: number): string => `${formatCount(n)} byte${n === 1 ? "" : "s"}`;
  const total = written.reduce((n, w) => n + w.bytes, 0);
  if (written.length === 1 && written[0] !== undefined) {
    ctx.note(`Wrote ${shownPath(ctx, written[0].path)} (${size(written[0].bytes)}).`);
  } else if (written.length <= 10 || folder === undefined) {
    ctx.note(
      [
        `Wrote ${written.length} files (${size(total)}):`,
        ...written.map((w) => `  ${shownPath(ctx, w.path)} (${size(w.bytes)})`),
      ].join("\n"),
    );
  } else {
    const where = shownPath(ctx, folder);
    ctx.note(
      `Wrote ${written.length} files (${size(total)}) in ${where === "." ? "the current folder" : where}.`,
    );
  }
}

/**
 * Check, write and report a set of files: {@link prepareOutputs}, then each file written
 * whole, then {@link noteWritten}.
 *
 * @param ctx - run context
 * @param files - the files
 * @param policy - the inputs, and `--force`
 * @param folder - the folder they go into, for the summary of many
 * @returns the files written, with their sizes
 * @throws {@link UsageError} when the policy forbids writing them (nothing is written then)
 * @category CLI
 */
export async function writeOutputs(
  ctx: Context,
  files: readonly OutputFile[],
  policy: WritePolicy,
  folder?: string,
): Promise<WrittenFile[]> {
  const writer = await prepareOutputs(
    ctx,
    files.map((f) => f.path),
    policy,
  );
  const written: WrittenFile[] = [];
  for (const f of files) written.push(await writer.write(f));
  noteWritten(ctx, written, folder);
  return written;
}
