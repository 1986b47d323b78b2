import { SOURCE_FIELDS } from "../source.js";
/**
 * Reading the outside data that disclosure control is given (a table of counts, a policy
 * object) into plain copies before anything is checked or computed. Whatever the caller
 * passed (getters that throw, proxies, objects with a `toString` that throws), the copy holds
 * only numbers, strings, booleans, `null`, `undefined`, arrays of them, and {@link OPAQUE} for
 * any other object, so no code of the caller's runs after the copy is made and a value cannot
 * change between being checked and being used. A read that throws becomes a
 * `disclosure/unreadable` diagnostic that says where.
 *
 * This module imports no zod.
 *
 * @module
 */
import type { Diagnostic } from "../result.js";
import { declareCodes, diagnostic } from "../result.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const DISCLOSURE_INPUT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "disclosure/unreadable",
    severity: "error",
    title: "Part of the table or policy could not be read",
    example: {
      path: ["rows", 0, 1],
      message: "The table's rows[0][1] could not be read (boom).",
      hint: "Pass plain data: arrays of whole numbers and text, without getters or proxies.",
    },
  },
]);

/** Stands in, in a copy, for an object of the caller's that is not a list. */
export const OPAQUE: { readonly opaque: true } = { opaque: true };

/** A failed read: where, and the error's message. */
class Unreadable {
  constructor(
    readonly path: (string | number)[],
    readonly why: string,
  ) {}
}

/** The message of a thrown value, read without running the caller's code. */
function messageOf(err: unknown): string {
  try {
    if (err instanceof Error) {
      const d = Object.getOwnPropertyDescriptor(err, "message");
      if (d !== undefined && typeof d.value === "string") return d.value;
    }
  } catch {
    // a proxy as the thrown value: say nothing about it
  }
  return "an error was raised";
}

/** Run one read of outside data; a throw becomes an {@link Unreadable} at `path`. */
function guarded<T>(path: (string | number)[], read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new Unreadable(path, messageOf(err));
  }
}

/** A value as the copy keeps it: primitives as they are, any object as {@link OPAQUE}. */
function primitive(v: unknown): unknown {
  return (typeof v === "object" && v !== null) || typeof v === "function" ? OPAQUE : v;
}

/** The property `key` of `obj` (`undefined` when `obj` is not an object). */
function field(obj: unknown, key: string, path: (string | number)[]): unknown {
  if (typeof obj !== "object" || obj === null) return undefined;
  // own properties only: a field inherited from a prototype (or a polluted Object.prototype)
  // neither completes a policy nor fills a table
  return guarded(path, () =>
    Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined,
  );
}

/**
 * A copy of a list, each item copied by `item`; anything that is not a list is kept as
 * {@link primitive} keeps it.
 */
function list(
  v: unknown,
  path: (string | number)[],
  item: (x: unknown, path: (string | number)[]) => unknown = primitive,
): unknown {
  if (!guarded(path, () => Array.isArray(v))) return primitive(v);
  const arr = v as readonly unknown[];
  const n = guarded(path, () => arr.length);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const at = [...path, i];
    out.push(
      item(
        guarded(at, () => arr[i]),
        at,
      ),
    );
  }
  return out;
}

/** A copied count table: each field as given, in plain data (see the module comment). */
export interface TableInput {
  readonly rows: unknown;
  readonly rowLabels: unknown;
  readonly columnLabels: unknown;
  readonly rowTotals: unknown;
  readonly columnTotals: unknown;
  readonly grandTotal: unknown;
}

/** A copied policy object: each field as given, in plain data (see the module comment). */
export type PolicyInput = Readonly<Record<string, unknown>>;

/**
 * A plain copy of a policy's source: each known field that is present, as {@link primitive}
 * keeps it (`buildsOn` as a list); anything that is not an object is kept as `primitive` keeps it.
 */
function sourceCopy(v: unknown, path: (string | number)[]): unknown {
  if (typeof v !== "object" || v === null) return primitive(v);
  const out: Record<string, unknown> = {};
  for (const key of SOURCE_FIELDS) {
    const at = [...path, key];
    const x = field(v, key, at);
    if (x !== undefined) out[key] = key === "buildsOn" ? list(x, at) : primitive(x);
  }
  return out;
}

/** The fields of a policy that are read. */
const POLICY_FIELDS = [
  "id",
  "name",
  "minSafeCount",
  "protectZero",
  "roundingBase",
  "secondary",
  "symbol",
  "primaryDisplay",
  "wording",
  "percentages",
  "source",
  "verified",
  "unverified",
  "notes",
] as const;

function unreadable(e: unknown, what: "table" | "policy", diagnostics: Diagnostic[]): null {
  if (!(e instanceof Unreadable)) throw e;
  const within = what === "policy" ? e.path.slice(1) : e.path;
  const where = within
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
  diagnostics.push(
    diagnostic(
      "disclosure/unreadable",
      "error",
      e.path,
      `The ${what}'s ${where} could not be read (${e.why}).`,
      "Pass plain data: arrays of whole numbers and text, without getters or proxies.",
    ),
  );
  return null;
}

/**
 * A plain copy of a count table, or `null` (with a `disclosure/unreadable` diagnostic) when
 * reading it threw.
 *
 * @param table - the table as the caller gave it
 * @param diagnostics - where a failed read is reported
 * @returns the copy
 */
export function readTable(table: unknown, diagnostics: Diagnostic[]): TableInput | null {
  try {
    return {
      rows: list(field(table, "rows", ["rows"]), ["rows"], (row, at) => list(row, at)),
      rowLabels: list(field(table, "rowLabels", ["rowLabels"]), ["rowLabels"]),
      columnLabels: list(field(table, "columnLabels", ["columnLabels"]), ["columnLabels"]),
      rowTotals: list(field(table, "rowTotals", ["rowTotals"]), ["rowTotals"]),
      columnTotals: list(field(table, "columnTotals", ["columnTotals"]), ["columnTotals"]),
      grandTotal: primitive(field(table, "grandTotal", ["grandTotal"])),
    };
  } catch (e) {
    return unreadable(e, "table", diagnostics);
  }
}

/**
 * A plain copy of a policy object, or `null` (with a `disclosure/unreadable` diagnostic) when
 * reading it threw.
 *
 * @param policy - the policy object as the caller gave it
 * @param diagnostics - where a failed read is reported
 * @returns the copy
 */
export function readPolicy(policy: object, diagnostics: Diagnostic[]): PolicyInput | null {
  try {
    const out: Record<string, unknown> = {};
    for (const key of POLICY_FIELDS) {
      const at = ["policy", key];
      const v = field(policy, key, at);
      out[key] =
        key === "percentages"
          ? typeof v === "object" && v !== null
            ? {
                wholeMinDenominator: primitive(
                  field(v, "wholeMinDenominator", [...at, "wholeMinDenominator"]),
                ),
                oneDecimalMinDenominator: primitive(
                  field(v, "oneDecimalMinDenominator", [...at, "oneDecimalMinDenominator"]),
                ),
              }
            : primitive(v)
          : key === "unverified" || key === "notes"
            ? list(v, at)
            : key === "source"
              ? sourceCopy(v, at)
              : primitive(v);
    }
    return out;
  } catch (e) {
    return unreadable(e, "policy", diagnostics);
  }
}
