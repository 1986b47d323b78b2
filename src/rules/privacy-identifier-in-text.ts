import * as z from "zod";
import { CHOICE_PRIVACY } from "../frameworks/design-choices.js";
import type { IdentifierKind, IdentifierMatcher } from "../derive/identifier-matcher.js";
import { IDENTIFIER_KINDS, kindsOf } from "../derive/identifier-matcher.js";
import { contributorIdentifiers } from "../derive/identifiers.js";
import type { TextField } from "../derive/text-fields.js";
import { forEachTextField } from "../derive/text-fields.js";
import { canonicalText } from "../derive/text-projection.js";
import type { Dataset } from "../model/dataset.js";
import { ownProperty } from "../own-options.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";
import { RECORD_WORDS } from "../model/parse.js";
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
/**
 * A run that may be a UK phone number: +44, 0044 or 0 (maybe in brackets), then digits,
 * spaces, dashes, underscores, brackets.
 */
const PHONE_CANDIDATE = /(?<![\d+])(?:\+44|0044|\(?0)[\d\s()_-]{8,18}/g;

/**
 * Whether a text holds a UK phone number: 0 followed by 9 or 10 more digits, or +44 or 0044
 * followed by 9 or 10 digits (an optional "(0)" after the country code is ignored), with any
 * spaces, dashes, underscores or brackets between digits.
 */
function hasUkPhone(text: string): boolean {
  // every UK phone number has at least 10 digits: most texts are ruled out without a regex
  let digits = 0;
  for (let i = 0; i < text.length && digits < 10; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 10) return false;
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0];
    const prefix = raw.startsWith("+44") ? 3 : raw.startsWith("0044") ? 4 : 0;
    const intl = prefix > 0;
    const rest = intl ? raw.slice(prefix).replace(/^[\s_-]*\(0\)/, "") : raw;
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

/**
 * Which kinds of direct identifier a text contains: any email address, any UK phone number,
 * and any contributor's recorded name, email, phone number or address, in one linear pass
 * over the text normalised as reports normalise it (so that what this finds is what a report
 * removes: see `docs/reports.md`, "Identifiers").
 *
 * @param text - the text
 * @param matcher - the contributors' identifiers (`contributorIdentifiers(dataset)`)
 * @returns the kinds found, as phrases, in a fixed order
 * @example
 * ```ts
 * identifiersIn("Ring 01632 960001", undefined); // ["a phone number"]
 * ```
 * @category Rules
 */
export function identifiersIn(text: string, matcher: IdentifierMatcher | undefined): string[] {
  return kindsOf(identifierBits(text, matcher)).map((k) => KIND_PHRASES[k]);
}

const KIND_PHRASES: Readonly<Record<IdentifierKind, string>> = {
  email: "an email address",
  phone: "a phone number",
  name: "a contributor's full name",
  address: "a contributor's address",
};
const EMAIL_BIT = 1 << IDENTIFIER_KINDS.indexOf("email");
const PHONE_BIT = 1 << IDENTIFIER_KINDS.indexOf("phone");

/** Outside ASCII, or `%`: text that is not already canonical but for case and white space. */
const NOT_PLAIN = /[^\p{ASCII}]|%/u;

function identifierBits(text: string, matcher: IdentifierMatcher | undefined): number {
  let bits = matcher?.find(text).kinds ?? 0;
  const seen = !NOT_PLAIN.test(text) ? text : canonicalText(text).chars.join("");
  if (hasEmail(seen)) bits |= EMAIL_BIT;
  if (hasUkPhone(seen)) bits |= PHONE_BIT;
  return bits;
}

/**
 * The record a field belongs to, for a message: by its id, or by its position when it has no
 * id or its id itself holds an identifier (a message never repeats one).
 */
function recordName(
  ds: Dataset,
  field: TextField,
  index: number,
  bitsOf: (text: string) => number,
): string {
  const c = field.collection;
  if (c === null) return "the dataset";
  const record = (ds[c] as readonly unknown[])[index];
  const id = ownProperty(record, "id");
  return typeof id === "string" && bitsOf(id) === 0
    ? `${RECORD_WORDS[c]} ${id}`
    : `${RECORD_WORDS[c]} number ${index + 1}`;
}

/**
 * `privacy/identifier-in-text`: a text field or id of the dataset (any field listed in
 * `TEXT_FIELDS` outside the contributor's own identifiers: titles, notes, outcome summaries,
 * impact records, themes, unit ids, record ids, ...) contains a direct identifier. The
 * message never repeats the identifier itself.
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
    "Names, email addresses and phone numbers belong only on the contributor record, where they are kept apart and never reach a report unless the caller opts in. Copied into notes, outcomes, impact records, ids, themes or other labels they would travel into exports; reports remove them, and this rule says where they are so that they can be taken out at the source. It finds any email address and UK phone number, and contributors' names, email addresses, phone numbers and addresses as recorded, in every text field and id of the dataset, however they are written (case, spacing, look-alike or invisible characters; see docs/reports.md, Identifiers); other people's names and addresses are not detected.",
  severity: "error",
  category: "privacy",
  entity: "any",
  source: CHOICE_PRIVACY,
  options: z.strictObject({}),
  example: {
    path: ["activities", 11, "notes"],
    message:
      "The notes field of activity a-12 contains an email address and a contributor's full name.",
    hint: "Replace identifiers with the contributor's pseudonymous id (e.g. c-0042); contact details belong on the contributor record only.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const matcher = contributorIdentifiers(ctx.dataset);
    const hint =
      "Replace identifiers with the contributor's pseudonymous id (e.g. c-0042); contact details belong on the contributor record only.";
    const seen = new Map<string, number>();
    const bitsOf = (text: string): number => {
      let bits = seen.get(text);
      if (bits === undefined) {
        bits = identifierBits(text, matcher);
        seen.set(text, bits);
      }
      return bits;
    };
    forEachTextField(ctx.dataset, ["text", "id"], (field, text, index, where) => {
      const bits = bitsOf(text);
      if (bits === 0) return;
      const phrases = kindsOf(bits).map((k) => KIND_PHRASES[k]);
      out.push({
        path: [...where],
        message: `${field.label} of ${recordName(ctx.dataset, field, index, bitsOf)} contains ${listText(phrases)}.`,
        hint,
      });
    });
    return out;
  },
});
