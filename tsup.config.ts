import type { Options } from "tsup";
import { defineConfig } from "tsup";

const entries = {
  index: "src/index.ts",
  "scores/index": "src/scores/index.ts",
  "frameworks/index": "src/frameworks/index.ts",
  "demo/index": "src/demo/index.ts",
};

// Declarations are built one entry at a time, so each entry's .d.ts/.d.cts is self-contained.
// (Bundled together, rollup-plugin-dts turns types that live in a shared chunk into values
// inside the `frameworks` namespace declaration: "'CrosswalkBasis' only refers to a type".)
const dtsOnly: Options[] = Object.entries(entries).map(([name, file]) => ({
  entry: { [name]: file },
  format: ["esm", "cjs"],
  dts: { only: true },
  clean: false,
  external: ["zod"],
}));

export default defineConfig([
  {
    entry: entries,
    format: ["esm", "cjs"],
    dts: false,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    external: ["zod"],
  },
  ...dtsOnly,
  {
    entry: { "cli/bin": "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    splitting: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    external: ["zod", "yaml", "csv-parse", "date-fns", "ts-pattern"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
