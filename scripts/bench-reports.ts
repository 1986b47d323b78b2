/**
 * buildReport + render for every kind at two dataset sizes, to catch any builder whose cost
 * grows faster than the data (a nested scan). Prints ms and µs per activity.
 * Run: npx tsx scripts/bench-reports.ts
 */
import { generateDataset } from "../src/demo/generate.js";
import { render } from "../src/render/index.js";
import { buildReport } from "../src/reports/index.js";
import { REPORT_KINDS } from "../src/reports/report.js";

console.log("kind | activities | build+render ms | µs/activity");
for (const n of [10_000, 100_000]) {
  const ds = generateDataset({ seed: 3, activities: n, contributors: n / 10 });
  for (const kind of REPORT_KINDS) {
    const opts = { generatedAt: "2026-04-01T09:00:00Z", project: "p-002" };
    buildReport(kind, ds, opts); // warm caches and JIT
    const t = performance.now();
    const r = buildReport(kind, ds, opts);
    if (r.ok) render(r.value, "html");
    const ms = performance.now() - t;
    console.log(
      `${kind} | ${n} | ${ms.toFixed(0)} | ${((ms * 1000) / n).toFixed(2)}${r.ok ? "" : " (failed)"}`,
    );
  }
}
