import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { PpeetResponse } from "../../src/scores/ppeet.js";
import { PPEET_OPTIONS, ppeet } from "../../src/scores/ppeet.js";

function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

const ids = ["a", "b", "c", "d"] as const;
const response = fc.dictionary(
  fc.constantFrom(...ids, "zz", "__proto__", "constructor"),
  fc.oneof(fc.constantFrom(...PPEET_OPTIONS), fc.constant(null), fc.string()),
) as fc.Arbitrary<PpeetResponse>;
const items = ids.slice(0, 3).map((id) => ({ id, text: `Item ${id}` }));

test.prop([fc.array(response, { maxLength: 60 })])(
  "ppeet never throws, stays finite and every percentage is within 0-100",
  (responses) => {
    const s = ppeet(responses, items);
    expect(allFinite(s)).toBe(true);
    expect(s.value).toBeGreaterThanOrEqual(0);
    expect(s.value).toBeLessThanOrEqual(items.length);
    for (const it of s.components.items) {
      const total = Object.values(it.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(it.n);
      for (const p of [
        it.percentAgree,
        it.percentDisagree,
        it.percentNeutral,
        it.percentDontKnow,
      ]) {
        if (p !== null) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(100);
        }
      }
      if (it.percentAgree !== null)
        expect(it.percentAgree + it.percentNeutral! + it.percentDisagree!).toBeCloseTo(100, 9);
    }
  },
);

test.prop([fc.array(response, { maxLength: 40 }), fc.nat()])(
  "ppeet is independent of the order of responses",
  (responses, seed) => {
    const rotated = responses.map((_, i) => responses[(i + seed) % responses.length]!);
    const a = ppeet(responses, items).components.items;
    const b = ppeet(rotated, items).components.items;
    expect(b).toEqual(a);
  },
);
