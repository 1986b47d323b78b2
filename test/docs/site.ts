/**
 * The TypeDoc site, built once for the tests that read it (test/docs/site.test.ts and
 * test/dist/no-internal-notes.test.ts), with the project's own configuration.
 *
 * `npm test` builds the site (`npm run docs`) only after the tests, so the tests build their
 * own copy, in `.tmp/site-check/<hash of the inputs>`: a second test file, or a second run with
 * nothing changed, reuses it. A lock file keeps two test workers from building it at once.
 * Type errors are left to `npm run typecheck` (`--skipErrorChecking`); every TypeDoc warning,
 * a broken link among them, still fails the build.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Every file under a folder, as absolute paths, in a stable order. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A hash of everything the site is built from. */
function inputsHash(): string {
  const h = createHash("sha256");
  const files = [
    ...filesUnder(join(ROOT, "src")),
    ...filesUnder(join(ROOT, "docs")).filter((f) => !relative(ROOT, f).startsWith("docs/site")),
    ...[
      "README.md",
      "typedoc.config.mjs",
      "tsconfig.json",
      "tsconfig.build.json",
      "package.json",
    ].map((f) => join(ROOT, f)),
  ];
  for (const f of files) {
    h.update(relative(ROOT, f));
    h.update(readFileSync(f));
  }
  return h.digest("hex").slice(0, 16);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** True when the lock's owner is gone, or the lock is older than ten minutes. */
function staleLock(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, "utf8"));
    if (Date.now() - statSync(lock).mtimeMs > 600_000) return true;
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

function build(out: string): void {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typedoc/bin/typedoc"), "--skipErrorChecking", "--out", out],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) {
    throw new Error(`TypeDoc failed (exit ${String(r.status)}):\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * The folder of the built site, building it first if its inputs changed.
 *
 * @returns the absolute path of the site's folder
 * @throws with TypeDoc's output when the site does not build (a broken link is an error)
 */
export function builtSite(): string {
  const base = join(ROOT, ".tmp", "site-check");
  mkdirSync(base, { recursive: true });
  const hash = inputsHash();
  const dir = join(base, hash);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, ".built"))) return dir;
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch {
      if (staleLock(lock)) rmSync(lock, { force: true });
      else sleep(500);
      continue;
    }
    writeSync(fd, String(process.pid));
    closeSync(fd);
    try {
      for (const old of readdirSync(base))
        if (!old.startsWith(hash)) rmSync(join(base, old), { recursive: true, force: true });
      const tmp = `${dir}.${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      build(tmp);
      writeFileSync(join(tmp, ".built"), hash);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
