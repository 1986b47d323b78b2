/**
 * Contributors' direct identifiers (name, email, phone, address) as one search, built once per
 * list of contributors: the `privacy/identifier-in-text` rule finds them with it and the report builders
 * remove them with it, so the two always agree.
 *
 * @module
 */
import type { Contributor } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { IdentifierMatcher, IdentifierPattern } from "./identifier-matcher.js";
import { identifierMatcher, replaceSpans } from "./identifier-matcher.js";
import { phonePattern, wordPattern } from "./text-projection.js";

/** A name, email or address shorter than this (normalised) is not looked for. */
const MIN_WORD_PATTERN = 2;
/** A phone number with fewer digits than this is not looked for. */
const MIN_PHONE_DIGITS = 6;

/**
 * The identifiers recorded on a dataset's contributors, normalised for searching.
 *
 * @param dataset - the dataset
 * @returns one pattern per identifier worth looking for
 */
export function identifierPatterns(dataset: Dataset): IdentifierPattern[] {
  const out: IdentifierPattern[] = [];
  for (const c of dataset.contributors) {
    const ids = c.identifiers;
    if (!ids) continue;
    for (const kind of ["name", "email", "address"] as const) {
      const v = ids[kind];
      if (v === undefined) continue;
      const text = wordPattern(v);
      if ([...text].length >= MIN_WORD_PATTERN) out.push({ text, kind });
    }
    if (ids.phone !== undefined) {
      const text = phonePattern(ids.phone);
      if (text.length >= MIN_PHONE_DIGITS) out.push({ text, kind: "phone" });
    }
  }
  return out;
}

/**
 * Matchers by contributor list: the identifiers depend on the contributors only, so a copy of
 * a dataset, or a view of it with other records narrowed (`{ ...dataset, activities }`), shares
 * the matcher of the dataset it came from.
 */
const byContributors = new WeakMap<readonly Contributor[], IdentifierMatcher | null>();

/**
 * The search for every contributor's identifiers in a dataset, built on first use and kept
 * with the dataset's contributor list.
 *
 * @param dataset - the dataset
 * @returns the matcher, or `undefined` when no contributor has an identifier worth looking for
 * @example
 * ```ts
 * contributorIdentifiers(demoDataset)?.find("Ring 01632 960001").kinds !== 0; // true
 * ```
 */
export function contributorIdentifiers(dataset: Dataset): IdentifierMatcher | undefined {
  let m = byContributors.get(dataset.contributors);
  if (m === undefined) {
    m = identifierMatcher(identifierPatterns(dataset)) ?? null;
    byContributors.set(dataset.contributors, m);
  }
  return m ?? undefined;
}

/** What a removed identifier becomes in a report. */
export const IDENTIFIER_REMOVED = "[identifier removed]";

/**
 * Remove every contributor's identifiers from a text, repeating until nothing changes (at most
 * five times), so that removing one identifier cannot join the halves of another.
 *
 * @param matcher - from {@link contributorIdentifiers}
 * @param text - any text
 * @returns the text with each identifier replaced by {@link IDENTIFIER_REMOVED}
 */
export function removeIdentifiers(matcher: IdentifierMatcher, text: string): string {
  let out = text;
  for (let i = 0; i < 5; i++) {
    const { spans } = matcher.find(out);
    if (spans.length === 0) break;
    out = replaceSpans(out, spans, IDENTIFIER_REMOVED);
  }
  return out;
}
