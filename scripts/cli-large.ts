/**
 * Scale check for the CLI: write a generated dataset of 10^5 activities as a CSV folder under
 * .tmp/, then run the built CLI's `validate` on it as a child process and report the wall time
 * and the peak memory (maximum resident set size) of that process.
 *
 *   npx tsup && npx tsx scripts/cli-large.ts [activities=100000]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeLines } from "../src/cli/commands/init.js";
import { datasetToCsv } from "../src/cli/csv.js";
import { generateDataset } from "../src/demo/index.js";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "dist/cli/bin.js");
const activities = Number(process.argv[2] ?? 100_000);
const dir = join(ROOT, ".tmp", `large-csv-${activities}`);

if (!existsSync(BIN)) throw new Error("Build the CLI first: npx tsup");

let t = performance.now();
const ds = generateDataset({
  seed: 1,
  activities,
  contributors: Math.max(90, Math.round(activities / 20)),
});
console.log(
  `Generated ${activities.toLocaleString("en-GB")} activities in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

t = performance.now();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let rows = 0;
for (const { file, lines } of datasetToCsv(ds)) {
  await writeLines(
    join(dir, file),
    (function* () {
      for (const line of lines) {
        rows++;
        yield line;
      }
    })(),
  );
}
const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
console.log(
  `Wrote ${rows.toLocaleString("en-GB")} CSV lines (${(bytes / 1e6).toFixed(1)} MB) to ${dir} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

// Measure the CLI alone, in its own process, with GNU time when present.
const gnuTime = existsSync("/usr/bin/time");
const cmd = gnuTime ? "/usr/bin/time" : process.execPath;
const args = gnuTime
  ? ["-v", process.execPath, BIN, "validate", dir, "--format", "json"]
  : [BIN, "validate", dir, "--format", "json"];
t = performance.now();
const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
const seconds = (performance.now() - t) / 1000;
const out = JSON.parse(r.stdout) as { ok: boolean; counts: Record<string, number> };
const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "")?.[1];
console.log(
  `ppie validate: exit ${r.status}, ${JSON.stringify(out.counts)}, ${seconds.toFixed(1)} s wall`,
);
console.log(
  rss
    ? `Peak memory (max RSS): ${(Number(rss) / 1024).toFixed(0)} MB`
    : "Peak memory: /usr/bin/time not available",
);
