/**
 * A small, strict XML reader for the parts of a workbook (sheet XML of `.xlsx`, `content.xml`
 * of `.ods`). It reads elements, attributes and text; it refuses a document type declaration
 * (so no entity of the file's own is ever expanded: no "billion laughs", no external entity)
 * and knows only the five predefined entities and numeric character references.
 */

/** An XML event: an element opened (maybe self-closing), closed, or text. */
export type XmlEvent =
  | { kind: "open"; name: string; attrs: Readonly<Record<string, string>>; empty: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

/** The XML could not be read: malformed, or a document type declaration. */
export class XmlError extends Error {}

/** A sheet holds more rows or cells than ppie reads (once repeated rows and cells are counted). */
export class SheetTooLarge extends Error {}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * Replace the entity and character references of a text or attribute value.
 *
 * @param s - raw text
 * @returns the text
 * @example
 * ```ts
 * unescapeXml("a &amp; b &#x41;"); // "a & b A"
 * ```
 */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlError(`bad reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = PREDEFINED[ref];
    if (named === undefined || !whole.endsWith(";")) throw new XmlError(`unknown entity ${whole}`);
    return named;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(s: string): Record<string, string> {
  // no prototype: attribute names are the file's, "__proto__" is a name like any other
  const attrs: Record<string, string> = Object.create(null);
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m !== null; m = ATTR.exec(s)) {
    attrs[m[1] as string] = unescapeXml(m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/**
 * The events of an XML document, in order. Throws {@link XmlError} on a document type
 * declaration or an unclosed tag (the callers turn it into a diagnostic).
 *
 * @param xml - the document
 * @returns the events
 * @example
 * ```ts
 * [...xmlEvents("<a x='1'>t</a>")].map((e) => e.kind); // ["open", "text", "close"]
 * ```
 */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      if (xml.slice(i).trim() !== "") yield { kind: "text", text: unescapeXml(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: "text", text: unescapeXml(xml.slice(i, lt)) };
    const next = xml[lt + 1];
    if (next === "?") {
      const end = xml.indexOf("?>", lt);
      if (end < 0) throw new XmlError("unclosed processing instruction");
      i = end + 2;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end < 0) throw new XmlError("unclosed comment");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0) throw new XmlError("unclosed CDATA section");
      yield { kind: "text", text: xml.slice(lt + 9, end) };
      i = end + 3;
    } else if (next === "!") {
      throw new XmlError("a document type declaration, which ppie does not read");
    } else {
      const end = tagEnd(xml, lt);
      if (end < 0) throw new XmlError("unclosed tag");
      const body = xml.slice(lt + 1, end);
      i = end + 1;
      if (body.startsWith("/")) {
        yield { kind: "close", name: body.slice(1).trim() };
        continue;
      }
      const empty = body.endsWith("/");
      const inner = empty ? body.slice(0, -1) : body;
      const space = inner.search(/\s/);
      const name = space < 0 ? inner : inner.slice(0, space);
      if (name === "") throw new XmlError("a tag without a name");
      const attrs = space < 0 ? Object.create(null) : parseAttrs(inner.slice(space));
      yield { kind: "open", name, attrs, empty };
      if (empty) yield { kind: "close", name };
    }
  }
}

/** The offset of the `>` that ends the tag opened at `lt`, skipping quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let j = lt + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return j;
  }
  return -1;
}

/**
 * The local part of a qualified name: `x:c` → `c`.
 *
 * @param name - a qualified name
 * @returns the local name
 * @example
 * ```ts
 * localName("x:row"); // "row"
 * ```
 */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Escape text for an XML text node or attribute value, dropping nothing: characters XML 1.0
 * cannot hold (most control characters) are written as `_xHHHH_`, as Excel does.
 *
 * @param s - text
 * @returns escaped text
 * @example
 * ```ts
 * escapeXml('a<b & "c"'); // "a&lt;b &amp; &quot;c&quot;"
 * ```
 */
export function escapeXml(s: string): string {
  return s
    .replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F_${m.slice(1)}`)
    .replace(/[&<>"]/g, (c) =>
      c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
    )
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is escaped
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/**
 * Undo the `_xHHHH_` escapes of OOXML text (how Excel stores control characters).
 *
 * @param s - text from a sheet or shared strings
 * @returns the text
 * @example
 * ```ts
 * unescapeOoxml("a_x0009_b"); // "a\tb"
 * ```
 */
export function unescapeOoxml(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
