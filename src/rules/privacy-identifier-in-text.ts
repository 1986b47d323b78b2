import * as z from "zod";
import { facts } from "../derive/facts.js";
import type { Dataset } from "../model/dataset.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { listText } from "./util.js";

/** A character that may end the part of an email address before the `@`. */
const EMAIL_LOCAL_END = /[A-Za-z0-9._%+-]/;
/**
 * The part of an email address after the `@`, matched from just after it (sticky): labels of
 * letters, digits and hyphens separated by single dots, then a dot and two or more letters.
 * Labels hold no dots, so there is one way to split a run into labels and a failed match
 * gives up after one pass over the run.
 */
const EMAIL_DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;

/**
 * Whether a text holds an email address: a character of the local part, `@`, and a domain.
 * Each `@` is tried once, and the domain after it is read at most up to the next `@` (which no
 * domain contains), so the cost is linear in the length of the text. (An unanchored regular
 * expression with `[...]+@` before the domain backtracks from every position: quadratic.)
 */
function hasEmail(text: string): boolean {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    if (at === 0 || !EMAIL_LOCAL_END.test(text.charAt(at - 1))) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (EMAIL_DOMAIN.test(text)) return true;
  }
  return false;
}
/** A run that may be a UK phone number: +44 or 0 (maybe in brackets), then digits, spaces, dashes, brackets. */
const PHONE_CANDIDATE = /(?<![\d+])(?:\+44|\(?0)[\d\s()-]{8,18}/g;

/**
 * Whether a text holds a UK phone number: 0 followed by 9 or 10 more digits, or +44 followed
 * by 9 or 10 digits (an optional "(0)" after +44 is ignored), with any spaces, dashes or
 * brackets between digits.
 */
function hasUkPhone(text: string): boolean {
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0];
    const intl = raw.startsWith("+44");
    const rest = intl ? raw.slice(3).replace(/^[\s-]*\(0\)/, "") : raw;
    // Count digits left to right; a number ends where a digit is not followed by another digit.
    let n = intl ? 0 : -1;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest.charCodeAt(i);
      if (ch < 48 || ch > 57) continue;
      n++;
      const next = rest.charCodeAt(i + 1);
      const ends = Number.isNaN(next) || next < 48 || next > 57;
      if (ends && (n === 9 || n === 10)) return true;
      if (n > 10) break;
    }
  }
  return false;
}

const LETTERS = /^[\p{L}\p{M}'’-]+$/u;
const FIRST_LETTER = /[\p{L}\p{M}]/u;
/**
 * The last letter of a token and what follows it. Tried from each letter, the non-letters
 * after it run only to the next letter, so a failed search costs one pass over the token (an
 * unanchored `[^\p{L}\p{M}]+$` is tried from every non-letter to the end: quadratic).
 */
const LAST_LETTER = /[\p{L}\p{M}][^\p{L}\p{M}]*$/u;

/** A token without the non-letters at its two ends ("" when it has no letter). */
function letterCore(token: string): string {
  const start = token.search(FIRST_LETTER);
  if (start < 0) return "";
  const last = LAST_LETTER.exec(token) as RegExpExecArray;
  const end = last.index + ((last[0].codePointAt(0) as number) > 0xffff ? 2 : 1);
  return token.slice(start, end);
}

/**
 * The words of a text for name matching, lower-cased, with `null` wherever a name cannot run
 * on: after punctuation that ends a word ("Alex, Example") and in place of tokens that are not
 * plain words (email addresses, web addresses, numbers), so "alex@example.org" never reads as
 * the name "Alex Example".
 */
function nameWords(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === "") continue;
    const core = letterCore(token);
    if (core === "" || !LETTERS.test(core)) {
      out.push(null);
      continue;
    }
    if (!token.startsWith(core)) out.push(null);
    out.push(core.toLowerCase().replace(/’/g, "'"));
    if (!token.endsWith(core)) out.push(null);
  }
  return out;
}

/**
 * A contributor's full name, as it may appear in free text, with who it belongs to.
 *
 * @example
 * ```ts
 * contributorNames(demoDataset).maxWords; // 2
 * ```
 * @category Rules
 */
export interface NameIndex {
  /** Lower-cased full names (words joined by one space) to the contributor id. */
  readonly names: ReadonlyMap<string, string>;
  /** The most words in any name (the scan looks at most this far ahead). */
  readonly maxWords: number;
}

