import type { FreBand } from "../frameworks/flesch-reading-ease-bands.js";
import { describeValue, formatDecimal } from "../format.js";
import { FRE_BANDS } from "../frameworks/flesch-reading-ease-bands.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";
import type { Source, Sources } from "../source.js";
import { cite } from "../source.js";
import { FLESCH_1948, KINCAID_1975, MCLAUGHLIN_1969 } from "../frameworks/publications.js";
import { CHOICE_READABILITY_COUNTING } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const READABILITY_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "readability/no-words",
    severity: "warning",
    title: "No words or no sentences to score",
    example: {
      path: [],
      message: "The text has no words to score.",
      hint: "Pass the text of the summary itself, not an empty string.",
    },
  },
  {
    code: "readability/smog-few-sentences",
    severity: "warning",
    title: "Too few sentences for SMOG",
    example: {
      path: ["sentences"],
      message:
        "SMOG was designed for at least 30 sentences; this text has 2, so the SMOG grade is extrapolated and unreliable.",
      hint: "Use the Flesch scores for short texts, or score a longer sample.",
    },
  },
  {
    code: "readability/short-text",
    severity: "info",
    title: "A text too short for stable scores",
    example: {
      path: ["words"],
      message: "The text has 6 words; readability scores for fewer than 100 words are unstable.",
      hint: "Report the word, sentence and syllable counts alongside the score.",
    },
  },
  {
    code: "readability/invalid-counts",
    severity: "error",
    title: "A count that is not a whole number of 0 or more",
    example: { path: ["words"], message: "words is -1, not a whole number of 0 or more." },
  },
  {
    code: "readability/implausible-counts",
    severity: "warning",
    title: "Counts that cannot all be true",
    example: {
      path: ["syllables"],
      message: "There are fewer syllables (100) than words (120); every word has at least one.",
    },
  },
]);

export { FRE_BANDS, type FreBand } from "../frameworks/flesch-reading-ease-bands.js";

/**
 * Sentences SMOG was designed for: McLaughlin (1969) built it on samples of 30 sentences.
 *
 * @example
 * ```ts
 * SMOG_MIN_SENTENCES; // 30
 * ```
 * @category Scores
 */
export const SMOG_MIN_SENTENCES = 30;

/**
 * Below this many words a readability score is unstable, so ppie adds a note (a ppie design
 * choice, see docs/design-choices.md#counting-for-readability).
 *
 * @example
 * ```ts
 * READABILITY_MIN_STABLE_WORDS; // 100
 * ```
 * @category Scores
 */
export const READABILITY_MIN_STABLE_WORDS = 100;

/**
 * Text counts a readability formula needs: W words, S sentences, Y syllables, P polysyllables.
 *
 * @category Scores
 */
export interface ReadabilityCounts {
  /** W: words. */
  words: number;
  /** S: sentences. */
  sentences: number;
  /** Y: syllables. */
  syllables: number;
  /** P: polysyllabic words (3 or more syllables); needed for SMOG only. */
  polysyllables?: number;
}

/**
 * The figures a readability score was built from.
 *
 * @category Scores
 */
export interface ReadabilityComponents {
  /** W: words. */
  words: number;
  /** S: sentences. */
  sentences: number;
  /** Y: syllables. */
  syllables: number;
  /** P: words of 3 or more syllables (`null` when not supplied). */
  polysyllables: number | null;
  /** W / S (`null` when S is 0). */
  wordsPerSentence: number | null;
  /** Y / W (`null` when W is 0). */
  syllablesPerWord: number | null;
  /** Flesch Reading Ease = 206.835 − 1.015 × W/S − 84.6 × Y/W. */
  fleschReadingEase: number | null;
  /** Flesch–Kincaid Grade Level = 0.39 × W/S + 11.8 × Y/W − 15.59 (a US school grade). */
  fleschKincaidGrade: number | null;
  /** SMOG grade = 1.0430 × √(P × 30 / S) + 3.1291 (a US school grade). */
  smogGrade: number | null;
  /** Whether the text has the 30 sentences SMOG was designed for. */
  smogReliable: boolean;
}

