import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { IdentifierPattern } from "../../src/derive/identifier-matcher.js";
import { identifierMatcher, kindsOf } from "../../src/derive/identifier-matcher.js";
import { removeIdentifiers } from "../../src/derive/identifiers.js";
import { phonePattern, wordPattern } from "../../src/derive/text-projection.js";
import { identifiersIn } from "../../src/rules/privacy-identifier-in-text.js";
import { CYRILLIC, fullWidth, GREEK, reversedInOverride } from "../derive/identifier-variants.js";

const R = "[identifier removed]";

function matcherFor(names: string[], emails: string[], phones: string[]) {
  const patterns: IdentifierPattern[] = [
    ...names.map((n) => ({ text: wordPattern(n), kind: "name" as const })),
    ...emails.map((e) => ({ text: wordPattern(e), kind: "email" as const })),
    ...phones.map((p) => ({ text: phonePattern(p), kind: "phone" as const })),
  ];
  const m = identifierMatcher(patterns);
  if (m === undefined) throw new Error("no patterns");
  return m;
}

// Names, emails and phones from letters and digits that the sentence around them never uses,
// so that the only identifier in the text is the one put there.
const letter = fc.constantFrom(..."bcjlmpquvwxyzé");
const word = fc
  .string({ unit: letter, minLength: 3, maxLength: 7 })
  .map((w) => w[0]!.toUpperCase() + w.slice(1));
const name = fc.array(word, { minLength: 2, maxLength: 3 }).map((ws) => ws.join(" "));
const email = fc
  .tuple(fc.string({ unit: letter, minLength: 2, maxLength: 6 }), word, word)
  .map(([a, b, c]) => `${a}.${b.toLowerCase()}@${c.toLowerCase()}.org`.normalize("NFC"));
const phone = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 100_000, max: 999_999 }))
  .map(([a, b]) => `0${a} ${b}`);

type Rewrite = (s: string) => string;
/** Rewrite a random share of the characters (the seed picks which). */
const some =
  (f: (ch: string) => string): ((seed: number) => Rewrite) =>
  (seed) =>
  (s) =>
    [...s].map((ch, i) => ((seed >> (i % 30)) & 1 ? f(ch) : ch)).join("");
/** Insert an invisible character after a random share of the characters (never at the ends). */
const invisible =
  (mark: string): ((seed: number) => Rewrite) =>
  (seed) =>
  (s) => {
    const cs = [...s];
    return cs
      .map((ch, i) => (i < cs.length - 1 && (seed >> (i % 30)) & 1 ? ch + mark : ch))
      .join("");
  };

const TEXT_REWRITES: Record<string, (seed: number) => Rewrite> = {
  case: some((ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase())),
  zwsp: invisible("\u200B"),
  zwj: invisible("\u200D"),
  wordJoiner: invisible("\u2060"),
  cgj: invisible("\u034F"),
  softHyphen: invisible("\u00AD"),
  fullWidth: some(fullWidth),
  cyrillic: some((ch) => CYRILLIC[ch] ?? ch),
  greek: some((ch) => GREEK[ch] ?? ch),
  nfd: () => (s) => s.normalize("NFD"),
};
const NAME_REWRITES: Record<string, (seed: number) => Rewrite> = {
  ...TEXT_REWRITES,
  space: (seed) => (s) =>
    s.replaceAll(" ", [" ", "  ", "\u00A0", "\u3000", "\u200B", "_", ".", "-"][seed % 8]!),
};
const EMAIL_REWRITES: Record<string, (seed: number) => Rewrite> = {
  ...TEXT_REWRITES,
  at: (seed) => (s) => s.replace("@", ["@", "＠", "%40", "\uFE6B"][seed % 4]!),
};
const PHONE_REWRITES: Record<string, (seed: number) => Rewrite> = {
  prefix: (seed) => (s) => s.replace(/^0/, ["0", "+44 ", "+44 (0)", "0044 ", "0044-"][seed % 5]!),
  separator: (seed) => (s) => s.replaceAll(" ", [" ", "/", "_", "-", ".", "\u200B", ""][seed % 7]!),
  zwsp: invisible("\u200B"),
  fullWidth: some(fullWidth),
};

/** A random composition of rewrites, maybe stored reversed in a right-to-left override. */
function variantOf(rewrites: Record<string, (seed: number) => Rewrite>) {
  return fc
    .tuple(fc.subarray(Object.keys(rewrites)), fc.integer({ min: 0, max: 2 ** 30 }), fc.boolean())
    .map(([keys, seed, reversed]) => ({
      keys: reversed ? [...keys, "rtl-override"] : keys,
      apply: (s: string) => {
        const out = keys.reduce((acc, k) => rewrites[k]!(seed)(acc), s);
        return reversed ? reversedInOverride(out) : out;
      },
    }));
}

const sentence = (id: string) => `Thanks to ${id} for the idea.`;

