import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/context.js";
import { makeContext } from "../../src/cli/context.js";
import { main } from "../../src/cli/main.js";
import { escapeControls, guardStream } from "../../src/cli/terminal.js";
import { writeOutputs } from "../../src/cli/write.js";
import { runBin, tempDir } from "./helpers.js";

function io(dir: string, out: { stderr: string }, stdout?: (t: string) => void): CliIo {
  return {
    stdout: stdout ?? (() => {}),
    stderr: (t) => {
      out.stderr += t;
    },
    cwd: dir,
    env: {},
    isTTY: { stdout: false, stderr: false },
  };
}

describe("writeOutputs", () => {
  it("writes each file whole: a failure part-way leaves the old file and no temporary file", async () => {
    const dir = tempDir();
    const path = join(dir, "report.md");
    writeFileSync(path, "old\n");
    const log = { stderr: "" };
    const ctx = makeContext(io(dir, log), {});
    function* failing(): Generator<string> {
      yield "x".repeat(100_000);
      throw new Error("disk on fire");
    }
    await expect(
      writeOutputs(ctx, [{ path, content: failing() }], { inputs: [], force: true }),
    ).rejects.toThrow("disk on fire");
    expect(readFileSync(path, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["report.md"]);
    expect(log.stderr).toBe("");
  });

  it("checks every file before writing any", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "b.md"), "keep\n");
    const ctx = makeContext(io(dir, { stderr: "" }), {});
    const files = ["a.md", "b.md"].map((f) => ({ path: join(dir, f), content: "new\n" }));
    await expect(writeOutputs(ctx, files, { inputs: [], force: false })).rejects.toThrow(
      "Not overwriting b.md: it exists already.",
    );
    expect(readdirSync(dir)).toEqual(["b.md"]);
  });
});

describe("escapeControls and guardStream", () => {
  it("escape C0 and C1 controls, DEL and bidi controls; keep tab, line feed and CRLF", () => {
    expect(escapeControls("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(escapeControls("x\ry\r\nz\tw\n")).toBe("x\\u000dy\r\nz\tw\n");
    expect(escapeControls("\u0000\u007f\u0085\u009b\u202a\u202e\u2066\u2069")).toBe(
      "\\u0000\\u007f\\u0085\\u009b\\u202a\\u202e\\u2066\\u2069",
    );
    // inside JSON, the escape is JSON's own: the value is unchanged
    const json = escapeControls(JSON.stringify({ t: "a\u0085\u202eb" }));
    expect(JSON.parse(json)).toEqual({ t: "a\u0085\u202eb" });
  });

  it("let ppie's own colour codes and progress reset through only when they are on", () => {
    let seen = "";
    const write = (t: string): void => {
      seen += t;
    };
    guardStream(write, { colour: true, progress: true })(
      "\r\u001b[2K\u001b[31mred\u001b[39m \u001b[2J\u001b]0;t\u0007",
    );
    expect(seen).toBe("\r\u001b[2K\u001b[31mred\u001b[39m \\u001b[2J\\u001b]0;t\\u0007");
    seen = "";
    guardStream(write, { colour: false, progress: false })("\r\u001b[2K\u001b[31mred");
    expect(seen).toBe("\\u000d\\u001b[2K\\u001b[31mred");
  });
});

describe("an unexpected error", () => {
  it("is reported in a sentence with exit code 70, the stack only with PPIE_DEBUG", async () => {
    const dir = tempDir();
    const boom = (): void => {
      throw new TypeError("stdout \u001b[2Jbroke");
    };
    const log = { stderr: "" };
    const code = await main(["report", "impact"], io(dir, log, boom));
    expect(code).toBe(70);
    expect(log.stderr).toBe(
      [
        "ppie: an unexpected error stopped the command (TypeError: stdout \\u001b[2Jbroke).",
        "This is a bug in ppie, not a problem with your data: please report it with the command you ran.",
        "Run it again with PPIE_DEBUG=1 to see where it happened.",
        "",
      ].join("\n"),
    );
    const debug = { stderr: "" };
    const withStack = await main(["report", "impact"], {
      ...io(dir, debug, boom),
      env: { PPIE_DEBUG: "1" },
    });
    expect(withStack).toBe(70);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe("--bom", () => {
  const BOM = [0xef, 0xbb, 0xbf];
  const head = (path: string) => [...readFileSync(path).subarray(0, 3)];

  it("starts every CSV file of report, demo and init with a UTF-8 byte-order mark, and ppie reads them back", async () => {
    const dir = tempDir();
    const tables = join(dir, "tables/");
    expect(
      runBin(["report", "representation", "--format", "csv", "--out", tables, "--bom"], {
        cwd: dir,
      }).code,
    ).toBe(0);
    const csvs = readdirSync(tables);
    expect(csvs.length).toBeGreaterThan(0);
    for (const f of csvs) expect(head(join(tables, f)), f).toEqual(BOM);
    const stdout = runBin(["report", "representation", "--format", "csv", "--bom"], { cwd: dir });
    expect(stdout.stdout.startsWith("\ufeff")).toBe(true);
    expect(runBin(["demo", "--csv", "demo-csv", "--bom"], { cwd: dir }).code).toBe(0);
    for (const f of readdirSync(join(dir, "demo-csv")))
      expect(head(join(dir, "demo-csv", f)), f).toEqual(BOM);
    expect(runBin(["init", "init", "--bom"], { cwd: dir }).code).toBe(0);
    expect(head(join(dir, "init/templates/activities.csv"))).toEqual(BOM);
    expect(head(join(dir, "init/ppie-dataset.json"))).not.toEqual(BOM);
    // Without --bom, no mark; with it, the folder reads back as the same valid dataset.
    expect(runBin(["demo", "--csv", "plain"], { cwd: dir }).code).toBe(0);
    expect(head(join(dir, "plain/activities.csv"))).not.toEqual(BOM);
    const back = runBin(["validate", "demo-csv", "--format", "json"], { cwd: dir });
    const plain = runBin(["validate", "plain", "--format", "json"], { cwd: dir });
    expect(back.stdout.replaceAll("demo-csv", "plain")).toBe(plain.stdout);
  });
});
