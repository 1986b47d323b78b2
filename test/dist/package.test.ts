/**
 * What `npm publish` would upload, reviewed: `npm pack --dry-run` lists only the licence, the
 * README, package.json and the build; the build holds one ESM file and one declaration file
 * per library module (declarations once, not once per entry and format), the CommonJS bundle,
 * and a CLI bundle that runs on the library's own modules instead of carrying a copy of them.
 *
 * Needs the build (`npx tsup`; `npm test` builds first).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../docs/site.js";
import type { PackInfo } from "./packed.js";
import { packed } from "./packed.js";

/**
 * Ceilings for the tarball, in bytes, with room for the library to grow. Measured 708,722
 * (2,819,802 unpacked) when pinned, down from 1,261,071 (5,594,944) when every entry carried
 * its own declarations twice and the CLI its own copy of the library; 906,674 (3,519,279)
 * once the package shipped its guides for `ppie help <topic>` (docs/*.md and docs/measures/*.md:
 * 498,669 bytes of Markdown, about 143,000 gzipped); 1,028,025 (3,938,844) once workbooks came
 * (the reader and writer in both builds, the workbook guides); 1,131,342 (4,346,237) once the
 * engagement and listening reports, seldom-heard reach and their guides came.
 */
const TARBALL_MAX = 1_200_000;
const UNPACKED_MAX = 4_600_000;
/**
 * The CLI bundle: measured 115,776 bytes when pinned (815,249 with its copy of the library);
 * 163,160 with standard input, glob patterns, the GitHub and SARIF reporters, ppie.config.json
 * and `ppie help <topic>`; the catalogue of codes, bundled for SARIF's rules, adds about 8,300.
 */
const CLI_MAX = 185_000;

const ENTRIES = ["index", "scores/index", "frameworks/index", "demo/index", "io/index"];

let info: PackInfo;
let consumer = "";
beforeAll(() => {
  expect(existsSync(join(ROOT, "dist/index.js")), "run `npx tsup` first").toBe(true);
  const out = execFileSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  info = (JSON.parse(out) as PackInfo[])[0] as PackInfo;
  consumer = packed().consumer;
}, 300_000);

/** Why a packed file should not be there, or undefined when it belongs. */
function stray(path: string): string | undefined {
  if (["LICENSE", "README.md", "package.json"].includes(path)) return undefined;
  if (path === "dist/cli/bin.js" || path === "dist/types/package.json") return undefined;
  // the guides, for `ppie help <topic>` and for the paths the help names
  if (/^docs\/(measures\/)?[\w-]+\.md$/.test(path))
    return existsSync(join(ROOT, path)) ? undefined : "no guide of docs/";
  if (/^dist\/chunk-[A-Z0-9]+\.cjs$/.test(path)) return undefined;
  // the workbook reader, split off the CommonJS build for loadDatasetAsync's import()
  if (/^dist\/read-[A-Z0-9]+\.cjs$/.test(path)) return undefined;
  const entry = /^dist\/(.+)\.(cjs|d\.cts|d\.ts)$/.exec(path);
  if (entry && !path.startsWith("dist/types/") && ENTRIES.includes(entry[1] as string))
    return undefined;
  // one ESM file per module of src/, and one declaration file per module in dist/types
  const module = /^dist\/(?:types\/)?(.+)\.(js|d\.ts)$/.exec(path);
  if (module && !module[1]?.startsWith("cli/")) {
    const isTypes = path.startsWith("dist/types/");
    if ((module[2] === "d.ts") !== isTypes) return "a declaration outside dist/types";
    return existsSync(join(ROOT, "src", `${module[1]}.ts`)) ? undefined : "no module of src/";
  }
  return "not part of the package";
}

