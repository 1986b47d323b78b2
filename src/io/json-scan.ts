import type { ReadLimits } from "./limits.js";

/**
 * Why a scan of JSON text stopped before the end: a syntax error, or a limit passed (at the
 * offset of the value that passed it, with its path).
 *
 * @category IO
 */
export type JsonStop =
  | { kind: "syntax"; offset: number }
  | { kind: "depth" | "records"; offset: number; path: (string | number)[] };

/**
 * A key written twice in one object: the path to it, and the offsets of the second and first
 * occurrence.
 *
 * @category IO
 */
export interface JsonDuplicate {
  /** The object's path, then the key. */
  path: (string | number)[];
  /** Offset of the second occurrence (its opening quote). */
  offset: number;
  /** Offset of the first occurrence. */
  firstOffset: number;
}

/**
 * Where values start in JSON text, kept while scanning so that a path can be found later
 * without reading the text again from the start: the value of each key of the top-level
 * object, and each item of a top-level list.
 *
 * @category IO
 */
export interface JsonIndex {
  /** Offset of the value of each top-level key. */
  readonly top: Map<string, number>;
  /** Offsets of the items of each top-level list. */
  readonly items: Map<string, number[]>;
}

/**
 * What {@link scanJson} found.
 *
 * @category IO
 */
export interface JsonScan {
  /** The first problem that stopped the scan; undefined when the text is valid JSON within the limits. */
  stop: JsonStop | undefined;
  /** Keys written twice in one object (the first `maxDuplicates`). */
  duplicates: JsonDuplicate[];
  /** How many more duplicate keys there were than are listed. */
  moreDuplicates: number;
  /** Where the top-level values and the items of top-level lists start. */
  index: JsonIndex;
}

/** What the scanner expects next: a value, a key (in an object), or what follows a value. */
const VALUE = 0;
const KEY = 1;
const AFTER = 2;

/** The state of one scan: the text, the position, and the containers open at it. */
class Scanner {
  readonly n: number;
  i = 0;
  /** Per open container: whether it is an object, its keys so far, and the current key or index. */
  readonly isObject: boolean[] = [];
  readonly keys: (Map<string, number> | undefined)[] = [];
  readonly at: (string | number)[] = [];
  readonly index: JsonIndex = { top: new Map(), items: new Map() };
  topItems: number[] | undefined;
  records = 0;
  readonly duplicates: JsonDuplicate[] = [];
  moreDuplicates = 0;
  stop: JsonStop | undefined;

  constructor(
    readonly text: string,
    readonly limits: Pick<ReadLimits, "maxDepth" | "maxRecords">,
    readonly maxDuplicates: number,
  ) {
    this.n = text.length;
  }

  result(): JsonScan {
    const { stop, duplicates, moreDuplicates, index } = this;
    return { stop, duplicates, moreDuplicates, index };
  }

  syntax(): JsonScan {
    this.stop = { kind: "syntax", offset: this.i };
    return this.result();
  }

  ws(): void {
    const { text, n } = this;
    let i = this.i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
    this.i = i;
  }

