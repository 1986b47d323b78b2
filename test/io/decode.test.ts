import { describe, expect, it } from "vitest";
import {
  createTextDecoder,
  decodeText,
  firstInvalidUtf8,
  sniffEncoding,
} from "../../src/io/decode.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Decode in chunks of `size` bytes; the text, or the first diagnostic's message. */
function inChunks(data: Uint8Array, size: number): string {
  const d = createTextDecoder("a.csv");
  let text = "";
  for (let i = 0; i < data.length; i += size) {
    const r = d.write(data.subarray(i, i + size));
    if (!r.ok) return `! ${r.diagnostics[0]?.message}`;
    text += r.value;
  }
  const r = d.end();
  return r.ok ? text + r.value : `! ${r.diagnostics[0]?.message}`;
}

describe("firstInvalidUtf8", () => {
  it("finds the first byte that does not start a valid sequence (WHATWG rules)", () => {
    expect(firstInvalidUtf8(utf8("Café Zoë 😀"))).toBe(-1);
    expect(firstInvalidUtf8(latin1("Caf\xe9"))).toBe(3);
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1); // cut off by the end
    expect(firstInvalidUtf8(bytes(0xff))).toBe(0);
  });

  it("agrees with TextDecoder's fatal mode on every two-byte sequence", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b += 3) {
        const x = bytes(a, b, 0x80, 0x80);
        let valid = true;
        try {
          fatal.decode(x);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(x) === -1, `${a} ${b}`).toBe(valid);
      }
    }
  });
});

describe("sniffEncoding", () => {
  it("tells byte-order marks, UTF-16 and UTF-32 without one, zip files and binary data", () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({
      kind: "text",
      encoding: "utf-8",
      bom: 3,
    });
    expect(sniffEncoding(bytes(0xfe, 0xff, 0, 0x61))).toEqual({
      kind: "text",
      encoding: "utf-16be",
      bom: 2,
    });
    expect(sniffEncoding(utf8("id,name\n"))).toEqual({ kind: "text", encoding: "utf-8", bom: 0 });
    const what = (b: Uint8Array) => {
      const s = sniffEncoding(b);
      return s.kind === "unsupported" ? s.what : s.encoding;
    };
    expect(what(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toBe("UTF-32LE text");
    expect(what(bytes(0, 0, 0xfe, 0xff))).toBe("UTF-32BE text");
    expect(what(bytes(0x61, 0, 0, 0, 0x62, 0, 0, 0))).toBe(
      "UTF-32LE text without a byte-order mark",
    );
    expect(what(new Uint8Array(Buffer.from("id,name\n", "utf16le")))).toBe(
      "UTF-16LE text without a byte-order mark",
    );
    expect(what(new Uint8Array(Buffer.from("id,name\n", "utf16le").swap16()))).toBe(
      "UTF-16BE text without a byte-order mark",
    );
    expect(what(bytes(0x50, 0x4b, 3, 4, 20, 0))).toBe(
      "a zip file (such as an .xlsx or .ods workbook), not text",
    );
    expect(what(bytes(0x61, 0x62, 0x63, 0x64, 0x65, 0, 0x66, 0x67, 0x68, 0x69))).toBe(
      "binary data (it holds zero bytes), not text",
    );
  });
});

describe("decodeText and createTextDecoder", () => {
  it("reads UTF-8 with or without a byte-order mark, and UTF-16 with one; the mark is not text", () => {
    const text = "id,name\nc-1,Café Zoë 😀\n";
    const le = Buffer.from(`\ufeff${text}`, "utf16le");
    for (const [encoding, data] of [
      ["utf-8", utf8(text)],
      ["utf-8", utf8(`\ufeff${text}`)],
      ["utf-16le", new Uint8Array(le)],
      ["utf-16be", new Uint8Array(Buffer.from(le).swap16())],
    ] as const) {
      expect(decodeText(data, "a.csv")).toEqual({
        ok: true,
        value: { text, encoding },
        diagnostics: [],
      });
      // Split anywhere, even inside a character or a byte-order mark, the text is the same.
      for (const size of [1, 2, 3, 5, 7])
        expect(inChunks(data, size), `${encoding} ${size}`).toBe(text);
    }
  });

  it("stops at a Windows-1252 byte with its line, column and offset, and what it would be", () => {
    const data = latin1("id,name\nc-1,Caf\xe9 Zo\xeb\n");
    const r = decodeText(data, "a.csv");
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([
      {
        code: "input/invalid-utf8",
        severity: "error",
        path: ["a.csv"],
        location: { file: "a.csv", line: 2, column: 8 },
        message:
          'a.csv is not UTF-8 text: line 2, column 8 (byte 16 of the file) holds the byte 0xE9, which UTF-8 does not allow there. It is probably Windows-1252 text (what Excel saves as "CSV") or Latin-1, in which 0xE9 is "é".',
        hint: 'Save the file as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"; in a text editor: save with the encoding UTF-8). Or name its encoding (`--encoding windows-1252` on the command line, `encoding: "windows-1252"` for loadDataset), and ppie decodes it exactly.',
      },
    ]);
    // The same place, however the bytes arrive.
    for (const size of [1, 4, 9, 15])
      expect(inChunks(data, size)).toBe(`! ${r.diagnostics[0]?.message}`);
    const long = utf8(`${"é".repeat(5000)}\nab`);
    const bad = new Uint8Array([...long, 0x80]);
    expect(inChunks(bad, 4096)).toContain("line 2, column 3 (byte 10,004 of the file)");
  });

  it("makes no guess when the bytes do not look like Windows-1252; reports a cut-off character", () => {
    const r = decodeText(bytes(0x61, 0x81, 0x62), "a.json");
    expect(r.diagnostics[0]?.message).toBe(
      "a.json is not UTF-8 text: line 1, column 2 (byte 2 of the file) holds the byte 0x81, which UTF-8 does not allow there.",
    );
    expect(decodeText(bytes(0x61, 0xe2, 0x82), "a.json").diagnostics[0]?.message).toBe(
      "a.json is not UTF-8 text: it ends in the middle of a character, at line 1, column 2 (byte 2 of the file).",
    );
    expect(inChunks(bytes(0x61, 0xe2, 0x82), 1)).toBe(
      "! a.csv is not UTF-8 text: it ends in the middle of a character, at line 1, column 2 (byte 2 of the file).",
    );
  });

  it("names UTF-16 without a byte-order mark and UTF-32 (and says what ppie reads)", () => {
    const r = decodeText(new Uint8Array(Buffer.from("id,name\n", "utf16le")), "a.csv");
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "input/unsupported-encoding",
        "a.csv looks like UTF-16LE text without a byte-order mark; ppie reads UTF-8, and UTF-16 that starts with a byte-order mark.",
      ],
    ]);
    expect(decodeText(new Uint8Array(0), "empty.csv")).toEqual({
      ok: true,
      value: { text: "", encoding: "utf-8" },
      diagnostics: [],
    });
  });
});
