/**
 * Linear-time search for known identifiers in text (Aho–Corasick over normalised text).
 *
 * A regular expression that alternates every contributor's identifiers costs O(text ×
 * contributors): measured 2.2 ms per 100-character string with 5,000 contributors. This
 * matcher builds one automaton per dataset and then reads each text once, whatever the
 * number of contributors.
 *
 * Text is normalised first (`text-projection.ts`: one spelling for look-alike, invisible,
 * full-width, accented and escaped characters, with each character's span in the original),
 * then:
 * - names and postal addresses match as whole words: the match must not run on into a letter
 *   or digit ("Priya Example" is found in "Priya Example's" and "priya.example", not in
 *   "Priya Examples"), ignoring case and the spaces, dots, hyphens, underscores and
 *   apostrophes between words;
 * - email addresses match anywhere, the same way;
 * - phone numbers match their national digits in order anywhere (see `phonePattern`), with
 *   spaces, brackets, dots, hyphens, slashes or underscores between digits; a `0`, `44`,
 *   `0044` or `+44` written just before them is removed with them.
 *
 * @module
 */
import type { CanonicalSink, Projection, WordProjection } from "./text-projection.js";
import {
  canonicalText,
  digitProjection,
  isJoiner,
  phoneChar,
  walkCanonical,
  wordProjection,
} from "./text-projection.js";

/**
 * The kinds of direct identifier a contributor record holds, in the order messages list them.
 */
export const IDENTIFIER_KINDS = ["email", "phone", "name", "address"] as const;

/** A kind of direct identifier. */
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** One identifier to look for, already normalised (`wordPattern` or `phonePattern`). */
export interface IdentifierPattern {
  /** The normalised identifier. */
  text: string;
  kind: IdentifierKind;
}

interface Automaton {
  /** Transitions of each node. */
  next: Map<string, number>[];
  /** Failure link of each node. */
  fail: number[];
  /** Length of the pattern that ends at this node (0 if none). */
  own: number[];
  /** The kinds of the patterns that end at this node, as bits of {@link IDENTIFIER_KINDS}. */
  kinds: number[];
  /** Nearest node on the failure chain that ends a pattern (-1 if none). */
  dict: number[];
}

const bit = (kind: IdentifierKind): number => 1 << IDENTIFIER_KINDS.indexOf(kind);
/** Kinds that match only as whole words. */
const BOUNDED = bit("name") | bit("address");

function buildAutomaton(patterns: readonly IdentifierPattern[]): Automaton {
  const next: Map<string, number>[] = [new Map()];
  const own: number[] = [0];
  const kinds: number[] = [0];
  for (const p of patterns) {
    let node = 0;
    for (const ch of p.text) {
      let to = next[node]!.get(ch);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        own.push(0);
        kinds.push(0);
        next[node]!.set(ch, to);
      }
      node = to;
    }
    own[node] = [...p.text].length;
    kinds[node] = kinds[node]! | bit(p.kind);
  }
  const fail = new Array<number>(next.length).fill(0);
  const dict = new Array<number>(next.length).fill(-1);
  const queue: number[] = [];
  for (const to of next[0]!.values()) queue.push(to);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const [ch, to] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(ch)) f = fail[f]!;
      const g = next[f]!.get(ch);
      fail[to] = g !== undefined && g !== to ? g : 0;
      const ft = fail[to]!;
      dict[to] = own[ft]! > 0 ? ft : dict[ft]!;
      queue.push(to);
    }
  }
  return { next, fail, own, kinds, dict };
}

/**
 * Every pattern occurrence in projected text: calls `hit(start, end, kinds)` with `[start,
 * end)` in projected positions.
 */
function scan(
  a: Automaton,
  chars: readonly string[],
  hit: (start: number, end: number, kinds: number) => void,
): void {
  let node = 0;
  for (let i = 0; i < chars.length; i++) {
    node = step(a, node, chars[i]!);
    for (let n = a.own[node]! > 0 ? node : a.dict[node]!; n !== -1; n = a.dict[n]!) {
      hit(i - a.own[n]! + 1, i + 1, a.kinds[n]!);
    }
  }
}

/** One step of an automaton. */
function step(a: Automaton, node: number, ch: string): number {
  let n = node;
  let to = a.next[n]!.get(ch);
  while (to === undefined && n !== 0) {
    n = a.fail[n]!;
    to = a.next[n]!.get(ch);
  }
  return to ?? 0;
}

/**
 * Reads canonical characters straight into both automata, building nothing, and notes whether
 * any pattern could end anywhere (before boundaries are checked) or an override run was seen:
 * only then is the full search, with spans, worth making.
 */
class Probe implements CanonicalSink {
  readonly reversed = false;
  hit = false;
  private wordNode = 0;
  private digitNode = 0;

  constructor(
    private readonly words: Automaton | undefined,
    private readonly phones: Automaton | undefined,
  ) {}

  push(ch: string): void {
    if (this.hit) return;
    const w = this.words;
    if (w !== undefined && !isJoiner(ch)) {
      this.wordNode = step(w, this.wordNode, ch);
      if (w.own[this.wordNode]! > 0 || w.dict[this.wordNode]! !== -1) this.hit = true;
    }
    const p = this.phones;
    const d = p === undefined ? undefined : phoneChar(ch);
    if (p !== undefined && d !== undefined) {
      this.digitNode = step(p, this.digitNode, d);
      if (p.own[this.digitNode]! > 0 || p.dict[this.digitNode]! !== -1) this.hit = true;
    }
  }

  drop(): void {}

  openRun(): void {
    this.hit = true;
  }

  closeRun(): void {}
}

