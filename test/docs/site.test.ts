/**
 * The TypeDoc site builds without a warning (TypeDoc's own link validation is an error), and
 * every link in its HTML goes somewhere: no link to a made-up host such as http://notes.md
 * (markdown-it's fuzzy links turned file names into those), and every relative link, anchor
 * included, to a file of the site. Its navigation lists every guide and the examples, its
 * modules are named as they are imported (`ppie`, `ppie/scores`, ...), functions come before
 * the types of their options, and its search finds words of the comments and guides, searched
 * the way the site's search box does.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { builtSite, filesUnder, ROOT } from "./site.js";

let site = "";
let pages: string[] = [];

beforeAll(() => {
  site = builtSite();
  pages = filesUnder(site).filter((f) => f.endsWith(".html"));
}, 600_000);

/** Every `href` and `src` of a page, with HTML's `&amp;` read back. */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    (m[1] as string).replace(/&amp;/g, "&"),
  );
}

const ids = new Map<string, Set<string>>();
function idsOf(page: string): Set<string> {
  let s = ids.get(page);
  if (s === undefined) {
    s = new Set(
      [...readFileSync(page, "utf8").matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string),
    );
    ids.set(page, s);
  }
  return s;
}

describe("the TypeDoc site", () => {
  it("includes the design choices and the bibliography", () => {
    const names = pages.map((p) => relative(site, p));
    expect(names).toContain("documents/Design_choices.html");
    expect(names).toContain("documents/Sources.html");
    expect(names).toContain("documents/Reference_frameworks.html");
    const page = join(site, "documents/Design_choices.html");
    for (const c of designChoices) expect(idsOf(page), c.id).toContain(c.explained.split("#")[1]);
  });

  it("links to no host that is a file name (http://notes.md and the like)", () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const url of links(readFileSync(page, "utf8"))) {
        const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1];
        if (host !== undefined && /\.(md|mdx|ts|mts|cts|js|mjs|cjs|json|html?)$/i.test(host))
          bad.push(`${relative(site, page)}: ${url}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("resolves every relative link, anchor included, to a file of the site", () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const url of links(readFileSync(page, "utf8"))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) continue;
        const [path = "", anchor] = url.split("#");
        const target =
          path === ""
            ? page
            : join(dirname(page), decodeURIComponent(path.split("?")[0] as string));
        const inside = !relative(site, target).startsWith("..");
        if (!inside || !existsSync(target)) {
          bad.push(`${relative(site, page)}: ${url} (no such file)`);
          continue;
        }
        if (anchor && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(anchor)))
          bad.push(`${relative(site, page)}: ${url} (no such anchor)`);
      }
    }
    expect(bad.slice(0, 50)).toEqual([]);
  });
});

/** A data file of the site's front-end (`window.x = "<base64 of deflated JSON>"`), decoded. */
function siteData(file: string): unknown {
  const js = readFileSync(join(site, "assets", file), "utf8");
  const b64 = /^window\.\w+ = "([^"]+)"/.exec(js)?.[1];
  if (b64 === undefined) throw new Error(`${file}: no data`);
  return JSON.parse(inflateSync(Buffer.from(b64, "base64")).toString("utf8"));
}

interface NavNode {
  text: string;
  path?: string;
  kind?: number;
  children?: NavNode[];
}

/** The navigation's entries, depth first, as "text" (documents and modules) in order. */
function navTexts(nodes: readonly NavNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    out.push(n.text);
    navTexts(n.children ?? [], out);
  }
  return out;
}

/** The title a guide has on the site: its front matter's, else its first heading. */
function guideTitle(markdown: string): string {
  const fm = /^---\n[\s\S]*?^title: (.+)$/m.exec(markdown);
  return (fm?.[1] ?? /^# (.+)$/m.exec(markdown)?.[1] ?? "").trim();
}

describe("the TypeDoc site's navigation", () => {
  it("lists every guide of docs/ and the examples", () => {
    const texts = navTexts(siteData("navigation.js") as NavNode[]);
    const guides = filesUnder(join(ROOT, "docs")).filter(
      (f) => f.endsWith(".md") && !relative(ROOT, f).startsWith("docs/site"),
    );
    expect(guides.length).toBeGreaterThan(20);
    const missing = guides
      .map((f) => [relative(ROOT, f), guideTitle(readFileSync(f, "utf8"))] as const)
      .filter(([, title]) => !texts.includes(title));
    expect(missing).toEqual([]);
    expect(texts).toContain("Examples");
    const examples = readFileSync(join(site, "documents/Examples.html"), "utf8");
    for (const file of readdirNames(join(ROOT, "examples")))
      expect(examples, file).toContain(`examples/${file}`);
  });

  it("names the modules as they are imported, ppie first", () => {
    const modules = (siteData("navigation.js") as NavNode[]).filter((n) => n.kind === 2);
    expect(modules.map((m) => m.text)).toEqual(["ppie"]);
    expect(navTexts(modules)).toEqual(expect.arrayContaining(["scores", "frameworks", "demo"]));
    expect(readFileSync(join(site, "modules/ppie_scores.html"), "utf8")).toContain(
      "Module ppie/scores",
    );
    expect(existsSync(join(site, "modules/index.html"))).toBe(false);
  });

  it("puts each function before the types of its options, on its module's page", () => {
    const page = readFileSync(join(site, "modules/ppie_scores.html"), "utf8");
    const at = (name: string): number => page.indexOf(`>${name}</a>`);
    for (const [fn, options] of [
      ["fft", "FftOptions"],
      ["representation", "RepresentationOptions"],
      ["peirs22", "Peirs22Options"],
      ["coproduction", "CoproductionOptions"],
    ]) {
      expect(at(fn as string), fn).toBeGreaterThan(0);
      expect(at(fn as string), `${fn} before ${options}`).toBeLessThan(at(options as string));
    }
  });
});

/** File and folder names directly in a folder, but build output. */
function readdirNames(dir: string): string[] {
  return filesUnder(dir)
    .map((f) => relative(dir, f).split("/")[0] as string)
    .filter((n, i, all) => n !== "dist" && all.indexOf(n) === i);
}

interface LunrIndex {
  search(query: string): { ref: string; score: number }[];
}
interface Lunr {
  Index: { load(serialized: unknown): LunrIndex };
}

/**
 * Search the built site as its search box does (TypeDoc's assets/main.js, as the search plugin
 * rewrites it): the query is built by the statement the site ships, the index loaded with lunr,
 * and results re-ranked and cut to the ten the box shows.
 */
function searchSite(text: string): string[] {
  const main = readFileSync(join(site, "assets/main.js"), "utf8");
  const statement = /let a=\(w=>\{.*?\}\)\(i\.split\(" "\)\);/.exec(main)?.[0];
  if (statement === undefined) throw new Error("the search box's query statement is not there");
  const buildQuery = new Function("i", `${statement} return a;`) as (i: string) => string;
  const data = siteData("search.js") as {
    rows: { name: string; parent?: string }[];
    index: unknown;
  };
  const lunr = createRequire(import.meta.url)("lunr") as Lunr;
  const results = lunr.Index.load(data.index).search(buildQuery(text));
  for (const r of results) {
    const row = data.rows[Number(r.ref)];
    if (row?.name.toLowerCase().startsWith(text.toLowerCase()))
      r.score *= 10 / (1 + Math.abs(row.name.length - text.length));
  }
  return results
    .sort((a, b) => b.score - a.score)
    .slice(0, 10)
    .map((r) => {
      const row = data.rows[Number(r.ref)];
      return row?.parent ? `${row.parent}.${row.name}` : (row?.name ?? "");
    });
}

describe("the TypeDoc site's search", () => {
  it('finds fft, and the FFT guide, for "friends and family"', () => {
    const found = searchSite("friends and family");
    expect(found).toContain("ppie/scores.fft");
    expect(found).toContain("Measures.Friends and Family Test");
  });

  it('finds words of the guides: the seldom-heard reach guide for "seldom heard", Definitions for "household"', () => {
    expect(searchSite("seldom heard")).toContain("Measures.Seldom-heard reach");
    expect(searchSite("household")).toContain("Definitions");
  });

  it("still finds a name typed whole", () => {
    expect(searchSite("representation")[0]).toMatch(/representation$/i);
    expect(searchSite("peirs22")).toContain("ppie/scores.peirs22");
  });
});
