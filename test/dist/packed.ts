/**
 * The package as users get it: `npm pack` of the build, unpacked as `node_modules/ppie` of a
 * throwaway consumer project whose other dependencies are linked from this repository's
 * `node_modules` (as scripts/check-package.mjs does), and an empty tsconfig.json of its own. Packed once per build, for every test
 * file that asks (test/build-once.ts), in `.tmp/packed/<hash of the build>`.
 *
 * Needs the build (`npx tsup`; `npm test` builds first).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildOnce } from "../build-once.js";
import { filesUnder, ROOT } from "../docs/site.js";

/** What `npm pack --json` says about the tarball. */
export interface PackInfo {
  filename: string;
  /** bytes of the gzipped tarball */
  size: number;
  /** bytes unpacked */
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

/** The packed package and its consumer project. */
export interface Packed {
  /** the tarball */
  tarball: string;
  /** the consumer project: `node_modules/ppie` is the unpacked tarball */
  consumer: string;
  info: PackInfo;
}

/** The runtime dependencies and the peer dependency, linked into the consumer. */
const LINKED = ["zod", "date-fns", "ts-pattern", "yaml", "fflate"];

function inputsHash(): string {
  const h = createHash("sha256");
  const files = [
    ...filesUnder(join(ROOT, "dist")),
    ...filesUnder(join(ROOT, "docs")).filter((f) => f.endsWith(".md")),
    ...["package.json", "README.md", "LICENSE"].map((f) => join(ROOT, f)).filter(existsSync),
  ];
  for (const f of files) {
    h.update(relative(ROOT, f));
    h.update(readFileSync(f));
  }
  return h.digest("hex").slice(0, 16);
}

function make(dir: string): void {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const info = (JSON.parse(out) as PackInfo[])[0] as PackInfo;
  writeFileSync(join(dir, "pack.json"), JSON.stringify(info, null, 2));
  const consumer = join(dir, "consumer");
  const nm = join(consumer, "node_modules");
  mkdirSync(join(nm, "ppie"), { recursive: true });
  execFileSync("tar", [
    "-xzf",
    join(dir, info.filename),
    "-C",
    join(nm, "ppie"),
    "--strip-components=1",
  ]);
  for (const dep of LINKED) symlinkSync(join(ROOT, "node_modules", dep), join(nm, dep), "dir");
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  // Its own tsconfig: without one, esbuild would find this repository's, whose `paths` send
  // `ppie` to src/ (test/dist/bundle.ts also names this one).
  writeFileSync(join(consumer, "tsconfig.json"), "{}\n");
}

/**
 * The packed build in a consumer project, packing it first if the build changed.
 *
 * @returns the tarball, the consumer project and what npm said about the tarball
 * @throws when the build is missing
 */
export function packed(): Packed {
  if (!existsSync(join(ROOT, "dist/index.js")))
    throw new Error("dist/ is missing: run `npx tsup` (npm test builds it) first.");
  const dir = buildOnce(join(ROOT, ".tmp", "packed"), inputsHash(), make);
  const info = JSON.parse(readFileSync(join(dir, "pack.json"), "utf8")) as PackInfo;
  return { tarball: join(dir, info.filename), consumer: join(dir, "consumer"), info };
}
