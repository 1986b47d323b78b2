import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import type { MeasureId } from "../../src/scores/registry.js";
import { MEASURE_IDS } from "../../src/scores/registry.js";
import type { Comparison, ReportLike, ScoreLike } from "../report-figures.js";
import { agree, comparisons, describeComparison, FIGURES } from "../report-figures.js";
import type { Run } from "./helpers.js";
import { runBin, runMain, tempDir } from "./helpers.js";

/**
 * The acceptance criterion, through the command line: on the demo and on generated
 * datasets, for every registered measure a report shows and for the default period and named
 * ones, `ppie score <m> --period P --format json` gives the number `ppie report <kind> --period P
 * --format json` shows for it. The figures are the list in test/report-figures.ts (the property
 * test test/property/one-answer.test-prop.ts checks the same list in-process). The commands run
 * in-process through `main`, as the bin does, and one case runs the built bin.
 */

/** Which measures the report builders ask the registry for, while `reporting` is true. */
const asked = vi.hoisted(() => ({ reporting: false, measures: new Set<string>() }));
vi.mock("../../src/scores/registry.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/scores/registry.js")>();
  const scoreDataset = ((measure: string, ...rest: unknown[]) => {
    if (asked.reporting) asked.measures.add(measure);
    return (real.scoreDataset as (...a: unknown[]) => unknown)(measure, ...rest);
  }) as typeof real.scoreDataset;
  return { ...real, scoreDataset };
});

/** Measures of the registry that no report shows (so `ppie score` is their only answer). */
const NOT_IN_A_REPORT: readonly MeasureId[] = ["readability", "coproduction", "standards"];

/**
 * Figures that disclosure control hides (`null` in the report) on every dataset here at the
 * default threshold (tre-10): their ukhsa-5 versions are compared instead. Age is hidden under
 * ukhsa-5 too, as reports add secondary suppression to every preset and each of the census's
 * two adult bands then holds a hidden age band; test/reports/disclosure.test.ts compares it
 * on a dataset whose age bands are all large enough.
 */
const HIDDEN_AT_DEFAULT: readonly string[] = [
  "representation age",
  "representation imd-decile",
  "representation age ukhsa-5",
];

const PERIODS = [undefined, "2024-25", "2025-26", "2025-26-Q3"];
const ENV = { SOURCE_DATE_EPOCH: "1775034000" };

interface Case {
  name: string;
  /** The dataset's file, written on first use; none for the embedded demo dataset. */
  file: () => string | undefined;
  projects: string[];
}

const dir = tempDir();

/** The demo (no file: the embedded dataset), and generated datasets written to JSON files. */
const DATASETS: readonly Case[] = [
  { name: "the demo dataset", file: () => undefined, projects: ["p-001", "p-002"] },
  // the last has few projects, so that a project has enough PEIRS-22 respondents to show a mean
  ...(
    [
      [7, 60, 20, undefined],
      [42, 120, 40, undefined],
      [2025, 200, 60, 2],
    ] as const
  ).map(([seed, activities, contributors, projects]): Case => {
    const file = join(dir, `generated-${seed}.json`);
    return {
      name: `generateDataset({ seed: ${seed}, activities: ${activities} })`,
      file: () => {
        if (existsSync(file)) return file;
        const opts = { seed, activities, contributors };
        const ds = generateDataset(projects === undefined ? opts : { ...opts, projects });
        writeFileSync(file, JSON.stringify(ds));
        return file;
      },
      projects: ["p-001", "p-002"],
    };
  }),
];

/** Command-line flags for report or measure options: `{ period: "2025-26" }` is `--period 2025-26`. */
function flags(options: Readonly<Record<string, string>>): string[] {
  return Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
}

