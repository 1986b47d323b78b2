import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { agreement } from "../../src/scores/agreement.js";

function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

const square = fc.integer({ min: 1, max: 6 }).chain((k) =>
  fc.array(fc.array(fc.nat({ max: 50 }), { minLength: k, maxLength: k }), {
    minLength: k,
    maxLength: k,
  }),
);

test.prop([square])("kappa is finite and within [-1, 1]", (table) => {
  const s = agreement(table);
  expect(allFinite(s)).toBe(true);
  if (s.value !== null) {
    expect(s.value).toBeGreaterThanOrEqual(-1);
    expect(s.value).toBeLessThanOrEqual(1);
    expect(s.band).toBeDefined();
  }
});

test.prop([square, fc.nat()])(
  "kappa does not depend on the order of the categories",
  (table, seed) => {
    const k = table.length;
    const perm = Array.from({ length: k }, (_, i) => (i + seed) % k);
    const permuted = perm.map((r) => perm.map((c) => table[r]![c]!));
    const a = agreement(table).value;
    const b = agreement(permuted).value;
    if (a === null) expect(b).toBeNull();
    else expect(b).toBeCloseTo(a, 12);
  },
);

test.prop([fc.array(fc.array(fc.double(), { maxLength: 4 }), { maxLength: 4 })])(
  "arbitrary tables never throw or give NaN",
  (table) => {
    expect(allFinite(agreement(table))).toBe(true);
  },
);
