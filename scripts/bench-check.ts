/**
 * Time checkDataset on generated datasets of about 10^5 and 10^6 records and print the time per
 * record at each size. Run: `npx tsx scripts/bench-check.ts` (give Node room for the larger
 * dataset: `NODE_OPTIONS=--max-old-space-size=8192`).
 *
 * "Records" counts every top-level entity in every collection (activities, payments,
 * contributors, feedback, impacts, ...), not nested parts such as an activity's contributors.
 */
import { generateDataset } from "../src/demo/index.js";
import type { Dataset } from "../src/model/dataset.js";
import { checkDataset } from "../src/rules/index.js";

function records(ds: Dataset): number {
  let n = 0;
  for (const v of Object.values(ds)) if (Array.isArray(v)) n += v.length;
  return n;
}

/** Activities needed for about `target` records, from a small sample's ratio. */
function activitiesFor(target: number): number {
  const sample = generateDataset({ seed: 1, activities: 10_000, contributors: 2_000 });
  return Math.round((target / records(sample)) * 10_000);
}

const rows: string[] = [];
for (const target of [100_000, 1_000_000]) {
  const activities = activitiesFor(target);
  const ds = generateDataset({
    seed: 1,
    activities,
    contributors: Math.max(90, Math.round(activities / 5)),
  });
  const n = records(ds);
  checkDataset(ds); // warm-up (JIT), not timed
  const runs = target >= 1_000_000 ? 3 : 5;
  const times: number[] = [];
  let diagnostics = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    diagnostics = checkDataset(ds).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  rows.push(
    `${String(n).padStart(9)} records (${activities} activities): median ${median.toFixed(0)} ms over ${runs} runs, ${((median / n) * 1000).toFixed(2)} µs/record, ${diagnostics} diagnostics`,
  );
  process.stdout.write(`${rows[rows.length - 1]}\n`);
}
