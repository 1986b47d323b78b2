import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/render/html.js";
import type { Report } from "../../src/reports/report.js";
import { sourceLink } from "../../src/source.js";
import {
  HOSTILE_STRINGS,
  hostileReport,
  SAMPLE_PICTURE_SRC,
  SAMPLE_SOURCES,
  sampleEasyReadLetter,
  sampleReport,
} from "./fixtures.js";
import { disallowed, scanTags } from "./html-scan.js";

const html = renderHtml(sampleReport("gripp2"));

describe("renderHtml", () => {
  it("is one self-contained page with the required head", () => {
    expect(
      html.startsWith('<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain("<title>GRIPP2 reporting checklist: asthma self-care study</title>");
    expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'");
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  it("has no script, no external resource and no URL but the SVG namespace and its sources' links", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|audio|video|source)\b/i);
    expect(html).not.toMatch(/@import|@font-face/);
    const urls = [...html.matchAll(/[a-z]+:\/\/[^\s"'<)]+/gi)].map((m) => m[0]);
    const links = SAMPLE_SOURCES.map(sourceLink).filter((l) => l !== undefined);
    expect(links.length).toBeGreaterThan(2);
    expect(new Set(urls)).toEqual(new Set(["http://www.w3.org/2000/svg", ...links]));
    expect(html).not.toMatch(/url\((?!#)/);
  });

  it("has inline styles with print rules", () => {
    expect(html).toContain("<style>");
    expect(html).toContain("@media print");
    expect(html).toContain("@page { margin: 16mm 14mm; }");
    expect(html).toContain("break-inside: avoid");
    expect(html).toContain("thead { display: table-header-group; }");
  });

  it("has a header, a main and one section per level-2 heading", () => {
    const names = scanTags(html).map((t) => t.name);
    expect(names.filter((n) => n === "header")).toHaveLength(1);
    expect(names.filter((n) => n === "main")).toHaveLength(1);
    expect(names.filter((n) => n === "section")).toHaveLength(5);
    expect(names.filter((n) => n === "/section")).toHaveLength(5);
  });

  it("never skips a heading level", () => {
    const levels = scanTags(html)
      .map((t) => /^h([1-6])$/.exec(t.name)?.[1])
      .filter((l): l is string => l !== undefined)
      .map(Number);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    expect(html).toContain('<h3 id="b18">GRIPP2 short form</h3>');
  });

  it("writes tables with caption, column headers and row headers", () => {
    expect(html).toContain(
      '<caption id="b11-caption">Involvement activities by research stage, 2025-26</caption>',
    );
    expect(html).toContain('<th scope="col" class="num">Activities</th>');
    expect(html).toContain(
      '<tr><th scope="row">Undertaking</th><td class="num">11</td><td class="num suppressed">fewer than 5</td>',
    );
    expect(html).toContain('<p class="footnote">Cells with fewer than 5 people');
  });

  it("writes metrics as a definition list with status in words", () => {
    expect(html).toContain('<dl class="metrics">');
    expect(html).toContain(
      '<div class="metric"><dt>Friends and Family Test: positive</dt><dd class="value">83.3%</dd><dd>Target: at least 90%</dd><dd>Status: <span class="status status-off-track"><span class="sym" aria-hidden="true">✘</span>Off track</span></dd>',
    );
    expect(html).toContain(
      'Trend: <span class="sym" aria-hidden="true">▼</span>down 4.1 points since 2024-25',
    );
  });

  it("writes the checklist as a table with status words", () => {
    expect(html).toContain(
      '<tr><td data-label="Item">2</td><th scope="row" data-label="Requirement">Methods</th><td data-label="Status"><span class="status status-partial"><span class="sym" aria-hidden="true">◐</span>Partly reported</span></td>',
    );
    expect(html).toContain('<span class="unverified">(wording or numbering unverified)</span>');
  });

  it("draws each chart as an accessible SVG followed by its description and data table", () => {
    const svgs = scanTags(html).filter((t) => t.name === "svg");
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) {
      const attrs = Object.fromEntries(svg.attributes.map((a) => [a.name, a.value]));
      expect(attrs.role).toBe("img");
      const [titleId, descId] = (attrs["aria-labelledby"] ?? "").split(" ");
      expect(html).toContain(`<title id="${titleId}">`);
      expect(html).toContain(`<desc id="${descId}">`);
    }
    expect(html).toContain(
      '<details open><summary>Data for this chart</summary>\n<div class="table-wrap" role="region" aria-labelledby="b13-data-caption" tabindex="0"><table><caption id="b13-data-caption">Data: Activities by quarter and mode</caption>',
    );
  });

  it("gives every id once", () => {
    const ids = scanTags(html).flatMap((t) =>
      t.attributes.filter((a) => a.name === "id").map((a) => a.value),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses only allowed tags and attributes", () => {
    expect(disallowed(html)).toEqual([]);
    // the check itself can fail
    expect(
      disallowed('<p><script>x</script><img src="a" onerror="b"><iframe src="c"></p>'),
    ).toEqual(["<script>", "</script>", "<img onerror>", "<iframe>"]);
  });

  it("escapes every user string, in text and in attributes", () => {
    for (const s of HOSTILE_STRINGS) {
      const out = renderHtml(hostileReport(s));
      expect(disallowed(out), s).toEqual([]);
      expect(out).not.toMatch(/<script|<iframe|<!--/i);
      // the one image is the picture the report gives, as a data: address
      expect(out.match(/<img/gi)?.length ?? 0, s).toBe(1);
      expect(out).toContain(`<img class="picture" src="${SAMPLE_PICTURE_SRC}" alt="`);
    }
    const r = renderHtml(hostileReport(`"><b x='1'>&amp;`));
    expect(r).toContain("<title>&quot;&gt;&lt;b x=&#39;1&#39;&gt;&amp;amp;</title>");
    expect(r).toContain('<time datetime="&quot;&gt;&lt;b x=&#39;1&#39;&gt;&amp;amp;">');
  });

  it("writes a sources list as an ordered list of full references, addresses as links", () => {
    expect(html).toContain(
      '<h2 id="b20">Sources</h2>\n<p id="b21-caption" class="sources-caption">The publications and ppie design choices this report&#39;s methods rest on, in the order first cited.</p>\n<ol class="sources" aria-labelledby="b21-caption">\n<li>Staniszewska S, Brett J, Simera I, et al. GRIPP2 reporting checklists: tools to improve reporting of patient and public involvement in research. BMJ 2017;358:j3453. Short form (GRIPP2-SF). <a href="https://doi.org/10.1136/bmj.j3453" rel="noreferrer">https://doi.org/10.1136/bmj.j3453</a></li>',
    );
    // a design choice names ppie's documentation page, as text
    expect(html).toContain(
      "<li>ppie design choice: GRIPP2 completeness: which recorded data answers each item, and half credit for partial items (explained in ppie&#39;s documentation, docs/design-choices.md#gripp2-completeness)</li>",
    );
    expect(html).toContain(
      '</a> <span class="unverified">(not yet verified)</span><span class="source-note">A secondary reproduction of the GRIPP2 long form',
    );
    // long addresses wrap on a narrow screen
    expect(html).toContain("ol.sources li { margin: 0.5rem 0; overflow-wrap: anywhere; }");
  });

  it("links only http(s) addresses in a sources list, and escapes a hostile reference", () => {
    const r: Report = {
      kind: "project",
      title: "T",
      generatedAt: "g",
      sections: [
        {
          type: "sources",
          id: "s",
          caption: "Sources",
          items: [
            {
              id: "a",
              title: `<script>alert(1)</script> "x" & 'y'`,
              publisher: "P",
              url: "javascript:alert(1)",
              verified: true,
            },
            {
              id: "b",
              title: "B",
              publisher: "P",
              url: `https://x.org/"><img src=x>`,
              verified: true,
            },
            {
              designChoice: true,
              id: "c",
              title: "<b>choice</b>",
              explained: "docs/design-choices.md#c",
            },
          ],
        },
      ],
    };
    const out = renderHtml(r);
    expect(disallowed(out)).toEqual([]);
    expect(out).toContain(
      "<li>&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &#39;y&#39;. P, n.d. javascript:alert(1)</li>",
    );
    expect(out).toContain(
      '<a href="https://x.org/%22%3E%3Cimg%20src=x%3E" rel="noreferrer">https://x.org/&quot;&gt;&lt;img src=x&gt;</a>',
    );
    expect(out).toContain("<li>ppie design choice: &lt;b&gt;choice&lt;/b&gt; (explained in");
    expect(scanTags(out).filter((t) => t.name === "a")).toHaveLength(1);
  });

  it("falls back to a title and heading text when blank, and says when a table is empty", () => {
    const r: Report = {
      kind: "project",
      title: " ",
      generatedAt: "g",
      sections: [
        { type: "heading", level: 2, text: "" },
        { type: "table", id: "t", caption: "Empty", columns: [{ key: "a", label: "A" }], rows: [] },
      ],
    };
    const out = renderHtml(r);
    expect(out).toContain("<title>Report</title>");
    expect(out).toContain('<h2 id="b0">Section</h2>');
    expect(out).toContain('<tr><td colspan="1">No rows.</td></tr>');
  });

  it("is deterministic", () => {
    expect(renderHtml(sampleReport("gripp2"))).toBe(html);
  });

  describe("a document for a person (presentation) and ideas with pictures", () => {
    const letter = renderHtml(sampleEasyReadLetter());

    it("sets the body text in points on screen and paper, on A4 pages, and marks the style", () => {
      expect(letter).toContain('<body class="presentation easy-read">');
      expect(letter).toContain("body.presentation { font-size: 14pt; line-height: 1.6; }");
      expect(letter).toContain("@page { size: A4; margin: 18mm 16mm; }");
      expect(letter).toContain("@media print { body.presentation { font-size: 14pt; } }");
      // reports without a presentation keep their own page and print size
      expect(html).not.toContain("body.presentation");
      expect(html).toContain("<body>");
    });

    it("writes each idea as a row: the picture with its text alternative, then the words, key words bold", () => {
      expect(letter).toContain(
        `<div class="idea"><img class="picture" src="${SAMPLE_PICTURE_SRC}" alt="Picture of a circle" width="96" height="96"><p>You took part <strong>12 times</strong>.</p></div>`,
      );
      expect(letter).toContain(".idea { display: grid; grid-template-columns: 6rem 1fr;");
    });

    it("puts the period and the time it was made in a footer, after the words", () => {
      const header = letter.slice(letter.indexOf("<header"), letter.indexOf("</header>"));
      expect(header).not.toContain("Generated");
      expect(letter).toMatch(
        /<\/main>\n<footer class="report-footer">\n<p class="meta">Period: 2025-26/,
      );
    });

    it("shows a picture whose address is not a data: image as its text alternative, never as an image", () => {
      const r = sampleEasyReadLetter();
      r.sections[1] = {
        type: "idea",
        picture: { id: "x", alt: "Picture of <a> clock", src: "https://example.org/clock.png" },
        parts: [{ text: "Words" }],
      };
      const out = renderHtml(r);
      expect(out).toContain(
        '<div class="idea"><span class="picture-text">Picture of &lt;a&gt; clock</span><p>Words</p></div>',
      );
      expect(out).not.toContain("example.org");
    });

    it("clamps a point size outside 8 to 72", () => {
      const r = {
        ...sampleEasyReadLetter(),
        presentation: { style: "plain" as const, pointSize: 500 },
      };
      expect(renderHtml(r)).toContain("body.presentation { font-size: 72pt;");
      expect(renderHtml(r)).toContain('<body class="presentation plain">');
    });
  });
});
