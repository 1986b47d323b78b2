import { formatCount } from "../format.js";
import { declareCodes } from "../result.js";
import type { LocatedDiagnostic, LocatedResult } from "./location.js";
import { fileProblem } from "./location.js";
import type { EncodingCode, SingleByteEncoding } from "./single-byte.js";
import { cp1252Char, decodeSingleByte } from "./single-byte.js";

/**
 * The diagnostic codes of decoding bytes into text, each with an example (docs/diagnostics.md
 * lists them).
 */
export const DECODE_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/invalid-utf8",
    severity: "error",
    title: "A file that is not UTF-8 text",
    example: {
      path: ["contributors.csv"],
      message:
        'contributors.csv is not UTF-8 text: line 3, column 12 (byte 81 of the file) holds the byte 0xE9, which UTF-8 does not allow there. It is probably Windows-1252 text (what Excel saves as "CSV") or Latin-1, in which 0xE9 is "é".',
      hint: 'Save the file as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"; in a text editor: save with the encoding UTF-8). Or name its encoding (`--encoding windows-1252` on the command line, `encoding: "windows-1252"` for loadDataset), and ppie decodes it exactly.',
    },
  },
  {
    code: "input/unsupported-encoding",
    severity: "error",
    title: "A file in a text encoding ppie does not read, or not text at all",
    example: {
      path: ["activities.csv"],
      message:
        "activities.csv looks like UTF-16BE text without a byte-order mark; ppie reads UTF-8, and UTF-16 that starts with a byte-order mark.",
      hint: 'Save the file as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"; in a text editor: save with the encoding UTF-8).',
    },
  },
]);

/**
 * The diagnostic codes of decoding bytes as UTF-8 or UTF-16.
 *
 * @category IO
 */
export type DecodeCode = (typeof DECODE_CODES)[number]["code"];

/**
 * The text encodings ppie reads: UTF-8 (with or without a byte-order mark), and UTF-16 in
 * either byte order when the file starts with its byte-order mark.
 *
 * @category IO
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * A decoder for a file read in chunks: each chunk of bytes in, its text out. Nothing is ever
 * replaced: bytes that are not valid in the encoding stop decoding with a diagnostic naming
 * the line, column and byte offset.
 *
 * @category IO
 */
export interface TextStreamDecoder {
  /** The encoding, once the first bytes have been seen. */
  readonly encoding: TextEncoding | undefined;
  /**
   * Decode the next chunk.
   *
   * @param bytes - the next bytes of the file
   * @returns the text they complete (possibly empty), or the diagnostic that stops decoding
   */
  write(bytes: Uint8Array): LocatedResult<string, DecodeCode>;
  /**
   * Finish: decode what is left.
   *
   * @returns the last text, or the diagnostic when the file ends inside a character
   */
  end(): LocatedResult<string, DecodeCode>;
}

