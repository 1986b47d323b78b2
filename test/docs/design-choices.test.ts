import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { publications } from "../../src/frameworks/publications.js";

const PAGE = readFileSync(new URL("../../docs/design-choices.md", import.meta.url), "utf8");

/** The Markdown headings of a page, outside code blocks, as `[level, text]`. */
function headings(markdown: string): [number, string][] {
  const out: [number, string][] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const m = /^(#{1,6}) (.+?)\s*#*\s*$/u.exec(line);
    if (!fenced && m) out.push([(m[1] as string).length, m[2] as string]);
  }
  return out;
}

/** GitHub's heading anchor (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** TypeDoc 0.28's heading anchor (its Slugger: punctuation dropped, white space to hyphens). */
function typedocSlug(text: string): string {
  const slug = text
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, "")
    .replace(/\s/g, "-")
    .replace(/--+/, "-");
  return (slug || "_").toLocaleLowerCase();
}

const sections = headings(PAGE).filter(([level]) => level === 2);
const anchorOf = (explained: string): string => explained.slice(explained.indexOf("#") + 1);

describe("docs/design-choices.md", () => {
  it("has a section for every design choice, in the order of designChoices", () => {
    const slugs = sections.map(([, text]) => githubSlug(text));
    const wanted = designChoices.map((c) => anchorOf(c.explained));
    // every choice has its section, in order (a section may come before its constant lands)
    expect(slugs.filter((slug) => wanted.includes(slug))).toEqual(wanted);
  });

  it("gives each section the same anchor on GitHub and in the TypeDoc site", () => {
    for (const [, text] of headings(PAGE)) {
      // plain words only: TypeDoc drops inline code from the anchor and GitHub keeps it
      expect(text, text).toMatch(/^[A-Za-z0-9][A-Za-z0-9 -]*$/u);
      expect(typedocSlug(text), text).toBe(githubSlug(text));
    }
    const slugs = headings(PAGE).map(([, t]) => githubSlug(t));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const c of designChoices) expect(slugs, c.id).toContain(anchorOf(c.explained));
  });

  it("says for each choice what ppie does, why, what it builds on and how to change it", () => {
    const bodies = PAGE.split(/^## /mu).slice(1);
    expect(bodies.length).toBeGreaterThanOrEqual(designChoices.length);
    for (const body of bodies) {
      const title = body.slice(0, body.indexOf("\n"));
      for (const part of [
        "**What ppie does.**",
        "**Why.**",
        "**Builds on.**",
        "**How to change it.**",
      ])
        expect(body, `${title}: ${part}`).toContain(part);
    }
  });

  it("names, in each section, a publication for every one the choice builds on", () => {
    const byId = new Map(publications.map((p) => [p.id, p]));
    const bodies = new Map(
      PAGE.split(/^## /mu)
        .slice(1)
        .map((b) => [githubSlug(b.slice(0, b.indexOf("\n"))), b]),
    );
    designChoices.forEach((c) => {
      const body = bodies.get(anchorOf(c.explained)) ?? "";
      const builds = body.slice(body.indexOf("**Builds on.**"));
      for (const id of c.buildsOn ?? []) {
        const p = byId.get(id);
        const author = p?.authors?.split(/[ ,]/u)[0];
        const year = p?.year === undefined ? "" : String(p.year);
        // cited by short form: the lead author's surname or a word of the title, and the year
        const named =
          (author !== undefined && builds.includes(author)) ||
          (p?.title
            .split(/[^A-Za-z0-9]+/u)
            .filter((w) => w.length >= 5)
            .some((w) => builds.includes(w)) ??
            false);
        expect(named, `${c.id} builds on ${id}`).toBe(true);
        if (year !== "" && p?.authors !== undefined)
          expect(builds, `${c.id}: ${id}`).toContain(year);
      }
    });
  });

  it("never points at notes a reader cannot open", () => {
    expect(PAGE).not.toMatch(/(?<![\w-])(frameworks|metrics|design)\.md|domain[ -]notes|§/iu);
  });
});
