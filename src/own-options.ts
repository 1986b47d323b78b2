/**
 * Options are read as the caller's own properties, never through the prototype chain: an
 * option inherited from a prototype (`Object.create({ includeIdentifiers: true })`) or added
 * to `Object.prototype` by other code (prototype pollution) must not change what ppie does.
 *
 * @module
 */

/**
 * An object used as a bag of options: not an array, and not an instance of a class other than
 * Object (a `Map`, a `Date`, a zod schema are kept as they are), whatever object it was
 * created from (`Object.create({ ... })` is a bag whose inherited options are not read).
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
  if (proto === null || proto === Object.prototype) return true;
  const ctor = Object.hasOwn(proto, "constructor") ? proto.constructor : Object;
  return ctor === Object || ctor === undefined;
}

function copy(value: unknown, depth: number, seen: Map<object, unknown>): unknown {
  if (depth <= 0 || (typeof value !== "object" && typeof value !== "function")) return value;
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(copy(value[i], depth - 1, seen));
    return out;
  }
  const out = Object.create(null) as Record<string, unknown>;
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy(value[key], depth - 1, seen);
  return out;
}

/**
 * A copy of a caller's options that holds only their own enumerable properties, in objects
 * with no prototype. Reading an option that was not given from the copy gives `undefined`,
 * whatever `Object.prototype` holds.
 *
 * Plain objects and arrays are copied down to `depth` levels (1: the options object itself,
 * for options whose values are plain values or data such as a dataset, which is kept as it
 * is; `Infinity`: nested option objects too). Functions, class instances (a `Map`, a zod
 * schema) and everything below `depth` are kept as they are.
 *
 * Call it once where a public function receives options (and on a zod parse result, whose
 * objects have the ordinary prototype), then read only the copy.
 *
 * @param opts - the options as given (any value; non-objects are returned as they are)
 * @param depth - how many levels of plain objects to copy (default 1)
 * @returns the copy
 * @example
 * ```ts
 * ownOptions(Object.create({ includeIdentifiers: true })).includeIdentifiers; // undefined
 * ```
 */
export function ownOptions<T>(opts: T, depth = 1): T {
  return copy(opts, depth, new Map()) as T;
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