/** How to save a file as UTF-8: from a spreadsheet for a CSV file, else from a text editor. */
function saveAsUtf8(file: string): string {
  return file.toLowerCase().endsWith(".csv")
    ? 'Save the file as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"; in a text editor: save with the encoding UTF-8).'
    : "Save the file as UTF-8 (in a text editor: save with the encoding UTF-8).";
}

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence (WHATWG rules: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1 when every byte is valid. A
 * sequence cut off by the end counts as invalid at its first byte.
 *
 * @param bytes - the bytes
 * @returns the offset, or -1
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9])); // 3
 * ```
 * @category IO
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The end of the last complete UTF-8 sequence: bytes after it wait for the next chunk. */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - i < need ? i : n;
  }
  return n;
}

/** What the first bytes of a file say about its encoding. */
type Sniffed =
  | { kind: "text"; encoding: TextEncoding; bom: number }
  | { kind: "unsupported"; what: string };

/**
 * Tell the encoding from the first bytes: a byte-order mark, the zero bytes of UTF-16 or
 * UTF-32 text without one, or the signature of a zip file (an .xlsx or .ods workbook).
 *
 * @param head - the first bytes of the file (a few kilobytes, or all of a short file)
 * @returns the encoding and the length of its byte-order mark, or what the file looks like
 * @example
 * ```ts
 * sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00])); // { kind: "text", encoding: "utf-16le", bom: 2 }
 * ```
 * @category IO
 */
export function sniffEncoding(head: Uint8Array): Sniffed {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { kind: "text", encoding: "utf-8", bom: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return { kind: "unsupported", what: "UTF-32LE text" };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { kind: "unsupported", what: "UTF-32BE text" };
  if (b0 === 0xff && b1 === 0xfe) return { kind: "text", encoding: "utf-16le", bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { kind: "text", encoding: "utf-16be", bom: 2 };
  if (b0 === 0x50 && b1 === 0x4b && b2 === 3 && b3 === 4)
    return {
      kind: "unsupported",
      what: "a zip file (such as an .xlsx or .ods workbook), not text",
    };
  const n = Math.min(head.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (even + odd === 0) return { kind: "text", encoding: "utf-8", bom: 0 };
  if (n >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0)
    return { kind: "unsupported", what: "UTF-32LE text without a byte-order mark" };
  if (n >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)
    return { kind: "unsupported", what: "UTF-32BE text without a byte-order mark" };
  if (odd > 4 * even && odd >= n / 8)
    return { kind: "unsupported", what: "UTF-16LE text without a byte-order mark" };
  if (even > 4 * odd && even >= n / 8)
    return { kind: "unsupported", what: "UTF-16BE text without a byte-order mark" };
  return { kind: "unsupported", what: "binary data (it holds zero bytes), not text" };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Create a decoder for one file (see {@link TextStreamDecoder}).
 *
 * @param file - the file name, for diagnostics
 * @param utf8Only - `"utf-8"` to read UTF-8 only (a leading UTF-8 byte-order mark is dropped;
 *   no other encoding is sniffed)
 * @returns the decoder
 * @example
 * ```ts
 * const d = createTextDecoder("a.csv");
 * const head = d.write(new TextEncoder().encode("id\nc-1\n"));
 * const rest = d.end();
 * head.ok && rest.ok && head.value + rest.value; // "id\nc-1\n"
 * ```
 * @category IO
 */
export function createTextDecoder(file: string, utf8Only?: "utf-8"): TextStreamDecoder {
  let head: Uint8Array = new Uint8Array(0);
  let encoding: TextEncoding | undefined;
  let failed: LocatedDiagnostic<DecodeCode> | undefined;
  let carry: Uint8Array = new Uint8Array(0);
  let offset = 0;
  let lines = 0;
  /** Characters decoded on the current line so far (for the column of an invalid byte). */
  let column = 0;
  let utf16: TextDecoder | undefined;
  const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  const fail = (d: LocatedDiagnostic<DecodeCode>): LocatedResult<string, DecodeCode> => {
    failed = d;
    return { ok: false, diagnostics: [d] };
  };
  const done = (text: string): LocatedResult<string, DecodeCode> => {
    const newlines = countNewlines(text);
    lines += newlines;
    column = newlines === 0 ? column + text.length : text.length - text.lastIndexOf("\n") - 1;
    return { ok: true, value: text, diagnostics: [] };
  };

  const utf8 = (bytes: Uint8Array, last: boolean): LocatedResult<string, DecodeCode> => {
    const all = concat(carry, bytes);
    const cut = last ? all.length : completeEnd(all);
    const part = all.subarray(0, cut);
    carry = all.slice(cut);
    try {
      const text = fatal.decode(part);
      offset += cut;
      return done(text);
    } catch {
      return fail(invalidUtf8(file, part, firstInvalidUtf8(part), { offset, lines, column }));
    }
  };

  const utf16Chunk = (bytes: Uint8Array, last: boolean): LocatedResult<string, DecodeCode> => {
    let part = bytes;
    if (encoding === "utf-16be") {
      const all = concat(carry, bytes);
      const even = last ? all.length : all.length - (all.length % 2);
      const swapped = new Uint8Array(even);
      for (let i = 0; i + 1 < even; i += 2) {
        swapped[i] = all[i + 1] as number;
        swapped[i + 1] = all[i] as number;
      }
      if (even % 2 === 1) swapped[even - 1] = all[even - 1] as number;
      carry = all.slice(even);
      part = swapped;
    }
    utf16 ??= new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
    const name = encoding === "utf-16be" ? "UTF-16BE" : "UTF-16LE";
    try {
      const text = utf16.decode(part, { stream: !last });
      offset += part.length;
      return done(text);
    } catch {
      return fail(
        fileProblem<DecodeCode>(
          "input/invalid-utf8",
          "error",
          { file, line: lines + 1 },
          `${file} starts with the byte-order mark of ${name} text, but the bytes near byte ${formatCount(offset)} (line ${formatCount(lines + 1)}) are not valid ${name}.`,
          saveAsUtf8(file),
        ),
      );
    }
  };

  const decode = (bytes: Uint8Array, last: boolean): LocatedResult<string, DecodeCode> => {
    if (failed) return { ok: false, diagnostics: [failed] };
    if (encoding === undefined) {
      head = concat(head, bytes);
      if (head.length < 4096 && !last) return { ok: true, value: "", diagnostics: [] };
      const sniffed: Sniffed =
        utf8Only === undefined
          ? sniffEncoding(head)
          : { kind: "text", encoding: "utf-8", bom: bomOf(head) === "utf-8" ? 3 : 0 };
      if (sniffed.kind === "unsupported") {
        return fail(
          fileProblem<DecodeCode>(
            "input/unsupported-encoding",
            "error",
            { file },
            `${file} looks like ${sniffed.what}; ppie reads UTF-8, and UTF-16 that starts with a byte-order mark.`,
            saveAsUtf8(file),
          ),
        );
      }
      encoding = sniffed.encoding;
      offset = sniffed.bom;
      bytes = head.subarray(sniffed.bom);
      head = new Uint8Array(0);
    }
    return encoding === "utf-8" ? utf8(bytes, last) : utf16Chunk(bytes, last);
  };

  return {
    get encoding() {
      return encoding;
    },
    write: (bytes) => decode(bytes, false),
    end: () => decode(new Uint8Array(0), true),
  };
}

/** Whether the bytes from `at` are the start of a UTF-8 sequence cut off by the end. */
function cutOff(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at] ?? 0;
  const need =
    b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (bytes.length - at >= need) return false;
  for (let i = at + 1; i < bytes.length; i++)
    if (((bytes[i] as number) & 0xc0) !== 0x80) return false;
  return true;
}

/**
 * The diagnostic for the first invalid UTF-8 byte of a chunk: its line, column and offset in
 * the file, and what it would be in Windows-1252 when the file looks like that.
 */
function invalidUtf8(
  file: string,
  part: Uint8Array,
  bad: number,
  before: { offset: number; lines: number; column: number },
): LocatedDiagnostic<DecodeCode> {
  const at = bad < 0 ? part.length : bad;
  let line = before.lines + 1;
  let lineStart = 0;
  for (let i = part.indexOf(10); i >= 0 && i < at; i = part.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column =
    (lineStart === 0 ? before.column : 0) +
    new TextDecoder("utf-8").decode(part.subarray(lineStart, at)).length +
    1;
  const byte = part[at] ?? 0;
  const where = `line ${formatCount(line)}, column ${formatCount(column)} (byte ${formatCount(before.offset + at + 1)} of the file)`;
  if (cutOff(part, at)) {
    return fileProblem<DecodeCode>(
      "input/invalid-utf8",
      "error",
      { file, line, column },
      `${file} is not UTF-8 text: it ends in the middle of a character, at ${where}.`,
      "The file may have been cut off: save it again, as UTF-8.",
    );
  }
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  const next = part[at + 1];
  const ch = cp1252Char(byte);
  const likely =
    ch !== undefined &&
    (next === undefined || next < 0x80 || firstInvalidUtf8(part.subarray(at + 1, at + 5)) === 0);
  const guess = !likely
    ? ""
    : byte < 0xa0
      ? ` It is probably Windows-1252 text (what Excel saves as "CSV"), in which ${hex} is "${ch}".`
      : ` It is probably Windows-1252 text (what Excel saves as "CSV") or Latin-1, in which ${hex} is "${ch}".`;
  return fileProblem<DecodeCode>(
    "input/invalid-utf8",
    "error",
    { file, line, column },
    `${file} is not UTF-8 text: ${where} holds the byte ${hex}, which UTF-8 does not allow there.${guess}`,
    likely
      ? `${saveAsUtf8(file)} Or name its encoding (\`--encoding windows-1252\` on the command line, \`encoding: "windows-1252"\` for loadDataset), and ppie decodes it exactly.`
      : `${saveAsUtf8(file)} ppie reads UTF-8 so that no character is changed without a word.`,
  );
}

