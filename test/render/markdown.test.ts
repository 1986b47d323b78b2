import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { buildReport, REPORT_KINDS } from "../../src/reports/index.js";
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

/** The Markdown autolinks `<http(s)://…>` the renderer writes for sources. */
const AUTOLINK = /<https?:\/\/[^<>\s]*>/g;

const md = renderMarkdown(sampleReport("gripp2"));

/** The GFM tables of a Markdown document: runs of consecutive lines that start with a pipe. */
function tables(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of [...text.split("\n"), ""]) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  return out;
}

/** Number of cells in a GFM table row (pipes not escaped by a backslash). */
function cellCount(line: string): number {
  return line.replace(/\\\\/g, "").split(/(?<!\\)\|/).length - 2;
}

/** Each table's rows all have the header's cell count, and its second line is the alignment row. */
function expectWholeRows(text: string, context: string): number {
  const found = tables(text);
  for (const table of found) {
    const width = cellCount(table[0] ?? "");
    expect(width, context).toBeGreaterThan(0);
    expect(table[1], context).toMatch(/^\| -{3}:?( \| -{3}:?)* \|$/);
    for (const line of table) expect(cellCount(line), `${context}: ${line}`).toBe(width);
  }
  return found.length;
}

describe("renderMarkdown", () => {
  it("starts with the title as # and a line with the period and generation time", () => {
    expect(md.startsWith("# GRIPP2 reporting checklist: asthma self-care study\n\n")).toBe(true);
    expect(md).toContain(
      "\n\nPeriod: 2025-26 (1 April 2025 to 31 March 2026) · Generated: 1 April 2026 at 09:00 UTC\n\n",
    );
    expect(md.endsWith("\n")).toBe(true);
    expect(md.endsWith("\n\n")).toBe(false);
  });

  it("writes headings at their level", () => {
    expect(md).toContain("\n## Headline measures\n");
    expect(md).toContain("\n### By research stage\n");
  });

  it("never skips a heading level (a level 4 after a level 2 is drawn at level 3)", () => {
    expect(md).toContain("\n## Reporting checklist\n\n### GRIPP2 short form\n");
    expect(md).not.toMatch(/^####/m);
  });

  it("writes notes and warnings as block quotes, multi-line with hard breaks", () => {
    expect(md).toContain("> **Note:** Method and sources: the GRIPP2 short form");
    expect(md).toContain(
      "> **Warning:** Two activities have no recorded outcome yet, so impact may be under-reported.\\\n> Check the activity log before publishing.",
    );
  });

  it("writes metrics as a table with status and trend in words", () => {
    expect(md).toContain(
      "| Measure | Value | Target | Status | Trend | How it was reached |\n| --- | ---: | --- | --- | --- | --- |",
    );
    expect(md).toContain(
      "| Friends and Family Test: positive | 83.3% | at least 90% | ✘ Off track | ▼ down 4.1 points since 2024-25 |",
    );
    expect(md).toContain("| – No data | – no earlier period |");
  });

  it("writes tables with a caption, header, alignment row and cell text", () => {
    expect(md).toContain(
      "**Involvement activities by research stage, 2025-26**\n\n| Research stage | Activities | Contributors | Change since 2024-25 |\n| --- | ---: | ---: | ---: |\n| Identifying and prioritising | 8 | 23 | +2 |",
    );
    expect(md).toContain("| Designing and managing | 17 | 31 | -3 |");
    expect(md).toContain("| Undertaking | 11 | fewer than 5 | hidden |");
  });

  it("writes checklists with status symbols and words, and flags unverified wording", () => {
    expect(md).toContain("| Item | Requirement | Status | Detail |");
    expect(md).toContain(
      "| 2 | Methods | ◐ Partly reported | Methods described for 3 of 5 activities. |",
    );
    expect(md).toContain(
      "| 5 | Reflections / critical perspective _(wording or numbering unverified)_ | ✔ Reported |",
    );
    for (const word of ["Reported", "Partly reported", "Missing", "Not applicable"])
      expect(md).toContain(word);
  });

  it("writes charts as their description and data table", () => {
    expect(md).toContain(
      "**Chart: Activities by quarter and mode**\n\nInvolvement activities rose from 7 in Q1 to 14 in Q4; engagement stayed between 3 and 5.\n\n**Data: Activities by quarter and mode**\n\n| Category | Involvement (activities) | Engagement (activities) |\n| --- | ---: | ---: |\n| Q1 2025-26 | 7 | 3 |",
    );
    expect(md).toContain("| Series | Prioritising (activities) |");
    expect(md).toContain("| GAMMA: diabetes app | 1 | 3 | 1 | no data |");
  });

  it("keeps every table row at its header's column count", () => {
    expect(expectWholeRows(md, "sample")).toBe(7);
  });

  it("escapes markup in text and cells", () => {
    const r: Report = {
      kind: "project",
      title: "# <b>Title</b> | *x*",
      generatedAt: "g",
      sections: [
        { type: "paragraph", text: "- not a list\n1. not a list\n<script>alert(1)</script> &amp;" },
        {
          type: "table",
          id: "t",
          caption: "",
          columns: [{ key: "a", label: "A|B" }],
          rows: [{ a: { text: "x | y\nz" } }],
        },
      ],
    };
    const out = renderMarkdown(r);
    expect(out.startsWith("# \\# &lt;b&gt;Title&lt;/b&gt; \\| \\*x\\*\n")).toBe(true);
    expect(out).toContain(
      "\\- not a list\\\n1\\. not a list\\\n&lt;script&gt;alert(1)&lt;/script&gt; \\&amp;",
    );
    expect(out).toContain("| A\\|B |\n| --- |\n| x \\| y<br>z |");
  });

  it("says when a table has no rows", () => {
    const r: Report = {
      kind: "project",
      title: "T",
      generatedAt: "g",
      sections: [
        { type: "table", id: "t", caption: "Empty", columns: [{ key: "a", label: "A" }], rows: [] },
      ],
    };
    expect(renderMarkdown(r)).toContain("| A |\n| --- |\n\nNo rows.");
  });

  it("writes no HTML from the data and keeps table rows whole for hostile strings", () => {
    for (const s of HOSTILE_STRINGS) {
      const out = renderMarkdown(hostileReport(s));
      // The only markup: <br> in table cells and the sources' links, made safe by safeHref.
      for (const [link] of out.matchAll(AUTOLINK))
        expect(link, s).toMatch(/^<https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+>$/);
      expect(out.replace(/<br>/g, "").replace(AUTOLINK, ""), s).not.toMatch(/</);
      expect(expectWholeRows(out, s)).toBe(7);
    }
  });

  it("writes a sources list as numbered full references, addresses as links", () => {
    const start = md.indexOf("\n## Sources\n");
    expect(start).toBeGreaterThan(0);
    const list = md.slice(start);
    expect(list).toContain(
      "\n\nThe publications and ppie design choices this report's methods rest on, in the order first cited.\n\n1. ",
    );
    expect(list).toContain(
      "\n1. Staniszewska S, Brett J, Simera I, et al. GRIPP2 reporting checklists: tools to improve reporting of patient and public involvement in research. BMJ 2017;358:j3453. Short form (GRIPP2-SF). <https://doi.org/10.1136/bmj.j3453>\n",
    );
    // a design choice names ppie's documentation page, as text
    expect(list).toContain(
      "\n2. ppie design choice: GRIPP2 completeness: which recorded data answers each item, and half credit for partial items (explained in ppie's documentation, docs/design-choices.md\\#gripp2-completeness)\n",
    );
    // not yet verified: flagged, with what is unconfirmed on the next line of the item
    expect(list).toContain(
      "<https://doi.org/10.1186/s41927-023-00327-w> _(not yet verified)_\\\n   A secondary reproduction of the GRIPP2 long form",
    );
    const links = [...list.matchAll(AUTOLINK)].map((m) => m[0].slice(1, -1));
    expect(links).toEqual(SAMPLE_SOURCES.map(sourceLink).filter((l) => l !== undefined));
  });

  it("links only http(s) addresses, percent-encoding what could end the link", () => {
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
              title: "*A* <b>",
              publisher: "P",
              url: "javascript:alert(1)",
              verified: true,
            },
            { id: "b", title: "B", publisher: "P", doi: "10.1002/(SICI)1 <x>", verified: true },
            { id: "c", title: "C", publisher: "P", url: "https://x.org/a b>c", verified: false },
          ],
        },
      ],
    };
    const out = renderMarkdown(r);
    expect(out).toContain("\n1. \\*A\\* &lt;b&gt;. P, n.d. javascript:alert(1)\n");
    expect(out).toContain("\n2. B. P, n.d. <https://doi.org/10.1002/%28SICI%291%20%3Cx%3E>\n");
    expect(out).toContain("\n3. C. P, n.d. <https://x.org/a%20b%3Ec> _(not yet verified)_\n");
  });

  it("is deterministic", () => {
    expect(renderMarkdown(sampleReport("gripp2"))).toBe(md);
  });
});

