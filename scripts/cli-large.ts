/**
 * Scale check for the CLI: write a generated dataset of 10^5 activities as a CSV folder under
 * .tmp/ (with `ppie demo --activities N --csv <dir>`), then run the built CLI's `validate` on it as a child process and report the wall time
 * and the peak memory (maximum resident set size) of that process.
 *
 *   npx tsup && npx tsx scripts/cli-large.ts [activities=100000]
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "dist/cli/bin.js");
const activities = Number(process.argv[2] ?? 100_000);
const dir = join(ROOT, ".tmp", `large-csv-${activities}`);

if (!existsSync(BIN)) throw new Error("Build the CLI first: npx tsup");

// Write it with the CLI itself: ppie demo generates the dataset and writes its CSV folder.
let t = performance.now();
rmSync(dir, { recursive: true, force: true });
const contributors = Math.max(90, Math.round(activities / 20));
const written = spawnSync(
  process.execPath,
  [
    BIN,
    "demo",
    "--seed",
    "1",
    "--no-gaps",
    "--activities",
    String(activities),
    "--contributors",
    String(contributors),
    "--csv",
    dir,
  ],
  { encoding: "utf8" },
);
if (written.status !== 0) throw new Error(`ppie demo --csv failed:\n${written.stderr}`);
const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
console.log(
  `Generated ${activities.toLocaleString("en-GB")} activities and wrote them as CSV (${(bytes / 1e6).toFixed(1)} MB) to ${dir} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
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
