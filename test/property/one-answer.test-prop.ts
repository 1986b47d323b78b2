import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { Block, MetricBlock, Report } from "../../src/reports/index.js";
import { buildReport } from "../../src/reports/index.js";
import {
  REPRESENTATION_DIMENSION_IDS,
  representationDimension,
} from "../../src/scores/representation-dataset.js";
import type { MeasureId, MeasureOptions } from "../../src/scores/registry.js";
import { scoreDataset } from "../../src/scores/registry.js";

/**
 * One answer to one question: for every measure a report shows, the figure in the report and
 * `scoreDataset` with the same data and options are the same number, for generated datasets of
 * many seeds and for many periods (the default period included).
 */

const AT = "2026-04-01T09:00:00Z";

function metrics(report: Report): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) if (b.type === "metric") out.set(b.id, (b as MetricBlock).value);
  };
  walk(report.sections);
  return out;
}

function built(
  kind: Parameters<typeof buildReport>[0],
  ds: Dataset,
  opts: Record<string, unknown>,
) {
  const r = buildReport(kind, ds, { generatedAt: AT, ...opts });
  if (!r.ok) throw new Error(`${kind}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return metrics(r.value);
}

function score<M extends MeasureId>(measure: M, ds: Dataset, opts: MeasureOptions<M>) {
  const r = scoreDataset(measure, ds, opts);
  if (!r.ok) throw new Error(`${measure}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return r.value;
}

/** A report's figure agrees with the measure's when the report shows one (a hidden one is `null`). */
let compared = 0;
function agree(shown: number | null | undefined, computed: number | null): void {
  expect(shown).not.toBeUndefined();
  if (shown === null) return;
  expect(shown).toBe(computed);
  if (computed !== null) compared += 1;
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
      compared = 0;
      const ds = generateDataset({ seed, activities: size, contributors: Math.max(12, size / 3) });
      const p = period === undefined ? {} : { period };

      const strategy = built("strategy", ds, p);
      agree(strategy.get("strategy-overall"), score("strategy", ds, p).value);

      const impact = built("impact", ds, p);
      const imp = score("impact", ds, p).components;
      agree(impact.get("impact-records"), imp.records);
      agree(impact.get("impact-outcome-share"), imp.outcomeShare);
      agree(impact.get("impact-loop-closed"), imp.loopClosedShare);

      const feedback = built("feedback", ds, p);
      if (feedback.has("fft-positive"))
        agree(feedback.get("fft-positive"), score("fft", ds, p).value);
      if (feedback.has("peirs22-mean")) {
        agree(feedback.get("peirs22-mean"), score("peirs22", ds, p).components.mean);
      }

      const rep = built("representation", ds, p);
      for (const dimension of REPRESENTATION_DIMENSION_IDS) {
        const id = `dissimilarity-${representationDimension(dimension).key}`;
        if (!rep.has(id)) continue;
        agree(rep.get(id), score("representation", ds, { ...p, dimension }).value);
      }

      for (const project of ds.projects.slice(0, 2)) {
        const pr = built("project", ds, { ...p, project: project.id });
        const scope =
          period === undefined ? { project: project.id } : { project: project.id, period };
        // a project report without a period covers the project to date, as involvement-depth does
        if (period !== undefined) {
          agree(pr.get("project-depth-index"), score("involvement-depth", ds, scope).value);
          agree(pr.get("project-paid"), score("payments", ds, scope).value);
          agree(pr.get("project-peirs22"), score("peirs22", ds, scope).components.mean);
        }
        const g = built("gripp2", ds, { project: project.id });
        agree(
          g.get("gripp2-completeness"),
          score("gripp2-completeness", ds, { project: project.id }).value,
        );
      }
      // the comparison is not vacuous: most figures are shown as numbers
      expect(compared).toBeGreaterThan(5);
    },
  );
});
