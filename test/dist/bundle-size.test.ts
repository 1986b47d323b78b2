/**
 * What a browser user downloads: a few lines importing from ppie, bundled from a consumer
 * project that installed the packed tarball (test/dist/packed.ts), with esbuild and with
 * rollup, minified and gzipped (test/dist/bundle.ts). Not from the source: this repository's
 * tsconfig `paths` map `ppie/*` to `src/`, which a bundler run here would follow.
 *
 * Every ceiling is pinned here, in kB of 1024 bytes, and holds for both bundlers; a new export
 * of `ppie/scores` needs its own. The README states the first two figures (checked below).
 *
 * Needs the build (`npx tsup`; `npm test` builds first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../docs/site.js";
import type { Bundler } from "./bundle.js";
import { bundle } from "./bundle.js";
import { packed } from "./packed.js";

const BUNDLERS: readonly Bundler[] = ["esbuild", "rollup"];

/** The issue's two budgets, which the README quotes. */
const FFT_ALONE = 3;
/**
 * `loadDataset` of `ppie/io` (JSON, YAML and CSV; zod and the yaml parser included), and the
 * entry chunk of `loadDatasetAsync` (the same, the workbook reader split off), in kB
 * gzip. Measured when pinned: 82.5 (esbuild) and 80.6 (rollup), of which the yaml parser is
 * about 38 (`tablesToDataset` with `parseDataset`, without it: 44.3).
 */
const IO_LOAD = 90;
const PARSE_AND_FFT = 40;

/**
 * Every function of `ppie/scores` alone, in kB gzip. Measured (esbuild / rollup) when pinned:
 * fft 2.73 / 2.73 (each FFT scorer carries only its own question's table and citations),
 * readability 3.25 / 3.24 (four publications cited), representation 4.62 / 4.66 (its own
 * statistics), strategy 13.33 / 13.23 (payments, impact and PEIRS-22 with the shared derive
 * stage), fftTable 7.29 / 7.31 (both questions, the NHS England suppression rules). strategy grew
 * to 31.9 (esbuild) when its `representation-vs-population` kind became computed: that needs the
 * census shares, the representation statistics and disclosure control (about 14 kB gzip between
 * them), and seldom-heard reach; 33.6 once agenda share, bursary places and event reach came from
 * the engagement measure. engagement 5.4 and listening 6.1 (esbuild, from the source).
 */
const SCORES: Readonly<Record<string, number>> = {
  fft: FFT_ALONE,
  fftLegacy: FFT_ALONE,
  peirs22: 3,
  peirs22Summary: 2,
  ppeet: 2.5,
  agreement: 2.2,
  landisKochBand: 0.3,
  readability: 3.5,
  readabilityCounts: 1.4,
  readabilityFromCounts: 2.8,
  countSyllables: 0.6,
  freBand: 0.3,
  representation: 5,
  chiSquarePValue: 0.8,
  chiSquareCriticalValue: 0.9,
  wilsonInterval: 0.3,
  minGroupSizeForAtLeastOne: 0.3,
  probabilityNoMembers: 0.2,
  mean: 0.2,
  quantile: 0.3,
  sampleStandardDeviation: 0.3,
  completenessPercent: 0.2,
  roundFftProportion: 0.2,
  fftTable: 8,
  coproduction: 5.2,
  standards: 4.6,
  impact: 5.5,
  involvementDepth: 7.3,
  gripp2Completeness: 7.6,
  payments: 9.1,
  strategy: 35,
  engagement: 6.5,
  listening: 7.5,
};

/**
 * `ppie/frameworks`: every export alone stays under 2.5 kB, but these. Measured (esbuild /
 * rollup) when pinned: involvementScales 4.61 / 4.60 (the scales and the common influence
 * scale), publications 6.82 (the whole bibliography; 8.35 once it held the Easy Read and
 * accessible-information guidance, 67 publications), builtinFrameworks 21.27 / 21.25 and
 * createFrameworkRegistry 21.83 / 21.82 (every framework), REFERENCE_TABLES 2.58 / 2.57 (the census
 * tables, once each named itself in words a reader knows: title and caveat).
 */
