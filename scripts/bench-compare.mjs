#!/usr/bin/env node
/**
 * Compare the cost of parse, check and every report between two builds of ppie on this
 * machine, and print the ratios (after / before).
 *
 *   node scripts/bench-compare.mjs <before-dist> <after-dist> [--runs N] [--only <work>] [--wall]
 *
 * Each dist folder is what `npx tsup` writes (a checkout of an older commit, built, gives the
 * "before"). Both builds do the same work on the same inputs: the demo dataset and a generated
 * dataset about ten times its size (made by the "after" build's generator, so the data are
 * identical).
 *
 * Each measurement runs in a child process of its own that loads one build only (two builds in
 * one process disturb each other's JIT and garbage collector: the one loaded second measured up
 * to 15% slower or faster depending on the order). A child warms up with 10 calls, then times
 * 15 batches of calls (20 on the demo, 5 on the larger dataset), every call on a fresh copy of
 * the dataset (structuredClone, untimed), so a cache kept per dataset object cannot make a
 * repeated call look cheaper than a user's first call; it reports the median batch. The parent
 * alternates before and after children N times (default 3) and takes the median of their
 * figures.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const GENERATED_AT = "2026-04-01T09:00:00Z";
const REPORTS = [
  ["strategy", {}],
  ["impact", {}],
  ["feedback", {}],
  ["representation", {}],
  ["project", { project: "p-001" }],
  ["gripp2", { project: "p-001" }],
];
const WORK = ["parseDataset", "checkDataset", ...REPORTS.map(([k]) => `report ${k}`)];
const INPUTS = ["demo", "10x demo"];

/**
 * Milliseconds of CPU time this process has used (user and system, all its threads), or of
 * wall time with `--wall`. CPU time is the default: on a machine where other work is running,
 * wall time also counts the time a child waited for a core, which is not the cost of ppie.
 */
const WALL = process.argv.includes("--wall");
function clock() {
  if (WALL) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** In a child: time one piece of work with one build, print ms per call. */
async function child(dist, afterDist, inputName, work) {
  const root = pathToFileURL(`${resolve(dist)}/`);
  const api = await import(new URL("index.js", root).href);
  const gen = await import(new URL("demo/index.js", pathToFileURL(`${resolve(afterDist)}/`)).href);
  const ds =
    inputName === "demo"
      ? gen.demoDataset
      : gen.generateDataset({ seed: 2026, gaps: true, activities: 3200, contributors: 900 });
  const report = REPORTS.find(([k]) => work === `report ${k}`);
  const task =
    work === "parseDataset"
      ? (d) => api.parseDataset(d)
      : work === "checkDataset"
        ? (d) => api.checkDataset(d)
        : (d) => {
            const [kind, extra] = report;
            const r = api.buildReport(kind, d, {
              period: "2025-26",
              generatedAt: GENERATED_AT,
              ...extra,
            });
            if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.diagnostics[0])}`);
            return api.render(r.value, "html");
          };
  const batchSize = inputName === "demo" ? 20 : 5;
  const batch = (n) => {
    const copies = Array.from({ length: n }, () => structuredClone(ds));
    globalThis.gc?.();
    const t0 = clock();
    for (const c of copies) task(c);
    return (clock() - t0) / n;
  };
  batch(10);
  const times = Array.from({ length: 15 }, () => batch(batchSize));
  process.stdout.write(`${median(times)}\n`);
}

const args = process.argv.slice(2);
if (args[0] === "--child") {
  await child(args[1], args[2], args[3], args[4]);
} else {
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(flag("--runs") ?? 3);
  const only = flag("--only");
  const [beforeDir, afterDir] = args.filter(
    (a, i) => !a.startsWith("--") && !["--runs", "--only"].includes(args[i - 1]),
  );
  if (!beforeDir || !afterDir || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write(
      "usage: node scripts/bench-compare.mjs <before-dist> <after-dist> [--runs N] [--only <work>] [--wall]\n",
    );
    process.exit(2);
  }
  const self = fileURLToPath(import.meta.url);
  const measure = (dist, input, work) =>
    Number(
      execFileSync(
        process.execPath,
        ["--expose-gc", self, "--child", dist, afterDir, input, work, ...(WALL ? ["--wall"] : [])],
        {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        },
      ),
    );
  const out = [
    "| input | work | before (ms per call) | after (ms per call) | after / before |",
    "|---|---|---|---|---|",
  ];
  for (const input of INPUTS) {
    for (const work of WORK) {
      if (only !== undefined && work !== only) continue;
      const b = [];
      const a = [];
      for (let i = 0; i < runs; i++) {
        b.push(measure(beforeDir, input, work));
        a.push(measure(afterDir, input, work));
      }
      const mb = median(b);
      const ma = median(a);
      out.push(
        `| ${input} | ${work} | ${mb.toFixed(2)} | ${ma.toFixed(2)} | ${(ma / mb).toFixed(2)} |`,
      );
    }
  }
  process.stdout.write(
    `${out.join("\n")}\n\n(median of ${runs} child processes per build, alternated; each the median of 15 timed batches after 10 warm-up calls, every call on a fresh copy of the dataset; ${WALL ? "wall-clock" : "CPU"} time)\n`,
  );
}
