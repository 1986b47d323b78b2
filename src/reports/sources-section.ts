/**
 * The "Sources" section every report ends with: the publications and design choices its
 * method statements cite, each once, in the order first cited.
 *
 * @module
 */
import type { Source } from "../source.js";
import { shortCitation } from "../source.js";
import type { Block, ParagraphBlock, SourcesBlock } from "./report.js";

/**
 * A paragraph that cites a list of sources, which may turn out empty (reference data that names
 * its source in words only): `sources` is set only when there is at least one.
 *
 * @param paragraph - the paragraph, without `sources`
 * @param sources - what it cites, most important first
 * @returns the paragraph citing them
 * @example
 * ```ts
 * citing({ type: "paragraph", text: "x" }, []).sources; // undefined
 * ```
 */
export function citing(paragraph: ParagraphBlock, sources: readonly Source[]): ParagraphBlock {
  const [first, ...rest] = sources;
  return first === undefined ? paragraph : { ...paragraph, sources: [first, ...rest] };
}

/**
 * Where a table of reference data (a census table, a disclosure preset) comes from, as a report
 * cites it: the short citation of its `Source`, or its words where the data names its source in
 * words only.
 *
 * @param source - the reference data's `source`
 * @returns the text for a sentence
 * @example
 * ```ts
 * import { cite } from "ppie";
 * import { FLESCH_1948 } from "../frameworks/publications.js";
 * citationText(cite(FLESCH_1948)); // "Flesch 1948"
 * ```
 */
export function citationText(source: string | Source): string {
  return typeof source === "string" ? source : shortCitation(source);
}

/**
 * The same as a list for a paragraph's `sources`: the `Source`, or nothing for words.
 *
 * @param source - the reference data's `source`
 * @returns zero or one source
 * @example
 * ```ts
 * sourcesOf("ONS Census 2021"); // []
 * ```
 */
export function sourcesOf(source: string | Source): Source[] {
  return typeof source === "string" ? [] : [source];
}

/** One entry per publication and part of it: a source cited twice for one section is listed once. */
function key(source: Source): string {
  return JSON.stringify([source.id, "section" in source ? (source.section ?? null) : null]);
}

/**
 * Every source the paragraphs of a report cite, once each (the same publication cited for two
 * different sections is two entries), in the order they are first cited.
 *
 * @param sections - the report's blocks
 * @returns the sources, in order of first citation
 * @example
 * ```ts
 * import { FLESCH_1948 } from "../frameworks/publications.js";
 * citedSources([{ type: "paragraph", text: "x (Flesch 1948)", sources: [FLESCH_1948] }]).length; // 1
 * ```
 */
export function citedSources(sections: readonly Block[]): Source[] {
  const seen = new Set<string>();
  const items: Source[] = [];
  for (const block of sections) {
    if (block.type !== "paragraph" || block.sources === undefined) continue;
    for (const source of block.sources) {
      const k = key(source);
      if (seen.has(k)) continue;
      seen.add(k);
      items.push(source);
    }
  }
  return items;
}

/**
 * A report's blocks followed by its "Sources" section: a level-2 heading and the list of every
 * source its paragraphs cite (see {@link citedSources}). Nothing is added when no paragraph
 * cites a source.
 *
 * @param sections - the report's blocks
 * @returns the blocks with the sources section at the end
 * @example
 * ```ts
 * import { CHOICE_GRIPP2 } from "../frameworks/design-choices.js";
 * const blocks = withSourcesSection([{ type: "paragraph", text: "x", sources: [CHOICE_GRIPP2] }]);
 * blocks.at(-1)?.type; // "sources"
 * ```
 */
export function withSourcesSection(sections: readonly Block[]): Block[] {
  const items = citedSources(sections);
  if (items.length === 0) return [...sections];
  const list: SourcesBlock = {
    type: "sources",
    id: "sources",
    caption:
      "The publications and ppie design choices this report's methods rest on, in the order first cited.",
    items,
  };
  return [...sections, { type: "heading", level: 2, text: "Sources" }, list];
}
