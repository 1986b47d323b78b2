import { describe, expect, it } from "vitest";
import {
  escapeXml,
  unescapeOoxml,
  unescapeXml,
  XmlError,
  xmlEvents,
} from "../../../src/io/workbook/xml.js";

describe("xmlEvents", () => {
  it("reads elements, attributes, text, CDATA and self-closing tags", () => {
    const events = [...xmlEvents('<?xml version="1.0"?><a x="1 &amp; 2"><b/>t<![CDATA[<c>]]></a>')];
    expect(events).toEqual([
      { kind: "open", name: "a", attrs: { x: "1 & 2" }, empty: false },
      { kind: "open", name: "b", attrs: {}, empty: true },
      { kind: "close", name: "b" },
      { kind: "text", text: "t" },
      { kind: "text", text: "<c>" },
      { kind: "close", name: "a" },
    ]);
  });
  it("refuses a document type declaration, so no entity of the file is ever expanded", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>';
    expect(() => [...xmlEvents(laughs)]).toThrow(XmlError);
    expect(() => [...xmlEvents('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>')]).toThrow(XmlError);
  });
  it("refuses unknown entities and unclosed tags", () => {
    expect(() => unescapeXml("&nbsp;")).toThrow(XmlError);
    expect(() => [...xmlEvents("<a x='1'")]).toThrow(XmlError);
  });
  it("keeps an attribute named __proto__ as data", () => {
    const [open] = [...xmlEvents('<a __proto__="x" constructor="y"/>')];
    expect(open?.kind === "open" && open.attrs.__proto__).toBe("x");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("escapeXml / unescapeOoxml", () => {
  it("round-trips control characters and text that looks like an escape", () => {
    for (const text of ["a\u0001b", "tab\there", "_x0041_", '<&>"', "line\nbreak"]) {
      const written = escapeXml(text);
      expect(unescapeOoxml(unescapeXml(written))).toBe(text);
    }
  });
});
