/**
 * The documentation the CLI points at exists where the user is (issue 14): the package ships
 * the guides (`docs/*.md`, `docs/measures/*.md`), every `docs/...md` path that ppie's help,
 * messages and hints name is in the packed tarball, and `ppie help <topic>` prints them from
 * the installed package.
 *
 * Needs the build (`npx tsup`; `npm test` builds first).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/main.js";
import { runBin } from "../cli/helpers.js";
import { filesUnder, ROOT } from "../docs/site.js";
import type { Packed } from "./packed.js";
import { packed } from "./packed.js";

const DOC_PATH = /docs\/[\w/-]+\.md/g;

let pack: Packed;
let files: Set<string>;
beforeAll(() => {
  pack = packed();
  files = new Set(pack.info.files.map((f) => f.path));
}, 300_000);

/** The installed CLI of the consumer project. */
function installed(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const bin = join(pack.consumer, "node_modules/ppie/dist/cli/bin.js");
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: pack.consumer, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("documentation where the user is", () => {
  it("every guide is in the package", () => {
    const guides = filesUnder(join(ROOT, "docs"))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => /^docs\/(measures\/)?[\w-]+\.md$/.test(f));
    expect(guides.length).toBeGreaterThan(20);
    expect(guides.filter((g) => !files.has(g))).toEqual([]);
  });

  it("every docs/ path that --help names is in the package, and ppie help prints it", () => {
    const help = [
      runBin(["--help"]).stdout,
      ...COMMANDS.map((c) => runBin([c.name, "--help"]).stdout),
    ].join("\n");
    expect(help).toContain("ppie help <topic>");
    const named = [...new Set(help.match(DOC_PATH) ?? [])];
    expect(named).toContain("docs/cli.md");
    expect(named.filter((p) => !files.has(p))).toEqual([]);
    for (const p of named) {
      const r = installed(["help", p]);
      expect(r.code, `${p}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, p), "utf8"));
    }
  });

  it("every docs/ path named anywhere in ppie's messages and hints is in the package", () => {
    const named = new Set<string>();
    for (const f of filesUnder(join(ROOT, "src")).filter((f) => f.endsWith(".ts")))
      for (const m of readFileSync(f, "utf8").match(DOC_PATH) ?? []) named.add(m);
    expect(named.size).toBeGreaterThan(3);
    expect([...named].filter((p) => !files.has(p))).toEqual([]);
  });

  it("ppie help <topic> from the installed package: a guide, a measure, and a wrong topic", () => {
    const cli = installed(["help", "cli"]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(readFileSync(join(ROOT, "docs/cli.md"), "utf8"));
    expect(installed(["help", "measures/fft"]).stdout).toContain("# NHS Friends and Family Test");
    const wrong = installed(["help", "diagnostic"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Did you mean "ppie help diagnostics"?');
    // a command name still gives the command's help
    expect(installed(["help", "validate"]).stdout).toMatch(/^Usage: ppie validate/);
  });
});
