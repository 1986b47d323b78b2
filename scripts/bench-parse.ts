/**
 * parseDataset against a bare DatasetSchema.safeParse of the same generated data, at 10^4,
 * 10^5 and 10^6 activities: the ratio (target ≤ 1.3) and the cost per record (target: flat).
 * Timings alternate which of the two goes first, collect garbage before each timed call (so one
 * is not charged for the other's garbage), take the median of several runs, in one process.
 * Run: NODE_OPTIONS="--expose-gc --max-old-space-size=20000" npx tsx scripts/bench-parse.ts [maxPower=6]
 */
import { generateDataset } from "../src/demo/generate.js";
import { DatasetSchema } from "../src/model/dataset.js";
import { parseDataset } from "../src/model/parse.js";

const maxPower = Number(process.argv[2] ?? 6);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) console.warn("run with NODE_OPTIONS=--expose-gc for fair timings");
const collect = (): void => gc?.();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const records = (ds: ReturnType<typeof generateDataset>): number =>
  ds.activities.length +
  ds.contributors.length +
  ds.payments.length +
  ds.feedback.length +
  ds.impacts.length +
  ds.events.length +
  ds.training.length;

console.log(
  "activities | records | safeParse ms | parseDataset ms | ratio | µs/record (parseDataset)",
);
for (let p = 4; p <= maxPower; p++) {
  const n = 10 ** p;
  const ds = generateDataset({ seed: 11, activities: n, contributors: Math.max(50, n / 10) });
  const runs = p >= 6 ? 4 : 8;
  const a: number[] = [];
  const b: number[] = [];
  const timeBare = (): void => {
    collect();
    const t = performance.now();
    DatasetSchema.safeParse(ds);
    a.push(performance.now() - t);
  };
  const timeParse = (): void => {
    collect();
    const t = performance.now();
    const res = parseDataset(ds);
    b.push(performance.now() - t);
    if (!res.ok) throw new Error("generated data should parse");
  };
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      timeBare();
      timeParse();
    } else {
      timeParse();
      timeBare();
    }
  }
  const rec = records(ds);
  console.log(
    `${n} | ${rec} | ${median(a).toFixed(0)} | ${median(b).toFixed(0)} | ${(median(b) / median(a)).toFixed(3)} | ${((median(b) * 1000) / rec).toFixed(2)}`,
  );
}