/** The original span of projected positions `[start, end)` (runs may be reordered). */
function originalSpan(p: Projection, start: number, end: number): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (let k = start; k < end; k++) {
    lo = Math.min(lo, p.origin[k]!);
    hi = Math.max(hi, p.originEnd[k]!);
  }
  return [lo, hi];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether words meet at projected position `k` (between characters `k - 1` and `k`). */
function boundary(p: WordProjection, k: number): boolean {
  if (k === 0 || k >= p.chars.length || p.gapBefore[k]) return true;
  return !WORD_CHAR.test(p.chars[k - 1]!) || !WORD_CHAR.test(p.chars[k]!);
}

/** Widen a phone match over the trunk or country prefix written just before it. */
function phoneStart(chars: readonly string[], start: number): number {
  let s = start;
  const at = (k: number, text: string) => chars.slice(k, k + text.length).join("") === text;
  if (s >= 1 && at(s - 1, "0")) s -= 1;
  if (s >= 2 && at(s - 2, "44")) {
    s -= 2;
    if (s >= 2 && at(s - 2, "00")) s -= 2;
    else if (s >= 1 && at(s - 1, "+")) s -= 1;
  }
  return s;
}

/** What {@link IdentifierMatcher.find} found in one text. */
export interface IdentifierHits {
  /** The kinds found, as bits of {@link IDENTIFIER_KINDS} (0 when none). */
  kinds: number;
  /** Spans `[start, end)` of the original text to remove, sorted, not overlapping. */
  spans: [number, number][];
}

/** A search for a fixed set of identifiers. */
export interface IdentifierMatcher {
  /** Find every identifier in a text. */
  find(text: string): IdentifierHits;
  /** The same, in text already normalised with `canonicalText`. */
  findCanonical(canonical: Projection): IdentifierHits;
}

/**
 * Sort spans, widen those that reach into a right-to-left override run to the whole run (what
 * is left of a reversed run would read backwards), and merge those that overlap or touch.
 */
function mergeSpans(
  spans: [number, number][],
  runs: readonly (readonly [number, number])[],
): [number, number][] {
  for (const s of spans) {
    for (const [a, b] of runs) {
      if (s[0] < b && a < s[1]) {
        s[0] = Math.min(s[0], a);
        s[1] = Math.max(s[1], b);
      }
    }
  }
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/**
 * A matcher for identifiers: names, email and postal addresses normalised with `wordPattern`,
 * phone numbers with `phonePattern`.
 *
 * @param patterns - the identifiers to look for (empty texts are ignored)
 * @returns the matcher, or `undefined` when there is nothing to look for
 * @example
 * ```ts
 * import { wordPattern } from "./text-projection.js";
 * const m = identifierMatcher([{ text: wordPattern("Alex Example"), kind: "name" }]);
 * m?.find("Thanks, ALEX example!").spans; // [[8, 20]]
 * ```
 */
export function identifierMatcher(
  patterns: readonly IdentifierPattern[],
): IdentifierMatcher | undefined {
  const wordPatterns = patterns.filter((p) => p.kind !== "phone" && p.text !== "");
  const phonePatterns = patterns.filter((p) => p.kind === "phone" && p.text !== "");
  if (wordPatterns.length === 0 && phonePatterns.length === 0) return undefined;
  const words = wordPatterns.length > 0 ? buildAutomaton(wordPatterns) : undefined;
  const phones = phonePatterns.length > 0 ? buildAutomaton(phonePatterns) : undefined;
  const findCanonical = (canonical: Projection): IdentifierHits => {
    const spans: [number, number][] = [];
    let kinds = 0;
    if (words) {
      const p = wordProjection(canonical);
      scan(words, p.chars, (start, end, k) => {
        const whole = boundary(p, start) && boundary(p, end);
        const found = whole ? k : k & ~BOUNDED;
        if (found === 0) return;
        kinds |= found;
        spans.push(originalSpan(p, start, end));
      });
    }
    if (phones) {
      const p = digitProjection(canonical);
      scan(phones, p.chars, (start, end, k) => {
        kinds |= k;
        spans.push(originalSpan(p, phoneStart(p.chars, start), end));
      });
    }
    return { kinds, spans: mergeSpans(spans, canonical.runs) };
  };
  const none: IdentifierHits = { kinds: 0, spans: [] };
  return {
    findCanonical,
    find(text: string): IdentifierHits {
      const probe = new Probe(words, phones);
      walkCanonical(text, probe);
      return probe.hit ? findCanonical(canonicalText(text)) : { ...none, spans: [] };
    },
  };
}

/**
 * Replace spans of a text.
 *
 * @param text - the original text
 * @param spans - sorted, non-overlapping spans, as {@link IdentifierHits.spans}
 * @param replacement - what each span becomes
 * @returns the text with every span replaced
 * @example
 * ```ts
 * replaceSpans("a secret b", [[2, 8]], "[x]"); // "a [x] b"
 * ```
 */
export function replaceSpans(
  text: string,
  spans: readonly (readonly [number, number])[],
  replacement: string,
): string {
  if (spans.length === 0) return text;
  let out = "";
  let cursor = 0;
  for (const [start, end] of spans) {
    out += text.slice(cursor, start) + replacement;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * The names of the kinds in a bit set, in the order of {@link IDENTIFIER_KINDS}.
 *
 * @param kinds - bits of {@link IDENTIFIER_KINDS}
 * @returns the kinds
 * @example
 * ```ts
 * kindsOf(0b101); // ["email", "name"]
 * ```
 */
export function kindsOf(kinds: number): IdentifierKind[] {
  return IDENTIFIER_KINDS.filter((k) => (kinds & bit(k)) !== 0);
}
