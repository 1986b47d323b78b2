import { bench, describe } from "vitest";
import type { FftCounts } from "../../src/scores/fft.js";
import type { FftUnit } from "../../src/scores/fft-table.js";
import { fftTable } from "../../src/scores/fft-table.js";

const c = (n: number): FftCounts => ({
  veryGood: n,
  good: 1,
  neither: 0,
  poor: 0,
  veryPoor: 0,
  dontKnow: 0,
});

/** A national → ICB → trust → ward hierarchy of n units. */
function hierarchy(n: number): FftUnit[] {
  const units: FftUnit[] = [{ id: "nat" }];
  for (let i = 0; units.length < n; i++) {
    units.push({ id: `icb${i}`, parent: "nat" });
    for (let j = 0; j < 50 && units.length < n; j++) {
      units.push({ id: `t${i}.${j}`, parent: `icb${i}` });
      for (let k = 0; k < 48 && units.length < n; k++)
        units.push({ id: `w${i}.${j}.${k}`, parent: `t${i}.${j}`, counts: c((i + j + k) % 13) });
    }
  }
  return units;
}

// Linear: compare the per-unit cost across sizes (target: 10^5 units well under a second).
describe("fftTable", () => {
  for (const n of [10_000, 100_000, 1_000_000]) {
    const units = hierarchy(n);
    bench(
      `${n} units`,
      () => {
        fftTable(units);
      },
      { iterations: n >= 1_000_000 ? 2 : 5, time: 0 },
    );
  }
});
