/**
 * What the built CLI writes, and where: it never writes over its input, replaces an existing
 * file only with --force, writes each file whole and says what it wrote; a timestamp it cannot
 * use is a usage error, never a crash; and nothing from the data can drive a terminal.
 */
import {
  chmodSync,
  linkSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MAX_SOURCE_DATE_EPOCH } from "../../src/cli/generated-at.js";
import { FIXTURES, runBin, tempDir } from "./helpers.js";

const VALID = readFileSync(join(FIXTURES, "valid.yaml"), "utf8");
const STAMP = ["--generated-at", "2026-04-01T09:00:00Z"];

/** A copy of the small valid dataset, and the folder it is in. */
function dataset(text = VALID, name = "data.yaml"): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

/** The demo dataset as a CSV folder, written by ppie init --csv. */
function csvFolder(): string {
  const dir = tempDir();
  expect(runBin(["init", dir, "--csv", "--quiet"]).code).toBe(0);
  return join(dir, "demo-csv");
}

/** Every file in a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "latin1")] as const),
  );
}

/** No stack trace and no "unexpected error": a plain usage message. */
function expectNoCrash(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain("unexpected error");
}

describe("--out never writes over an input", () => {
  it("refuses the dataset itself, even with --force, and leaves it as it was", () => {
    const { dir, file } = dataset(JSON.stringify(parse(VALID)), "data.json");
    const before = readFileSync(file, "utf8");
    for (const extra of [[], ["--force"]]) {
      const r = runBin(["report", "impact", "data.json", "--out", "data.json", ...extra], {
        cwd: dir,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Not writing data.json: it is the dataset this command reads.");
      expectNoCrash(r.stderr);
    }
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses a symbolic or hard link to the dataset", () => {
    const { dir, file } = dataset();
    symlinkSync(file, join(dir, "report.md"));
    linkSync(file, join(dir, "hard.md"));
    const soft = runBin(["report", "impact", file, "--out", "report.md", "--force"], { cwd: dir });
    expect(soft.code).toBe(2);
    expect(soft.stderr).toContain("it is a link to data.yaml, which this command reads");
    const hard = runBin(["report", "impact", file, "--out", "hard.md", "--force"], { cwd: dir });
    expect(hard.code).toBe(2);
    expect(hard.stderr).toContain("the same file as data.yaml (a hard link)");
    expect(readFileSync(file, "utf8")).toBe(VALID);
  });

  it("writes nothing inside a CSV folder being read (a file, a folder of tables, or a link)", () => {
    const folder = csvFolder();
    const before = snapshot(folder);
    const outside = join(folder, "..", "link.csv");
    symlinkSync(join(folder, "contributors.csv"), outside);
    for (const out of [
      join(folder, "strategy.md"),
      `${folder}/`,
      join(folder, "contributors.csv"),
      outside,
    ]) {
      const r = runBin(["report", "strategy", folder, "--format", "csv", "--out", out, "--force"]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain("the CSV folder this command reads");
      expectNoCrash(r.stderr);
    }
    expect(snapshot(folder)).toEqual(before);
  });
});

describe("--out and existing files", () => {
  it("refuses an existing file unless --force, then replaces it whole and says so", () => {
    const { dir } = dataset();
    const out = join(dir, "strategy.md");
    writeFileSync(out, "my notes\n");
    chmodSync(out, 0o640);
    const refused = runBin(["report", "strategy", "--out", out, ...STAMP]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Not overwriting");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("my notes\n");
    const forced = runBin(["report", "strategy", "--out", "strategy.md", "--force", ...STAMP], {
      cwd: dir,
    });
    expect(forced.code, forced.stderr).toBe(0);
    const bytes = statSync(out).size;
    expect(forced.stderr).toBe(`Wrote strategy.md (${bytes.toLocaleString("en-GB")} bytes).\n`);
    expect(readFileSync(out, "utf8")).toMatch(/^# PPIE strategy scorecard/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("through a symbolic link to another file, --force replaces that file and keeps the link", () => {
    const { dir } = dataset();
    writeFileSync(join(dir, "target.md"), "old\n");
    symlinkSync("target.md", join(dir, "latest.md"));
    expect(runBin(["report", "impact", "--out", "latest.md"], { cwd: dir }).code).toBe(2);
    const r = runBin(["report", "impact", "--out", "latest.md", "--force"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "target.md"), "utf8")).toMatch(/^# /);
    expect(readFileSync(join(dir, "latest.md"), "utf8")).toMatch(/^# /);
  });

  it("a folder named as a file is a usage error, and a device is written into", () => {
    const dir = tempDir();
    const r = runBin(["report", "impact", "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a folder");
    const dev = runBin(["report", "impact", "--out", "/dev/null"]);
    expect(dev.code, dev.stderr).toBe(0);
    expect(dev.stderr).toMatch(/^Wrote \/dev\/null \([\d,]+ bytes\)\.\n$/);
  });

  it("every command that writes files takes --force and lists what it would replace", () => {
    const dir = tempDir();
    expect(runBin(["schema", "--out", dir, "--quiet"]).code).toBe(0);
    const schema = runBin(["schema", "--out", dir]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(/Not overwriting .*dataset\.schema\.json/);
    expect(runBin(["schema", "--out", dir, "--force"]).code).toBe(0);
    const tables = join(dir, "tables");
    expect(runBin(["report", "strategy", "--format", "csv", "--out", `${tables}/`]).code).toBe(0);
    expect(runBin(["report", "strategy", "--format", "csv", "--out", `${tables}/`]).code).toBe(2);
    const site = join(dir, "site");
    const first = runBin(["demo", "--out", site]);
    expect(first.code, first.stderr).toBe(0);
    const again = runBin(["demo", "--out", site]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/Not overwriting .* and \d+ more: they exist already\./);
    expect(runBin(["demo", "--out", site, "--force", "--quiet"])).toMatchObject({
      code: 0,
      stdout: "",
      stderr: "",
    });
  });
});

describe("SOURCE_DATE_EPOCH and --generated-at", () => {
  it("a value ppie cannot use is a usage error (exit 2) with a clear message, never ignored or a crash", () => {
    for (const value of ["99999999999999", "1e9", "-5", " 1700000000", "1700000000.5", "0x10"]) {
      for (const cmd of [
        ["report", "impact"],
        ["demo", "--out", join(tempDir(), "d")],
      ]) {
        const r = runBin(cmd, { env: { SOURCE_DATE_EPOCH: value } });
        expect(r.code, `${cmd[0]} ${value}`).toBe(2);
        expect(r.stderr).toContain(`SOURCE_DATE_EPOCH must be whole seconds since 1970`);
        expect(r.stderr).toContain(`not "${value}"`);
        expectNoCrash(r.stderr);
      }
    }
  });

  it("takes 0 to the end of 9999; empty is unset", () => {
    const at = (v: string): string =>
      (
        JSON.parse(
          runBin(["report", "impact", "-f", "json"], { env: { SOURCE_DATE_EPOCH: v } }).stdout,
        ) as { generatedAt: string }
      ).generatedAt;
    expect(at("0")).toBe("1970-01-01T00:00:00.000Z");
    expect(at(String(MAX_SOURCE_DATE_EPOCH))).toBe("9999-12-31T23:59:59.000Z");
    expect(at("")).not.toBe("1970-01-01T00:00:00.000Z");
    expect(
      runBin(["report", "impact"], {
        env: { SOURCE_DATE_EPOCH: String(MAX_SOURCE_DATE_EPOCH + 1) },
      }).code,
    ).toBe(2);
  });

  it("--generated-at must be a real date and time from 1970 to 9999", () => {
    for (const value of [
      "0000-06-01T00:00:00Z",
      "1969-12-31T23:59:59Z",
      "2026-02-30T09:00:00Z",
      "2026-04-01T24:00:00Z",
      "2026-04-01T09:00Z",
    ]) {
      const r = runBin(["report", "impact", "--generated-at", value]);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toContain(`--generated-at must be a real date and time`);
      expectNoCrash(r.stderr);
    }
    expect(runBin(["report", "impact", "--generated-at", "9999-12-31T23:59:59+00:00"]).code).toBe(
      0,
    );
  });

  it("a dataset dated 0000-01-01 gets a diagnostic from report and score, not a crash", () => {
    const { file } = dataset(VALID.replaceAll(/"20\d\d-\d\d-\d\d"/g, '"0000-01-01"'));
    const report = runBin(["report", "strategy", file]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain("period/out-of-range");
    expectNoCrash(report.stderr);
    const score = runBin(["score", "payments", file]);
    expect(score.code).toBe(1);
    expect(score.stderr).toContain("period/out-of-range");
    expectNoCrash(score.stderr);
    expect(runBin(["report", "strategy", file, "--period", "2025-26"]).code).toBe(0);
  });
});

describe("control characters never reach the terminal raw", () => {
  const NASTY = "\u001b[31mRED\u001b]0;pwned\u0007 \u202eevil\r\u0085";
  const RAW =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be printed raw
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;
  const nasty = (): string =>
    dataset(
      VALID.replace("title: Example study", `title: ${JSON.stringify(`Example ${NASTY} study`)}`),
    ).file;

  it("report to stdout, in every format, shows them escaped; JSON keeps their value", () => {
    const file = nasty();
    for (const format of ["md", "html", "csv", "json"]) {
      const r = runBin(["report", "project", file, "--project", "p-1", "-f", format, ...STAMP]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, format).not.toMatch(RAW);
      expect(r.stderr).not.toMatch(RAW);
      // the title is in the document formats (a CSV holds the tables only)
      if (format !== "csv") expect(r.stdout).toContain("\\u202eevil");
    }
    const json = runBin(["report", "project", file, "--project", "p-1", "-f", "json", ...STAMP]);
    expect((JSON.parse(json.stdout) as { title: string }).title).toBe(
      `Project involvement: Example ${NASTY} study`,
    );
  });

  it("a file written with --out is the same bytes as standard output", () => {
    const file = nasty();
    const out = join(tempDir(), "project.html");
    const args = ["report", "project", file, "--project", "p-1", "-f", "html", ...STAMP];
    expect(runBin([...args, "--out", out]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(runBin(args).stdout);
  });

  it("validate's messages, usage errors and file names escape them; ppie's own colours still work", () => {
    const { file } = dataset(VALID.replace("kind: nhs-trust", 'kind: "nhs\\e[2J-trust"'));
    const plain = runBin(["validate", file]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('"nhs\\u001b[2J-trust"');
    expect(plain.stdout + plain.stderr).not.toMatch(RAW);
    const report = runBin(["report", "strategy", file]);
    expect(report.stderr).toContain('"nhs\\u001b[2J-trust"');
    expect(report.stderr).not.toMatch(RAW);
    const colour = runBin(["validate", file], { env: { FORCE_COLOR: "1" } });
    expect(colour.stdout).toContain("\u001b[31m");
    expect(colour.stdout).not.toContain("\u001b[2J");
    const usage = runBin(["report", "\u001b[2Jstrategy\u202e"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('"\\u001b[2Jstrategy\\u202e" is not a kind of report.');
    expect(usage.stderr).not.toMatch(RAW);
  });
});