function parsed<T>(args: readonly string[], r: Run): T {
  expect(r.code, `ppie ${args.join(" ")}\n${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** Numbers compared, by measure and by figure. */
const byMeasure = new Map<string, number>();
const byFigure = new Map<string, number>();
let total = 0;
let comparisonsRun = 0;

async function compareOn(ds: Case, list: readonly Comparison[]): Promise<number> {
  const path = ds.file();
  const file = path === undefined ? [] : [path];
  const reports = new Map<string, ReportLike>();
  const scores = new Map<string, ScoreLike>();
  let compared = 0;
  for (const c of list) {
    const reportArgs = ["report", c.report.kind, ...file, "--format", "json"];
    reportArgs.push(...flags(c.report.options));
    const scoreArgs = ["score", c.measure.id, ...file, "--format", "json"];
    scoreArgs.push(...flags(c.measure.options));
    const rKey = reportArgs.join(" ");
    const sKey = scoreArgs.join(" ");
    if (!reports.has(rKey)) {
      asked.reporting = true;
      const r = await runMain(reportArgs, { env: ENV });
      asked.reporting = false;
      reports.set(rKey, parsed<ReportLike>(reportArgs, r));
    }
    if (!scores.has(sKey))
      scores.set(sKey, parsed<ScoreLike>(scoreArgs, await runMain(scoreArgs, { env: ENV })));
    const n = agree(c, reports.get(rKey) as ReportLike, scores.get(sKey) as ScoreLike);
    compared += n;
    comparisonsRun += 1;
    byMeasure.set(c.measure.id, (byMeasure.get(c.measure.id) ?? 0) + n);
    byFigure.set(c.figure.name, (byFigure.get(c.figure.name) ?? 0) + n);
  }
  total += compared;
  return compared;
}

describe("ppie score and ppie report give one answer", () => {
  for (const ds of DATASETS) {
    it(`on ${ds.name}, for every figure, the default period and named ones`, async () => {
      const list = comparisons(PERIODS, ds.projects);
      const compared = await compareOn(ds, list);
      // not vacuous: well over a hundred numbers shown and computed on each dataset
      expect(list.length, ds.name).toBeGreaterThan(150);
      expect(compared, ds.name).toBeGreaterThan(150);
    });
  }

  it("with --as-of, on the demo dataset: the default period it decides is the same for both", async () => {
    const list = comparisons([undefined], ["p-001", "p-002"])
      .filter((c) => c.figure.period === "any")
      .map(
        (c): Comparison => ({
          ...c,
          report: { ...c.report, options: { ...c.report.options, "as-of": "2025-06-30" } },
          measure: { ...c.measure, options: { ...c.measure.options, "as-of": "2025-06-30" } },
        }),
      );
    expect(list.length).toBeGreaterThan(30);
    expect(await compareOn(DATASETS[0] as Case, list)).toBeGreaterThan(30);
  });

  it("compared every measure a report shows, and the reports show no other", () => {
    const shown = new Set(FIGURES.map((f) => f.measure));
    // every measure the report builders asked the registry for has figures in the list
    expect([...asked.measures].filter((m) => !shown.has(m as MeasureId))).toEqual([]);
    expect([...shown].sort()).toEqual(
      MEASURE_IDS.filter((m) => !NOT_IN_A_REPORT.includes(m)).sort(),
    );
    for (const m of shown) expect(byMeasure.get(m) ?? 0, m).toBeGreaterThan(0);
    for (const f of FIGURES) {
      if (HIDDEN_AT_DEFAULT.includes(f.name)) continue;
      expect(byFigure.get(f.name) ?? 0, f.name).toBeGreaterThan(0);
    }
    expect(comparisonsRun).toBeGreaterThan(700);
    expect(total).toBeGreaterThan(700);
  });
});

describe("ppie score and ppie report give one answer (built CLI, child process)", () => {
  it("a project's payments in a named period", () => {
    const project = demoDataset.projects[0]?.id as string;
    const [c] = comparisons(["2025-26"], [project]).filter(
      (x) => x.figure.name === "project payments",
    );
    if (c === undefined) throw new Error("no project payments figure");
    const reportArgs = ["report", c.report.kind, "--format", "json", ...flags(c.report.options)];
    const scoreArgs = ["score", c.measure.id, "--format", "json", ...flags(c.measure.options)];
    const report = parsed<ReportLike>(reportArgs, runBin(reportArgs, { env: ENV }));
    const score = parsed<ScoreLike>(scoreArgs, runBin(scoreArgs, { env: ENV }));
    expect(agree(c, report, score), describeComparison(c)).toBe(2);
  });
});