const WORD = /[\p{L}\p{M}'’-]+/gu;

/**
 * Split text into lower-cased words (letters, apostrophes and hyphens), for name matching.
 *
 * @param text - any text
 * @returns the words, lower-cased
 * @example
 * ```ts
 * splitWords("Alex O'Neil-Smith, hello"); // ["alex", "o'neil-smith", "hello"]
 * ```
 * @category Rules
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(m[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

/**
 * The contributors' full names (two words or more) of a dataset, built once per dataset.
 *
 * @param ds - the dataset
 * @returns the name index
 */
export function contributorNames(ds: Dataset): NameIndex {
  return facts(ds).cached("contributorNames", () => {
    const names = new Map<string, string>();
    let maxWords = 0;
    for (const c of ds.contributors) {
      const name = c.identifiers?.name;
      if (name === undefined) continue;
      const words = splitWords(name);
      if (words.length < 2) continue;
      names.set(words.join(" "), c.id);
      if (words.length > maxWords) maxWords = words.length;
    }
    return { names, maxWords };
  });
}

/**
 * Which kinds of direct identifier a text contains: an email address, a UK phone number, or
 * the full name of a contributor (whole names of two words or more, matched word by word,
 * ignoring case), in one linear pass over the text.
 *
 * @param text - the free text
 * @param names - the contributors' name index
 * @returns the kinds found, in a fixed order
 * @example
 * ```ts
 * identifiersIn("Ring 01632 960001", { names: new Map(), maxWords: 0 }); // ["a phone number"]
 * ```
 * @category Rules
 */
export function identifiersIn(text: string, names: NameIndex): string[] {
  const found: string[] = [];
  if (hasEmail(text)) found.push("an email address");
  if (hasUkPhone(text)) found.push("a phone number");
  if (names.maxWords >= 2) {
    const words = nameWords(text);
    outer: for (let i = 0; i + 1 < words.length; i++) {
      let candidate = words[i];
      if (candidate === null || candidate === undefined) continue;
      for (let k = 1; k < names.maxWords && i + k < words.length; k++) {
        const next = words[i + k];
        if (next === null || next === undefined) break;
        candidate += ` ${next}`;
        if (names.names.has(candidate)) {
          found.push("a contributor's full name");
          break outer;
        }
      }
    }
  }
  return found;
}

/**
 * `privacy/identifier-in-text`: a free-text field of an activity (title, notes, outcome
 * summaries) or an impact record (you said, we did, evidence) contains a direct identifier.
 * The message never repeats the identifier itself.
 *
 * @example
 * ```ts
 * privacyIdentifierInText.severity; // "error"
 * ```
 * @category Rules
 */
export const privacyIdentifierInText = defineRule({
  code: "privacy/identifier-in-text",
  title: "Direct identifier in free text",
  description:
    "Names, email addresses and phone numbers belong only on the contributor record, where they are kept apart and never reach a report unless the caller opts in. Copied into notes, outcomes or impact records they would travel into reports and exports.",
  severity: "error",
  category: "privacy",
  entity: "any",
  source: {
    title: "ppie data model: direct identifiers live only on Contributor",
    section: "DESIGN.md, Contracts: Entities",
    status: "design-choice",
    note: "Detection covers email addresses, UK phone numbers and contributors' full names as recorded; other names and addresses are not detected.",
  },
  options: z.strictObject({}),
  example: {
    path: ["activities", 11, "notes"],
    message:
      "The notes field of activity a-12 contains an email address and a contributor's full name.",
    hint: "Replace identifiers with the contributor's pseudonymous id (e.g. c-0042); contact details belong on the contributor record only.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const names = contributorNames(ctx.dataset);
    const hint =
      "Replace identifiers with the contributor's pseudonymous id (e.g. c-0042); contact details belong on the contributor record only.";
    const look = (text: string | undefined, path: (string | number)[], what: string): void => {
      if (text === undefined) return;
      const kinds = identifiersIn(text, names);
      if (kinds.length > 0)
        out.push({ path, message: `${what} contains ${listText(kinds)}.`, hint });
    };
    const { activities, impacts } = ctx.dataset;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      look(a.title, ["activities", i, "title"], `The title of activity ${a.id}`);
      look(a.notes, ["activities", i, "notes"], `The notes field of activity ${a.id}`);
      for (let j = 0; j < a.outcomes.length; j++) {
        look(
          a.outcomes[j]!.summary,
          ["activities", i, "outcomes", j, "summary"],
          `The outcome summary of activity ${a.id}`,
        );
      }
    }
    for (let i = 0; i < impacts.length; i++) {
      const m = impacts[i]!;
      look(m.youSaid, ["impacts", i, "youSaid"], `The "you said" text of impact record ${m.id}`);
      look(m.weDid, ["impacts", i, "weDid"], `The "we did" text of impact record ${m.id}`);
      for (let j = 0; j < m.evidence.length; j++) {
        look(m.evidence[j], ["impacts", i, "evidence", j], `The evidence of impact record ${m.id}`);
      }
    }
    return out;
  },
});