  /** Read a string from its opening quote; false (with `i` at the fault) when it is not valid. */
  str(): boolean {
    const { text, n } = this;
    let i = this.i + 1;
    let ok = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        ok = true;
        break;
      }
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          let k = 2;
          while (k < 6 && isHex(text.charCodeAt(i + k))) k++;
          if (k < 6) break;
          i += 6;
        } else if (ESCAPES.includes(e)) i += 2;
        else break;
      } else if (c < 32) break;
      else i++;
    }
    this.i = i;
    return ok;
  }

  digits(): boolean {
    const from = this.i;
    while (this.i < this.n && isDigit(this.text.charCodeAt(this.i))) this.i++;
    return this.i > from;
  }

  num(): boolean {
    const { text } = this;
    if (text.charCodeAt(this.i) === 45) this.i++;
    if (text.charCodeAt(this.i) === 48) this.i++;
    else if (!this.digits()) return false;
    if (text.charCodeAt(this.i) === 46) {
      this.i++;
      if (!this.digits()) return false;
    }
    const e = text.charCodeAt(this.i);
    if (e === 101 || e === 69) {
      this.i++;
      const s = text.charCodeAt(this.i);
      if (s === 43 || s === 45) this.i++;
      if (!this.digits()) return false;
    }
    return true;
  }

  /** Open a container at `i`; false (and `stop`) when it is one level too deep. */
  open(object: boolean): boolean {
    const { isObject, at } = this;
    if (isObject.length + 1 > this.limits.maxDepth) {
      this.stop = { kind: "depth", offset: this.i, path: at.slice() };
      return false;
    }
    if (isObject.length === 1) {
      this.topItems = undefined;
      if (!object && isObject[0] === true) {
        this.topItems = [];
        this.index.items.set(String(at[0]), this.topItems);
      }
    }
    isObject.push(object);
    this.keys.push(undefined);
    at.push(object ? "" : 0);
    this.i++;
    return true;
  }

  close(): void {
    this.isObject.pop();
    this.keys.pop();
    this.at.pop();
    this.i++;
  }

  /** Count the list item starting at `i`; false (and `stop`) when it is one too many. */
  item(): boolean {
    this.records++;
    if (this.records > this.limits.maxRecords) {
      this.stop = { kind: "records", offset: this.i, path: this.at.slice() };
      return false;
    }
    if (this.isObject.length === 2 && this.topItems !== undefined) this.topItems.push(this.i);
    return true;
  }

  /** Read a key and remember it in its object; false when it is not a valid string. */
  key(): boolean {
    const start = this.i;
    if (this.text.charCodeAt(start) !== 34 || !this.str()) return false;
    const raw = this.text.slice(start + 1, this.i - 1);
    const name = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
    const depth = this.isObject.length - 1;
    this.at[depth] = name;
    let seen = this.keys[depth];
    if (seen === undefined) {
      seen = new Map();
      this.keys[depth] = seen;
    }
    const first = seen.get(name);
    if (first === undefined) seen.set(name, start);
    else if (this.duplicates.length < this.maxDuplicates)
      this.duplicates.push({ path: this.at.slice(), offset: start, firstOffset: first });
    else this.moreDuplicates++;
    return true;
  }

  /** Read a value's first token: open a container, or read a scalar; the state that follows. */
  value(): number | JsonScan {
    const { text } = this;
    const c = text.charCodeAt(this.i);
    if (c === 123 || c === 91) {
      if (!this.open(c === 123)) return this.result();
      this.ws();
      if (text.charCodeAt(this.i) === c + 2) {
        this.close();
        return AFTER;
      }
      if (c === 123) return KEY;
      return this.item() ? VALUE : this.result();
    }
    if (c === 34) return this.str() ? AFTER : this.syntax();
    if (c === 45 || isDigit(c)) return this.num() ? AFTER : this.syntax();
    for (const word of WORDS) {
      if (text.startsWith(word, this.i)) {
        this.i += word.length;
        return AFTER;
      }
    }
    return this.syntax();
  }

  /** After a value: a comma, the end of its container, or the end of the text. */
  after(): number | JsonScan {
    const depth = this.isObject.length;
    if (depth === 0) return this.i < this.n ? this.syntax() : this.result();
    const object = this.isObject[depth - 1] === true;
    const c = this.text.charCodeAt(this.i);
    if (c === 44) {
      this.i++;
      if (object) return KEY;
      this.at[depth - 1] = (this.at[depth - 1] as number) + 1;
      this.ws();
      return this.item() ? VALUE : this.result();
    }
    if (c !== (object ? 125 : 93)) return this.syntax();
    this.close();
    return AFTER;
  }

  run(): JsonScan {
    let next: number | JsonScan = VALUE;
    for (;;) {
      this.ws();
      if (next === VALUE) next = this.value();
      else if (next === KEY) {
        if (!this.key()) return this.syntax();
        this.ws();
        if (this.text.charCodeAt(this.i) !== 58) return this.syntax();
        this.i++;
        this.ws();
        if (this.isObject.length === 1) this.index.top.set(String(this.at[0]), this.i);
        next = VALUE;
      } else next = this.after();
      if (typeof next !== "number") return next;
    }
  }
}

/** The characters that may follow a backslash, other than `u`: `" \\ / b f n r t`. */
const ESCAPES = [34, 92, 47, 98, 102, 110, 114, 116];
/** The literal words of JSON. */
const WORDS = ["true", "false", "null"];

/**
 * Scan JSON text without building it, in one pass and without recursion: check its syntax
 * (as `JSON.parse` does), find keys written twice in one object (which `JSON.parse` silently
 * drops but the last of), and stop at the first list item past `maxRecords` (counting items of
 * lists at any depth) or container nested deeper than `maxDepth`, so that a file that would
 * not fit in memory is answered before it is parsed.
 *
 * @param text - the JSON text
 * @param limits - the record and nesting limits
 * @param maxDuplicates - the most duplicates to list (default 100; the rest are counted)
 * @returns what stopped the scan, the duplicate keys, and an index of where values start
 * @example
 * ```ts
 * scanJson('{"a": 1, "a": 2}', { maxDepth: 32, maxRecords: 10 }).duplicates; // [{ path: ["a"], offset: 9, firstOffset: 1 }]
 * ```
 * @category IO
 */
export function scanJson(
  text: string,
  limits: Pick<ReadLimits, "maxDepth" | "maxRecords">,
  maxDuplicates = 100,
): JsonScan {
  return new Scanner(text, limits, maxDuplicates).run();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * The offset just after the JSON value that starts at `i` (the text is known to be valid).
 *
 * @param text - valid JSON text
 * @param i - where a value starts
 * @returns the offset after it
 * @example
 * ```ts
 * skipJsonValue('[1, {"a": "]"}] x', 0); // 15
 * ```
 * @category IO
 */
export function skipJsonValue(text: string, i: number): number {
  const n = text.length;
  const skipString = (j: number): number => {
    for (let k = j + 1; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 34) return k + 1;
    }
    return n;
  };
  const first = text.charCodeAt(i);
  if (first === 34) return skipString(i);
  if (first !== 123 && first !== 91) {
    let k = i;
    while (k < n && !",}] \t\r\n".includes(text[k] as string)) k++;
    return k;
  }
  let depth = 0;
  for (let k = i; k < n; ) {
    const c = text.charCodeAt(k);
    if (c === 34) {
      k = skipString(k);
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return k + 1;
    }
    k++;
  }
  return n;
}
