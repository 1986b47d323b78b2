import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { buildSync } from "esbuild";
import { defineConfig } from "tsup";

/** The public entries: `ppie`, `ppie/scores`, `ppie/frameworks`, `ppie/demo`, `ppie/io`. */
const entries = {
  index: "src/index.ts",
  "scores/index": "src/scores/index.ts",
  "frameworks/index": "src/frameworks/index.ts",
  "demo/index": "src/demo/index.ts",
  "io/index": "src/io/index.ts",
};

const SRC = resolve(import.meta.dirname, "src");

/**
 * The catalogue of diagnostic codes reads the CLI's tables (`src/cli/config-codes.ts`,
 * `src/cli/folder-codes.ts`), and the CLI reads it (the rules of `--reporter sarif`): it is
 * bundled into the CLI with them, not built as a module of the library (whose build has no
 * `cli/` modules for it to import).
 */
const CLI_SIDE = "diagnostics-catalogue";

/**
 * Every module the entries and the CLI reach at run time, but the CLI's own (bundled into
 * dist/cli/bin.js, with the catalogue of codes): not what only scripts use.
 */
function modulesOfEntries(): string[] {
  const { metafile } = buildSync({
    entryPoints: [...Object.values(entries), "src/cli/bin.ts"],
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    format: "esm",
    outdir: "unused",
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs).filter(
    (f) => f.startsWith("src/") && !f.startsWith("src/cli/") && f !== `src/${CLI_SIDE}.ts`,
  );
}

/**
 * The CLI's imports of the library (`../../reports/index.js` from `src/cli/commands/`) stay
 * imports, of the same module in the ESM build (`../reports/index.js` from `dist/cli/bin.js`):
 * the CLI bundle holds only the CLI, and runs on the package's own modules.
 */
const libraryExternal: Plugin = {
  name: "library-external",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(SRC) || target.startsWith(resolve(SRC, "cli"))) return null;
      if (target === resolve(SRC, `${CLI_SIDE}.js`)) return null;
      return { path: `../${relative(SRC, target)}`, external: true };
    });
  },
};

export default defineConfig([
  {
    // ESM, one file per module, as the source is laid out: bundlers see `export * as scores`
    // and each module's own imports, and keep only what a user's code reaches. Every module
    // but the CLI's; declarations come from tsc beside each file (see onSuccess).
    entry: modulesOfEntries(),
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: true,
    target: "es2022",
    // Declarations: one file per module, once, in dist/types (tsconfig.dts.json), a folder
    // of CommonJS declarations (ESM may import CommonJS; the reverse fails under node16).
    // Each entry's `.d.ts` (import) and `.d.cts` (require) is one line re-exporting them.
    onSuccess: async () => {
      const tsc = resolve("node_modules/typescript/bin/tsc");
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.dts.json"], { stdio: "inherit" });
      writeFileSync("dist/types/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
      for (const name of Object.keys(entries)) {
        const up = "../".repeat(name.split("/").length - 1) || "./";
        const line = `export * from "${up}types/${name}.js";\n`;
        writeFileSync(`dist/${name}.d.ts`, line);
        writeFileSync(`dist/${name}.d.cts`, line);
      }
    },
  },
  {
    // CommonJS for `require`: the entries bundled, with shared code in chunks.
    entry: entries,
    format: ["cjs"],
    dts: false,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    target: "es2022",
    external: ["zod"],
  },
  {
    entry: { "cli/bin": "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    splitting: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    external: ["zod", "yaml", "date-fns", "ts-pattern"],
    esbuildPlugins: [libraryExternal],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