describe("Markdown from a dataset full of HTML, links and addresses", () => {
  const EVIL = [
    '<iframe src="https://evil.example/x"></iframe>',
    "<link rel=stylesheet href=//evil.example/a.css>",
    "<style>body{background:url(//evil.example/p.png)}</style>",
    "&lt;iframe src=x&gt; &#60;script&#62;",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1)) ![p](https://evil.example/p.png)",
    "see https://evil.example/a, www.evil.example and ann@evil.example",
    "<https://evil.example/auto> mailto:ann@evil.example",
  ];
  const all = EVIL.join(" ");
  const ds = structuredClone(demoDataset);
  ds.projects.forEach((p, i) => {
    p.title = EVIL[i % EVIL.length] as string;
    p.plainEnglishSummary = all;
    p.involvement = { ...p.involvement, aim: all, methods: EVIL.join("\n") };
  });
  ds.activities.forEach((a, i) => {
    a.title = EVIL[i % EVIL.length] as string;
    for (const o of a.outcomes) o.summary = all;
  });
  for (const m of ds.impacts) {
    m.youSaid = all;
    m.weDid = EVIL.join("\n");
  }
  for (const s of ds.strategies) {
    s.title = EVIL[0] as string;
    for (const o of s.objectives) {
      o.title = EVIL[1] as string;
      for (const m of o.metrics) m.title = EVIL[2] as string;
    }
  }
  for (const o of ds.organisations) o.name = EVIL[3] as string;
  for (const g of ds.groups) g.name = EVIL[4] as string;
  // campaigns over several days are listed by title in the engagement report
  ds.events.forEach((e, i) => {
    e.title = EVIL[i % EVIL.length] as string;
    e.endDate = `${e.date.slice(0, 8)}28`;
  });
  for (const f of ds.feedback) {
    if (f.kind !== "story") continue;
    f.summary = all;
    f.sharedAt = [{ forum: EVIL[5] as string }, { forum: EVIL[6] as string }];
  }

  for (const kind of REPORT_KINDS) {
    it(`${kind}: no tag, entity, link or address from the data is live`, () => {
      const project = kind === "gripp2" || kind === "project" ? { project: "p-001" } : {};
      const r = buildReport(kind, ds, { generatedAt: "2026-04-01T09:00:00Z", ...project });
      if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
      const full = renderMarkdown(r.value);
      // The report's own Sources section links the publications it cites, and nothing else.
      const at = full.indexOf("\n## Sources\n");
      expect(at).toBeGreaterThan(0);
      const cited = r.value.sections.flatMap((b) => (b.type === "sources" ? b.items : []));
      expect([...full.slice(at).matchAll(AUTOLINK)].map((m) => m[0].slice(1, -1))).toEqual(
        cited.map(sourceLink).filter((l) => l !== undefined),
      );
      const out = full.slice(0, at);
      // (the representation report carries no free text, only counts)
      if (kind !== "representation") expect(out).toContain("iframe");
      // The only HTML is the renderer's own <br>; every < from the data is &lt;.
      expect(out.replace(/<br>/g, "")).not.toContain("<");
      // A character reference in the data is escaped, so it shows as typed.
      expect(out).not.toMatch(/(?<!\\)&(?!lt;|gt;)#?[A-Za-z0-9]+;/);
      // No extended autolink: "://", "www." and "@" are broken by a backslash escape.
      expect(out).not.toMatch(/(?<!\\):\/\/|(?<!\\)@|www(?!\\)\./i);
      // No inline link or image syntax survives: brackets are escaped.
      expect(out).not.toMatch(/(?<!\\)\]\(/);
    });
  }
});

