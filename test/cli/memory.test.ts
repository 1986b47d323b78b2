/**
 * Reading a CSV folder holds one copy of the records (issue 14): docs/cli.md states the heap a
 * folder of 10^4 activities is checked in, and this runs the built bin with Node's heap capped
 * there. Before the reader interned cells, decoded one file at a time and parsed records in
 * place, the same folder ran out of memory with a heap of 96 MB.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runBin, tempDir } from "./helpers.js";

const doc = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
const claim =
  /a folder of ([\d,]+) activities and ([\d,]+) contributors \(the demo's generator,\s+about ([\d.]+) MB of CSV\) is checked within a heap of (\d+) MB/.exec(
    doc,
  );

describe("memory of reading a CSV folder", () => {
  it("docs/cli.md states the heap a large folder is checked in", () => {
    expect(claim).not.toBeNull();
  });

  it("checks the folder docs/cli.md names within the heap it states", () => {
    const [, activities, contributors, mb, heap] = claim as RegExpExecArray;
    const dir = join(tempDir(), "big");
    const made = runBin([
      "demo",
      "--activities",
      (activities as string).replaceAll(",", ""),
      "--contributors",
      (contributors as string).replaceAll(",", ""),
      "--csv",
      dir,
    ]);
    expect(made.code, made.stderr).toBe(0);
    const r = runBin(["validate", dir, "--format", "json"], {
      env: { NODE_OPTIONS: `--max-old-space-size=${heap}` },
    });
    expect(r.stderr).not.toMatch(/out of memory/i);
    expect(r.code, r.stderr.slice(0, 500)).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; files: { format: string }[] };
    expect(out.ok).toBe(true);
    expect(out.files[0]?.format).toBe("csv-folder");
    // the size the doc gives is the folder's
    const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(Math.abs(bytes / 1e6 - Number(mb))).toBeLessThan(0.5);
  }, 120_000);
});
