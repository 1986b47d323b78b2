import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { Report } from "../../src/reports/index.js";
import { buildReport } from "../../src/reports/index.js";
import type { Score } from "../../src/scores/score.js";
import { scoreDataset } from "../../src/scores/registry.js";
import type { Comparison, ScoreLike } from "../report-figures.js";
import { agree, comparisons } from "../report-figures.js";

/**
 * One answer to one question: for every measure a report shows, the figure in the report and
 * `scoreDataset` with the same data and options are the same number, for generated datasets of
 * many seeds and for many periods (the default period included). The figures compared are the
 * list in test/report-figures.ts, which the command-line test (test/cli/one-answer.test.ts)
 * checks through `ppie score` and `ppie report` too.
 */

const AT = "2026-04-01T09:00:00Z";

function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key) as T;
  };
}

/** Compare every figure of `list` on one dataset; returns how many numbers were compared. */
function compareAll(ds: Dataset, list: readonly Comparison[]): number {
  const report = memo((key): Report => {
    const { kind, options } = JSON.parse(key) as Comparison["report"];
    const r = buildReport(kind, ds, { generatedAt: AT, ...options });
    if (!r.ok) throw new Error(`${kind}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
    return r.value;
  });
  const score = memo((key): Score => {
    const { id, options } = JSON.parse(key) as Comparison["measure"];
    const r = scoreDataset(id, ds, options);
    if (!r.ok) throw new Error(`${id}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
    return r.value;
  });
  let compared = 0;
  for (const c of list) {
    compared += agree(
      c,
      report(JSON.stringify(c.report)),
      score(JSON.stringify(c.measure)) as ScoreLike,
    );
  }
  return compared;
}

const PERIODS = [undefined, "2024-25", "2025-26", "2025-26-Q3", "2025", "2024-10-01..2025-09-30"];

const cases = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  period: fc.constantFrom(...PERIODS),
  size: fc.constantFrom(40, 120),
});

describe("the registry and the reports give one answer", () => {
  test.prop([cases], { numRuns: 25 })(
    "for every measure a report shows",
    ({ seed, period, size }) => {
      const ds = generateDataset({ seed, activities: size, contributors: Math.max(12, size / 3) });
      const projects = ds.projects.slice(0, 2).map((p) => p.id);
      const compared = compareAll(ds, comparisons([period], projects));
      // the comparison is not vacuous: most figures are shown as numbers
      expect(compared).toBeGreaterThan(5);
    },
  );
});
