#!/usr/bin/env node
// Prints vitest's totals as one plain closing line ("N passed, N failed, N skipped") so CI
// logs state how many tests ran.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".tmp/vitest-results.json";
const r = JSON.parse(readFileSync(file, "utf8"));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
process.stdout.write(
  `vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped\n`,
);
if (r.numTotalTests === 0) {
  process.stderr.write("no tests ran\n");
  process.exit(1);
}
