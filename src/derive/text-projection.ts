/**
 * How text is normalised before ppie looks for a contributor's identifiers in it: one
 * definition shared by the `privacy/identifier-in-text` rule (detection) and the report
 * builders (removal), so that what the rule flags is what a report removes.
 *
 * Each normalised character keeps the span of the original text it came from, so that a
 * match found in normalised text removes exactly the right characters of the original.
 *
 * Three layers:
 * 1. {@link canonicalText}: what a reader sees, in one spelling: compatibility forms folded
 *    (NFKD: full-width letters and digits, ligatures, mathematical letters), accents and other
 *    combining marks dropped (so NFC and NFD agree, and "José" reads as "jose"), lower case,
 *    Cyrillic and Greek letters that look like Latin ones read as Latin, invisible characters
 *    dropped (Unicode's default-ignorable code points: zero-width spaces and joiners, soft
 *    hyphens, the combining grapheme joiner, bidirectional controls), `%40`-style escapes of
 *    ASCII characters decoded, any run of white space read as one space, dashes as `-` and
 *    apostrophes as `'`, and the text inside a right-to-left override (U+202E, up to U+202C or
 *    the end of the line) put back in the order it is displayed.
 * 2. {@link wordProjection}: for names, email addresses and postal addresses: the canonical
 *    text without the characters that join or separate the words of a name (spaces, `.`,
 *    `-`, `_`, `'`), remembering where they were (word boundaries).
 * 3. {@link digitProjection}: for phone numbers: the digits, with the characters written
 *    between the digits of a phone number (spaces, brackets, `.`, `-`, `/`, `_`) skipped and
 *    anything else breaking the number.
 *
 * @module
 */

/** Normalised characters, each with the span `[origin, originEnd)` of the original text. */
export interface Projection {
  readonly chars: string[];
  readonly origin: number[];
  readonly originEnd: number[];
  /**
   * Spans of the original text displayed right to left by an override (U+202E up to U+202C or
   * the end of the line, the controls included): a match inside one removes all of it.
   */
  readonly runs: readonly (readonly [number, number])[];
}

/**
 * Letters of other scripts that are drawn like Latin letters (the confusables that matter for
 * names and email addresses: Cyrillic, Greek and a few Latin variants), with typographic
 * apostrophes and dashes, mapped to the ASCII character they look like.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters
  А: "a",
  а: "a",
  В: "b",
  в: "b",
  С: "c",
  с: "c",
  Ԁ: "d",
  ԁ: "d",
  Е: "e",
  е: "e",
  Н: "h",
  һ: "h",
  І: "i",
  і: "i",
  Ӏ: "i",
  ӏ: "l",
  Ј: "j",
  ј: "j",
  К: "k",
  М: "m",
  О: "o",
  о: "o",
  Р: "p",
  р: "p",
  Ԛ: "q",
  ԛ: "q",
  Ѕ: "s",
  ѕ: "s",
  Т: "t",
  Ԝ: "w",
  ԝ: "w",
  Х: "x",
  х: "x",
  У: "y",
  у: "y",
  Ү: "y",
  ү: "y",
  // Greek capitals and small letters
  Α: "a",
  α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "i",
  ι: "i",
  Κ: "k",
  κ: "k",
  Μ: "m",
  Ν: "n",
  ν: "v",
  Ο: "o",
  ο: "o",
  Ρ: "p",
  ρ: "p",
  Τ: "t",
  Υ: "y",
  υ: "u",
  Χ: "x",
  χ: "x",
  ϲ: "c",
  Ϲ: "c",
  ϳ: "j",
  // Latin variants
  ı: "i",
  ɑ: "a",
  ɡ: "g",
  // apostrophes and dashes
  "\u2018": "'",
  "\u2019": "'",
  "\u02BC": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const LINE_END = /[\n\r\u0085\u2028\u2029]/;
const RLO = 0x202e;
const PDF = 0x202c;

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * The printable ASCII character a `%XX` escape at `i` stands for, or `undefined`. Inside a
 * right-to-left override the escape is stored reversed (`XX%` displays as `%XX`).
 */
function percentEscape(text: string, i: number, reversed: boolean): string | undefined {
  if (i + 2 >= text.length || text.charCodeAt(reversed ? i + 2 : i) !== 37) return undefined;
  const hi = hexValue(text.charCodeAt(i + 1));
  const lo = hexValue(text.charCodeAt(reversed ? i : i + 2));
  if (hi < 0 || lo < 0) return undefined;
  const code = hi * 16 + lo;
  return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : undefined;
}

/**
 * Receives the canonical characters of a text as {@link walkCanonical} reads them, each with
 * its span `[start, end)` in the original.
 */