/**
 * A readability score: value is the Flesch Reading Ease; `band` is a {@link FreBand}.
 *
 * @category Scores
 */
export type ReadabilityScore = Score<ReadabilityComponents>;

/** Flesch (1948): the reading ease formula and the bands of its Table 5. */
const FLESCH: Source = /* @__PURE__ */ cite(FLESCH_1948, "the formula; Table 5 for the bands", {
  note: "The band labels (very easy to very difficult) are checked through reproductions, not the journal page: a retyped reprint of the paper (DuBay, The Classic Readability Studies, 2007, whose lowest band reads 0 to 20, taken to be a retyping slip for 0 to 30) and DuBay's table of Flesch's 1949 book (The Art of Readable Writing, pp. 149-150).",
});

/** Text scored by ppie: the three formulas and ppie's counting rules. */
export const READABILITY_SOURCES: Sources = [
  FLESCH,
  KINCAID_1975,
  MCLAUGHLIN_1969,
  CHOICE_READABILITY_COUNTING,
];

/** Counts you supplied, without polysyllables: the two Flesch formulas only. */
export const READABILITY_COUNTS_SOURCES: Sources = [FLESCH, KINCAID_1975];

/** Counts you supplied, with polysyllables: the three formulas. */
export const READABILITY_COUNTS_SMOG_SOURCES: Sources = [FLESCH, KINCAID_1975, MCLAUGHLIN_1969];

function sourcesFor(method: string, smog: boolean): Sources {
  if (method !== "counts") return READABILITY_SOURCES;
  return smog ? READABILITY_COUNTS_SMOG_SOURCES : READABILITY_COUNTS_SOURCES;
}

/**
 * Abbreviations whose full stop does not end a sentence (compared lower-case, without the
 * final stop). A ppie design choice (see docs/design-choices.md#counting-for-readability):
 * abbreviations such as "e.g.", "Dr." and "i.e." would otherwise split sentences. "etc." is left
 * out on purpose: it usually ends a sentence.
 */
const ABBREVIATIONS: Readonly<Record<string, true>> = {
  "e.g": true,
  "i.e": true,
  "a.k.a": true,
  dr: true,
  mr: true,
  mrs: true,
  ms: true,
  mx: true,
  prof: true,
  st: true,
  vs: true,
  cf: true,
  approx: true,
  fig: true,
  al: true,
};

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const MARKS = /\p{M}/gu;
const PART_SEPARATOR = /[.,\-\u2010\u2011_]/;

