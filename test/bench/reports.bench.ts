import { bench, describe } from "vitest";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { render } from "../../src/render/index.js";
import { buildReport } from "../../src/reports/index.js";
import { REPORT_KINDS } from "../../src/reports/report.js";

/**
 * buildReport + render (HTML) for every report kind, on the demo and on a generated dataset of
 * 10^4 activities. Each call gets a new top-level dataset object (`{ ...ds }`, the arrays
 * shared), so the derive stage's per-dataset index is built inside every timed call, as it is for
 * a user's first report: a repeated call on the same object would only measure the cache.
 *
 * `scripts/bench-compare.mjs` runs the same work against an older build, for before/after ratios.
 */
const inputs: readonly [string, Dataset][] = [
  ["demo", demoDataset],
  ["10^4 activities", generateDataset({ seed: 3, activities: 10_000, contributors: 1_000 })],
];

for (const [name, ds] of inputs) {
  describe(`buildReport + render, ${name}`, () => {
    for (const kind of REPORT_KINDS) {
      bench(kind, () => {
        const r = buildReport(
          kind,
          { ...ds },
          {
            period: "2025-26",
            project: "p-001",
            generatedAt: "2026-04-01T09:00:00Z",
          },
        );
        if (!r.ok) throw new Error(`${kind} report failed: ${r.diagnostics[0]?.message}`);
        render(r.value, "html");
      });
    }
  });
}
