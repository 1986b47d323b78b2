import { bench, describe } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { checkDataset } from "../../src/rules/index.js";

/**
 * checkDataset at about 10^5 and 10^6 records ("records" = every top-level entity in every
 * collection). Compare the per-record times of the two sizes: near-linear growth means a ratio
 * close to 1. `scripts/bench-check.ts` prints the µs-per-record figures directly.
 */
function records(ds: Dataset): number {
  let n = 0;
  for (const v of Object.values(ds)) if (Array.isArray(v)) n += v.length;
  return n;
}

/** About 6 records per activity in generated data (measured by scripts/bench-check.ts). */
const RECORDS_PER_ACTIVITY = 6;

for (const target of [100_000, 1_000_000]) {
  const activities = Math.round(target / RECORDS_PER_ACTIVITY);
  const ds = generateDataset({
    seed: 1,
    activities,
    contributors: Math.max(90, Math.round(activities / 5)),
  });
  describe(`checkDataset, ${records(ds)} records`, () => {
    bench(
      `${records(ds)} records`,
      () => {
        checkDataset(ds);
      },
      { iterations: target >= 1_000_000 ? 2 : 5, warmupIterations: 1 },
    );
  });
}
