/**
 * Options are read as the caller's own properties, never through the prototype chain: an
 * option inherited from a prototype (`Object.create({ includeIdentifiers: true })`) or added
 * to `Object.prototype` by other code (prototype pollution) must not change what ppie does.
 *
 * @module
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (Array.isArray(value)) {
    const done = seen.get(value);
    if (done !== undefined) return done;
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(copy(value[i], seen));
    return out;
  }
  if (!isPlainObject(value)) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  const out = Object.create(null) as Record<string, unknown>;
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy(value[key], seen);
  return out;
}

/**
 * A copy of a caller's options that holds only their own enumerable properties, in objects
 * with no prototype (plain objects and arrays are copied all the way down; functions, class
 * instances and other values are kept as they are). Reading an option that was not given from
 * the copy gives `undefined`, whatever `Object.prototype` holds.
 *
 * Call it once where a public function receives options (and on a zod parse result, whose
 * objects have the ordinary prototype), then read only the copy.
 *
 * @param opts - the options as given (any value; non-objects are returned as they are)
 * @returns the copy
 * @example
 * ```ts
 * ownOptions(Object.create({ includeIdentifiers: true })).includeIdentifiers; // undefined
 * ```
 */
export function ownOptions<T>(opts: T): T {
  return copy(opts, new Map()) as T;
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
