/**
 * The TypeDoc site builds without a warning (TypeDoc's own link validation is an error), and
 * every link in its HTML goes somewhere: no link to a made-up host such as http://notes.md
 * (markdown-it's fuzzy links turned file names into those), and every relative link, anchor
 * included, to a file of the site.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { builtSite, filesUnder } from "./site.js";

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
