/**
 * What the two writers of `contributor-feedback` documents share: the input they write from,
 * and the draft they write into (blocks, and every sentence for measuring).
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import type { Project } from "../model/project.js";
import type { Change, LetterFacts, LetterScope } from "./letter-facts.js";
import type { LetterPictureId } from "./letter-pictures.js";
import type { Line, Part, Quote } from "./letter-words.js";
import { ideaBlock, paragraphBlock } from "./letter-words.js";
import type { Block, Picture } from "./report.js";

/** What a writer writes from. */
export interface LetterInput {
  readonly facts: LetterFacts;
  readonly scope: LetterScope;
  /** The pictures, by id (ppie's, or the caller's in their place). */
  readonly pictures: Readonly<Record<LetterPictureId, Picture>>;
  /** How many people took part (others than the reader, in a letter), as it may be published; `null` when withheld. */
  readonly people: number | null;
  /** Who to contact, as written. */
  readonly contact: string;
  /** An activity's title, quoted. */
  title(a: Activity): Part & { quote: Quote };
  /** A project's title, quoted. */
  projectTitle(p: Project): Part & { quote: Quote };
}

/** A document being written: its blocks, and every sentence of its body. */
export interface LetterDraft {
  readonly blocks: Block[];
  readonly lines: Line[];
  /** A section heading. */
  heading(text: string): void;
  /** An Easy Read idea: a picture and its sentences. */
  idea(picture: LetterPictureId, lines: readonly Line[]): void;
  /** A paragraph of sentences. */
  paragraph(lines: readonly Line[]): void;
  /** Any other block (not measured: a table lists, it does not tell). */
  block(block: Block): void;
}

/**
 * An empty draft that writes into its own lists.
 *
 * @param input - the input (for its pictures)
 * @returns the draft
 */
export function newDraft(input: LetterInput): LetterDraft {
  const blocks: Block[] = [];
  const lines: Line[] = [];
  return {
    blocks,
    lines,
    heading: (text) => {
      blocks.push({ type: "heading", level: 2, text });
    },
    idea: (picture, ls) => {
      lines.push(...ls);
      blocks.push(ideaBlock(input.pictures[picture], ls));
    },
    paragraph: (ls) => {
      lines.push(...ls);
      blocks.push(paragraphBlock(ls));
    },
    block: (block) => {
      blocks.push(block);
    },
  };
}

/** Which changes are told first: the ones that did not go well (so they are never left out), then by how sure they are. */
function rank(c: Change): number {
  if (c.direction === "negative" || c.direction === "mixed") return 0;
  if (c.kind === "outcome") return 4;
  return c.status === "confirmed" ? 1 : c.status === "observed" ? 2 : 3;
}

/**
 * The changes a document tells in full when it can tell at most `max`: those that did not go
 * well first, then confirmed, observed and planned ones, then activity outcomes, the latest
 * first within each; shown in date order.
 *
 * @param changes - every change, by date
 * @param max - how many to tell
 * @returns the changes to tell, by date
 */
export function changesToShow(changes: readonly Change[], max: number): Change[] {
  if (changes.length <= max) return [...changes];
  const order = new Map(changes.map((c, i) => [c, i]));
  const picked = [...changes]
    .sort((x, y) => rank(x) - rank(y) || (order.get(y) ?? 0) - (order.get(x) ?? 0))
    .slice(0, max);
  return picked.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
}
