import type { Source } from "../source.js";

/**
 * Where a framework's data came from: the public publication (see {@link Source}), or for ppie's
 * own frameworks the design choice and the documentation page that explains it.
 *
 * @example
 * ```ts
 * const source: FrameworkSource = {
 *   id: "iap2-spectrum",
 *   title: "IAP2 Spectrum of Public Participation",
 *   publisher: "International Association for Public Participation (IAP2)",
 *   url: "https://iap2canada.ca/page-1020549",
 *   verified: true,
 * };
 * ```
 * @category Frameworks
 */
export type FrameworkSource = Source;

/**
 * How well a framework's structure (its items, their count and order) was checked:
 *
 * - `primary`: checked against the publisher or another primary source;
 * - `secondary`: checked only against a third party's faithful-looking reproduction;
 * - `partial`: some items or facts checked, others not yet verified (see each item's `verified`);
 * - `design-choice`: ppie's own construction; no publisher to check against.
 *
 * @example
 * ```ts
 * const evidence: FrameworkEvidence = "secondary";
 * ```
 * @category Frameworks
 */
export type FrameworkEvidence = "primary" | "secondary" | "partial" | "design-choice";

/**
 * One item of a framework: a level, rung, stage, standard, principle, checklist item, question,
 * and so on.
 *
 * `summary` is **ppie's own paraphrase**, never the publisher's wording; show it to people as a
 * summary. ppie ships no official text.
 *
 * @typeParam ItemId - the literal union of the framework's item ids
 * @example
 * ```ts
 * const item: FrameworkItem<"inform"> = {
 *   id: "inform",
 *   ordinal: 1,
 *   label: "Inform",
 *   summary: "Provide even-handed, factual information.",
 *   verified: true,
 * };
 * ```
 * @category Frameworks
 */
export interface FrameworkItem<ItemId extends string = string> {
  /** Kebab-case id, unique within its framework and never reused for another meaning. */
  readonly id: ItemId;
  /** The publisher's own number for the item, e.g. GRIPP2 `"4c"`. */
  readonly code?: string;
  /** Position on an ordered scale or in an ordered list (bottom/lowest first). */
  readonly ordinal?: number;
  /** The item's name (titles and names are given as published where checked). */
  readonly label: string;
  /** ppie's plain-English paraphrase of the item (a summary, not official wording). */
  readonly summary: string;
  /** Id of the group the item belongs to (see {@link Framework.groups}). */
  readonly group?: string;
  /** Id of the list the item belongs to, for frameworks with several lists (see {@link Framework.lists}). */
  readonly list?: string;
  /**
   * Where this item comes from, when it is more specific than the framework's source (a table,
   * section or item number, or another publication). Without it, the item cites the framework's
   * source: see `itemSource`.
   */
  readonly source?: Source;
  /** Extra named facts about the item, e.g. IAP2's promise to the public (paraphrased). */
  readonly details?: Readonly<Record<string, string>>;
  /** First day (ISO `YYYY-MM-DD`) the item applies, for items with a legal or dated effect. */
  readonly effectiveFrom?: string;
  /** Last day (ISO `YYYY-MM-DD`, inclusive) the item applied, for items that were superseded. */
  readonly effectiveTo?: string;
  /**
   * False when any part of the item (label, position or summary) is not yet verified, or was
   * checked only against a third party's reproduction or restatement.
   */
  readonly verified: boolean;
  /** What is uncertain, contested or worth knowing about this item. */
  readonly note?: string;
}

/**
 * A named group of items inside a framework, such as Arnstein's "Tokenism" rungs or an EDGE
 * dimension.
 *
 * @example
 * ```ts
 * const group: FrameworkGroup = { id: "tokenism", label: "Degrees of tokenism", ordinal: 2, verified: true };
 * ```
 * @category Frameworks
 */
export interface FrameworkGroup {
  /** Kebab-case id, referenced by {@link FrameworkItem.group}. */
  readonly id: string;
  /** The group's name. */
  readonly label: string;
  /** Position of the group, where groups are ordered. */
  readonly ordinal?: number;
  /** Id of the list the group belongs to, for frameworks with several lists. */
  readonly list?: string;
  /** False when the group or its label is not yet verified, or checked only against a reproduction. */
  readonly verified: boolean;
  /** What is uncertain about the group. */
  readonly note?: string;
}

