/**
 * Where a fact, rule, measure or report statement comes from: a public publication a reader can
 * find and open, or one of ppie's own design choices with the page of ppie's documentation that
 * explains it. Sources are data, so `docs/sources.md` (the bibliography) is generated from them.
 *
 * @packageDocumentation
 */

/**
 * A public publication: a paper, guidance document, web page, table of official statistics or an
 * Act of Parliament.
 *
 * `verified` says whether the facts ppie takes from it were checked against the publication
 * itself; when it is `false`, `note` says what is still unconfirmed. ppie keeps an unverified
 * fact as data, flagged, and never presents it as an official claim.
 *
 * @example
 * ```ts
 * const gripp2: PublicationSource = {
 *   id: "staniszewska-2017-bmj",
 *   authors: "Staniszewska S, Brett J, Simera I, et al.",
 *   title: "GRIPP2 reporting checklists: tools to improve reporting of patient and public involvement in research",
 *   publisher: "BMJ 2017;358:j3453",
 *   year: 2017,
 *   doi: "10.1136/bmj.j3453",
 *   verified: true,
 * };
 * ```
 * @category Sources
 */
export interface PublicationSource {
  /** Stable key in ppie's bibliography, e.g. `"staniszewska-2017-bmj"`. */
  readonly id: string;
  /** Authors as usually cited (`"Staniszewska S, Brett J, et al."`), where the work names them. */
  readonly authors?: string;
  /** The title of the publication, as published. */
  readonly title: string;
  /**
   * How running text names it where neither authors nor publisher fit, e.g. a law case
   * (`"R v Brent LBC, ex p Gunning"`); {@link shortCitation} uses it.
   */
  readonly short?: string;
  /** Who published it: a journal with its volume and pages, an organisation, or Parliament. */
  readonly publisher: string;
  /** Year of publication (of the version ppie uses); absent for an undated web page. */
  readonly year?: number;
  /** Edition or version, where the publisher numbers them (e.g. `"version 1.6"`). */
  readonly version?: string;
  /** Date of publication or of the version, `YYYY-MM` or `YYYY-MM-DD`, where known. */
  readonly date?: string;
  /** Web address of the publication. */
  readonly url?: string;
  /** Digital Object Identifier, without the `https://doi.org/` prefix. */
  readonly doi?: string;
  /** The part relied on: a section, table, page, item or the section of an Act. */
  readonly section?: string;
  /** True when the facts taken from it were checked against the publication itself. */
  readonly verified: boolean;
  /** What is still unconfirmed, or what a reader should know about using it. */
  readonly note?: string;
}

/**
 * One of ppie's own choices (a crosswalk, a status rule, a fallback score), which no publication
 * makes: it names the choice and the page of ppie's documentation that explains it.
 *
 * @example
 * ```ts
 * const crosswalk: DesignChoiceSource = {
 *   designChoice: true,
 *   id: "ppie-crosswalk",
 *   title: "The crosswalk from published involvement scales to the public influence level",
 *   explained: "docs/definitions.md#public-influence-level",
 * };
 * ```
 * @category Sources
 */
export interface DesignChoiceSource {
  /** Always true: this is ppie's choice, not a published fact. */
  readonly designChoice: true;
  /** Stable key, e.g. `"ppie-crosswalk"`. */
  readonly id: string;
  /** What the choice is, in a few words. */
  readonly title: string;
  /** The documentation page (and anchor) that explains the choice, e.g. `"docs/definitions.md#..."`. */
  readonly explained: string;
  /** The publications the choice builds on, by id, where it adapts one. */
  readonly buildsOn?: readonly string[];
}

/**
 * Every field a {@link Source} can have, in the order of the model (a design choice's and a
 * publication's fields together): the JSON renderer writes them in this order, and code that
 * copies a source field by field copies these.
 *
 * @internal
 */
export const SOURCE_FIELDS = [
  "designChoice",
  "id",
  "authors",
  "title",
  "short",
  "publisher",
  "year",
  "version",
  "date",
  "url",
  "doi",
  "section",
  "explained",
  "buildsOn",
  "verified",
  "note",
] as const;

/**
 * A citation: a public publication or one of ppie's design choices.
 *
 * @example
 * ```ts
 * const s: Source = { designChoice: true, id: "x", title: "A choice", explained: "docs/definitions.md" };
 * isDesignChoice(s); // true
 * ```
 * @category Sources
 */
export type Source = PublicationSource | DesignChoiceSource;

/**
 * A non-empty list of sources, most important first.
 *
 * @category Sources
 */
export type Sources = readonly [Source, ...Source[]];

/**
 * True when a source is one of ppie's design choices rather than a publication.
 *
 * @param source - any source
 * @returns whether it is a {@link DesignChoiceSource}
 * @example
 * ```ts
 * isDesignChoice({ designChoice: true, id: "x", title: "A choice", explained: "docs/definitions.md" }); // true
 * ```
 * @category Sources
 */
export function isDesignChoice(source: Source): source is DesignChoiceSource {
  return "designChoice" in source && source.designChoice === true;
}

