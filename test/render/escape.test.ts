import { describe, expect, it } from "vitest";
import {
  csvField,
  escapeHtml,
  escapeMarkdownCell,
  escapeMarkdownLine,
  escapeMarkdownParagraphs,
  fileSafeName,
  safeHref,
  splitLines,
} from "../../src/render/escape.js";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<b class="x">Tom & 'Jerry'</b>`)).toBe(
      "&lt;b class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;",
    );
  });
  it("escapes an existing entity so it shows as written", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});

describe("splitLines", () => {
  it("splits on CRLF, CR and LF", () => {
    expect(splitLines("a\r\nb\nc\rd")).toEqual(["a", "b", "c", "d"]);
  });
});

describe("escapeMarkdownLine", () => {
  it("escapes inline markup, tags and pipes (TSDoc example)", () => {
    expect(escapeMarkdownLine("- a|b *c* <i>")).toBe("\\- a\\|b \\*c\\* &lt;i&gt;");
  });
  it("leaves plain numbers alone (TSDoc example)", () => {
    expect(escapeMarkdownLine("-3 and 83.3%")).toBe("-3 and 83.3%");
  });
  it.each([
    ["# heading", "\\# heading"],
    ["1. item", "1\\. item"],
    ["2) item", "2\\) item"],
    ["+ item", "\\+ item"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["    code", "code"],
    ["`x`", "\\`x\\`"],
    ["[a](b)", "\\[a\\](b)"],
    ["~~s~~", "\\~\\~s\\~\\~"],
    ["&amp; & co", "\\&amp; & co"],
    ["a \\ b", "a \\\\ b"],
    ["> quote", "&gt; quote"],
  ])("%j becomes %j", (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});

describe("escapeMarkdownParagraphs", () => {
  it("joins lines with hard breaks and splits on blank lines (TSDoc example)", () => {
    expect(escapeMarkdownParagraphs("a\nb\n\n# c")).toEqual(["a\\\nb", "\\# c"]);
  });
  it("gives no paragraph for empty text", () => {
    expect(escapeMarkdownParagraphs("")).toEqual([]);
    expect(escapeMarkdownParagraphs(" \n\n ")).toEqual([]);
  });
});

describe("escapeMarkdownCell", () => {
  it("escapes pipes and keeps line breaks as <br> (TSDoc example)", () => {
    expect(escapeMarkdownCell("a|b\nc")).toBe("a\\|b<br>c");
  });
});

describe("csvField", () => {
  it("neutralises formula starts (TSDoc examples)", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-3", -3)).toBe("-3");
    expect(csvField("-3")).toBe("'-3");
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
  });
  it.each(["=", "+", "-", "@", "\t", "\r"])("prefixes text starting with %j", (start) => {
    const field = csvField(`${start}SUM(A1)`);
    expect(field.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("keeps plain numbers in numeric cells, neutralises anything else", () => {
    expect(csvField("-12.5%", -0.125)).toBe("-12.5%");
    expect(csvField("-£1,250.00", -125000)).toBe('"-£1,250.00"');
    expect(csvField("+2", 2)).toBe("+2");
    expect(csvField("-1+cmd|' /C calc'!A0", -1)).toBe("'-1+cmd|' /C calc'!A0");
    expect(csvField("-3", null)).toBe("'-3");
  });
  it.each([
    ["full-width equals", "\uFF1D"],
    ["full-width plus", "\uFF0B"],
    ["full-width hyphen-minus", "\uFF0D"],
    ["full-width commercial at", "\uFF20"],
    ["small equals", "\uFE66"],
    ["small plus", "\uFE62"],
    ["small hyphen-minus", "\uFE63"],
    ["small commercial at", "\uFE6B"],
    ["line feed", "\n"],
    ["run of spaces then equals", "  ="],
    ["no-break space then plus", "\u00A0+"],
    ["ideographic space then full-width equals", "\u3000\uFF1D"],
    ["tab then equals", "\t="],
  ])("prefixes text starting with a %s", (_, start) => {
    const field = csvField(`${start}HYPERLINK("http://x","y")`);
    expect(field.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("leaves text that only contains those characters later alone", () => {
    expect(csvField("a\uFF1D1")).toBe("a\uFF1D1");
    expect(csvField("  plain")).toBe("  plain");
  });
  it("quotes fields with a comma, quote, CR or LF", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("\r=1")).toBe('"\'\r=1"');
    expect(csvField("plain")).toBe("plain");
  });
});

describe("fileSafeName", () => {
  it("keeps letters, digits, - and _ (TSDoc example)", () => {
    expect(fileSafeName("GRIPP2 items / short form")).toBe("GRIPP2-items-short-form");
  });
  it("never gives an empty or path-like name", () => {
    expect(fileSafeName("../../etc/passwd")).toBe("etc-passwd");
    expect(fileSafeName("///")).toBe("table");
  });
});

describe("safeHref", () => {
  it("percent-encodes what could end a link (TSDoc example)", () => {
    expect(safeHref("https://doi.org/10.1002/(SICI)1097")).toBe(
      "https://doi.org/10.1002/%28SICI%291097",
    );
  });

  it("links only absolute http(s) addresses with a host (TSDoc example)", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    for (const bad of [
      "data:text/html,x",
      "//evil.example",
      "/docs",
      "https://",
      "https:///x",
      " https://x.org",
      "ftp://x.org",
    ])
      expect(safeHref(bad), bad).toBeUndefined();
    expect(safeHref("HTTP://X.org/a?b=1&c=2#d")).toBe("HTTP://X.org/a?b=1&c=2#d");
  });

  it("encodes spaces, quotes, brackets, backslashes and non-ASCII as UTF-8, keeps %XX escapes", () => {
    expect(safeHref(`https://x.org/a b"c'd<e>f\\g[h]\`i|j{k}`)).toBe(
      "https://x.org/a%20b%22c%27d%3Ce%3Ef%5Cg%5Bh%5D%60i%7Cj%7Bk%7D",
    );
    expect(safeHref("https://x.org/caf\u00e9 %41 %zz")).toBe(
      "https://x.org/caf%C3%A9%20%41%20%25zz",
    );
    expect(safeHref("https://x.org/\ud800")).toBe("https://x.org/%EF%BF%BD");
  });
});
