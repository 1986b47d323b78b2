/**
 * The TypeDoc site, built once for the tests that read it (test/docs/site.test.ts and
 * test/dist/no-internal-notes.test.ts), with the project's own configuration.
 *
 * `npm test` builds the site (`npm run docs`) only after the tests, so the tests build their
 * own copy, in `.tmp/site-check/<hash of the inputs>`: a second test file, or a second run with
 * nothing changed, reuses it (test/build-once.ts: one worker builds, the others wait).
 * Type errors are left to `npm run typecheck` (`--skipErrorChecking`); every TypeDoc warning,
 * a broken link among them, still fails the build.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { buildOnce } from "../build-once.js";

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
      "scripts/typedoc-plugin-search.mjs",
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
  return buildOnce(join(ROOT, ".tmp", "site-check"), inputsHash(), build);
}
