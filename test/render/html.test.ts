import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/render/html.js";
import type { Report } from "../../src/reports/report.js";
import { HOSTILE_STRINGS, hostileReport, sampleReport } from "./fixtures.js";
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

  it("has no script, no external resource and no URL but the SVG namespace", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|audio|video|source)\b/i);
    expect(html).not.toMatch(/@import|@font-face/);
    const urls = [...html.matchAll(/[a-z]+:\/\/[^\s"')]+/gi)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(["http://www.w3.org/2000/svg"]));
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
    expect(names.filter((n) => n === "section")).toHaveLength(4);
    expect(names.filter((n) => n === "/section")).toHaveLength(4);
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
      '<tr><td>2</td><th scope="row">Methods</th><td><span class="status status-partial"><span class="sym" aria-hidden="true">◐</span>Partly reported</span></td>',
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
    expect(disallowed('<p><script>x</script><img src="a" onerror="b"></p>')).toEqual([
      "<script>",
      "</script>",
      "<img>",
      "<img src>",
      "<img onerror>",
    ]);
  });

  it("escapes every user string, in text and in attributes", () => {
    for (const s of HOSTILE_STRINGS) {
      const out = renderHtml(hostileReport(s));
      expect(disallowed(out), s).toEqual([]);
      expect(out).not.toMatch(/<script|<img|<iframe|<!--/i);
    }
    const r = renderHtml(hostileReport(`"><b x='1'>&amp;`));
    expect(r).toContain("<title>&quot;&gt;&lt;b x=&#39;1&#39;&gt;&amp;amp;</title>");
    expect(r).toContain('<time datetime="&quot;&gt;&lt;b x=&#39;1&#39;&gt;&amp;amp;">');
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
});