export interface CanonicalSink {
  /** A canonical character. */
  push(ch: string, start: number, end: number): void;
  /** An original character that is not read (invisible, a combining mark, a control). */
  drop(start: number, end: number): void;
  /** A right-to-left override starts at `at`. */
  openRun(at: number): void;
  /** The override run (if any) ends at `at`: its characters are displayed in reverse. */
  closeRun(at: number): void;
  /** Whether an override run is open. */
  readonly reversed: boolean;
}

/** Collects projected characters; `drop` gives a dropped character's span to its neighbour. */
class Builder implements Projection, CanonicalSink {
  readonly chars: string[] = [];
  readonly origin: number[] = [];
  readonly originEnd: number[] = [];
  readonly runs: [number, number][] = [];
  /** Start of the open right-to-left override run in `chars`, or -1. */
  private run = -1;

  /** Whether a right-to-left override run is open. */
  get reversed(): boolean {
    return this.run >= 0;
  }
  /** Where the open run starts in the original text. */
  private runOrigin = 0;

  push(ch: string, start: number, end: number): void {
    this.chars.push(ch);
    this.origin.push(start);
    this.originEnd.push(end);
  }

  /** A dropped character right after the last kept one widens the last one's span. */
  drop(start: number, end: number): void {
    const last = this.originEnd.length - 1;
    if (last >= 0 && this.originEnd[last] === start) this.originEnd[last] = end;
  }

  /** Open a right-to-left override run at original position `at`. */
  openRun(at: number): void {
    this.closeRun(at);
    this.run = this.chars.length;
    this.runOrigin = at;
  }

  /** Close an open override run, ending at original position `at`: it reads right to left. */
  closeRun(at: number): void {
    if (this.run < 0) return;
    for (const list of [this.chars, this.origin, this.originEnd] as unknown[][]) {
      const tail = list.splice(this.run).reverse();
      list.push(...tail);
    }
    this.runs.push([this.runOrigin, at]);
    this.run = -1;
  }
}

/** One character outside ASCII: folded, decomposed, lower-cased, marks dropped. */
function pushFolded(b: CanonicalSink, ch: string, start: number, end: number): void {
  const look = LOOK_ALIKES[ch];
  if (look !== undefined) {
    b.push(look, start, end);
    return;
  }
  let kept = false;
  for (const d of ch.normalize("NFKD")) {
    for (const e of d.toLowerCase()) {
      if (MARK.test(e) || IGNORABLE.test(e)) continue;
      const f = LOOK_ALIKES[e] ?? (SPACE.test(e) ? " " : e);
      b.push(f, start, end);
      kept = true;
    }
  }
  if (!kept) b.drop(start, end);
}

/**
 * Text as a reader sees it, in one spelling (layer 1; see the module notes), with each
 * character's span in the original.
 *
 * @param text - any text
 * @returns the normalised characters and their spans
 * @example
 * ```ts
 * canonicalText("Ｐri\u200Bya").chars.join(""); // "priya"
 * ```
 */
export function canonicalText(text: string): Projection {
  const b = new Builder();
  walkCanonical(text, b);
  return b;
}

/**
 * Read a text as {@link canonicalText} does, handing each canonical character to a sink
 * (without building arrays: a streaming search uses it to skip texts that cannot match).
 *
 * @param text - any text
 * @param b - the sink
 */
