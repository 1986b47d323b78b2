import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { runBin, tempDir } from "./helpers.js";

/**
 * `ppie report` never prints a contributor's identifier that the data carries in an id or a
 * label rather than in free text (issue 17): c-0004 of this generated dataset is
 * "Priya Example", and her name, written with a zero-width space and a Cyrillic "а", is a
 * project's id, a story's theme and an FFT unit.
 */
describe("ppie report removes identifiers from ids and labels (built CLI)", () => {
  const NAME = "Pri\u200Byа Example";
  const ds = generateDataset({ seed: 7, activities: 80, contributors: 40 });
  const json = JSON.stringify({
    ...ds,
    feedback: ds.feedback.map((f) =>
      f.kind === "story"
        ? { ...f, themes: [NAME, ...f.themes] }
        : f.kind === "fft"
          ? { ...f, unitId: NAME }
          : f,
    ),
  }).replaceAll('"p-001"', JSON.stringify(`${NAME} study`));
  const dir = tempDir();
  const file = join(dir, "data.json");
  writeFileSync(file, json);

  it.each(["md", "html", "csv", "json"])("in the project and feedback reports as %s", (format) => {
    let both = "";
    for (const [kind, ...project] of [["project", "--project", `${NAME} study`], ["feedback"]]) {
      const r = runBin([
        "report",
        kind as string,
        file,
        ...project,
        "--format",
        format,
        "--generated-at",
        "2026-04-01T09:00:00Z",
      ]);
      expect(r.code).toBe(0);
      both += r.stdout;
      expect(
        r.stdout
          .normalize("NFKC")
          .replace(/\u200B/g, "")
          .replace(/а/g, "a"),
      ).not.toMatch(/priya/i);
    }
    expect(both).toContain("identifier removed");
  });

  it("and validate names where they are without repeating them", () => {
    const r = runBin(["validate", file, "--format", "json"]);
    type Found = { code: string; path: unknown[]; message: string };
    const out = JSON.parse(r.stdout) as { files: { diagnostics: Found[] }[] };
    const found = out.files
      .flatMap((f) => f.diagnostics)
      .filter((d) => d.code === "privacy/identifier-in-text");
    expect(found.some((d) => JSON.stringify(d.path) === '["projects",0,"id"]')).toBe(true);
    expect(found.some((d) => d.path[0] === "feedback" && d.path[2] === "themes")).toBe(true);
    expect(found.some((d) => d.path[0] === "feedback" && d.path[2] === "unitId")).toBe(true);
    expect(
      found.every(
        (d) =>
          !/priya/i.test(
            d.message
              .normalize("NFKC")
              .replace(/\u200B/g, "")
              .replace(/а/g, "a"),
          ),
      ),
    ).toBe(true);
  });
});
