import { defineConfig } from "vitest/config";

const setupFiles = ["./test/setup/no-console.ts"];

export default defineConfig({
  test: {
    // Vitest's default in a run is one worker fewer than the cores, which on a 2-core machine is
    // one: the whole suite ran file by file (569 s). Every core it is.
    maxWorkers: "100%",
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "node_modules/**"],
          setupFiles,
          testTimeout: 60_000,
          benchmark: { include: [] },
        },
      },
      {
        test: {
          name: "prop",
          include: ["test/**/*.test-prop.ts"],
          setupFiles,
          testTimeout: 120_000,
          benchmark: { include: [] },
        },
      },
      {
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
          benchmark: { include: [] },
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          setupFiles,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          benchmark: { include: [] },
        },
      },
      {
        // Benchmarks only run with `npm run bench`, one file at a time so they do not compete.
        test: {
          name: "bench",
          include: [],
          fileParallelism: false,
          benchmark: { include: ["test/bench/**/*.bench.ts"] },
        },
      },
    ],
  },
});
