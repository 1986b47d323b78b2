import { bench, describe } from "vitest";
import { generateDataset } from "../../src/demo/generate.js";
import { DatasetSchema } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";

// parseDataset against a bare safeParse of the same data (target: at most 1.3x), at two sizes
// so the cost per record can be compared. For 10^6 see scripts/bench-parse.ts.
for (const n of [10_000, 100_000]) {
  const ds = generateDataset({ seed: 11, activities: n, contributors: n / 10 });
  describe(`${n} activities`, () => {
    bench(
      "DatasetSchema.safeParse",
      () => {
        DatasetSchema.safeParse(ds);
      },
      { iterations: 5, time: 0 },
    );
    bench(
      "parseDataset",
      () => {
        parseDataset(ds);
      },
      { iterations: 5, time: 0 },
    );
  });
}