/**
 * The encodings a user may name for a file (`encoding` of `loadDataset`, `--encoding`): UTF-8, UTF-16 in either byte
 * order, Windows-1252 and ISO-8859-1. Without one, ppie reads UTF-8, or UTF-16 that starts
 * with its byte-order mark.
 *
 * @category IO
 */
export type EncodingName = TextEncoding | SingleByteEncoding;

const ALIASES: Readonly<Record<string, EncodingName>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-1": "iso-8859-1",
  "iso8859-1": "iso-8859-1",
  latin1: "iso-8859-1",
  "latin-1": "iso-8859-1",
};

/**
 * The encoding a name stands for, in any case: `utf-8`/`utf8`, `utf-16le`, `utf-16be`,
 * `windows-1252`/`cp1252`, `iso-8859-1`/`latin1`; undefined for any other name.
 *
 * @param name - the name as written
 * @returns the encoding, or undefined
 * @example
 * ```ts
 * encodingNamed("Latin1"); // "iso-8859-1"
 * ```
 * @category IO
 */
export function encodingNamed(name: string): EncodingName | undefined {
  return ALIASES[name.trim().toLowerCase()];
}

/** The names {@link encodingNamed} reads, for messages. */
export const ENCODING_NAMES: readonly string[] = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1252",
  "iso-8859-1 (latin1)",
];

