/**
 * Options are read as the caller's own properties, never through the prototype chain: an
 * option inherited from a prototype (`Object.create({ includeIdentifiers: true })`) or added
 * to `Object.prototype` by other code (prototype pollution) must not change what ppie does.
 *
 * @module
 */

/**
 * Whether a value is copied: an array, or an object used as a bag of options (not an instance
 * of a class other than Object: a `Map`, a `Date`, a zod schema are kept as they are),
 * whatever object it was created from (`Object.create({ ... })` is a bag whose inherited
 * options are not read).
 */
function isBag(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
  return (
    Array.isArray(value) ||
    proto === null ||
    !Object.hasOwn(proto, "constructor") ||
    proto.constructor === Object
  );
}

/** How deep {@link ownOptionsDeep} copies nested option objects unless told otherwise. */
export const ALL_LEVELS = 8;

/**
 * A copy of a caller's options object that holds only its own enumerable properties, in an
 * object with no prototype: reading an option that was not given from the copy gives
 * `undefined`, whatever `Object.prototype` holds. The values are kept as they are (a dataset
 * given as an option stays the same object). Call it once where a public function receives
 * options, then read only the copy. Kept this small because every scorer bundles it.
 *
 * @param opts - the options as given (anything but an object, or an array, is returned as it is)
 * @returns the copy
 * @example
 * ```ts
 * ownOptions(Object.create({ includeIdentifiers: true })).includeIdentifiers; // undefined
 * ```
 */
export function ownOptions<T>(opts: T): T {
  return typeof opts === "object" && opts !== null && !Array.isArray(opts)
    ? (Object.assign(Object.create(null), opts) as T)
    : opts;
}

/**
 * {@link ownOptions} for nested options (rule settings, a measure's options, a zod parse
 * result, whose objects have the ordinary prototype): plain objects and arrays are copied
 * down to `depth` levels. Functions, class instances (a `Map`, a zod schema) and everything
 * below `depth` are kept as they are, so a cyclic object is safe.
 *
 * @param opts - the options as given (non-objects are returned as they are)
 * @param depth - how many levels of plain objects to copy (default {@link ALL_LEVELS})
 * @returns the copy
 * @example
 * ```ts
 * ownOptionsDeep({ a: Object.create({ b: 1 }) }).a.b; // undefined
 * ```
 */
export function ownOptionsDeep<T>(opts: T, depth = ALL_LEVELS): T {
  if (depth < 1 || !isBag(opts)) return opts;
  if (Array.isArray(opts)) return opts.map((v: unknown) => ownOptionsDeep(v, depth - 1)) as T;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(opts)) out[key] = ownOptionsDeep(opts[key], depth - 1);
  return out as T;
}

/**
 * One own property of a caller's object, or `undefined` when it is not the object's own
 * (inherited, or the value is not an object).
 *
 * @param obj - any value
 * @param key - the property
 * @returns the value of the own property
 * @example
 * ```ts
 * ownProperty(Object.create({ a: 1 }), "a"); // undefined
 * ```
 */
export function ownProperty(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null || !Object.hasOwn(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}
