import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  readability,
  readabilityCounts,
  readabilityFromCounts,
} from "../../src/scores/readability.js";

function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

const texty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      " ",
      ".",
      "!",
      "?",
      "\n",
      "\n\n",
      "- ",
      "1. ",
      "e.g. ",
      "Dr. ",
      "3.5",
      "'",
      '"',
    ),
    fc.constantFrom("the", "cat", "table", "involvement", "NIHR", "café"),
    fc.string({ unit: "grapheme", maxLength: 3 }),
  ),
  maxLength: 200,
});

test.prop([fc.string({ unit: "binary", maxLength: 500 })])(
  "random unicode never throws and stays finite",
  (text) => {
    const s = readability(text);
    expect(allFinite(s)).toBe(true);
    const c = s.components;
    expect(c.syllables).toBeGreaterThanOrEqual(c.words);
    expect(c.polysyllables!).toBeLessThanOrEqual(c.words);
    expect(c.sentences).toBeLessThanOrEqual(c.words);
    expect(s.value === null).toBe(c.words === 0);
  },
);

test.prop([texty])("text-like input: counts are consistent", (text) => {
  const s = readability(text);
  expect(allFinite(s)).toBe(true);
  if (s.value !== null) expect(s.value).toBeLessThanOrEqual(206.835 - 1.015 - 84.6 + 1e-9);
});

test.prop([texty, fc.integer({ min: 2, max: 20 })])(
  "counting is additive over paragraphs (linear-ish)",
  (text, reps) => {
    const para = `${text}\n\n`;
    const one = readabilityCounts(para);
    const many = readabilityCounts(para.repeat(reps));
    expect(many.words).toBe(one.words * reps);
    expect(many.syllables).toBe(one.syllables * reps);
  },
);

test.prop([
  fc.record({
    words: fc.oneof(fc.nat(), fc.double(), fc.integer()),
    sentences: fc.oneof(fc.nat(), fc.double(), fc.integer()),
    syllables: fc.oneof(fc.nat(), fc.double(), fc.integer()),
    polysyllables: fc.option(fc.oneof(fc.nat(), fc.double()), { nil: undefined }),
  }),
])("readabilityFromCounts never throws or returns NaN/Infinity", (counts) => {
  const { polysyllables, ...rest } = counts;
  const s = readabilityFromCounts(polysyllables === undefined ? rest : { ...rest, polysyllables });
  expect(allFinite(s)).toBe(true);
});