const FRAMEWORKS_DEFAULT = 2.5;
const FRAMEWORKS: Readonly<Record<string, number>> = {
  involvementScales: 5,
  publications: 9,
  builtinFrameworks: 23,
  createFrameworkRegistry: 23.5,
  REFERENCE_TABLES: 2.8,
};

/**
 * `renderWorkbook` (a report as `.xlsx` bytes: ppie's writer and fflate's deflate), in kB gzip.
 * Measured from the source with esbuild: 10.2.
 */
const WORKBOOK_REPORT = 12;

let consumer = "";
beforeAll(() => {
  consumer = packed().consumer;
}, 300_000);

/** gzip kB of a consumer's entry, with each bundler. */
async function sizes(code: string): Promise<Record<Bundler, number>> {
  const out = { esbuild: 0, rollup: 0 };
  for (const b of BUNDLERS) out[b] = (await bundle(b, code, consumer)).gzip / 1024;
  return out;
}

/** The names of an entry's runtime exports, from the installed package. */
async function exportsOf(entry: "scores" | "frameworks"): Promise<[string, unknown][]> {
  const mod = (await import(join(consumer, `node_modules/ppie/dist/${entry}/index.js`))) as Record<
    string,
    unknown
  >;
  return Object.entries(mod).sort(([a], [b]) => a.localeCompare(b));
}