/**
 * One of several separate lists inside a framework, e.g. INVOLVE's co-production *principles*
 * and *features*. Each list carries its own order and completeness.
 *
 * @example
 * ```ts
 * const list: FrameworkList = {
 *   id: "features",
 *   label: "Key features",
 *   ordered: false,
 *   complete: false,
 *   expectedItemCount: 7,
 *   verified: false,
 * };
 * ```
 * @category Frameworks
 */
export interface FrameworkList {
  /** Kebab-case id, referenced by {@link FrameworkItem.list}. */
  readonly id: string;
  /** The list's name. */
  readonly label: string;
  /** True when the list is an ordered scale (items then carry contiguous ordinals). */
  readonly ordered: boolean;
  /** True when every item of the published list is shipped. */
  readonly complete: boolean;
  /** How many items the publisher's list has, where known (may exceed the shipped items). */
  readonly expectedItemCount?: number;
  /** False when the list's membership or count is not yet verified, or checked only against a reproduction. */
  readonly verified: boolean;
  /** What is uncertain about the list. */
  readonly note?: string;
}

/**
 * A reference framework as typed, versioned data: a scale, cycle, set of standards, checklist or
 * principles, with its source and how well each part was checked.
 *
 * Publication dates are ISO strings at whatever precision the source gave: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`.
 *
 * @typeParam Id - the framework id literal, e.g. `"iap2-spectrum"`
 * @typeParam ItemId - the literal union of item ids
 * @example
 * ```ts
 * const mine = defineFramework({
 *   id: "my-trust-ladder",
 *   name: "My trust's involvement ladder",
 *   publisher: "My NHS Trust",
 *   version: "2025",
 *   ordered: true,
 *   complete: true,
 *   verified: true,
 *   evidence: "primary",
 *   source: { id: "trust-strategy-2025", title: "Involvement strategy 2025", publisher: "My NHS Trust", year: 2025, verified: true },
 *   items: [
 *     { id: "told", ordinal: 1, label: "Told", summary: "We tell people.", verified: true },
 *     { id: "asked", ordinal: 2, label: "Asked", summary: "We ask people.", verified: true },
 *   ],
 * });
 * ```
 * @category Frameworks
 */
export interface Framework<Id extends string = string, ItemId extends string = string> {
  /** Stable kebab-case framework id, e.g. `"iap2-spectrum"`. */
  readonly id: Id;
  /** The framework's full name. */
  readonly name: string;
  /** Who publishes it. */
  readonly publisher: string;
  /** Which version or edition the data describes. */
  readonly version: string;
  /** When that version was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly publishedDate?: string;
  /** Id of the framework (or a description of the version) this one replaces. */
  readonly supersedes?: string;
  /** True when the items form an ordered scale (then every item has a contiguous ordinal). */
  readonly ordered: boolean;
  /** True when the stages wrap round (last leads back to first), e.g. the research cycle. */
  readonly cyclic?: boolean;
  /** True when every item of the published framework is shipped. */
  readonly complete: boolean;
  /** How many items the published framework has, where known and different from `items.length`. */
  readonly expectedItemCount?: number;
  /** Where the data came from. */
  readonly source: FrameworkSource;
  /** The items, in display order (bottom/lowest first for ordered scales). */
  readonly items: readonly FrameworkItem<ItemId>[];
  /** Named groups of items (e.g. Arnstein's three groups of rungs). */
  readonly groups?: readonly FrameworkGroup[];
  /** Separate lists inside the framework (e.g. principles and features). */
  readonly lists?: readonly FrameworkList[];
  /** False when the framework's structure (items, count, order) is not fully checked. */
  readonly verified: boolean;
  /** How the structure was checked (see {@link FrameworkEvidence}). */
  readonly evidence: FrameworkEvidence;
  /** What is uncertain, contested or worth knowing about the framework as a whole. */
  readonly note?: string;
}

/**
 * An ordered scale: a {@link Framework} whose items all carry an ordinal, lowest first.
 *
 * @typeParam Id - the framework id literal
 * @typeParam ItemId - the literal union of item ids
 * @example
 * ```ts
 * const levels: Scale = iap2Spectrum;
 * levels.items.map((i) => i.ordinal); // [1, 2, 3, 4, 5]
 * ```
 * @category Frameworks
 */
export interface Scale<Id extends string = string, ItemId extends string = string>
  extends Framework<Id, ItemId> {
  /** Always true for a scale. */
  readonly ordered: true;
  /** The levels, lowest first, each with its ordinal. */
  readonly items: readonly (FrameworkItem<ItemId> & { readonly ordinal: number })[];
}
