/**
 * Reading input (issue 14), measured as users run it, each pair in one run so that the load of
 * the machine falls on both alike. Needs the build (`npx tsup`).
 *
 * 1. `ppie validate` (the built bin, a process of its own) on the 1.2 MB demo JSON against a
 *    script that reads the same file, loads it with `ppie/io` and checks it in-process (also a
 *    process of its own, so both pay Node's start). Target: at most 1.5x.
 * 2. `ppie validate` on 10^5 activities (10^4 contributors) as a CSV folder against the same
 *    data as one JSON file. Target: at most 2x the time, and a peak resident memory of at most
 *    4x the input's size (`/usr/bin/time -v`, when it is installed). And the CSV folder again
 *    with Node's heap capped at 5x the input, which must complete: the records need that much;
 *    uncapped, V8 lets the heap grow well past them before it collects (docs/design-choices.md,
 *    "Memory when reading large folders").
 *
 * Each prints its figures (seconds, peak MB, ratios) on standard error as well as the table.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, bench, describe } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { loadDataset } from "../../src/io/load.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "dist/cli/bin.js");
const WORK = join(ROOT, ".tmp/bench-io");
const TIME = "/usr/bin/time";
if (!existsSync(BIN)) throw new Error("run `npx tsup` first");
mkdirSync(WORK, { recursive: true });

const demoJson = join(WORK, "demo.json");
writeFileSync(demoJson, `${JSON.stringify(demoDataset, null, 2)}\n`);

/** The in-process script: read, load with ppie/io, check, as a user's own program would. */
const script = join(WORK, "in-process.mjs");
writeFileSync(
  script,
  `import { readFileSync } from "node:fs";
import { loadDataset } from ${JSON.stringify(join(ROOT, "dist/io/index.js"))};
import { checkDataset } from ${JSON.stringify(join(ROOT, "dist/index.js"))};
const r = loadDataset({ name: "demo.json", data: readFileSync(process.argv[2]) });
const d = r.ok ? checkDataset(r.value) : r.diagnostics;
process.stdout.write(String(d.length) + "\\n");
`,
);

const BIG_LIMITS = { PPIE_MAX_RECORDS: "10000000" };
const bigCsv = join(WORK, "big-csv");
const bigJson = join(WORK, "big.json");
if (!existsSync(join(bigCsv, "activities.csv"))) {
  spawnSync(
    process.execPath,
    [BIN, "demo", "--activities", "100000", "--contributors", "10000", "--csv", bigCsv, "--force"],
    { stdio: "ignore" },
  );
}
if (!existsSync(bigJson)) {
  const files = readdirSync(bigCsv).map((name) => ({
    name,
    data: readFileSync(join(bigCsv, name)),
  }));
  const limits = {
    maxBytes: 1e9,
    maxYamlBytes: 1e8,
    maxRecords: 1e8,
    maxDepth: 32,
    maxLineBytes: 1e6,
  };
  const r = loadDataset(files, { format: "csv", limits });
  if (!r.ok) throw new Error(r.diagnostics[0]?.message);
  writeFileSync(bigJson, JSON.stringify(r.value));
}

function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory()
    ? readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0)
    : s.size;
}

/** Run a command; its wall time in seconds and, with GNU time, its peak resident memory. */
function run(
  args: string[],
  env: Record<string, string> = {},
): { seconds: number; peakMb?: number } {
  const gnu = existsSync(TIME);
  const t0 = performance.now();
  const r = gnu
    ? spawnSync(TIME, ["-v", process.execPath, ...args], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      })
    : spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, ...env } });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
  return peak ? { seconds, peakMb: Number(peak[1]) / 1024 } : { seconds };
}

const seen: Record<string, { seconds: number; peakMb?: number }[]> = {};
function measured(name: string, args: string[], env?: Record<string, string>): () => void {
  return () => {
    const runs = seen[name] ?? [];
    runs.push(run(args, env));
    seen[name] = runs;
  };
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

afterAll(() => {
  const m = (k: string) => median((seen[k] ?? []).map((x) => x.seconds));
  const peak = (k: string) => Math.max(...(seen[k] ?? []).map((x) => x.peakMb ?? 0));
  const lines = ["", "io.bench figures (median seconds; peak MB):"];
  if (seen.cli && seen.script)
    lines.push(
      `  demo JSON: ppie validate ${m("cli").toFixed(2)} s, in-process script ${m("script").toFixed(2)} s: ${(m("cli") / m("script")).toFixed(2)}x (target 1.5x)`,
    );
  if (seen.csv && seen.json) {
    const csvMb = sizeOf(bigCsv) / 1048576;
    const jsonMb = sizeOf(bigJson) / 1048576;
    lines.push(
      `  10^5 activities: CSV folder ${m("csv").toFixed(1)} s, JSON ${m("json").toFixed(1)} s: ${(m("csv") / m("json")).toFixed(2)}x (target 2x)`,
      `  peak memory: CSV ${peak("csv").toFixed(0)} MB for ${csvMb.toFixed(0)} MB of CSV (${(peak("csv") / csvMb).toFixed(1)}x), JSON ${peak("json").toFixed(0)} MB for ${jsonMb.toFixed(0)} MB of JSON (${(peak("json") / jsonMb).toFixed(1)}x) (target 4x)`,
    );
    if (seen.capped)
      lines.push(
        `  CSV folder with Node's heap capped at ${CAP_TIMES}x the input (${capMb()} MB): completed in ${m("capped").toFixed(1)} s (${(m("capped") / m("csv")).toFixed(2)}x the uncapped time), peak ${peak("capped").toFixed(0)} MB (${(peak("capped") / csvMb).toFixed(1)}x)`,
      );
  }
  process.stderr.write(`${lines.join("\n")}\n`);
});

describe("the demo JSON (1.2 MB)", () => {
  bench("ppie validate (built bin)", measured("cli", [BIN, "validate", demoJson]), {
    iterations: 5,
    time: 0,
  });
  bench(
    "in-process script (read, loadDataset, checkDataset)",
    measured("script", [script, demoJson]),
    {
      iterations: 5,
      time: 0,
    },
  );
});

/**
 * Node's heap capped at this many times the CSV folder's size: the run must still complete
 * (what the data itself needs), and its peak shows what V8's heap growth adds uncapped.
 */
const CAP_TIMES = 5;
const capMb = (): number => Math.round((CAP_TIMES * sizeOf(bigCsv)) / 1048576);

describe("10^5 activities", () => {
  bench("ppie validate, CSV folder", measured("csv", [BIN, "validate", bigCsv], BIG_LIMITS), {
    iterations: 1,
    warmupIterations: 0,
    time: 0,
  });
  bench(
    `ppie validate, CSV folder, heap capped at ${CAP_TIMES}x the input`,
    measured("capped", [BIN, "validate", bigCsv], {
      ...BIG_LIMITS,
      NODE_OPTIONS: `--max-old-space-size=${capMb()}`,
    }),
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
  bench(
    "ppie validate, the same as JSON",
    measured("json", [BIN, "validate", bigJson], BIG_LIMITS),
    {
      iterations: 1,
      warmupIterations: 0,
      time: 0,
    },
  );
});