export function walkCanonical(text: string, b: CanonicalSink): void {
  let i = 0;
  while (i < text.length) {
    let code = text.charCodeAt(i);
    let end = i + 1;
    if (code === 37 || (b.reversed && hexValue(code) >= 0)) {
      const decoded = percentEscape(text, i, b.reversed);
      if (decoded !== undefined) {
        code = decoded.charCodeAt(0);
        end = i + 3;
      }
    }
    if (code < 0x80) {
      if (code === 10 || code === 13) b.closeRun(i);
      if (code >= 65 && code <= 90) b.push(String.fromCharCode(code + 32), i, end);
      else if (code === 32 || (code >= 9 && code <= 13)) b.push(" ", i, end);
      else b.push(String.fromCharCode(code), i, end);
      i = end;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    end = i + ch.length;
    if (cp === RLO) {
      b.openRun(i);
    } else if (cp === PDF) {
      b.drop(i, end);
      b.closeRun(end);
    } else if (SPACE.test(ch)) {
      if (LINE_END.test(ch)) b.closeRun(i);
      b.push(" ", i, end);
    } else if (IGNORABLE.test(ch) || MARK.test(ch)) {
      b.drop(i, end);
    } else {
      pushFolded(b, ch, i, end);
    }
    i = end;
  }
  b.closeRun(text.length);
}

/**
 * Whether a canonical character joins the words of a name (and is left out of the word
 * projection).
 *
 * @param ch - a canonical character
 * @returns true for a space, `.`, `-`, `_` or `'`
 */
export function isJoiner(ch: string): boolean {
  return ch === " " || ch === "." || ch === "-" || ch === "_" || ch === "'";
}

/** The word projection: {@link Projection} plus where words meet. */
export interface WordProjection extends Projection {
  /** `true` where a joiner was dropped just before this character (or it is the first). */
  readonly gapBefore: boolean[];
  /** `true` when joiners were dropped after the last character. */
  readonly gapAtEnd: boolean;
}

/**
 * Layer 2 for names, email addresses and postal addresses: the canonical text without the
 * characters that join the words of a name (space, `.`, `-`, `_`, `'`), remembering where
 * they were, so that "Priya Example", "priya.example" and "PRIYA_EXAMPLE" read alike.
 *
 * @param c - canonical text from {@link canonicalText}
 * @returns the projection
 * @example
 * ```ts
 * wordProjection(canonicalText("Priya O’Neil-Smith")).chars.join(""); // "priyaoneilsmith"
 * ```
 */
export function wordProjection(c: Projection): WordProjection {
  const chars: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  const gapBefore: boolean[] = [];
  let gap = true;
  for (let k = 0; k < c.chars.length; k++) {
    const ch = c.chars[k] as string;
    if (isJoiner(ch)) {
      gap = true;
      continue;
    }
    chars.push(ch);
    origin.push(c.origin[k] as number);
    originEnd.push(c.originEnd[k] as number);
    gapBefore.push(gap);
    gap = false;
  }
  return { chars, origin, originEnd, runs: c.runs, gapBefore, gapAtEnd: gap };
}

/**
 * How the digit projection reads a canonical character: a digit or `+` as itself, a
 * separator not at all (`undefined`), anything else as `#`.
 *
 * @param ch - a canonical character
 * @returns the projected character, or `undefined` when it is skipped
 */
export function phoneChar(ch: string): string | undefined {
  switch (ch) {
    case " ":
    case "(":
    case ")":
    case ".":
    case "-":
    case "/":
    case "_":
      return undefined;
    default:
      return (ch >= "0" && ch <= "9") || ch === "+" ? ch : "#";
  }
}

/**
 * Layer 3 for phone numbers: the digits of the canonical text, with the characters written
 * between a phone number's digits skipped, `+` kept (it may start a country code) and any
 * other character read as `#` (it breaks a number).
 *
 * @param c - canonical text from {@link canonicalText}
 * @returns the projection
 * @example
 * ```ts
 * digitProjection(canonicalText("+44 (0)1632/960_003")).chars.join(""); // "+4401632960003"
 * ```
 */
export function digitProjection(c: Projection): Projection {
  const chars: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  for (let k = 0; k < c.chars.length; k++) {
    const ch = phoneChar(c.chars[k] as string);
    if (ch === undefined) continue;
    chars.push(ch);
    origin.push(c.origin[k] as number);
    originEnd.push(c.originEnd[k] as number);
  }
  return { chars, origin, originEnd, runs: c.runs };
}

/**
 * A name, email address or postal address as the word projection reads it.
 *
 * @param s - the identifier as recorded
 * @returns its normalised form ("" when nothing is left)
 * @example
 * ```ts
 * wordPattern("Priya  Example"); // "priyaexample"
 * ```
 */
export function wordPattern(s: string): string {
  return wordProjection(canonicalText(s)).chars.join("");
}

/**
 * The digits of a phone number that any way of writing it shares: its national number,
 * without a UK `+44`, `0044` or `0` prefix (or another country's `+` or `00`), so that
 * "01632 960003", "+44 1632 960003" and "0044 (0)1632 960003" all contain it.
 *
 * @param s - the phone number as recorded
 * @returns its digits without the prefix (all its digits if fewer than 6 would be left)
 * @example
 * ```ts
 * phonePattern("+44 (0)1632 960003"); // "1632960003"
 * ```
 */
export function phonePattern(s: string): string {
  const c = canonicalText(s).chars.join("");
  const digits = c.replace(/\D/g, "");
  const plus = /^\s*\+/.test(c);
  const intl = plus || digits.startsWith("00");
  let rest = intl ? (plus ? digits : digits.slice(2)) : digits.replace(/^0/, "");
  if (intl && rest.startsWith("44")) rest = rest.slice(2).replace(/^0/, "");
  return rest.length >= 6 ? rest : digits;
}
