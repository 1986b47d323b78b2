import type { Diagnostic, Severity } from "../result.js";

const RANK: Record<Severity, string> = { error: "0", warning: "1", info: "2" };

function pathKey(path: readonly (string | number)[]): string {
  let k = "";
  for (const p of path)
    k += typeof p === "number" ? `\u0001${String(p).padStart(12, "0")}` : `\u0002${p}`;
  return k;
}

/**
 * Sort diagnostics deterministically and drop exact duplicates. Order: by path (collection,
 * then record index in numeric order, then field), then severity (errors first), then code,
 * then message. Two diagnostics are duplicates when code, severity, path and message are all
 * the same; the first is kept. Strings are compared by code unit, never by locale, so the order
 * is the same on every machine.
 *
 * @typeParam D - the diagnostics' type (whatever their codes)
 * @param diagnostics - diagnostics in any order
 * @returns a new, sorted list without duplicates
 * @example
 * ```ts
 * sortDiagnostics([
 *   diagnostic("activity/unknown-level", "warning", ["activities", 10], "B."),
 *   diagnostic("activity/undeclared-scale", "warning", ["activities", 9], "A."),
 *   diagnostic("activity/undeclared-scale", "warning", ["activities", 9], "A."),
 * ]).map((d) => d.path[1]); // [9, 10]
 * ```
 * @category Rules
 */
export function sortDiagnostics<D extends Diagnostic<string>>(diagnostics: readonly D[]): D[] {
  const keyed = diagnostics.map((d) => ({
    d,
    key: `${pathKey(d.path)}\u0000${RANK[d.severity] ?? "3"}${d.code}\u0000${d.message}`,
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out: D[] = [];
  let last: string | undefined;
  for (const { d, key } of keyed) {
    if (key === last) continue;
    last = key;
    out.push(d);
  }
  return out;
}