function isWordCp(cp: number): boolean {
  if (cp < 128) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function isDigitCp(cp: number): boolean {
  return cp >= 48 && cp <= 57;
}

function isNewlineCp(cp: number): boolean {
  return cp === 10 || cp === 13 || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

function isSpaceCp(cp: number): boolean {
  if (cp === 32 || cp === 9 || cp === 11 || cp === 12) return true;
  if (cp < 128) return false;
  return SPACE_CHAR.test(String.fromCodePoint(cp));
}

/** Characters that join two word characters into one word: apostrophes, hyphens, a dot. */
function isJoinerCp(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 45 || cp === 0x2010 || cp === 0x2011 || cp === 46;
}

/** Sentence-ending punctuation: . ! ? and the ideographic and full-width forms. */
function isTerminalCp(cp: number): boolean {
  return cp === 46 || cp === 33 || cp === 63 || cp === 0x3002 || cp === 0xff01 || cp === 0xff1f;
}

/** Closing quotes and brackets that may follow sentence-ending punctuation. */
function isCloserCp(cp: number): boolean {
  return (
    cp === 34 ||
    cp === 39 ||
    cp === 41 ||
    cp === 93 ||
    cp === 125 ||
    cp === 0x201d ||
    cp === 0x2019 ||
    cp === 0xbb
  );
}

/** Bullet markers recognised at the start of a line, when followed by a space. */
function isBulletCp(cp: number): boolean {
  return (
    cp === 45 ||
    cp === 42 ||
    cp === 43 ||
    cp === 0x2022 ||
    cp === 0x2023 ||
    cp === 0x25e6 ||
    cp === 0x25aa ||
    cp === 0x2013 ||
    cp === 0x2014 ||
    cp === 0xb7 ||
    cp === 0x2043
  );
}

function isVowel(ch: string, atStart: boolean): boolean {
  return (
    ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u" || (ch === "y" && !atStart)
  );
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/** Syllables in one part of a word (letters and digits only, no joiners). */
function partSyllables(raw: string): number {
  const lower = raw.toLowerCase();
  // Accented Latin letters count as their base vowel (é → e); a written accent on the final
  // e means it is sounded, so the silent-e rule looks at the unaccented original.
  const part = hasNonAscii(lower) ? lower.normalize("NFD").replace(MARKS, "") : lower;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < part.length; i++) {
    const v = isVowel(part[i]!, i === 0);
    if (v && !inGroup) groups += 1;
    inGroup = v;
  }
  const n = part.length;
  const endsInE = lower[lower.length - 1] === "e";
  if (groups > 1 && n >= 2 && endsInE && !isVowel(part[n - 2]!, n - 2 === 0)) {
    const consonantLe = n >= 3 && part[n - 2] === "l" && !isVowel(part[n - 3]!, n - 3 === 0);
    if (!consonantLe) groups -= 1;
  }
  return Math.max(1, groups);
}

/**
 * Count the syllables of one word with ppie's pinned heuristic (a ppie design choice, see
 * docs/design-choices.md#counting-for-readability; version `vowel-groups-v1`, published so that
 * scores can be reproduced):
 *
 * 1. Remove apostrophes; split the word into parts at hyphens, dots, commas and underscores
 *    ("well-known" → well + known; "3.5" → 3 + 5).
 * 2. In each part, lower-cased with accents removed (é → e), count the runs of vowels
 *    a, e, i, o, u and y (y is a consonant as the first letter: "yes").
 * 3. Silent e: if the part ends in a consonant + unaccented "e" and has more than one vowel
 *    run, subtract one ("make" → 1; "café" keeps 2) — except the -le rule: a consonant +
 *    "le" ending keeps its syllable ("table" → 2, "little" → 2).
 * 4. Every part counts at least 1 syllable (numbers, acronyms without vowels, other scripts).
 *
 * Expect differences of a few syllables from dictionary-based tools.
 *
 * @param word - one word (letters, digits and joiners)
 * @returns the syllable count, at least 1 for a word with any letter or digit, 0 otherwise
 * @example
 * ```ts
 * countSyllables("table"); // 2
 * countSyllables("make"); // 1
 * ```
 * @category Scores
 */
export function countSyllables(word: string): number {
  const parts = word.replace(/['\u2019]/g, "").split(PART_SEPARATOR);
  let total = 0;
  for (const part of parts) {
    let hasWordChar = false;
    for (const ch of part) {
      if (isWordCp(ch.codePointAt(0)!)) {
        hasWordChar = true;
        break;
      }
    }
    if (hasWordChar) total += partSyllables(part);
  }
  return total;
}

/**
 * Count words, sentences, syllables and polysyllabic words in a text, in one linear pass
 * (no backtracking regular expressions). The rules are a ppie design choice (see
 * docs/design-choices.md#counting-for-readability) for the usual pitfalls of counting
 * (abbreviations, decimals, bullets, headings):
 *
 * - **Word**: a run of letters, digits and combining marks; an apostrophe, hyphen or dot
 *   between two such characters joins them ("don't", "well-known", "e.g", "3.5" and
 *   "nihr.ac.uk" are one word each).
 * - **Sentence end**: one or more of `. ! ?` (then any closing quotes or brackets) followed by
 *   a space, a line break or the end of the text — except a single full stop after one of
 *   the abbreviations e.g., i.e., a.k.a., Dr., Mr., Mrs., Ms., Mx., Prof., St., vs., cf.,
 *   approx., fig., (et) al. Decimals never end a sentence (the dot is inside a word).
 * - **Blank lines** end a sentence (so a heading followed by a blank line is a sentence).
 *   A heading followed directly by a single line break joins the next sentence.
 * - **Bullets**: a line starting with `-`, `*`, `+`, `•`, `‣`, `◦`, `▪`, `–`, `—`, `·`,
 *   `⁃` or a number with `.` or `)` (up to three digits), then a space, is its own sentence
 *   even without a full stop; the marker is not counted as a word.
 * - A sentence is counted only if it has at least one word.
 * - Syllables per word by {@link countSyllables}; a polysyllable has 3 or more.
 *
 * @param text - any text
 * @returns the counts (all zero for empty text)
 * @example
 * ```ts
 * readabilityCounts("The cat sat on the mat."); // { words: 6, sentences: 1, syllables: 6, polysyllables: 0 }
 * ```
 * @category Scores
 */
export function readabilityCounts(text: string): Required<ReadabilityCounts> {
  const n = text.length;
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let polysyllables = 0;
  let wordsInSentence = 0;
  let lastWordEnd = -1;
  let lastWord = "";
  let atLineStart = true;
  let lineIsBullet = false;
  let lineHasContent = false;

  const endSentence = (): void => {
    if (wordsInSentence > 0) {
      sentences += 1;
      wordsInSentence = 0;
    }
  };

  let i = 0;
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      lineIsBullet = false;
      lineHasContent = false;
      while (i < n) {
        const cp = text.codePointAt(i)!;
        if (!isSpaceCp(cp) || isNewlineCp(cp)) break;
        i += cp > 0xffff ? 2 : 1;
      }
      if (i >= n) break;
      // Bullet marker: a symbol, or 1-3 digits then . or ), followed by a horizontal space.
      let j = i;
      const first = text.codePointAt(j)!;
      if (isBulletCp(first)) j += 1;
      else {
        while (j < n && j - i < 3 && isDigitCp(text.charCodeAt(j))) j += 1;
        if (j > i && j < n && (text[j] === "." || text[j] === ")")) j += 1;
        else j = i;
      }
      if (j > i && j < n) {
        const after = text.codePointAt(j)!;
        if (isSpaceCp(after) && !isNewlineCp(after)) {
          endSentence();
          lineIsBullet = true;
          lineHasContent = true;
          i = j;
        }
      }
      continue;
    }

    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;

    if (isWordCp(cp)) {
      const start = i;
      i += width;
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (isWordCp(c)) {
          i += c > 0xffff ? 2 : 1;
          continue;
        }
        const joins = isJoinerCp(c) || (c === 44 && isDigitCp(text.charCodeAt(i - 1)));
        if (joins && i + 1 < n) {
          const next = text.codePointAt(i + 1)!;
          const ok = c === 44 ? isDigitCp(next) : isWordCp(next);
          if (ok) {
            i += 1 + (next > 0xffff ? 2 : 1);
            continue;
          }
        }
        break;
      }
      const word = text.slice(start, i);
      const s = countSyllables(word);
      words += 1;
      syllables += s;
      if (s >= 3) polysyllables += 1;
      wordsInSentence += 1;
      lastWordEnd = i;
      lastWord = word;
      lineHasContent = true;
      continue;
    }

    if (isNewlineCp(cp)) {
      // CR LF is one line break.
      i += cp === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (lineIsBullet || !lineHasContent) endSentence();
      atLineStart = true;
      continue;
    }

    if (isTerminalCp(cp)) {
      const start = i;
      let stops = 0;
      while (i < n && isTerminalCp(text.codePointAt(i)!)) {
        i += 1;
        stops += 1;
      }
      while (i < n && isCloserCp(text.codePointAt(i)!)) i += 1;
      const atBreak = i >= n || isSpaceCp(text.codePointAt(i)!);
      const abbreviation =
        stops === 1 &&
        cp === 46 &&
        lastWordEnd === start &&
        Object.hasOwn(ABBREVIATIONS, lastWord.toLowerCase());
      if (atBreak && !abbreviation) endSentence();
      lineHasContent = true;
      continue;
    }

    if (!isSpaceCp(cp)) lineHasContent = true;
    i += width;
  }
  endSentence();
  return { words, sentences, syllables, polysyllables };
}

/**
 * The Flesch Reading Ease band for a score (Flesch 1948, Table 5): ≥ 90 very easy; 80–< 90
 * easy; 70–< 80 fairly easy; 60–< 70 standard ("plain English"); 50–< 60 fairly difficult;
 * 30–< 50 difficult; below 30 very difficult.
 *
 * Worked example (computed; also a unit test): 65 → "standard"; 39.0 → "difficult"; 116.1 →
 * "very easy"; 20 → "very difficult".
 *
 * @param score - a Flesch Reading Ease score (may be above 100 or below 0)
 * @returns the band, or `null` for `NaN`
 * @example
 * ```ts
 * freBand(65); // "standard"
 * ```
 * @category Scores
 */
export function freBand(score: number): FreBand | null {
  if (Number.isNaN(score)) return null;
  for (const b of FRE_BANDS) if (score >= b.min) return b.band;
  return "very difficult";
}

function round(x: number, digits: number): string {
  return formatDecimal(x, digits);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function isCount(x: unknown): x is number {
  return typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
}

function score(
  counts: Required<ReadabilityCounts> | ReadabilityCounts,
  method: string,
  extra: Diagnostic[],
): ReadabilityScore {
  const diagnostics = [...extra];
  const { words: W, sentences: S, syllables: Y } = counts;
  const P = counts.polysyllables ?? null;
  const components: ReadabilityComponents = {
    words: W,
    sentences: S,
    syllables: Y,
    polysyllables: P,
    wordsPerSentence: S > 0 ? W / S : null,
    syllablesPerWord: W > 0 ? Y / W : null,
    fleschReadingEase: null,
    fleschKincaidGrade: null,
    smogGrade: null,
    smogReliable: S >= SMOG_MIN_SENTENCES,
  };
  const source = sourcesFor(method, P !== null);
  const base = { id: "readability", unit: "points" as const, method, source };
  if (W === 0 || S === 0) {
    diagnostics.push(
      diagnostic(
        "readability/no-words",
        "warning",
        [],
        W === 0 ? "The text has no words to score." : "The text has no sentences to score.",
        "Pass the text of the summary itself, not an empty string.",
      ),
    );
    return {
      ...base,
      value: null,
      components,
      explanation: "No readability score: there is no text to measure.",
      diagnostics,
    };
  }
  const wps = W / S;
  const spw = Y / W;
  const fre = 206.835 - 1.015 * wps - 84.6 * spw;
  const fkgl = 0.39 * wps + 11.8 * spw - 15.59;
  const smog = P === null ? null : 1.043 * Math.sqrt((P * 30) / S) + 3.1291;
  components.fleschReadingEase = fre;
  components.fleschKincaidGrade = fkgl;
  components.smogGrade = smog;
  if (smog !== null && S < SMOG_MIN_SENTENCES) {
    diagnostics.push(
      diagnostic(
        "readability/smog-few-sentences",
        "warning",
        ["sentences"],
        `SMOG was designed for at least 30 sentences; this text has ${S}, so the SMOG grade is extrapolated and unreliable.`,
        "Use the Flesch scores for short texts, or score a longer sample.",
      ),
    );
  }
  if (W < READABILITY_MIN_STABLE_WORDS) {
    diagnostics.push(
      diagnostic(
        "readability/short-text",
        "info",
        ["words"],
        `The text has ${W} words; readability scores for fewer than 100 words are unstable.`,
        "Report the word, sentence and syllable counts alongside the score.",
      ),
    );
  }
  const band = freBand(fre)!;
  const smogText = smog === null ? "" : `; SMOG grade ${round(smog, 2)}`;
  return {
    ...base,
    value: fre,
    band,
    components,
    explanation: `${plural(W, "word")}, ${plural(S, "sentence")}, ${plural(Y, "syllable")}: Flesch Reading Ease = 206.835 − 1.015 × ${round(wps, 3)} − 84.6 × ${round(spw, 3)} = ${round(fre, 2)} (${band}); Flesch–Kincaid grade ${round(fkgl, 2)}${smogText}. Formulas measure surface features only, not jargon or layout.`,
    diagnostics,
  };
}

/**
 * Readability of a text: the value is the Flesch Reading Ease (FRE), with its
 * band, the Flesch–Kincaid Grade Level, the SMOG grade and the counts as components.
 *
 * FRE = 206.835 − 1.015 × W/S − 84.6 × Y/W (Flesch 1948);
 * FKGL = 0.39 × W/S + 11.8 × Y/W − 15.59 (Kincaid et al. 1975);
 * SMOG = 1.0430 × √(P × 30 / S) + 3.1291 (McLaughlin 1969), with a diagnostic below 30
 * sentences. Words, sentences and syllables are counted by {@link readabilityCounts} in linear
 * time. Empty text gives `null` with a diagnostic.
 *
 * Worked example (the FRE value is also published in the `flesch` npm package's README):
 * "The cat sat on the mat." → W 6, S 1, Y 6,
 * FRE 116.145 (very easy), FKGL −1.45.
 *
 * @param text - the text, for example a plain English summary
 * @returns a {@link ReadabilityScore}
 * @example
 * ```ts
 * readability("The cat sat on the mat.").value; // 116.145
 * ```
 * @category Scores
 */
export function readability(text: string): ReadabilityScore {
  const counts = readabilityCounts(typeof text === "string" ? text : "");
  return score(counts, "text:vowel-groups-v1", []);
}

/**
 * Readability from counts you already have, for example from another tool's
 * tokeniser. Counts must be whole numbers ≥ 0, with words and sentences above 0; SMOG is given
 * only when `polysyllables` is.
 *
 * Worked examples (computed; also unit tests): (W 6, S 1, Y 6) → FRE 116.145, FKGL −1.45;
 * (W 100, S 5, Y 150) → FRE 59.635, FKGL 9.91; SMOG (P 10, S 30) → 6.427356.
 *
 * @param counts - `{ words, sentences, syllables, polysyllables? }`
 * @returns a {@link ReadabilityScore}; `null` value with a diagnostic for invalid counts
 * @example
 * ```ts
 * readabilityFromCounts({ words: 100, sentences: 5, syllables: 150 }).value; // 59.635
 * ```
 * @category Scores
 */
export function readabilityFromCounts(counts: ReadabilityCounts): ReadabilityScore {
  const bad: Diagnostic[] = [];
  const keys = ["words", "sentences", "syllables", "polysyllables"] as const;
  for (const key of keys) {
    const v: unknown = counts[key];
    if (key === "polysyllables" && v === undefined) continue;
    if (!isCount(v))
      bad.push(
        diagnostic(
          "readability/invalid-counts",
          "error",
          [key],
          `${key} is ${describeValue(v)}, not a whole number of 0 or more.`,
        ),
      );
  }
  if (bad.length > 0) {
    const s = score({ words: 0, sentences: 0, syllables: 0 }, "counts", []);
    return {
      ...s,
      explanation: "No readability score: the counts are not valid (see diagnostics).",
      diagnostics: bad,
    };
  }
  const warn: Diagnostic[] = [];
  if (counts.syllables < counts.words)
    warn.push(
      diagnostic(
        "readability/implausible-counts",
        "warning",
        ["syllables"],
        `There are fewer syllables (${counts.syllables}) than words (${counts.words}); every word has at least one.`,
      ),
    );
  if (counts.polysyllables !== undefined && counts.polysyllables > counts.words)
    warn.push(
      diagnostic(
        "readability/implausible-counts",
        "warning",
        ["polysyllables"],
        `There are more polysyllabic words (${counts.polysyllables}) than words (${counts.words}).`,
      ),
    );
  return score(counts, "counts", warn);
}
