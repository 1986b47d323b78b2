import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvReferenceMarkdown } from "../../src/io/csv-columns.js";
import { demoCommand } from "../../src/cli/commands/demo.js";
import { isReportTimestamp, MAX_SOURCE_DATE_EPOCH } from "../../src/cli/generated-at.js";
import { COMMANDS } from "../../src/cli/main.js";
import { escapeControls } from "../../src/cli/terminal.js";
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

describe("docs/cli.md on writing files, timestamps and control characters", () => {
  const doc = readFileSync(DOC, "utf8");

  it("every command that writes files takes --force", () => {
    const writers = COMMANDS.filter((c) => "out" in c.options || c.name === "init");
    expect(writers.map((c) => c.name).sort()).toEqual(["demo", "init", "report", "schema"]);
    for (const c of writers) expect(c.options.force?.type, c.name).toBe("boolean");
    for (const c of writers) expect(between(doc, "writing-files")).toContain(c.name);
  });

  it("its example of writing over the input is refused, and the input kept", () => {
    const block = between(doc, "writing-files");
    const example = /`(ppie report strategy data\.json --out data\.json)`/.exec(block)?.[1];
    expect(example).toBeDefined();
    const dir = tempDir();
    expect(runBin(["init", dir, "--quiet"]).code).toBe(0);
    copyFileSync(join(dir, "ppie-dataset.json"), join(dir, "data.json"));
    const before = readFileSync(join(dir, "data.json"), "utf8");
    const r = runBin((example ?? "").replace(/^ppie /, "").split(" "), { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "data.json"), "utf8")).toBe(before);
  });

  it("states the SOURCE_DATE_EPOCH range the CLI takes, and its --generated-at examples are refused", () => {
    const block = between(doc, "timestamps");
    expect(block).toContain(`\`${MAX_SOURCE_DATE_EPOCH}\` (9999-12-31T23:59:59Z)`);
    expect(new Date(MAX_SOURCE_DATE_EPOCH * 1000).toISOString()).toBe("9999-12-31T23:59:59.000Z");
    const refused = /`([^`]+)`, `([^`]+)` \(no seconds\) and\s+`([^`]+)` are usage errors/.exec(
      block,
    );
    expect(refused).not.toBeNull();
    for (const t of (refused ?? []).slice(1)) expect(isReportTimestamp(t), t).toBe(false);
    expect(isReportTimestamp("2026-04-01T09:00:00+01:00")).toBe(true);
  });

  it("the generator's ranges are those ppie demo checks", () => {
    const block = between(doc, "demo-csv");
    const ranges = [...block.matchAll(/`--(\w+) <n>`\s+\(([\d,]+) to ([\d,]+)\)/g)];
    expect(ranges.map((m) => m[1])).toEqual(["seed", "activities", "contributors", "projects"]);
    for (const [, name, min, max] of ranges) {
      expect(demoCommand.options[name ?? ""]?.description).toContain(`${min} to ${max}.`);
    }
  });

  it("escapes the characters it lists", () => {
    const block = between(doc, "control-characters");
    const listed = [...block.matchAll(/U\+([0-9A-F]{4}) to U\+([0-9A-F]{4})/g)];
    expect(listed.length).toBe(3);
    for (const [, from, to] of listed) {
      for (let c = Number.parseInt(from ?? "", 16); c <= Number.parseInt(to ?? "", 16); c++) {
        expect(escapeControls(String.fromCodePoint(c))).toBe(
          `\\u${c.toString(16).padStart(4, "0")}`,
        );
      }
    }
    for (let c = 0; c < 0x20; c++) {
      const ch = String.fromCodePoint(c);
      expect(escapeControls(ch) === ch).toBe(ch === "\t" || ch === "\n");
    }
    expect(escapeControls("a\r\nb")).toBe("a\r\nb");
    expect(block).toContain("`\\u001b`");
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
