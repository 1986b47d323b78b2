/**
 * Load a dataset, check it, and write its PPIE strategy scorecard as Markdown and HTML.
 *
 *   npx tsx examples/node-strategy-report.ts [out-dir] [dataset.json] [period]
 *
 * Without a dataset it uses ppie's fictional demo data. Exits 1 when the dataset has errors.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildReport, checkDataset, parseDataset, render, scores } from "ppie";
import { demoDataset } from "ppie/demo";

const [outDir = "strategy-report", file, period = "2025-26"] = process.argv.slice(2);

// 1. Load: any JSON value goes in; parseDataset never throws, it explains.
const input: unknown = file ? JSON.parse(await readFile(file, "utf8")) : demoDataset;
const parsed = parseDataset(input);
if (!parsed.ok) {
  for (const d of parsed.diagnostics)
    console.error(`${d.code} at ${d.path.join(".")}: ${d.message}`);
  process.exit(1);
}

// 2. Check against the good practice rules: warnings do not stop the report.
const findings = checkDataset(parsed.value);
const errors = findings.filter((d) => d.severity === "error").length;
console.log(
  `Checked ${file ?? "the demo dataset"}: ${errors} errors, ${findings.length - errors} warnings or notes.`,
);
if (errors > 0) process.exit(1);

// 3. The scorecard as numbers: each metric against its target, rolled up by pillar.
const card = scores.strategy(parsed.value, { period: period });
console.log(
  `Strategy scorecard ${period}: ${card.value === null ? "no data" : `${card.value.toFixed(1)}%`} of metrics met or on track`,
);
for (const [pillar, r] of Object.entries(card.components.pillars)) {
  const share = r.share === null ? "no data" : `${r.share.toFixed(1)}%`;
  console.log(
    `  ${pillar}: ${share} (${r.met} met, ${r.onTrack} on track, ${r.offTrack} off track, ${r.noData} no data)`,
  );
}

// 4. Build the strategy report once, render it twice. generatedAt is yours to give.
const report = buildReport("strategy", parsed.value, {
  period,
  generatedAt: new Date().toISOString(),
});
if (!report.ok) {
  for (const d of report.diagnostics) console.error(`${d.code}: ${d.message}`);
  process.exit(1);
}
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, "strategy.md"), render(report.value, "markdown"));
await writeFile(join(outDir, "strategy.html"), render(report.value, "html"));
console.log(
  `Wrote ${join(outDir, "strategy.md")} and ${join(outDir, "strategy.html")}: ${report.value.title}`,
);
