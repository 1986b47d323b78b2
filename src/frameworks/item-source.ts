import type { Source } from "../source.js";
import { cite, isDesignChoice } from "../source.js";
import type { Framework, FrameworkItem } from "./types.js";

/**
 * Where one item of a framework comes from: the item's own source where it has one, otherwise
 * the framework's source with the item's published number (`code`) as the section, where it has
 * one. Every item of every framework has a source this way.
 *
 * @param framework - the framework the item belongs to
 * @param item - one of its items
 * @returns the item's citation
 * @example
 * ```ts
 * import { gripp2ShortForm, itemSource } from "ppie/frameworks";
 * const item = gripp2ShortForm.items[0];
 * itemSource(gripp2ShortForm, item).verified; // true
 * ```
 * @category Frameworks
 */
export function itemSource(framework: Framework, item: FrameworkItem): Source {
  if (item.source !== undefined) return item.source;
  const base = framework.source;
  if (item.code === undefined || isDesignChoice(base)) return base;
  return cite(
    base,
    base.section === undefined ? `item ${item.code}` : `${base.section}, item ${item.code}`,
  );
}
