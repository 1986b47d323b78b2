/**
 * Time the dataset-wide scorers on generated datasets of 10^4, 10^5 and 10^6 activities and
 * print microseconds per activity. Run with `npx tsx scripts/bench-scores.ts` (add `--quick`
 * to skip 10^6; generating 10^6 activities takes tens of seconds and a few GB of memory).
 */
import { generateDataset } from "../src/demo/index.js";
import type { Dataset } from "../src/model/dataset.js";
import { gripp2Completeness } from "../src/scores/gripp2-completeness.js";
import { impact } from "../src/scores/impact.js";
import { involvementDepth } from "../src/scores/involvement-depth.js";
import { payments } from "../src/scores/payments.js";
import { strategy } from "../src/scores/strategy.js";

type Run = (ds: Dataset) => unknown;
const scorers: [string, Run, number][] = [
  ["payments", (ds) => payments(ds, { period: "2025-26" }), 1_000_000],
  ["impact", (ds) => impact(ds, { period: "2025-26" }), 1_000_000],
  ["strategy", (ds) => strategy(ds, { period: "2025-26" }), 1_000_000],
  ["involvementDepth", (ds) => involvementDepth(ds, { project: "p-001" }), 1_000_000],
  [
    "gripp2Completeness",
    (ds) => gripp2Completeness(ds, { project: "p-001", form: "long" }),
    1_000_000,
  ],
];

function time(fn: () => unknown, reps: number): number {
  fn(); // warm up
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

const sizes = process.argv.includes("--quick") ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const rows: string[] = [
  "| activities | scorer | ms per call | µs per activity |",
  "|---:|---|---:|---:|",
];
for (const n of sizes) {
  const g0 = performance.now();
  const ds = generateDataset({ seed: 7, activities: n, contributors: Math.max(90, n / 10) });
  const gen = performance.now() - g0;
  console.log(
    `generated ${n} activities (${ds.payments.length} payments, ${ds.impacts.length} impacts) in ${(gen / 1000).toFixed(1)} s`,
  );
  for (const [name, run, max] of scorers) {
    if (n > max) continue;
    const reps = n >= 1_000_000 ? 2 : n >= 100_000 ? 5 : 20;
    const ms = time(() => run(ds), reps);
    rows.push(`| ${n} | ${name} | ${ms.toFixed(1)} | ${((1000 * ms) / n).toFixed(3)} |`);
  }
}
console.log(rows.join("\n"));
