/**
 * Glob patterns on the command line, expanded by ppie itself: Windows shells (cmd.exe and
 * PowerShell) pass `data/*.json` to a program as typed, and a quoted pattern reaches ppie
 * unexpanded on every shell. Node 20 has no `fs.glob` (it came in Node 22), and the patterns a
 * dataset path needs are few, so this is a small matcher of its own rather than a dependency:
 *
 * - `*` any run of characters within one name, `?` one character, `[abc]`, `[a-z]` and
 *   `[!abc]` (or `[^abc]`) one character of a set;
 * - `**` as a whole path segment: any number of folders, none included;
 * - `\` escapes the next character (on Windows `\` is a folder separator instead, as there);
 * - a name that starts with `.` is matched only by a pattern segment that starts with `.`, as
 *   in a shell; links to folders are not followed by `**` (a link can lead back to itself);
 * - braces (`{a,b}`) are not a pattern: write two arguments instead.
 *
 * The matches are sorted by their path, character by character, so every run and every
 * machine reads them in the same order.
 *
 * @module
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * Whether an argument is a glob pattern: it holds `*`, `?` or `[` not escaped by `\`.
 *
 * @param arg - a command-line argument
 * @param windows - whether `\` separates folders (Windows) rather than escaping
 * @returns whether ppie expands it
 * @example
 * ```ts
 * isGlob("data/*.json"); // true
 * isGlob("data/ppie-dataset.json"); // false
 * ```
 * @category CLI
 */
export function isGlob(arg: string, windows = process.platform === "win32"): boolean {
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (c === "\\" && !windows) i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}

/** One path segment of a pattern: a literal name, `**`, or a regular expression for one name. */
type Segment =
  | { kind: "name"; name: string }
  | { kind: "globstar" }
  | { kind: "match"; re: RegExp; dot: boolean };

function segmentRegex(seg: string, windows: boolean): RegExp {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] as string;
    if (c === "\\" && !windows && i + 1 < seg.length) {
      re += escapeRegex(seg[++i] as string);
    } else if (c === "*") {
      re += "[^/]*";
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const close = seg.indexOf("]", i + 2);
      if (close < 0) {
        re += "\\[";
        continue;
      }
      let body = seg.slice(i + 1, close);
      let negate = false;
      if (body.startsWith("!") || body.startsWith("^")) {
        negate = true;
        body = body.slice(1);
      }
      const set = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      re += negate ? `[^/${set}]` : `[${set}]`;
      i = close;
    } else re += escapeRegex(c);
  }
  return new RegExp(`^${re}$`, "u");
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function literalName(seg: string, windows: boolean): string {
  return windows ? seg : seg.replace(/\\(.)/g, "$1");
}

/**
 * A pattern split into the folder it starts from (its leading segments without a wildcard)
 * and the segments to match below it.
 */
function compile(
  pattern: string,
  windows: boolean,
): { base: string; segments: Segment[]; dirOnly: boolean } {
  const parts = pattern.split(windows ? /[\\/]/ : /\//);
  const dirOnly = parts.length > 1 && parts[parts.length - 1] === "";
  const absolute = parts[0] === "";
  const base: string[] = [];
  const segments: Segment[] = [];
  for (const [i, part] of parts.entries()) {
    if (i === 0 && absolute) continue;
    if (part === "" && i > 0) continue;
    if (segments.length === 0 && !isGlob(part, windows)) {
      base.push(literalName(part, windows));
    } else if (part === "**") {
      if (segments[segments.length - 1]?.kind !== "globstar") segments.push({ kind: "globstar" });
    } else if (isGlob(part, windows)) {
      segments.push({ kind: "match", re: segmentRegex(part, windows), dot: part.startsWith(".") });
    } else segments.push({ kind: "name", name: literalName(part, windows) });
  }
  const joined = base.join("/");
  return { base: absolute ? `/${joined}` : joined, segments, dirOnly };
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function isDirectory(path: string, entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Walk `dir` (shown to the user as `shown`) matching `segments` from `at`; add each match to
 * `out` as shown.
 */
async function walk(
  dir: string,
  shown: string,
  segments: readonly Segment[],
  at: number,
  dirOnly: boolean,
  out: Set<string>,
): Promise<void> {
  const seg = segments[at];
  if (seg === undefined) return;
  const last = at === segments.length - 1;
  const child = (name: string): string => (shown === "" ? name : `${shown}/${name}`);
  if (seg.kind === "globstar") {
    // none: the next segment matches here
    if (last) {
      if (shown !== "") out.add(shown);
    } else await walk(dir, shown, segments, at + 1, dirOnly, out);
    for (const e of await entries(dir)) {
      if (e.name.startsWith(".") || !e.isDirectory()) continue; // links to folders: not followed
      if (last) out.add(child(e.name));
      await walk(join(dir, e.name), child(e.name), segments, at, dirOnly, out);
    }
    return;
  }
  for (const e of await entries(dir)) {
    const ok =
      seg.kind === "name"
        ? e.name === seg.name
        : seg.re.test(e.name) && (seg.dot || !e.name.startsWith("."));
    if (!ok) continue;
    const path = join(dir, e.name);
    const folder = await isDirectory(path, e);
    if (last) {
      if (!dirOnly || folder) out.add(child(e.name));
    } else if (folder) await walk(path, child(e.name), segments, at + 1, dirOnly, out);
  }
}

/**
 * The files and folders a glob pattern matches, as paths written the way the pattern was
 * (relative to `cwd` when the pattern is), sorted. A pattern ending in `/` matches folders only.
 *
 * @param pattern - the pattern as typed, e.g. `"data/*.json"` or `"teams/**\/ppie-dataset.yaml"`
 * @param cwd - the folder relative patterns start from
 * @param windows - whether `\` separates folders (default: on Windows)
 * @returns the matching paths, sorted (empty when none match)
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * mkdirSync("data");
 * writeFileSync("data/b.json", "{}");
 * writeFileSync("data/a.json", "{}");
 * await expandGlob("data/*.json", process.cwd()); // ["data/a.json", "data/b.json"]
 * ```
 * @category CLI
 */
export async function expandGlob(
  pattern: string,
  cwd: string,
  windows = process.platform === "win32",
): Promise<string[]> {
  const { base, segments, dirOnly } = compile(pattern, windows);
  const start = base === "" ? cwd : base.startsWith("/") ? base : join(cwd, base);
  const out = new Set<string>();
  await walk(start, base, segments, 0, dirOnly, out);
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
