/**
 * Datasets from standard input (`-`) and glob patterns ppie expands itself (issue 14): for CI
 * pipelines, and for Windows shells that pass `data/*.json` through unexpanded.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandGlob, isGlob } from "../../src/cli/glob.js";
import { FIXTURES, runBin, tempDir } from "./helpers.js";

const VALID = readFileSync(join(FIXTURES, "valid.yaml"));

/** A folder with datasets at several depths (and files that must not match). */
function tree(): string {
  const dir = tempDir();
  for (const d of ["data/b", "data/a/deep", "data/.hidden", "other"])
    mkdirSync(join(dir, d), { recursive: true });
  for (const f of [
    "data/z.yaml",
    "data/b/one.yaml",
    "data/a/two.yaml",
    "data/a/deep/three.yaml",
    "data/.hidden/four.yaml",
    "data/.dot.yaml",
    "other/five.yaml",
  ])
    copyFileSync(join(FIXTURES, "valid.yaml"), join(dir, f));
  writeFileSync(join(dir, "data/notes.txt"), "not a dataset\n");
  return dir;
}

describe("glob patterns", () => {
  it("are recognised by *, ? and [, not by an escaped one", () => {
    expect(isGlob("data/*.json", false)).toBe(true);
    expect(isGlob("data/a?.json", false)).toBe(true);
    expect(isGlob("data/[ab].json", false)).toBe(true);
    expect(isGlob("data/plain.json", false)).toBe(false);
    expect(isGlob("data/\\*.json", false)).toBe(false);
    // on Windows \ separates folders
    expect(isGlob("data\\*.json", true)).toBe(true);
  });

  it("match within a name (*), across folders (**), sorted, and skip dot names", async () => {
    const dir = tree();
    expect(await expandGlob("data/*.yaml", dir, false)).toEqual(["data/z.yaml"]);
    expect(await expandGlob("data/**/*.yaml", dir, false)).toEqual([
      "data/a/deep/three.yaml",
      "data/a/two.yaml",
      "data/b/one.yaml",
      "data/z.yaml",
    ]);
    expect(await expandGlob("data/.*.yaml", dir, false)).toEqual(["data/.dot.yaml"]);
    expect(await expandGlob("data/[ab]/*.yaml", dir, false)).toEqual([
      "data/a/two.yaml",
      "data/b/one.yaml",
    ]);
    expect(await expandGlob("data/[!a]/*.yaml", dir, false)).toEqual(["data/b/one.yaml"]);
    expect(await expandGlob("data/?/", dir, false)).toEqual(["data/a", "data/b"]);
    expect(await expandGlob("*/z.yaml", dir, false)).toEqual(["data/z.yaml"]);
    expect(await expandGlob(`${dir}/other/*.yaml`, "/", false)).toEqual([`${dir}/other/five.yaml`]);
    expect(await expandGlob("nothing/*.yaml", dir, false)).toEqual([]);
  });

  it("take \\ as a folder separator on Windows", async () => {
    const dir = tree();
    expect(await expandGlob("data\\b\\*.yaml", dir, true)).toEqual(["data/b/one.yaml"]);
  });

  it("do not follow a link to a folder with **, so a link that loops ends", async () => {
    const dir = tree();
    symlinkSync(join(dir, "data"), join(dir, "data/a/loop"), "dir");
    const found = await expandGlob("data/**/*.yaml", dir, false);
    expect(found.filter((f) => f.includes("loop"))).toEqual([]);
  });

  it("ppie validate expands a quoted pattern: every file checked, one summary", () => {
    const dir = tree();
    const r = runBin(["validate", "data/**/*.yaml"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("data/a/deep/three.yaml");
    expect(r.stdout).toMatch(/4 datasets checked: no errors/);
  });

  it("gives the worst exit code of all the files", () => {
    const dir = tree();
    writeFileSync(join(dir, "data/b/bad.yaml"), "schemaVersion: 1\ncontributors:\n  - id: 7\n");
    const r = runBin(["validate", "data/**/*.yaml", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { files: { file: string; valid: boolean }[] };
    expect(json.files.map((f) => [f.file, f.valid])).toEqual([
      ["data/a/deep/three.yaml", true],
      ["data/a/two.yaml", true],
      ["data/b/bad.yaml", false],
      ["data/b/one.yaml", true],
      ["data/z.yaml", true],
    ]);
  });

  it("a pattern that matches nothing is a usage error naming it", () => {
    const dir = tree();
    const r = runBin(["validate", "data/*.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No file or folder matches "data/*.json".');
  });

  it("a file whose name holds * is read as it is", () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, "valid.yaml"), join(dir, "odd*.yaml"));
    const r = runBin(["validate", "odd*.yaml"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });

  it("report and score read one dataset: a pattern matching several is a usage error", () => {
    const dir = tree();
    const r = runBin(["score", "payments", "data/*/*.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/matches 2 files or folders .* but this command reads one dataset/);
    const one = runBin(["score", "payments", "data/b/*.yaml"], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain("Data: data/b/one.yaml");
  });
});

describe("standard input (-)", () => {
  it("validates YAML and JSON from standard input, sniffed or named", () => {
    expect(runBin(["validate", "-"], { input: VALID }).code).toBe(0);
    const json = JSON.stringify({
      schemaVersion: 1,
      contributors: [{ id: "c-1", roles: ["patient"] }],
    });
    const r = runBin(["validate", "-", "--format", "json"], { input: json });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ file: "<stdin>", format: "json" });
    const y = runBin(["validate", "-", "--stdin-format", "yaml", "--format", "json"], {
      input: VALID,
    });
    expect(JSON.parse(y.stdout).files[0]).toMatchObject({ file: "<stdin>", format: "yaml" });
  });

  it("names the file <stdin> in diagnostics, with line and column", () => {
    const r = runBin(["validate", "-"], {
      input: '{"schemaVersion": 1, "contributors": [{"id": 7}]}',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("<stdin>: not valid");
    expect(r.stdout).toContain("(<stdin> line 1, column 46)");
  });

  it("decodes the bytes as a file's: a Windows-1252 byte is an error naming <stdin>", () => {
    const r = runBin(["validate", "-", "--format", "json"], {
      input: readFileSync(join(FIXTURES, "windows-1252.json")),
    });
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).files[0].diagnostics[0];
    expect(d.code).toMatch(/^input\//);
    expect(d.location.file).toBe("<stdin>");
    // UTF-16 with a byte-order mark is read
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(VALID.toString(), "utf16le"),
    ]);
    expect(runBin(["validate", "-"], { input: utf16 }).code).toBe(0);
  });

  it("reads a workbook (.xlsx, .ods) from standard input, by its bytes or named, as the same file by its name", () => {
    const book = join(FIXTURES, "../workbook");
    for (const file of ["demo-libreoffice.xlsx", "demo-libreoffice.ods", "hand-edited.xlsx"]) {
      const bytes = readFileSync(join(book, file));
      const byName = runBin(["validate", join(book, file), "--format", "json"]);
      const named = JSON.parse(byName.stdout).files[0];
      const ext = file.endsWith(".ods") ? "ods" : "xlsx";
      for (const args of [[], ["--stdin-format", ext]]) {
        const r = runBin(["validate", "-", ...args, "--format", "json"], { input: bytes });
        expect(r.code, `${file} ${args.join(" ")}: ${r.stderr}`).toBe(byName.code);
        const got = JSON.parse(r.stdout).files[0];
        expect(got).toMatchObject({ file: "<stdin>", format: "workbook", valid: named.valid });
        // the same diagnostics, naming <stdin> where the file's name was
        const brief = (d: { code: string; path: unknown[] }) => [
          d.code,
          d.path.map((p) => (p === file ? "<stdin>" : p)),
        ];
        expect(got.diagnostics.map(brief)).toEqual(named.diagnostics.map(brief));
        expect(got.diagnostics.length).toBeGreaterThan(0);
      }
    }
    // the score of a workbook from standard input is the score of the file
    const file = join(book, "demo-libreoffice.xlsx");
    const piped = runBin(["score", "payments", "-", "--format", "json"], {
      input: readFileSync(file),
    });
    const direct = runBin(["score", "payments", file, "--format", "json"]);
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(direct.stdout));
    // YAML that starts with "PK" is YAML; a workbook over the size limit is named as a workbook
    const pk = runBin(["validate", "-", "--format", "json"], {
      input: "PK: 1\nschemaVersion: 1\n",
    });
    expect(JSON.parse(pk.stdout).files[0].diagnostics[0].code).toBe("schema/unknown-field");
    const big = runBin(["validate", "-"], {
      input: readFileSync(file),
      env: { PPIE_MAX_INPUT_BYTES: "1000" },
    });
    expect(big.code).toBe(1);
    expect(big.stdout).toContain("workbook");
    expect(big.stdout).not.toContain("JSON");
    // bytes that are not a workbook, named as one, are a diagnostic about <stdin>
    const bad = runBin(["validate", "-", "--stdin-format", "xlsx", "--format", "json"], {
      input: VALID,
    });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).files[0].diagnostics[0].code).toMatch(/^workbook\//);
  });

  it("holds JSON by --stdin-format json even when it does not look like it", () => {
    const r = runBin(["validate", "-", "--stdin-format", "json", "--format", "json"], {
      input: VALID,
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics[0].code).toBe("input/invalid-json");
  });

  it("refuses CSV and unknown formats, and - given twice", () => {
    const csv = runBin(["validate", "-", "--stdin-format", "csv"], { input: "id\n" });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("A set of CSV files cannot come from standard input");
    const xml = runBin(["validate", "-", "--stdin-format", "xml"], { input: "" });
    expect(xml.code).toBe(2);
    expect(xml.stderr).toContain("--stdin-format must be json, yaml, xlsx, ods");
    const twice = runBin(["validate", "-", "-"], { input: VALID });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("Standard input (-) can be read only once");
  });

  it("stops reading past the size limit", () => {
    const r = runBin(["validate", "-", "--format", "json"], {
      input: VALID,
      env: { PPIE_MAX_INPUT_BYTES: "100" },
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics[0].code).toBe("input/too-large");
  });

  it("feeds report and score", () => {
    const rep = runBin(["report", "strategy", "-", "--generated-at", "2026-04-01T09:00:00Z"], {
      input: VALID,
    });
    expect(rep.code, rep.stderr).toBe(0);
    const score = runBin(["score", "payments", "-"], { input: VALID });
    expect(score.code, score.stderr).toBe(0);
    expect(score.stdout).toContain("Data: <stdin>");
    const bad = runBin(["score", "payments", "-"], { input: "contributors: 3\n" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("ppie: <stdin> is not a valid dataset");
  });
});
