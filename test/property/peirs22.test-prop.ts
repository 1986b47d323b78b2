import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Peirs22Answer } from "../../src/scores/peirs22.js";
import { peirs22, peirs22Summary } from "../../src/scores/peirs22.js";

/** Every number anywhere in a value is finite. */
function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

const answer = fc.constantFrom<Peirs22Answer>(0, 1, 2, 3, 4, null);

test.prop([fc.array(answer, { minLength: 22, maxLength: 22 }), fc.integer({ min: 1, max: 22 })])(
  "peirs22 is finite, in 0-100, and null exactly when too few items are answered",
  (answers, minAnswered) => {
    const s = peirs22(answers, { minAnswered });
    expect(allFinite(s)).toBe(true);
    const k = answers.filter((a) => a !== null).length;
    if (k >= minAnswered) {
      expect(s.value).not.toBeNull();
      expect(s.value!).toBeGreaterThanOrEqual(0);
      expect(s.value!).toBeLessThanOrEqual(100);
    } else expect(s.value).toBeNull();
    expect(s.components.itemsAnswered).toBe(k);
  },
);

test.prop([fc.array(answer, { minLength: 22, maxLength: 22 }), fc.nat()])(
  "peirs22 is order-independent",
  (answers, seed) => {
    const shuffled = [...answers].sort(
      (a, b) => (((a ?? 9) * 7 + seed) % 5) - (((b ?? 9) * 7 + seed) % 5),
    );
    expect(peirs22(shuffled).value).toBe(peirs22(answers).value);
  },
);

test.prop([
  fc.array(fc.oneof(fc.double(), fc.constant(null), fc.integer()), { maxLength: 40 }),
  fc.option(fc.integer({ min: -5, max: 30 }), { nil: undefined }),
  fc.option(fc.array(fc.double(), { maxLength: 100 }), { nil: undefined }),
])(
  "peirs22 and its summary never throw or return NaN/Infinity on arbitrary input",
  (raw, m, table) => {
    const answers = raw as unknown as Peirs22Answer[];
    const s = peirs22(
      answers,
      table === undefined
        ? m === undefined
          ? {}
          : { minAnswered: m }
        : { conversion: { table, source: "random", verified: false } },
    );
    expect(allFinite(s)).toBe(true);
    if (s.value !== null) {
      expect(s.value).toBeGreaterThanOrEqual(0);
      expect(s.value).toBeLessThanOrEqual(100);
    }
    const sum = peirs22Summary(
      raw.filter((x): x is number | null => x === null || typeof x === "number"),
    );
    expect(allFinite(sum)).toBe(true);
    if (sum.value !== null) {
      expect(sum.components.min!).toBeLessThanOrEqual(sum.value + 1e-9);
      expect(sum.components.max!).toBeGreaterThanOrEqual(sum.value - 1e-9);
    }
  },
);
