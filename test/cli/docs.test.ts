import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvReferenceMarkdown } from "../../src/cli/csv-columns.js";
import { COMMANDS } from "../../src/cli/main.js";
import { ROOT, runBin, tempDir } from "./helpers.js";

const DOC = join(ROOT, "docs/cli.md");

function between(text: string, name: string): string {
  const start = `<!-- ${name}:start -->\n`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/cli.md has no ${name} markers`);
  return text.slice(i + start.length, j);
}

/** Shell lines of a ```sh block, without comments; `npx ppie` / `ppie` become the built CLI. */
function commands(block: string): string[][] {
  return block
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => /^(npx )?ppie /.test(l))
    .map((l) => l.replace(/^(npx )?ppie /, "").split(/\s+/));
}

describe("docs/cli.md", () => {
  it("has the CSV column reference generated from the loader's table", () => {
    const doc = readFileSync(DOC, "utf8");
    const expected = csvReferenceMarkdown();
    if (process.env.PPIE_UPDATE_DOCS === "1" && between(doc, "csv-columns") !== expected) {
      writeFileSync(DOC, doc.replace(between(doc, "csv-columns"), expected));
      return;
    }
    expect(between(doc, "csv-columns")).toBe(expected);
  });

  it("documents every command", () => {
    const doc = readFileSync(DOC, "utf8");
    for (const c of COMMANDS) expect(doc).toContain(`### \`ppie ${c.name}`);
  });

  it("its quick start runs: npx ppie demo, then ppie validate on what it wrote", () => {
    const dir = tempDir();
    const lines = commands(between(readFileSync(DOC, "utf8"), "quick-start"));
    expect(lines.map((l) => l[0])).toEqual(["demo", "validate"]);
    for (const args of lines) expect(runBin(args, { cwd: dir }).code).toBe(0);
  });
});

describe("README.md", () => {
  it("its command-line section shows npx ppie demo and ppie validate, and every line runs", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Use it from the command line"));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const lines = commands(block);
    expect(lines.map((l) => l[0])).toContain("demo");
    expect(lines.map((l) => l[0])).toContain("validate");
    const dir = tempDir();
    // the README's placeholder files: the demo dataset as JSON and YAML
    expect(runBin(["init", dir, "--yaml"]).code).toBe(0);
    expect(runBin(["init", join(dir, "j")]).code).toBe(0);
    copyFileSync(join(dir, "ppie-dataset.yaml"), join(dir, "my-data.yaml"));
    copyFileSync(join(dir, "j/ppie-dataset.json"), join(dir, "my-data.json"));
    for (const args of lines) {
      const r = runBin(args, { cwd: dir });
      expect(r.code, `ppie ${args.join(" ")}\n${r.stderr}`).toBe(0);
    }
  });
});