describe("identifier variants (issue 17 item 2)", () => {
  test.prop([name, variantOf(NAME_REWRITES)], { numRuns: 300 })(
    "a name written any of these ways is removed, and nothing else",
    (n, v) => {
      const m = matcherFor([n], [], []);
      expect(removeIdentifiers(m, sentence(v.apply(n)))).toBe(sentence(R));
      expect(identifiersIn(sentence(v.apply(n)), m)).toContain("a contributor's full name");
    },
  );

  test.prop([email, variantOf(EMAIL_REWRITES)], { numRuns: 300 })(
    "an email address written any of these ways is removed, and nothing else",
    (e, v) => {
      const m = matcherFor([], [e], []);
      expect(removeIdentifiers(m, sentence(v.apply(e)))).toBe(sentence(R));
      expect(identifiersIn(sentence(v.apply(e)), m)).toContain("an email address");
    },
  );

  test.prop([phone, variantOf(PHONE_REWRITES)], { numRuns: 300 })(
    "a phone number written any of these ways is removed, and nothing else",
    (p, v) => {
      const m = matcherFor([], [], [p]);
      expect(removeIdentifiers(m, sentence(v.apply(p)))).toBe(sentence(R));
      expect(identifiersIn(sentence(v.apply(p)), m)).toContain("a phone number");
    },
  );
});

// Texts made of names, phone numbers and filler, compared with a plain regular expression.
const refLetter = fc.constantFrom("a", "b", "A", "B", "é", "É");
const refWord = fc.string({ unit: refLetter, minLength: 1, maxLength: 3 });
const refName = fc.array(refWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
const refPhone = fc.string({ unit: fc.constantFrom("1", "2", "3"), minLength: 6, maxLength: 8 });
const filler = fc.string({
  unit: fc.constantFrom("a", "b", "1", "2", " ", "\n", "-", "(", "x", ".", "É", ",", "@"),
  maxLength: 30,
});
const dirtyText = fc
  .tuple(
    fc.array(refName, { maxLength: 4 }),
    fc.array(refPhone, { maxLength: 3 }),
    fc.array(filler, { minLength: 1, maxLength: 5 }),
    fc.nat(),
  )
  .map(([names, phones, fillers, seed]) => {
    const pieces = [...names, ...phones.map((p) => `${p.slice(0, 3)} ${p.slice(3)}`)];
    let text = "";
    fillers.forEach((f, i) => {
      text += f + (pieces[(seed + i) % Math.max(1, pieces.length)] ?? "");
    });
    return { names: names.filter((n) => wordPattern(n).length >= 2), phones, text };
  });

/** Accents dropped and case folded, as the matcher reads letters. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The straightforward (but O(text × identifiers)) reference: names as whole words with any
 * joiners between their letters, phone numbers' digits with any separators between them.
 */
function reference(names: string[], phones: string[]): RegExp | undefined {
  const join = (chars: string[], between: string) =>
    chars.map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join(between);
  const patterns = [
    ...names.map(
      (n) => `(?<![\\p{L}\\p{N}])${join([...wordPattern(n)], "[\\s.\\-_']*")}(?![\\p{L}\\p{N}])`,
    ),
    ...phones.map((p) => join([...phonePattern(p)], "[\\s().\\-/_]*")),
  ];
  return patterns.length === 0 ? undefined : new RegExp(patterns.join("|"), "u");
}

describe("identifierMatcher against a reference search", () => {
  it("removes names whatever the case and spacing, and phones whatever the separators", () => {
    const m = matcherFor(["Alex Example"], [], ["01632 960123"]);
    expect(removeIdentifiers(m, "Thanks to ALEX \n  example, on (01632) 960-123.")).toBe(
      `Thanks to ${R}, on (${R}.`,
    );
  });

  test.prop([dirtyText], { numRuns: 400 })(
    "leaves nothing the reference search would find",
    ({ names, phones, text }) => {
      const re = reference(names, phones);
      if (!re) return;
      const m = matcherFor(names, [], phones);
      expect(fold(removeIdentifiers(m, text)).match(re)).toBeNull();
    },
  );

  test.prop([dirtyText], { numRuns: 400 })(
    "changes nothing when the reference search finds nothing",
    ({ names, phones, text }) => {
      const re = reference(names, phones);
      if (!re) return;
      const m = matcherFor(names, [], phones);
      if (fold(text).match(re) === null) expect(removeIdentifiers(m, text)).toBe(text);
    },
  );

  test.prop([dirtyText], { numRuns: 400 })(
    "the rule finds a contributor's identifier exactly where removal changes the text",
    ({ names, phones, text }) => {
      if (names.length + phones.length === 0) return;
      const m = matcherFor(names, [], phones);
      const found = kindsOf(m.find(text).kinds).length > 0;
      expect(found).toBe(removeIdentifiers(m, text) !== text);
    },
  );
});
