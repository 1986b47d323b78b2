#!/usr/bin/env node
/**
 * Compare the cost of parse, check and every report between two builds of ppie, in one run on
 * one machine, and print the ratios (after / before).
 *
 *   node scripts/bench-compare.mjs <before-dist> <after-dist> [--rounds N]
 *
 * Each dist folder is what `npx tsup` writes (a checkout of an older commit, built, gives the
 * "before"). Both builds run the same work on the same inputs: the demo dataset and a generated
 * dataset about ten times its size (made by the "after" build, so the data are identical).
 * Every timed call gets a fresh copy of the dataset (structuredClone, not timed), so a cache
 * kept per dataset object cannot make a repeated call look cheaper than a user's first call.
 * Calls run in batches after a warm-up (single calls of a few milliseconds are mostly noise);
 * the two builds alternate batch by batch, and the figure is the median of the rounds.
 * Run it with `node --expose-gc` to collect garbage before each batch.
 */
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 15;
const [beforeDir, afterDir] = args.filter((a, i) => !a.startsWith("--") && i !== roundsAt + 1);
if (!beforeDir || !afterDir || !Number.isInteger(ROUNDS) || ROUNDS < 3) {
  process.stderr.write(
    "usage: node scripts/bench-compare.mjs <before-dist> <after-dist> [--rounds N>=3]\n",
  );
  process.exit(2);
}

async function load(dir) {
  const root = pathToFileURL(`${resolve(dir)}/`);
  const api = await import(new URL("index.js", root).href);
  const demo = await import(new URL("demo/index.js", root).href);
  return { api, demo };
}

const before = await load(beforeDir);
const after = await load(afterDir);

const GENERATED_AT = "2026-04-01T09:00:00Z";
const inputs = {
  demo: after.demo.demoDataset,
  "10x demo": after.demo.generateDataset({
    seed: 2026,
    gaps: true,
    activities: 3200,
    contributors: 900,
  }),
};

/** The work to time: name -> (build, dataset) => unknown. Each must succeed in both builds. */
const TASKS = {
  parseDataset: ({ api }, ds) => api.parseDataset(ds),
  checkDataset: ({ api }, ds) => api.checkDataset(ds),
  ...Object.fromEntries(
    [
      ["strategy", {}],
      ["impact", {}],
      ["feedback", {}],
      ["representation", {}],
      ["project", { project: "p-001" }],
      ["gripp2", { project: "p-001" }],
    ].map(([kind, extra]) => [
      `report ${kind}`,
      ({ api }, ds) => {
        const r = api.buildReport(kind, ds, {
          period: "2025-26",
          generatedAt: GENERATED_AT,
          ...extra,
        });
        if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.diagnostics[0])}`);
        return api.render(r.value, "html");
      },
    ]),
  ),
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Time a batch of calls, each on its own fresh copy of the dataset (copies made untimed). */
function timeBatch(build, task, ds, n) {
  const copies = Array.from({ length: n }, () => structuredClone(ds));
  globalThis.gc?.();
  const t0 = performance.now();
  for (const copy of copies) task(build, copy);
  return (performance.now() - t0) / n;
}

const rows = [];
for (const [inputName, ds] of Object.entries(inputs)) {
  const batch = inputName === "demo" ? 20 : 5;
  for (const [name, task] of Object.entries(TASKS)) {
    // Warm both builds up (JIT) before timing.
    timeBatch(before, task, ds, 10);
    timeBatch(after, task, ds, 10);
    const tb = [];
    const ta = [];
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2 === 0) {
        tb.push(timeBatch(before, task, ds, batch));
        ta.push(timeBatch(after, task, ds, batch));
      } else {
        ta.push(timeBatch(after, task, ds, batch));
        tb.push(timeBatch(before, task, ds, batch));
      }
    }
    rows.push({ input: inputName, task: name, before: median(tb), after: median(ta) });
  }
}

const out = [
  "| input | work | before (ms) | after (ms) | after / before |",
  "|---|---|---|---|---|",
];
for (const r of rows)
  out.push(
    `| ${r.input} | ${r.task} | ${r.before.toFixed(1)} | ${r.after.toFixed(1)} | ${(r.after / r.before).toFixed(2)} |`,
  );
process.stdout.write(
  `${out.join("\n")}\n\n(per call: median over ${ROUNDS} rounds of a batch of calls, 20 on the demo and 5 on the larger dataset, after 10 warm-up calls; builds alternated round by round; every call on a fresh copy of the dataset${globalThis.gc ? "; gc before each batch" : ""})\n`,
);
