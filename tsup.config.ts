import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "scores/index": "src/scores/index.ts",
      "frameworks/index": "src/frameworks/index.ts",
      "demo/index": "src/demo/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
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
    external: ["zod", "yaml", "csv-parse", "date-fns", "ts-pattern"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
