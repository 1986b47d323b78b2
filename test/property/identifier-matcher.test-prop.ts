import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  identifierReplacer,
  normaliseWords,
  phoneDigits,
} from "../../src/reports/identifier-matcher.js";

const R = "[X]";

/** The straightforward (but O(text × identifiers)) reference: one case-insensitive alternation. */
function referenceRegex(words: string[], phones: string[]): RegExp | undefined {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const patterns = [
    ...words.map((w) => w.trim().split(/\s+/).filter(Boolean).map(esc).join("\\s+")),
    ...phones.map((p) => phoneDigits(p).split("").join("[\\s().-]*")),
  ].filter((p) => p.length > 0);
  if (patterns.length === 0) return undefined;
  patterns.sort((a, b) => b.length - a.length);
  return new RegExp(patterns.join("|"), "giu");
}

const letter = fc.constantFrom("a", "b", "A", "B", "é", "É");
const word = fc.string({ unit: letter, minLength: 1, maxLength: 3 });
const identifier = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
const phone = fc.string({ unit: fc.constantFrom("1", "2", "3"), minLength: 6, maxLength: 8 });
const filler = fc.string({
  unit: fc.constantFrom("a", "b", "1", "2", " ", "\n", "-", "(", "x", ".", "É"),
  maxLength: 30,
});

const dirtyText = fc
  .tuple(
    fc.array(identifier, { maxLength: 4 }),
    fc.array(phone, { maxLength: 3 }),
    fc.array(filler, { minLength: 1, maxLength: 5 }),
    fc.nat(),
  )
  .map(([ids, phones, fillers, seed]) => {
    const pieces = [...ids, ...phones.map((p) => `${p.slice(0, 3)} ${p.slice(3)}`)];
    let text = "";
    fillers.forEach((f, i) => {
      text += f + (pieces[(seed + i) % Math.max(1, pieces.length)] ?? "");
    });
    return { ids, phones, text };
  });

function replacerFor(ids: string[], phones: string[]) {
  return identifierReplacer(new Set(ids.map(normaliseWords)), new Set(phones.map(phoneDigits)), R);
}

describe("identifierReplacer", () => {
  it("removes names whatever the case and spacing, and phones whatever the separators", () => {
    const f = replacerFor(["Alex Example"], ["01632 960123"]);
    expect(f?.("Thanks to ALEX \n  example, on (01632) 960-123.")).toBe(
      `Thanks to ${R}, on (${R}.`,
    );
  });

  test.prop([dirtyText], { numRuns: 400 })(
    "leaves nothing the reference search would find",
    ({ ids, phones, text }) => {
      const f = replacerFor(ids, phones);
      const re = referenceRegex(ids, phones);
      if (!f || !re) return;
      let out = text;
      for (let i = 0; i < 5; i++) out = f(out);
      expect(out.match(re)).toBeNull();
    },
  );

  test.prop([dirtyText], { numRuns: 400 })(
    "changes nothing when there is nothing to find",
    ({ ids, phones, text }) => {
      const f = replacerFor(ids, phones);
      const re = referenceRegex(ids, phones);
      if (!f || !re) return;
      if (text.match(re) === null) expect(f(text)).toBe(text);
    },
  );

  test.prop([dirtyText], { numRuns: 400 })(
    "agrees with the reference on names alone",
    ({ ids, text }) => {
      const f = replacerFor(ids, []);
      const re = referenceRegex(ids, []);
      if (!f || !re) return;
      expect(f(text)).toBe(text.replace(re, R));
    },
  );
});