describe("renderMarkdown: ideas with pictures, and a document for a person", () => {
  const out = renderMarkdown(sampleEasyReadLetter());

  it("writes an idea as its picture (an image with its text alternative) then its words, key words bold", () => {
    expect(out).toContain(
      `![Picture of a circle](${SAMPLE_PICTURE_SRC}) You took part **12 times**.`,
    );
  });

  it("writes the period and the time it was made at the end", () => {
    expect(out.split("\n")[2]).toBe("## What you did");
    expect(
      out
        .trimEnd()
        .endsWith(
          "Period: 2025-26 (1 April 2025 to 31 March 2026) · Generated: 1 April 2026 at 09:00 UTC",
        ),
    ).toBe(true);
  });

  it("writes a picture whose address is not a data: image as its text alternative in brackets", () => {
    const r = sampleEasyReadLetter();
    r.sections[1] = {
      type: "idea",
      picture: { id: "x", alt: "Picture of a [clock]", src: "javascript:alert(1)" },
      parts: [{ text: "Words " }, { text: " key ", strong: true }, { text: "." }],
    };
    const md2 = renderMarkdown(r);
    expect(md2).toContain("\\[Picture of a \\[clock\\]\\] Words  **key** .");
    expect(md2).not.toContain("javascript");
  });
});
