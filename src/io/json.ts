import { formatCount } from "../format.js";
import { declareCodes } from "../result.js";
import type { DuplicateKeyCode } from "./duplicate-key.js";
import { duplicateKey } from "./duplicate-key.js";
import type { JsonIndex } from "./json-scan.js";
import { scanJson, skipJsonValue } from "./json-scan.js";
import type { LimitCode, ReadLimits } from "./limits.js";
import { DEFAULT_READ_LIMITS, tooDeep, tooManyRecords } from "./limits.js";
import type { DataRead, LocatedDiagnostic, SourceLocation } from "./location.js";
import { fileProblem } from "./location.js";

/**
 * The diagnostic code of a file that is not valid JSON, with an example (docs/diagnostics.md
 * lists it).
 */
export const JSON_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/invalid-json",
    severity: "error",
    title: "A file that is not valid JSON",
    example: {
      path: ["bad.json"],
      message:
        'bad.json is not valid JSON: line 1, column 20 (Unexpected token \']\', ..."ties": [1,] }" is not valid JSON).',
      hint: "Look for a missing or extra comma, quote or bracket just before that point. JSON allows no trailing commas or comments.",
    },
  },
]);

/**
 * The diagnostic codes of reading a JSON file.
 *
 * @category IO
 */
export type JsonCode = (typeof JSON_CODES)[number]["code"] | DuplicateKeyCode | LimitCode;

/**
 * A function from an offset in a text to its 1-based line and column, which indexes the line
 * breaks once, on its first call, so that many lookups in a large text stay fast.
 *
 * @param text - the text
 * @returns the lookup
 * @example
 * ```ts
 * lineFinder("a\nbc")(3); // { line: 2, column: 2 }
 * ```
 * @category IO
 */
export function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const every = 1024;
  let marks: number[] | undefined;
  return (offset) => {
    if (marks === undefined) {
      marks = [0];
      let line = 1;
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
        line++;
        if ((line - 1) % every === 0) marks.push(i + 1);
      }
    }
    let lo = 0;
    let hi = marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((marks[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    let line = lo * every + 1;
    let start = marks[lo] as number;
    for (let i = text.indexOf("\n", start); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
      line++;
      start = i + 1;
    }
    return { line, column: offset - start + 1 };
  };
}

/**
 * Read JSON text into plain data: its syntax, duplicate keys and the record and nesting limits
 * are checked in one scan before `JSON.parse` builds anything, so that a key written twice is
 * an error (not a silent loss of what was under the first) and a file too large for memory is
 * answered at once. Never throws.
 *
 * @param text - the JSON text (decoded, without a byte-order mark)
 * @param file - the file name, for diagnostics
 * @param limits - the limits (default {@link DEFAULT_READ_LIMITS})
 * @returns the data (undefined when there are errors), the diagnostics, and a locator
 * @example
 * ```ts
 * const read = readJson('{"activities": [], "activities": []}', "a.json");
 * read.input; // undefined
 * read.diagnostics[0]?.code; // "input/duplicate-key"
 * ```
 * @category IO
 */
export function readJson(
  text: string,
  file: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): DataRead<JsonCode> {
  const scan = scanJson(text, limits);
  const lines = lineFinder(text);
  const none = (d: LocatedDiagnostic<JsonCode>[]): DataRead<JsonCode> => ({
    input: undefined,
    diagnostics: d,
    locate: () => undefined,
  });
  const stop = scan.stop;
  if (stop !== undefined) {
    const at = { file, ...lines(stop.offset) };
    switch (stop.kind) {
      case "syntax":
        return none([invalidJson(text, at)]);
      case "depth":
        return none([tooDeep(at, stop.path, limits)]);
      case "records":
        return none([tooManyRecords(at, stop.path, limits)]);
      default: {
        const never: never = stop;
        return never;
      }
    }
  }
  if (scan.duplicates.length > 0) {
    const found: LocatedDiagnostic<JsonCode>[] = scan.duplicates.map((d) =>
      duplicateKey(file, d.path, lines(d.offset), lines(d.firstOffset).line),
    );
    const last = found[found.length - 1];
    if (last && scan.moreDuplicates > 0)
      last.message += ` ${formatCount(scan.moreDuplicates)} more keys written twice are not listed.`;
    return none(found);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return none([invalidJson(text, { file })]);
  }
  return { input, diagnostics: [], locate: jsonLocator(text, file, scan.index, lines) };
}

function invalidJson(text: string, at: SourceLocation): LocatedDiagnostic<JsonCode> {
  let reason: string | undefined;
  try {
    JSON.parse(text);
  } catch (err) {
    reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
  }
  const where = at.line === undefined ? "" : `: line ${at.line}, column ${at.column}`;
  return fileProblem<JsonCode>(
    "input/invalid-json",
    "error",
    at,
    `${at.file} is not valid JSON${where}${reason === undefined ? "" : ` (${reason})`}.`,
    "Look for a missing or extra comma, quote or bracket just before that point. JSON allows no trailing commas or comments.",
  );
}

/**
 * Find the line and column behind a path: jump to the top-level value or list item from the
 * scan's index, then read only that record to the rest of the path.
 */
function jsonLocator(
  text: string,
  file: string,
  index: JsonIndex,
  lines: (offset: number) => { line: number; column: number },
): DataRead<JsonCode>["locate"] {
  return (path) => {
    let offset = 0;
    let rest = path;
    const first = path[0];
    if (typeof first === "string") {
      const top = index.top.get(first);
      if (top === undefined) return { file, ...lines(offset) };
      offset = top;
      rest = path.slice(1);
      const item = rest[0];
      const items = index.items.get(first);
      if (typeof item === "number" && items !== undefined && items[item] !== undefined) {
        offset = items[item];
        rest = rest.slice(1);
      }
    }
    return { file, ...lines(descend(text, offset, rest)) };
  };
}

/** From the value at `start`, follow keys and indexes as far as they go; the offset reached. */
function descend(text: string, start: number, path: readonly (string | number)[]): number {
  const ws = (i: number): number => {
    let k = i;
    while (k < text.length && " \t\r\n".includes(text[k] as string)) k++;
    return k;
  };
  let at = start;
  for (const key of path) {
    const c = text.charCodeAt(at);
    let i = ws(at + 1);
    let found = -1;
    if (c === 123 && typeof key === "string") {
      while (text.charCodeAt(i) === 34) {
        const end = skipJsonValue(text, i);
        const name = JSON.parse(text.slice(i, end)) as string;
        i = ws(ws(end) + 1);
        if (name === key) {
          found = i;
          break;
        }
        const after = ws(skipJsonValue(text, i));
        if (text.charCodeAt(after) !== 44) break;
        i = ws(after + 1);
      }
    } else if (c === 91 && typeof key === "number") {
      for (let k = 0; k < key && text.charCodeAt(i) !== 93; k++) {
        i = ws(skipJsonValue(text, i));
        if (text.charCodeAt(i) === 44) i = ws(i + 1);
      }
      if (text.charCodeAt(i) !== 93) found = i;
    }
    if (found < 0) return at;
    at = found;
  }
  return at;
}
