/**
 * One copy of each distinct cell text while tables are read. A CSV folder of 10^5 activities
 * repeats the same ids, dates and vocabulary words hundreds of thousands of times; each cell
 * read is its own string, and a long one cut from the file's text keeps that whole text
 * alive. Reading every cell through one pool keeps a single copy of each value and lets the
 * file's text go once it is read. The values are the same strings: nothing is changed.
 *
 * @module
 */

/** Texts longer than this are copied but not pooled: long free text seldom repeats. */
const MAX_POOLED = 64;

/**
 * A copy of a string that does not share storage with the text it was cut from. Engines keep
 * a slice of 13 or more characters as a view into its source (V8's sliced strings), so one
 * cell kept would keep a file's whole text; joining and cutting again makes a string of its
 * own. Shorter slices are copies already.
 *
 * @param s - a string, perhaps cut from a longer text
 * @returns the same characters, holding on to no other text
 * @example
 * ```ts
 * own("a long cell cut from a file's text"); // "a long cell cut from a file's text"
 * ```
 */
export function own(s: string): string {
  return s.length < 13 ? s : `\u0000${s}`.slice(1);
}

/**
 * A function that returns one shared copy of each distinct text it is given, for as long as
 * the function is kept.
 *
 * @returns the interning function
 * @example
 * ```ts
 * const intern = interner();
 * intern("2025-04-01") === intern("2025-04-01"); // true
 * ```
 */
export function interner(): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    if (s.length > MAX_POOLED) return own(s);
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    const copy = own(s);
    pool.set(copy, copy);
    return copy;
  };
}
