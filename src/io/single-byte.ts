import { formatCount } from "../format.js";
import { declareCodes } from "../result.js";
import type { LocatedDiagnostic, LocatedResult } from "./location.js";
import { fileProblem } from "./location.js";

/**
 * The diagnostic code of a byte that the encoding the user named does not define, with an
 * example (docs/diagnostics.md lists it).
 */
export const ENCODING_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/not-in-encoding",
    severity: "error",
    title: "A byte the named encoding does not define, or a byte-order mark of another encoding",
    example: {
      path: ["contributors.csv"],
      message:
        "contributors.csv is not Windows-1252 text: line 4, column 9 (byte 77 of the file) holds the byte 0x81, which Windows-1252 leaves undefined.",
      hint: "Check which encoding the file was saved in (it may be UTF-8: then leave out the encoding), or save it again as UTF-8.",
    },
  },
]);

/**
 * The diagnostic code of a byte the named encoding does not define.
 *
 * @category IO
 */
export type EncodingCode = (typeof ENCODING_CODES)[number]["code"];

/** Windows-1252's characters for the bytes 0x80 to 0x9F; a space marks the five it leaves undefined. */
const CP1252_80_9F =
  "\u20ac \u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152 \u017d " +
  " \u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153 \u017e\u0178";

/**
 * The character a byte stands for in Windows-1252 (as published by Microsoft, "bestfit1252"),
 * or undefined for the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 *
 * @param byte - a byte, 0 to 255
 * @returns the character, or undefined
 * @example
 * ```ts
 * cp1252Char(0x80); // "€"
 * cp1252Char(0x81); // undefined
 * ```
 * @category IO
 */
export function cp1252Char(byte: number): string | undefined {
  if (byte < 0x80 || byte > 0x9f)
    return byte >= 0 && byte <= 0xff ? String.fromCharCode(byte) : undefined;
  const ch = CP1252_80_9F[byte - 0x80] as string;
  return ch === " " ? undefined : ch;
}

/**
 * The single-byte encodings ppie decodes when the user names one: Windows-1252 (what Excel
 * on Windows saves as "CSV") and ISO-8859-1 (Latin-1), whose bytes 0x80 to 0x9F are control
 * characters no text holds.
 *
 * @category IO
 */
export type SingleByteEncoding = "windows-1252" | "iso-8859-1";

const NAMES: Record<SingleByteEncoding, string> = {
  "windows-1252": "Windows-1252",
  "iso-8859-1": "ISO-8859-1 (Latin-1)",
};

/**
 * Decode the bytes of a single-byte encoding exactly, byte for character. A byte the encoding
 * does not define (Windows-1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D), or in ISO-8859-1 a control
 * character 0x80-0x9F, stops decoding with a diagnostic naming its line and column: nothing
 * is replaced.
 *
 * @param bytes - the file's bytes
 * @param file - the file name, for diagnostics
 * @param encoding - the encoding
 * @returns the text, or the diagnostic
 * @example
 * ```ts
 * const r = decodeSingleByte(new Uint8Array([0x93, 0x61, 0x94]), "a.csv", "windows-1252");
 * r.ok && r.value; // "“a”"
 * ```
 * @category IO
 */
export function decodeSingleByte(
  bytes: Uint8Array,
  file: string,
  encoding: SingleByteEncoding,
): LocatedResult<string, EncodingCode> {
  const parts: string[] = [];
  let start = 0;
  const flush = (end: number): void => {
    // Bytes below 0x80 and from 0xA0 are the code points of the same number in both encodings.
    for (let i = start; i < end; i += 8192)
      parts.push(String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192))));
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || b > 0x9f) continue;
    const ch = encoding === "windows-1252" ? cp1252Char(b) : undefined;
    if (ch === undefined)
      return { ok: false, diagnostics: [undefinedByte(bytes, i, file, encoding)] };
    flush(i);
    parts.push(ch);
    start = i + 1;
  }
  flush(bytes.length);
  return { ok: true, value: parts.join(""), diagnostics: [] };
}

function undefinedByte(
  bytes: Uint8Array,
  at: number,
  file: string,
  encoding: SingleByteEncoding,
): LocatedDiagnostic<EncodingCode> {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = at - lineStart + 1;
  const byte = bytes[at] as number;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  const name = NAMES[encoding];
  const why =
    encoding === "windows-1252"
      ? "which Windows-1252 leaves undefined"
      : "a control character that text does not hold (in Windows-1252, which is often meant by Latin-1, it is a letter or sign)";
  return fileProblem<EncodingCode>(
    "input/not-in-encoding",
    "error",
    { file, line, column },
    `${file} is not ${name} text: line ${formatCount(line)}, column ${formatCount(column)} (byte ${formatCount(at + 1)} of the file) holds the byte ${hex}, ${why}.`,
    encoding === "windows-1252"
      ? "Check which encoding the file was saved in (it may be UTF-8: then leave out the encoding), or save it again as UTF-8."
      : "Name the encoding windows-1252 instead, or save the file again as UTF-8.",
  );
}