describe("the packed package (npm pack --dry-run)", () => {
  it("holds the licence, the README, package.json, the build and the guides, and nothing else", () => {
    const paths = info.files.map((f) => f.path);
    expect(paths).toContain("LICENSE");
    expect(paths).toContain("README.md");
    const bad = paths.flatMap((p) => {
      const why = stray(p);
      return why === undefined ? [] : [`${p}: ${why}`];
    });
    expect(bad).toEqual([]);
  });

  it("is the same list that the tarball the other tests install holds", () => {
    const installed = packed().info.files.map((f) => f.path);
    expect(installed.sort()).toEqual(info.files.map((f) => f.path).sort());
  });

  it(`stays under ${TARBALL_MAX} bytes packed and ${UNPACKED_MAX} unpacked`, () => {
    expect(info.size).toBeLessThanOrEqual(TARBALL_MAX);
    expect(info.unpackedSize).toBeLessThanOrEqual(UNPACKED_MAX);
  });

  it("declares each module once: every entry's .d.ts and .d.cts is a one-line re-export", () => {
    for (const name of ENTRIES) {
      for (const ext of ["d.ts", "d.cts"]) {
        const text = readFileSync(join(ROOT, "dist", `${name}.${ext}`), "utf8");
        expect(text, `${name}.${ext}`).toMatch(
          /^export \* from "(\.\.\/|\.\/)types\/[\w/]+\.js";\n$/,
        );
      }
    }
    const types = JSON.parse(readFileSync(join(ROOT, "dist/types/package.json"), "utf8"));
    expect(types).toEqual({ type: "commonjs" });
  });

  it("is MIT licensed, as package.json and the README say", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toMatch(/## Licence\s+MIT\./);
  });

  it("names a repository, an issue tracker or a home page only at a real address", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const field of ["repository", "bugs", "homepage"]) {
      const v = pkg[field];
      if (v === undefined) continue;
      const url: string = typeof v === "string" ? v : v.url;
      expect(url, field).toMatch(/^(git\+)?https:\/\//);
      expect(url, field).not.toMatch(/example\.|\.invalid|localhost/);
    }
  });
});

describe("the CLI bundle", () => {
  it(`holds only the CLI (under ${CLI_MAX} bytes), importing the library's own modules`, () => {
    const bin = readFileSync(join(ROOT, "dist/cli/bin.js"), "utf8");
    expect(bin.length).toBeLessThanOrEqual(CLI_MAX);
    // esbuild marks where each bundled source file starts
    const bundled = [...bin.matchAll(/^\/\/ (src\/\S+)$/gm)].map((m) => m[1] as string);
    expect(bundled.length).toBeGreaterThan(10);
    // and the catalogue of codes (the rules of `--reporter sarif`), which reads the CLI's tables
    const cliSide = (f: string) => f.startsWith("src/cli/") || f === "src/diagnostics-catalogue.ts";
    expect(bundled.filter((f) => !cliSide(f))).toEqual([]);
    const imported = [...bin.matchAll(/from "(\.\.\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(imported.length).toBeGreaterThan(10);
    const packedFiles = new Set(info.files.map((f) => f.path));
    expect(imported.filter((p) => !packedFiles.has(join("dist/cli", p)))).toEqual([]);
  });

  it("runs from the installed tarball", () => {
    const bin = join(consumer, "node_modules/ppie/dist/cli/bin.js");
    const r = spawnSync(process.execPath, [bin, "score", "fft"], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^fft \(2025-26\): \d+\.\d%/);
  });

  it("ppie/io imports no Node built-in anywhere (it runs in browsers, Deno and Bun as it is)", () => {
    const io = info.files
      .map((f) => f.path)
      .filter((p) => /^dist\/(io\/.+\.js|io\/index\.cjs)$/.test(p));
    expect(io).toContain("dist/io/load.js");
    const reached = new Set<string>();
    const todo = ["dist/io/index.js"];
    for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
      if (reached.has(f)) continue;
      reached.add(f);
      const text = readFileSync(join(ROOT, f), "utf8");
      expect(text, f).not.toMatch(
        /from\s*["']node:|require\(["']node:|from\s*["'](fs|path|stream|buffer)["']/,
      );
      for (const m of text.matchAll(/from\s*"(\.{1,2}\/[^"]+)"/g))
        todo.push(join(f, "..", m[1] as string).replace(/^\.\//, ""));
    }
    expect(reached.size).toBeGreaterThan(5);
    for (const f of io) expect(readFileSync(join(ROOT, f), "utf8"), f).not.toMatch(/["']node:/);
    const run = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { loadDataset } from "ppie/io"; const r = loadDataset({ name: "contributors.csv", data: new TextEncoder().encode("id,roles\\nc-1,patient\\n") }); console.log(r.ok, r.ok && r.value.contributors[0].id);',
      ],
      { cwd: consumer, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("true c-1");
  });
});