/**
 * Cite a part of a publication: the same publication with `section` set (without one, the
 * publication's own `section`, if it names one, is kept), and optionally a note
 * or a `verified: false` for a fact in it that is not yet confirmed (a publication can be real
 * and checked while one figure taken from it is not).
 *
 * @param publication - the publication, from the bibliography
 * @param section - the part relied on, e.g. `"Table 2"` or `"section 242"`
 * @param flags - `verified` and `note` for this citation, where they differ from the publication's
 * @returns the citation
 * @example
 * ```ts
 * const pub: PublicationSource = { id: "p", title: "T", publisher: "P", year: 2020, verified: true };
 * cite(pub, "Table 2").section; // "Table 2"
 * ```
 * @category Sources
 */
export function cite(
  publication: PublicationSource,
  section?: string,
  flags: { verified?: boolean; note?: string } = {},
): PublicationSource {
  const verified = flags.verified ?? publication.verified;
  const note = flags.note ?? publication.note;
  const { section: own, note: _n, ...rest } = publication;
  section ??= own;
  return {
    ...rest,
    ...(section === undefined ? {} : { section }),
    verified,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The web address a reader can open for a source: the DOI link where there is one, else the
 * URL; for a design choice, `undefined` (its `explained` page is part of ppie's documentation).
 *
 * @param source - any source
 * @returns an `https://` (or, where the publisher has no other, `http://`) address, or `undefined`
 * @example
 * ```ts
 * sourceLink({ id: "p", title: "T", publisher: "P", year: 2017, doi: "10.1136/bmj.j3453", verified: true });
 * // "https://doi.org/10.1136/bmj.j3453"
 * ```
 * @category Sources
 */
export function sourceLink(source: Source): string | undefined {
  if (isDesignChoice(source)) return undefined;
  if (source.doi !== undefined) return `https://doi.org/${source.doi}`;
  return source.url;
}

/**
 * A short in-text citation: `"Staniszewska et al. 2017, Table 2"`, `"NHS England 2019"`, a law
 * case's short name and year, or `"ppie design choice: <title>"` for a design choice.
 *
 * @param source - any source
 * @returns the short citation
 * @example
 * ```ts
 * shortCitation({ id: "p", authors: "Flesch R", title: "A new readability yardstick", publisher: "J Appl Psychol", year: 1948, verified: true });
 * // "Flesch 1948"
 * ```
 * @category Sources
 */
export function shortCitation(source: Source): string {
  if (isDesignChoice(source)) return `ppie design choice: ${source.title}`;
  const who =
    source.short ?? (source.authors === undefined ? source.publisher : leadAuthor(source.authors));
  const base = `${who} ${source.year ?? "n.d."}`;
  return source.section === undefined ? base : `${base}, ${source.section}`;
}

function leadAuthor(authors: string): string {
  const names = authors.split(",").map((a) => a.trim());
  const surname = (name: string): string =>
    name.replace(/\s*\((?:eds?|ed\.)\)$/u, "").replace(/\s+[A-Z]{1,3}$/u, "");
  const first = names[0] ?? authors;
  if (names.length === 1) return surname(first);
  if (names.length === 2 && names[1] !== "et al." && names[1] !== undefined) {
    return `${surname(first)} and ${surname(names[1])}`;
  }
  return `${surname(first)} et al.`;
}

/**
 * A full reference as one line of plain text: authors, title, publisher, year, version, section,
 * DOI or URL, and "(not yet verified)" where that applies. A design choice reads
 * `"ppie design choice: <title> (explained in <page>)"`.
 *
 * @param source - any source
 * @returns the reference
 * @example
 * ```ts
 * formatSource({ id: "p", authors: "Flesch R", title: "A new readability yardstick", publisher: "Journal of Applied Psychology 32(3):221-233", year: 1948, doi: "10.1037/h0057532", verified: true });
 * // "Flesch R. A new readability yardstick. Journal of Applied Psychology 32(3):221-233, 1948. https://doi.org/10.1037/h0057532"
 * ```
 * @category Sources
 */
export function formatSource(source: Source): string {
  if (isDesignChoice(source)) {
    return `ppie design choice: ${source.title} (explained in ppie's documentation, ${source.explained})`;
  }
  const parts: string[] = [];
  if (source.authors !== undefined)
    parts.push(source.authors.endsWith(".") ? source.authors : `${source.authors}.`);
  parts.push(`${source.title}.`);
  const edition = source.version === undefined ? "" : `, ${source.version}`;
  const when = source.year === undefined ? "n.d." : String(source.year);
  // A journal citation such as "BMJ 2017;358:j3453" already names its year.
  const dated = source.year !== undefined && source.publisher.includes(String(source.year));
  parts.push(
    dated
      ? `${source.publisher}${edition}.`
      : `${source.publisher}${edition}, ${when}${when.endsWith(".") ? "" : "."}`,
  );
  if (source.section !== undefined) parts.push(`${capitalise(source.section)}.`);
  const link = sourceLink(source);
  if (link !== undefined) parts.push(link);
  if (!source.verified) parts.push("(not yet verified)");
  return parts.join(" ");
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]?.toUpperCase() + text.slice(1);
}
