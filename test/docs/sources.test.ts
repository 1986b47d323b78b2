import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CollectedSources } from "../../scripts/sources-data.js";
import { readSource, readSources } from "../../scripts/sources-data.js";
import {
  publicationGroups,
  renderSources,
  sourcesDocument,
} from "../../scripts/sources-document.js";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { publications } from "../../src/frameworks/publications.js";
import type { DesignChoiceSource, PublicationSource } from "../../src/source.js";
import { cite } from "../../src/source.js";

const PUBLICATIONS_TS = readFileSync(
  new URL("../../src/frameworks/publications.ts", import.meta.url),
  "utf8",
);

describe("docs/sources.md", () => {
  it("is up to date with the data (run `npm run docs:sources`)", () => {
    const onDisk = readFileSync(new URL("../../docs/sources.md", import.meta.url), "utf8");
    expect(onDisk).toBe(sourcesDocument());
  });

  it("lists every publication with its link, and every design choice with its page", () => {
    const doc = sourcesDocument();
    for (const p of publications) {
      expect(doc, p.id).toContain(
        p.doi ?? p.url ?? p.title.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`),
      );
    }
    for (const c of designChoices) expect(doc).toContain(c.explained.replace(/^docs\//, "./"));
    expect(doc).toContain("## Still unverified");
  });
});

describe("publicationGroups", () => {
  it("puts every publication of the bibliography under a heading of publications.ts", () => {
    const groups = publicationGroups(PUBLICATIONS_TS);
    for (const p of publications) expect(groups.get(p.id), p.id).toBeTruthy();
    expect(new Set(groups.values()).size).toBeGreaterThanOrEqual(8);
    expect(groups.get("flesch-1948")).toBe("Statistics and readability");
    expect(groups.get("nhs-act-2006")).toBe("Law");
  });
});

describe("readSource", () => {
  const pub = publications[0] as PublicationSource;
  const choice = designChoices[0] as DesignChoiceSource;

  it("takes a publication of the bibliography, cited or not, and a design choice", () => {
    const problems: string[] = [];
    expect(readSource(pub, "x", problems)).toBe(pub);
    expect(readSource(cite(pub, "Table 2"), "x", problems)?.id).toBe(pub.id);
    expect(readSource(choice, "x", problems)).toBe(choice);
    expect(readSources([pub, choice], "x", problems)).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it("fails loudly on a source that is still text, missing, or not in the bibliography", () => {
    const problems: string[] = [];
    expect(readSource("Somebody's notes, section 1", "rule a/b", problems)).toBeUndefined();
    expect(readSource(undefined, "rule c/d", problems)).toBeUndefined();
    expect(readSource({ title: "T", section: "s" }, "rule e/f", problems)).toBeUndefined();
    expect(readSource({ ...pub, id: "made-up" }, "rule g/h", problems)).toBeUndefined();
    expect(readSource({ ...choice, id: "made-up-choice" }, "rule i/j", problems)).toBeUndefined();
    expect(readSources([], "rule k/l", problems)).toEqual([]);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/^rule a\/b: the source is still text/);
    expect(problems[3]).toMatch(/not in the bibliography/);
  });
});

describe("renderSources", () => {
  const known: PublicationSource = {
    id: "known-2020",
    authors: "Known A, Other B",
    title: "A known_report",
    publisher: "Journal 1(2):3-4",
    year: 2020,
    doi: "10.1000/known",
    verified: true,
  };
  const shaky: PublicationSource = {
    id: "shaky",
    title: "A quoted rate",
    publisher: "Trade press",
    year: 2025,
    url: "https://example.org/rate",
    verified: false,
    note: "Only reported by the trade press.",
  };
  const choice: DesignChoiceSource = {
    designChoice: true,
    id: "ppie-x",
    title: "Choice X",
    explained: "docs/design-choices.md#choice-x",
    buildsOn: ["known-2020"],
  };
  const collected: CollectedSources = {
    citations: [
      { by: { kind: "rule", id: "a/b", label: "A rule" }, source: cite(known, "Table 2") },
      { by: { kind: "measure", id: "m" }, source: choice },
      {
        by: { kind: "framework", id: "f", label: "A framework" },
        part: "item 3",
        source: cite(known, "Table 3", { verified: false, note: "Item 3 only in a copy." }),
      },
      { by: { kind: "payment rate", id: "HOURLY from 2022-08-31" }, source: shaky },
    ],
    flags: {
      frameworks: [{ where: "framework `f`, items", parts: ["3"], note: "Wording not checked." }],
      "payment rates": [],
      "reference tables": [],
      "disclosure presets": [],
    },
    problems: [],
  };
  const input = {
    publications: [known, shaky],
    designChoices: [choice],
    groups: new Map([
      ["known-2020", "Reporting"],
      ["shaky", "Payment"],
    ]),
    collected,
  };

  it("writes each publication's full reference, its link and what relies on it", () => {
    const doc = renderSources(input);
    expect(doc).toContain(
      "## Reporting\n\n- Known A, Other B. A known\\_report. Journal 1(2):3-4, 2020. <https://doi.org/10.1000/known>\n",
    );
    expect(doc).toContain(
      [
        "  - Relied on by:",
        "    - framework `f` (A framework): Table 3: item `3`",
        "    - rule `a/b` (A rule): Table 2",
        '    - design choice "Choice X"',
      ].join("\n"),
    );
    expect(doc).toContain("<https://example.org/rate> (not yet verified)");
  });

  it("lists design choices with their page, what they build on and what relies on them", () => {
    const doc = renderSources(input);
    expect(doc).toContain("- **Choice X** ([explained](./design-choices.md#choice-x)).");
    expect(doc).toContain("  - Builds on: Known and Other 2020.");
    expect(doc).toContain("  - Relied on by:\n    - measure `m`\n");
  });

  it("lists what is still unverified: publications, citations and flagged data", () => {
    const doc = renderSources(input);
    const unverified = doc.slice(doc.indexOf("## Still unverified"));
    expect(unverified).toContain(
      "- **Trade press 2025**, A quoted rate: Only reported by the trade press.",
    );
    expect(unverified).toContain(
      "- **Known and Other 2020**: Item 3 only in a copy.\n  - Cited by framework `f` (A framework): Table 3: item `3`.",
    );
    expect(unverified).toContain(
      "### Framework data\n\n- framework `f`, items `3`: Wording not checked.",
    );
    expect(unverified).not.toContain("### Payment rates");
  });

  it("refuses to write while there are problems, listing every one", () => {
    expect(() =>
      renderSources({
        ...input,
        collected: { ...collected, problems: ["rule a/b: the source is still text"] },
      }),
    ).toThrow(/1 problems\):\n- rule a\/b: the source is still text/);
    expect(() =>
      renderSources({ ...input, groups: new Map([["known-2020", "Reporting"]]) }),
    ).toThrow(/publication shaky: in no group/);
  });
});
