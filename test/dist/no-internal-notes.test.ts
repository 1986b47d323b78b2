/**
 * Nothing a user can see points at notes only ppie's developers have, or at a folder of the
 * machine that built it: not the built package (`dist/`, its declarations and their TSDoc
 * included), not the TypeDoc site, not a file `ppie demo` writes, not what `ppie score` prints
 * for any measure. Citations name the public publication (or a ppie design choice) instead.
 *
 * Needs the build (`npx tsup`; `npm test` builds first); builds its own copy of the TypeDoc
 * site (test/docs/site.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MEASURE_IDS } from "../../src/scores/registry.js";
import { runBin, tempDir } from "../cli/helpers.js";
import { builtSite, filesUnder, ROOT } from "../docs/site.js";

/** What must never be shown: the internal notes by name, and absolute paths of a machine. */
const FORBIDDEN: readonly [string, RegExp][] = [
  // the notes by file name; ppie's own "design-choices.md" is allowed: a letter or hyphen
  // comes before the name
  ["an internal notes file", /(?<![\w-])(?:frameworks|metrics|design)\.md/giu],
  ["the developers' notes by their name", /domain[ -]notes/giu],
  ["a machine path", /\/(?:work|home|tmp|root|Users)\/[\w.-]/gu],
  ["a Windows path", /\b[A-Z]:\\{1,2}[A-Za-z]/gu],
  ["this checkout's path", new RegExp(ROOT.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gu")],
];

/** Every forbidden mention in a text, as "what: …excerpt…". */
function mentions(text: string): string[] {
  const out: string[] = [];
  for (const [what, re] of FORBIDDEN) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const excerpt = text.slice(Math.max(0, at - 40), at + 60).replace(/\s+/g, " ");
      out.push(`${what}: …${excerpt}…`);
    }
  }
  return out;
}

/** Forbidden mentions in every file under a folder, by file (at most 3 excerpts each). */
function scanFolder(dir: string, label: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of filesUnder(dir)) {
    // Images are not text: their bytes can spell anything (a PNG once held "M:\x").
    if (/\.(png|jpe?g|gif|webp|ico|woff2?)$/i.test(file)) continue;
    const hits = mentions(readFileSync(file, "utf8"));
    if (hits.length > 0)
      found[`${label}/${relative(dir, file)}`] = [
        ...hits.slice(0, 3),
        ...(hits.length > 3 ? [`and ${hits.length - 3} more`] : []),
      ];
  }
  return found;
}

describe("no internal notes or machine paths", () => {
  it("recognises what it looks for, and lets ppie's own guides through", () => {
    const notes = ["frameworks", "metrics", "DESIGN"].map((n) => `${n}.md section 2`).join(", ");
    expect(mentions(`${notes}, the ${"domain"} notes`)).toHaveLength(4);
    expect(mentions(`Source: /work/shared/domain/${"metrics"}.md`)).toHaveLength(2);
    expect(mentions("C:\\Users\\me")).toHaveLength(1);
    expect(mentions("docs/reference-data.md and docs/design-choices.md")).toEqual([]);
  });

  it("in the built package (dist/)", () => {
    expect(existsSync(join(ROOT, "dist/index.js")), "run `npx tsup` first").toBe(true);
    expect(scanFolder(join(ROOT, "dist"), "dist")).toEqual({});
  });

  describe("in the TypeDoc site", () => {
    let site = "";
    beforeAll(() => {
      site = builtSite();
    }, 600_000);
    it("on every page and asset", () => {
      expect(scanFolder(site, "site")).toEqual({});
    });
  });

  it("in every file ppie demo writes", () => {
    const dir = tempDir();
    const r = runBin(["demo", "--out", join(dir, "demo"), "--csv", join(dir, "csv")]);
    expect(r.code, r.stderr).toBe(0);
    expect({
      ...scanFolder(join(dir, "demo"), "demo"),
      ...scanFolder(join(dir, "csv"), "csv"),
    }).toEqual({});
  });

  it("in what ppie score prints for every measure, as text and as JSON", () => {
    const needs: Readonly<Record<string, readonly string[]>> = {
      readability: ["--project", "p-001"],
      "gripp2-completeness": ["--project", "p-001"],
      "involvement-depth": ["--project", "p-002"],
    };
    const found: Record<string, string[]> = {};
    for (const m of MEASURE_IDS) {
      for (const format of ["text", "json"]) {
        const args = ["score", m, ...(needs[m] ?? []), "--format", format];
        const r = runBin(args);
        expect(r.code, `ppie ${args.join(" ")}\n${r.stderr}`).toBe(0);
        const hits = mentions(r.stdout + r.stderr);
        if (hits.length > 0) found[`ppie ${args.join(" ")}`] = hits.slice(0, 3);
      }
    }
    expect(found).toEqual({});
  });
});