describe("bundles from the packed package (gzip, minified, browser)", () => {
  it(`fft alone from ppie/scores stays under ${FFT_ALONE} kB, without the previous question`, async () => {
    for (const b of BUNDLERS) {
      const out = await bundle(b, `import { fft } from "ppie/scores"; console.log(fft);`, consumer);
      expect(out.gzip / 1024, b).toBeLessThanOrEqual(FFT_ALONE);
      expect(out.code, b).not.toContain("Extremely likely");
      expect(
        out.inputs.some((f) => /node_modules\/(zod|ts-pattern|date-fns)\//.test(f)),
        b,
      ).toBe(false);
    }
  });

  it(`parseDataset with fft, zod included, stays under ${PARSE_AND_FFT} kB`, async () => {
    const s = await sizes(
      `import { parseDataset } from "ppie"; import { fft } from "ppie/scores"; console.log(parseDataset({}).ok, fft);`,
    );
    expect(s.esbuild).toBeLessThanOrEqual(PARSE_AND_FFT);
    expect(s.rollup).toBeLessThanOrEqual(PARSE_AND_FFT);
  });

  it("every function of ppie/scores has a ceiling", async () => {
    const functions = (await exportsOf("scores"))
      .filter(([, v]) => typeof v === "function")
      .map(([k]) => k);
    expect(functions.sort()).toEqual(Object.keys(SCORES).sort());
  });

  it.each(
    Object.entries(SCORES),
  )("%s alone from ppie/scores stays under its ceiling (%s kB)", async (name, ceiling) => {
    const s = await sizes(`import { ${name} } from "ppie/scores"; console.log(${name});`);
    expect(s.esbuild, "esbuild").toBeLessThanOrEqual(ceiling);
    expect(s.rollup, "rollup").toBeLessThanOrEqual(ceiling);
  });

  it("every export of ppie/frameworks alone stays under its ceiling", async () => {
    const over: string[] = [];
    for (const [name] of await exportsOf("frameworks")) {
      const ceiling = FRAMEWORKS[name] ?? FRAMEWORKS_DEFAULT;
      const s = await sizes(`import { ${name} } from "ppie/frameworks"; console.log(${name});`);
      for (const b of BUNDLERS)
        if (s[b] > ceiling)
          over.push(`${name}: ${s[b].toFixed(2)} kB with ${b} (ceiling ${ceiling})`);
    }
    expect(over).toEqual([]);
  }, 120_000);

  it("through the scores namespace, rollup keeps only fft and esbuild every scorer", async () => {
    const code = `import { parseDataset, scores } from "ppie"; console.log(parseDataset({}).ok, scores.fft);`;
    const s = await sizes(code);
    expect(s.rollup).toBeLessThanOrEqual(PARSE_AND_FFT);
    const esbuilt = await bundle("esbuild", code, consumer);
    expect(esbuilt.inputs.some((f) => f.endsWith("dist/scores/strategy.js"))).toBe(true);
  });

  it("the whole of ppie/scores does not pull in zod", async () => {
    for (const b of BUNDLERS) {
      const out = await bundle(b, `import * as s from "ppie/scores"; console.log(s);`, consumer);
      expect(
        out.inputs.some((f) => f.includes("node_modules/zod/")),
        b,
      ).toBe(false);
    }
  });

  it(`renderWorkbook alone stays under ${WORKBOOK_REPORT} kB, and the rest of ppie never carries the workbook code`, async () => {
    const s = await sizes(`import { renderWorkbook } from "ppie/io"; console.log(renderWorkbook);`);
    expect(s.esbuild, "esbuild").toBeLessThanOrEqual(WORKBOOK_REPORT);
    expect(s.rollup, "rollup").toBeLessThanOrEqual(WORKBOOK_REPORT);
    for (const b of BUNDLERS) {
      const out = await bundle(
        b,
        `import { parseDataset, render, renderCsv } from "ppie"; import { loadDataset } from "ppie/io"; console.log(parseDataset, render, renderCsv, loadDataset);`,
        consumer,
      );
      // what the page loads (esbuild still writes the chunk of loadDatasetAsync's import(),
      // unused, beside it: a file no page fetches)
      expect(
        out.inputs.some((f) => f.includes("node_modules/fflate/") || f.includes("/workbook/")),
        b,
      ).toBe(false);
    }
  });

  it("the README states these ceilings", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8").replace(/\s+/g, " ");
    const fft = /`import \{ fft \} from "ppie\/scores"` is under ([\d.]+) kB/.exec(readme);
    const parse = /`parseDataset` with `fft` \(zod included\) under ([\d.]+) kB/.exec(readme);
    expect(Number(fft?.[1])).toBe(FFT_ALONE);
    expect(Number(parse?.[1])).toBe(PARSE_AND_FFT);
  });

  it(`loadDatasetAsync stays under ${IO_LOAD} kB too: the workbook reader and fflate are a chunk loaded only for a workbook`, async () => {
    const code = `import { loadDatasetAsync } from "ppie/io"; console.log((await loadDatasetAsync({ name: "a.json", data: "{}" })).ok);`;
    for (const b of BUNDLERS) {
      const out = await bundle(b, code, consumer);
      expect(out.gzip / 1024, b).toBeLessThanOrEqual(IO_LOAD);
      const workbook = (f: string): boolean =>
        f.includes("node_modules/fflate/") || f.includes("/workbook/");
      expect(out.inputs.filter(workbook), b).toEqual([]);
      expect(
        out.lazyInputs.some((f) => f.includes("node_modules/fflate/")),
        b,
      ).toBe(true);
      expect(
        out.inputs.filter((f) => f.startsWith("node:")),
        b,
      ).toEqual([]);
    }
  });

  it(`loadDataset alone from ppie/io stays under ${IO_LOAD} kB, with no Node built-in`, async () => {
    const code = `import { loadDataset } from "ppie/io"; console.log(loadDataset({ name: "a.json", data: "{}" }).ok);`;
    const s = await sizes(code);
    expect(s.esbuild, "esbuild").toBeLessThanOrEqual(IO_LOAD);
    expect(s.rollup, "rollup").toBeLessThanOrEqual(IO_LOAD);
    for (const b of BUNDLERS) {
      const out = await bundle(b, code, consumer);
      expect(
        out.inputs.filter((f) => f.startsWith("node:")),
        b,
      ).toEqual([]);
    }
  });
});