const BOMS: readonly [TextEncoding, readonly number[]][] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** The byte-order mark the bytes start with, if any. */
function bomOf(bytes: Uint8Array): TextEncoding | undefined {
  for (const [enc, bom] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return enc;
  return undefined;
}

/** Decode bytes in the encoding the user named: exactly, or a diagnostic. */
function decodeNamed(
  bytes: Uint8Array,
  file: string,
  encoding: EncodingName,
): LocatedResult<{ text: string; encoding: EncodingName }, DecodeCode | EncodingCode> {
  const bom = bomOf(bytes);
  if (bom !== undefined && bom !== encoding) {
    const label = bom === "utf-8" ? "UTF-8" : bom === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
    return {
      ok: false,
      diagnostics: [
        fileProblem<EncodingCode>(
          "input/not-in-encoding",
          "error",
          { file, line: 1, column: 1 },
          `${file} starts with the byte-order mark of ${label} text, but it was to be read as ${encoding}.`,
          "Leave out the encoding: ppie reads a file that starts with a byte-order mark in the encoding the mark names.",
        ),
      ],
    };
  }
  if (encoding === "windows-1252" || encoding === "iso-8859-1") {
    const r = decodeSingleByte(bytes, file, encoding);
    return r.ok ? { ok: true, value: { text: r.value, encoding }, diagnostics: [] } : r;
  }
  if (encoding === "utf-8") {
    const d = createTextDecoder(file, "utf-8");
    const first = d.write(bytes);
    if (!first.ok) return first;
    const last = d.end();
    if (!last.ok) return last;
    return { ok: true, value: { text: first.value + last.value, encoding }, diagnostics: [] };
  }
  const body = bom === encoding ? bytes.subarray(2) : bytes;
  const swapped = encoding === "utf-16be" ? new Uint8Array(body.length) : body;
  if (encoding === "utf-16be")
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1] as number;
      swapped[i + 1] = body[i] as number;
    }
  try {
    const text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(swapped);
    if (body.length % 2 === 1) throw new Error("odd length");
    return { ok: true, value: { text, encoding }, diagnostics: [] };
  } catch {
    return {
      ok: false,
      diagnostics: [
        fileProblem<EncodingCode>(
          "input/not-in-encoding",
          "error",
          { file },
          `${file} is not ${encoding.toUpperCase()} text: it holds a lone surrogate or an odd number of bytes.`,
          "Check which encoding the file was saved in, or save it again as UTF-8.",
        ),
      ],
    };
  }
}

/**
 * Decode a whole file (see {@link createTextDecoder}): UTF-8, with or without a byte-order
 * mark, or UTF-16 with one; or, when the caller names an encoding, exactly that encoding
 * (a byte it does not define is a diagnostic). The byte-order mark is not part of the text.
 *
 * @param bytes - the file's bytes
 * @param file - the file name, for diagnostics
 * @param encoding - the encoding the user named (default: UTF-8, or UTF-16 by its byte-order mark)
 * @returns the text and its encoding, or the diagnostic that says why it is not text ppie reads
 * @example
 * ```ts
 * const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), "a.json");
 * r.ok && r.value; // { text: "{}", encoding: "utf-8" }
 * ```
 * @category IO
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  encoding?: EncodingName,
): LocatedResult<{ text: string; encoding: EncodingName }, DecodeCode | EncodingCode> {
  if (encoding !== undefined) return decodeNamed(bytes, file, encoding);
  const d = createTextDecoder(file);
  const first = d.write(bytes);
  if (!first.ok) return first;
  const last = d.end();
  if (!last.ok) return last;
  return {
    ok: true,
    value: { text: first.value + last.value, encoding: d.encoding ?? "utf-8" },
    diagnostics: [],
  };
}
