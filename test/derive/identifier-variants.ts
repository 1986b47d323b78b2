/**
 * Ways of writing a contributor's name, email address or phone number that a reader still
 * reads as the same identifier (the red-team cases of issue 17): invisible characters, soft
 * hyphens, full-width forms, Cyrillic and Greek look-alikes, decomposed accents, a right-to-left
 * override with the text stored reversed, other spellings of a phone number's prefix and
 * separators, and escaped or full-width `@`.
 */

/** A named rewrite of an identifier. */
export interface Variant {
  name: string;
  of: "name" | "email" | "phone";
  apply: (s: string) => string;
  /** The text left when the identifier is removed (default: just the replacement). */
  left?: (replacement: string) => string;
}

const FULL_WIDTH_OFFSET = 0xff01 - 0x21;

/** Full-width form of printable ASCII (space as the ideographic space). */
export function fullWidth(s: string): string {
  return [...s]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (ch === " ") return "\u3000";
      return c > 0x20 && c < 0x7f ? String.fromCharCode(c + FULL_WIDTH_OFFSET) : ch;
    })
    .join("");
}

/** Latin letters and the Cyrillic letters drawn like them. */
export const CYRILLIC: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  j: "ј",
  o: "о",
  p: "р",
  s: "ѕ",
  x: "х",
  y: "у",
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
};

/** Latin letters and the Greek letters drawn like them. */
export const GREEK: Readonly<Record<string, string>> = {
  o: "ο",
  A: "Α",
  B: "Β",
  E: "Ε",
  H: "Η",
  I: "Ι",
  K: "Κ",
  M: "Μ",
  N: "Ν",
  O: "Ο",
  P: "Ρ",
  T: "Τ",
  X: "Χ",
  Y: "Υ",
  Z: "Ζ",
};

const swap = (table: Readonly<Record<string, string>>) => (s: string) =>
  [...s].map((ch) => table[ch] ?? ch).join("");

/** Insert a character after the second character of every word. */
const inside = (mark: string) => (s: string) =>
  s
    .split(" ")
    .map((w) =>
      [...w].length > 2 ? [...w].slice(0, 2).join("") + mark + [...w].slice(2).join("") : w,
    )
    .join(" ");

/** Stored reversed inside a right-to-left override, so that it displays the right way round. */
export const reversedInOverride = (s: string) => `\u202E${[...s].reverse().join("")}\u202C`;

/** Mathematical bold letters and digits. */
function mathBold(s: string): string {
  return [...s]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d400 + c - 65);
      if (c >= 97 && c <= 122) return String.fromCodePoint(0x1d41a + c - 97);
      if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ce + c - 48);
      return ch;
    })
    .join("");
}

/** Every variant, each for the kind of identifier it applies to. */
export const VARIANTS: readonly Variant[] = [
  { name: "as recorded", of: "name", apply: (s) => s },
  { name: "upper case", of: "name", apply: (s) => s.toUpperCase() },
  { name: "zero-width space inside", of: "name", apply: inside("\u200B") },
  { name: "zero-width joiner inside", of: "name", apply: inside("\u200D") },
  { name: "word joiner inside", of: "name", apply: inside("\u2060") },
  { name: "combining grapheme joiner inside", of: "name", apply: inside("\u034F") },
  { name: "soft hyphen inside", of: "name", apply: inside("\u00AD") },
  { name: "zero-width space for the space", of: "name", apply: (s) => s.replaceAll(" ", "\u200B") },
  { name: "underscore for the space", of: "name", apply: (s) => s.replaceAll(" ", "_") },
  { name: "full-width letters", of: "name", apply: fullWidth },
  { name: "Cyrillic look-alikes", of: "name", apply: swap(CYRILLIC) },
  { name: "Greek look-alikes", of: "name", apply: swap(GREEK) },
  { name: "mathematical bold", of: "name", apply: mathBold },
  { name: "decomposed (NFD)", of: "name", apply: (s) => s.normalize("NFD") },
  { name: "reversed in a right-to-left override", of: "name", apply: reversedInOverride },
  { name: "as recorded", of: "email", apply: (s) => s },
  { name: "full-width @", of: "email", apply: (s) => s.replace("@", "＠") },
  { name: "small @", of: "email", apply: (s) => s.replace("@", "\uFE6B") },
  { name: "%40 for @", of: "email", apply: (s) => s.replace("@", "%40") },
  {
    name: "in a URL",
    of: "email",
    apply: (s) => `https://example.net/c?to=${s.replace("@", "%40")}`,
    left: (r) => `https://example.net/c?to=${r}`,
  },
  { name: "upper case", of: "email", apply: (s) => s.toUpperCase() },
  { name: "zero-width space inside", of: "email", apply: inside("\u200B") },
  { name: "Cyrillic look-alikes", of: "email", apply: swap(CYRILLIC) },
  { name: "full-width", of: "email", apply: fullWidth },
  { name: "reversed in a right-to-left override", of: "email", apply: reversedInOverride },
  { name: "as recorded", of: "phone", apply: (s) => s },
  { name: "+44", of: "phone", apply: (s) => s.replace(/^0/, "+44 ") },
  { name: "+44 (0)", of: "phone", apply: (s) => s.replace(/^0/, "+44 (0)") },
  { name: "0044", of: "phone", apply: (s) => s.replace(/^0/, "0044 ") },
  { name: "slashes", of: "phone", apply: (s) => s.replaceAll(" ", "/") },
  { name: "underscores", of: "phone", apply: (s) => s.replaceAll(" ", "_") },
  {
    name: "zero-width spaces",
    of: "phone",
    apply: (s) => [...s.replaceAll(" ", "")].join("\u200B"),
  },
  { name: "full-width digits", of: "phone", apply: fullWidth },
  { name: "reversed in a right-to-left override", of: "phone", apply: reversedInOverride },
];
