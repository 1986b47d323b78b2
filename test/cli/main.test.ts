import { describe, expect, it } from "vitest";
import { COMMANDS, commandHelp, mainHelp } from "../../src/cli/main.js";
import { useColor } from "../../src/cli/context.js";
import { FIXTURES, runMain, tempDir } from "./helpers.js";

describe("main() in-process", () => {
  it("lists every command in the help, each with its own help and examples", () => {
    const help = mainHelp();
    for (const c of COMMANDS) {
      expect(help).toContain(`  ${c.name}`);
      const h = commandHelp(c);
      expect(h).toContain(`Usage: ppie ${c.name}`);
      expect(h).toContain("--no-color");
      expect(c.examples.length).toBeGreaterThan(0);
    }
  });

  it("returns 2 and explains an option that needs a value", async () => {
    const r = await runMain(["report", "strategy", "--out"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The option --out needs a value (<path>).");
  });

  it("returns 2 for validate without a file", async () => {
    const r = await runMain(["validate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Name at least one dataset to validate.");
  });

  it("returns 2 for a single CSV file instead of a folder", async () => {
    const r = await runMain(["validate", `${FIXTURES}/wrong-header/contributors.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ppie reads a folder of CSV files");
  });

  it("shows progress on a terminal's stderr only", async () => {
    const tty = await runMain(["validate", `${FIXTURES}/broken-link`], { tty: true });
    expect(tty.stderr).toContain("Reading");
    expect(tty.stdout).toContain("\u001b[");
    const pipe = await runMain(["validate", `${FIXTURES}/broken-link`]);
    expect(pipe.stderr).toBe("");
    const quiet = await runMain(["validate", `${FIXTURES}/broken-link`, "--quiet"], { tty: true });
    expect(quiet.stderr).toBe("");
  });

  it("uses the clock for generatedAt unless SOURCE_DATE_EPOCH or --generated-at is given", async () => {
    const clock = await runMain(["report", "impact", "--format", "json"]);
    expect(JSON.parse(clock.stdout).generatedAt).toBe("2026-04-02T10:00:00.000Z");
    const epoch = await runMain(["report", "impact", "--format", "json"], {
      env: { SOURCE_DATE_EPOCH: "0" },
    });
    expect(JSON.parse(epoch.stdout).generatedAt).toBe("1970-01-01T00:00:00.000Z");
    const bad = await runMain(["report", "impact", "--generated-at", "yesterday"]);
    expect(bad.code).toBe(2);
  });

  it("multiple files: counts over all, fails if any fails", async () => {
    const r = await runMain(["validate", `${FIXTURES}/valid.yaml`, `${FIXTURES}/wrong-types.json`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2 datasets checked: 2 errors");
    expect((await runMain(["validate", `${FIXTURES}/valid.yaml`])).code).toBe(0);
  });

  it("score readability takes --text", async () => {
    const r = await runMain([
      "score",
      "readability",
      "--text",
      "We will ask people what matters to them. Then we will tell them what we did.",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^readability: /);
  });

  it("init refuses to overwrite without --force", async () => {
    const dir = tempDir();
    expect((await runMain(["init", dir, "--yaml"])).code).toBe(0);
    expect((await runMain(["init", dir, "--yaml"])).code).toBe(2);
    expect((await runMain(["init", dir, "--yaml", "--force"])).code).toBe(0);
  });
});

describe("useColor", () => {
  it("follows the flag, then NO_COLOR, then FORCE_COLOR, then the terminal", () => {
    expect(useColor(true, { NO_COLOR: "1" }, false)).toBe(true);
    expect(useColor(undefined, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: "" }, true)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(useColor(undefined, {}, false)).toBe(false);
    expect(useColor(undefined, { TERM: "dumb" }, true)).toBe(false);
  });
});
