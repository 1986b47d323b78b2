/**
 * Build something once per set of inputs, for every test worker that needs it: the first to
 * ask builds it into `<base>/<hash>`, the others wait on a lock file and reuse the result, and
 * a later run with the same inputs reuses it too. Older builds under `base` are removed.
 */
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
import { join } from "node:path";

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

/**
 * The folder `<base>/<hash>`, built by `make` into a fresh folder first unless it exists.
 *
 * @param base - the folder that holds the builds
 * @param hash - a hash of the inputs
 * @param make - writes the build into the folder it is given (which exists and is empty)
 * @returns the absolute path of the built folder
 */
export function buildOnce(base: string, hash: string, make: (dir: string) => void): string {
  mkdirSync(base, { recursive: true });
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
      mkdirSync(tmp, { recursive: true });
      make(tmp);
      writeFileSync(join(tmp, ".built"), hash);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
