/**
 * The words of `contributor-feedback` documents: sentences made of parts (key words marked
 * bold), the text they quote from the data (so that a sentence too long can be traced to its
 * record), and the measure of plainness every document is held to, taken with ppie's own
 * `readability` scorer.
 *
 * @module
 */
import type { FreBand } from "../frameworks/flesch-reading-ease-bands.js";
import { formatMoney } from "../format.js";
import type { ImpactRecord } from "../model/impact.js";
import { freBand, readability, readabilityCounts } from "../scores/readability.js";
import { formatDate, plural } from "./format.js";
import type { IdeaBlock, ParagraphBlock, Picture } from "./report.js";

/** A run of words; `strong` marks a key word, shown in bold. */
export interface Part {
  readonly text: string;
  readonly strong?: true;
}

/** Text a sentence quotes from the data, and where it is. */
export interface Quote {
  readonly text: string;
  /** Where the text is in the dataset, e.g. `["impacts", 3, "weDid"]`. */
  readonly path: readonly (string | number)[];
  /** What it is, for a message, e.g. `"impact record i-004 (what was done)"`. */
  readonly what: string;
}

/** One sentence: its parts, and what it quotes from the data. */
export interface Line {
  readonly parts: readonly Part[];
  readonly quotes: readonly Quote[];
}

/** A key word, shown in bold. */
export function b(text: string): Part {
  return { text, strong: true };
}

/**
 * Text from the data, quoted in a sentence: its words (with a full stop unless `stop` is false,
 * for a title inside a sentence), and where it came from.
 */
export function quote(
  text: string,
  path: readonly (string | number)[],
  what: string,
  stop = true,
): Part & { quote: Quote } {
  const t = text.trim();
  const stopped = !stop || /[.!?]["')\]]*$/u.test(t) ? t : `${t}.`;
  return { text: stopped, quote: { text: t, path, what } };
}

/**
 * A sentence from words, key words (`b`) and quoted data (`quote`).
 *
 * @example
 * ```ts
 * line("You gave ", b("3 hours"), " of your time.").parts.length; // 3
 * ```
 */
export function line(...segments: (string | Part | (Part & { quote: Quote }))[]): Line {
  const parts: Part[] = [];
  const quotes: Quote[] = [];
  for (const s of segments) {
    if (typeof s === "string") {
      if (s !== "") parts.push({ text: s });
      continue;
    }
    parts.push(s.strong === true ? { text: s.text, strong: true } : { text: s.text });
    if ("quote" in s) quotes.push(s.quote);
  }
  return { parts, quotes };
}

/** The words of a sentence. */
export function lineText(l: Line): string {
  return l.parts.map((p) => p.text).join("");
}

/** An Easy Read idea: a picture and its sentences, one after the other. */
export function ideaBlock(picture: Picture, lines: readonly Line[]): IdeaBlock {
  const parts: { text: string; strong?: true }[] = [];
  lines.forEach((l, i) => {
    if (i > 0) parts.push({ text: " " });
    for (const p of l.parts) parts.push(p.strong === true ? { ...p } : { text: p.text });
  });
  return { type: "idea", picture, parts };
}

/** A plain paragraph of sentences. */
export function paragraphBlock(lines: readonly Line[]): ParagraphBlock {
  return { type: "paragraph", text: lines.map(lineText).join(" ") };
}

/** Time given, in words and digits: `"3 hours"`, `"1 hour and 30 minutes"`, `"45 minutes"`. */
export function timeWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return plural(m, "minute");
  if (m === 0) return plural(h, "hour");
  return `${plural(h, "hour")} and ${plural(m, "minute")}`;
}

/** Money in digits, e.g. `"£150.00"`. */
export function moneyWords(pence: number, currency: string): string {
  return formatMoney(pence, currency);
}

/** A date as a person reads it, e.g. `"3 May 2025"`. */
export function dateWords(iso: string): string {
  return formatDate(iso);
}

/**
 * How sure a change is, and whether it went well, in a plain sentence or two: what a reader is
 * told for each status and direction of an impact record.
 */
export const STATUS_WORDS: Readonly<
  Record<ImpactRecord["status"], { plain: string; easy: readonly Part[][] }>
> = {
  confirmed: {
    plain: "We have checked that this change happened.",
    easy: [[{ text: "We checked. " }, b("This change really happened"), { text: "." }]],
  },
  observed: {
    plain: "We have seen this change happen, but have not yet checked it in full.",
    easy: [[{ text: "We have " }, b("seen"), { text: " this change happen." }]],
  },
  intended: {
    plain: "This change is planned: it has not happened yet.",
    easy: [[{ text: "We " }, b("plan"), { text: " to do this. It has not happened yet." }]],
  },
};

/**
 * What a reader is told when a change did not go well, or went well only in part; for a change
 * still planned, what is expected (`planned`).
 */
export const DIRECTION_WORDS: Readonly<
  Record<
    Exclude<ImpactRecord["direction"], "positive">,
    { plain: string; easy: string; plainPlanned: string; easyPlanned: string }
  >
> = {
  negative: {
    plain: "It did not work out as we hoped.",
    easy: "This change did not go well.",
    plainPlanned: "We expect that it may not work out well.",
    easyPlanned: "It may not go well.",
  },
  mixed: {
    plain: "Some of it worked out and some of it did not.",
    easy: "Some of it went well. Some of it did not.",
    plainPlanned: "We expect that only some of it will work out.",
    easyPlanned: "Some of it may not go well.",
  },
};

/** How plain a document's words are, measured with ppie's `readability`. */
export interface Plainness {
  /** Sentences measured. */
  readonly sentences: number;
  /** Words in them. */
  readonly words: number;
  /** Words in the longest sentence. */
  readonly longest: number;
  /** Flesch Reading Ease of all of them together (`null` when there are no words). */
  readonly readingEase: number | null;
  /** Its band (Flesch 1948). */
  readonly band: FreBand | null;
}

/** The sentences of a text, split after `.`, `!` or `?` and a space. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]["')\]]*)\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The number of words in each sentence of a text, counted as ppie's `readability` counts words.
 *
 * @param text - one or more sentences
 * @returns the words of each sentence
 * @example
 * ```ts
 * sentenceLengths("You took part 3 times. Thank you."); // [5, 2]
 * ```
 */
export function sentenceLengths(text: string): number[] {
  return sentencesOf(text)
    .map((s) => readabilityCounts(s).words)
    .filter((n) => n > 0);
}

/**
 * Measure the plainness of a document's sentences: every sentence's length, and the Flesch
 * Reading Ease of the whole (ppie's `readability`, which counts the words, sentences and
 * syllables of the text with each sentence on its own line).
 *
 * @param lines - the sentences
 * @returns the measure
 */
export function plainness(lines: readonly Line[]): Plainness {
  const texts = lines.map(lineText).filter((t) => t.trim() !== "");
  const lengths = texts.flatMap(sentenceLengths);
  const score = readability(texts.join("\n\n"));
  return {
    sentences: lengths.length,
    words: lengths.reduce((a, n) => a + n, 0),
    longest: lengths.reduce((a, n) => Math.max(a, n), 0),
    readingEase: score.value,
    band: score.value === null ? null : freBand(score.value),
  };
}
