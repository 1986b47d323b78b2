import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runBin, tempDir } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("ppie (built CLI as a child process)", () => {
  it("prints its version and help", () => {
    expect(runBin(["--version"])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = runBin(["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["init", "validate", "report", "score", "schema", "demo"])
      expect(help.stdout).toContain(`  ${c}`);
  });

  it("gives --help with examples on every command", () => {
    for (const c of ["init", "validate", "report", "score", "schema", "demo"]) {
      const r = runBin([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: ppie /);
      expect(r.stdout).toContain("Examples:");
    }
  });

  it("exits 2 with usage on stderr for an unknown command or option", () => {
    const cmd = runBin(["valdate", "x.json"]);
    expect(cmd.code).toBe(2);
    expect(cmd.stdout).toBe("");
    expect(cmd.stderr).toContain('"valdate" is not a ppie command.');
    expect(cmd.stderr).toContain('Did you mean "ppie validate"?');
    expect(cmd.stderr).toContain("Usage: ppie <command>");
    const opt = runBin(["validate", "--max-warning", "3", "a.json"]);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("Did you mean --max-warnings?");
    expect(runBin([]).code).toBe(2);
    const missing = runBin(["validate", "no-such-file.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot find "no-such-file.json".');
  });

  it("validates the demo dataset written by init: exit 0 with warnings counted", () => {
    const dir = tempDir();
    const init = runBin(["init", dir]);
    expect(init.code).toBe(0);
    expect(existsSync(join(dir, "ppie-dataset.json"))).toBe(true);
    expect(readFileSync(join(dir, "templates/contributors.csv"), "utf8").split("\n")[0]).toMatch(
      /^id,roles,/,
    );
    const again = runBin(["init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("Not overwriting");
    const r = runBin(["validate", join(dir, "ppie-dataset.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid, with notes \(no errors, \d+ warnings\)/);
    expect(r.stdout).toContain("group/no-seldom-heard");
    expect(runBin(["validate", join(dir, "ppie-dataset.json"), "--max-warnings", "0"]).code).toBe(
      1,
    );
    expect(
      runBin(["validate", join(dir, "ppie-dataset.json"), "--max-warnings", "1000"]).code,
    ).toBe(0);
  });

  it("validates YAML and a CSV folder of the demo", () => {
    const dir = tempDir();
    expect(runBin(["init", dir, "--yaml", "--csv"]).code).toBe(0);
    expect(runBin(["validate", join(dir, "ppie-dataset.yaml")]).code).toBe(0);
    const csv = runBin(["validate", join(dir, "demo-csv"), "--format", "json"]);
    expect(csv.code).toBe(0);
    const out = JSON.parse(csv.stdout) as {
      ok: boolean;
      files: { format: string; counts: { error: number } }[];
    };
    expect(out.ok).toBe(true);
    expect(out.files[0]).toMatchObject({ format: "csv-folder", counts: { error: 0 } });
  });

  it("reports a JSON syntax error with its line and column (exit 1)", () => {
    const r = runBin(["validate", join(FIXTURES, "bad-syntax.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input/invalid-json");
    expect(r.stdout).toContain("bad-syntax.json is not valid JSON: line 4, column 47");
  });

  it("reports a YAML indentation error (exit 1)", () => {
    const r = runBin(["validate", join(FIXTURES, "bad-indent.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input/invalid-yaml");
    expect(r.stdout).toMatch(/bad-indent\.yaml is not valid YAML: line 5/);
  });

  it("reports wrong types with the path and source line (exit 1)", () => {
    const r = runBin(["validate", join(FIXTURES, "wrong-types.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("schema/invalid-date");
    expect(r.stdout).toContain("schema/wrong-type");
    expect(r.stdout).toMatch(
      /minutes.*the text "ninety".*\(wrong-types\.json line 13, column \d+\)/,
    );
    const json = JSON.parse(
      runBin(["validate", join(FIXTURES, "wrong-types.json"), "--format", "json"]).stdout,
    ) as {
      ok: boolean;
      counts: { error: number };
      files: { diagnostics: { code: string; path: unknown[]; location?: { line: number } }[] }[];
    };
    expect(json.ok).toBe(false);
    expect(json.counts.error).toBe(2);
    const wrong = json.files[0]?.diagnostics.find((d) => d.code === "schema/wrong-type");
    expect(wrong?.path).toEqual(["activities", 0, "contributors", 0, "minutes"]);
    expect(wrong?.location?.line).toBe(13);
  });

  it("names the file, line and column of a wrong CSV header (exit 1)", () => {
    const r = runBin(["validate", join(FIXTURES, "wrong-header")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'activities.csv line 1, column E: "startdate" is not a column ppie reads in this file.',
    );
    expect(r.stdout).toContain('Did you mean "startDate"?');
    expect(r.stdout).toContain("csv/unknown-column");
  });

  it("names the file and line of a CSV row that links to nothing, and of a bad cell", () => {
    const r = runBin(["validate", join(FIXTURES, "broken-link"), "--no-color"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'activity-contributors.csv line 3 refers to activityId "a-9", which is not in activities.csv.',
    );
    expect(r.stdout).toMatch(
      /the text "sixty".*\(activity-contributors\.csv line 4, column "minutes"\)/,
    );
  });

  it("honours NO_COLOR and --no-color, and never colours a pipe", () => {
    const file = join(FIXTURES, "wrong-types.json");
    expect(runBin(["validate", file]).stdout).not.toContain("\u001b[");
    expect(runBin(["validate", file, "--color"]).stdout).toContain("\u001b[");
    expect(
      runBin(["validate", file], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout,
    ).not.toContain("\u001b[");
    expect(runBin(["validate", file, "--color", "--no-color"]).stdout).not.toContain("\u001b[");
  });

  it("--quiet prints only errors", () => {
    const dir = tempDir();
    runBin(["init", dir]);
    const r = runBin(["validate", join(dir, "ppie-dataset.json"), "--quiet"]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("writes any report kind, from the demo or a file", () => {
    const md = runBin(["report", "strategy", "--generated-at", "2026-04-01T09:00:00Z"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# PPIE strategy scorecard/);
    const dir = tempDir();
    const out = join(dir, "site/strategy.html");
    const html = runBin([
      "report",
      "strategy",
      "--format",
      "html",
      "--out",
      out,
      "--period",
      "2024-25",
    ]);
    expect(html.code).toBe(0);
    expect(html.stderr).toContain("Wrote");
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/i);
    const csv = runBin([
      "report",
      "gripp2",
      "--project",
      "p-001",
      "--format",
      "csv",
      "--out",
      `${dir}/tables/`,
    ]);
    expect(csv.code).toBe(0);
    expect(readdirSync(join(dir, "tables")).length).toBeGreaterThan(1);
    const json = runBin([
      "report",
      "impact",
      join(FIXTURES, "valid.yaml"),
      "--format",
      "json",
      "--generated-at",
      "2026-01-01T00:00:00Z",
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: "impact",
      generatedAt: "2026-01-01T00:00:00Z",
    });
  });

  it("report exits 2 on a missing project or unknown kind, 1 on an invalid dataset", () => {
    const noProject = runBin(["report", "gripp2"]);
    expect(noProject.code).toBe(2);
    expect(noProject.stderr).toContain("report/missing-option");
    const kind = runBin(["report", "gripp3"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('"gripp3" is not a kind of report.');
    const bad = runBin(["report", "strategy", join(FIXTURES, "bad-syntax.json")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("bad-syntax.json is not a valid dataset");
  });

  it("scores a measure with its explanation", () => {
    const fft = runBin(["score", "fft"]);
    expect(fft.code).toBe(0);
    expect(fft.stdout).toMatch(/^fft \(2025-26\): \d+(\.\d+)?%/);
    expect(fft.stdout).toMatch(/^Sources?:/m);
    const pay = runBin(["score", "payments", "--period", "2025-26", "--format", "json"]);
    expect(pay.code).toBe(0);
    expect(JSON.parse(pay.stdout)).toMatchObject({ id: "payments" });
    const rep = runBin(["score", "representation", "--group", "g-estates", "--dimension", "sex"]);
    expect(rep.code).toBe(0);
    expect(rep.stdout).toContain("census-2021-sex-england");
    expect(runBin(["score", "gripp2-completeness"]).code).toBe(2);
    expect(runBin(["score", "gripp2-completeness", "--project", "p-002"]).code).toBe(0);
    expect(runBin(["score", "nonsense"]).code).toBe(2);
  });

  // Depends on the scorers citing Source objects (Score.source: Sources): until every scorer
  // is converted, `ppie score` of an unconverted measure cannot format its source.
  it("prints each source of a score as a reference a reader can open, never internal notes", () => {
    const internal = /(frameworks|metrics|DESIGN)\.md|domain notes|§/;
    const link = /https:\/\/doi\.org\/10\.\S+|https:\/\/\S+/;
    for (const args of [
      ["score", "fft"],
      ["score", "gripp2-completeness", "--project", "p-002"],
      ["score", "readability", "--text", "We want to find out what helps people sleep."],
    ]) {
      const r = runBin(args);
      expect(r.code, args.join(" ")).toBe(0);
      const sources = r.stdout.slice(r.stdout.search(/^Sources?:/m));
      expect(sources, args.join(" ")).toMatch(/^Sources?:/);
      expect(sources, args.join(" ")).toMatch(link);
      expect(r.stdout, args.join(" ")).not.toMatch(internal);
      const json = runBin([...args, "--format", "json"]);
      const score = JSON.parse(json.stdout) as { source: unknown };
      expect(Array.isArray(score.source), args.join(" ")).toBe(true);
      for (const s of score.source as Record<string, unknown>[]) {
        expect(typeof s.id).toBe("string");
        expect(typeof s.title).toBe("string");
      }
      expect(json.stdout).not.toMatch(internal);
    }
  });

  it("writes the JSON Schemas", () => {
    const dir = tempDir();
    const r = runBin(["schema", "--out", dir]);
    expect(r.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toContain("dataset.schema.json");
    expect(files).toContain("activity.schema.json");
    const one = JSON.parse(runBin(["schema", "--entity", "contributor"]).stdout) as { $id: string };
    expect(one.$id).toBe("https://ppie.dev/schema/contributor.json");
  });

  it("builds every demo report, reproducibly, and says where", () => {
    const a = tempDir();
    const b = tempDir();
    const r = runBin(["demo", "--out", a]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^Wrote \d+ files \([\d,]+ bytes\) in .*\n\d+ reports in 4 formats\. /,
    );
    expect(r.stderr).toContain("index.html");
    runBin(["demo", "--out", b]);
    const files = readdirSync(a).sort();
    for (const kind of [
      "strategy",
      "impact",
      "representation",
      "feedback",
      "gripp2-p-001",
      "project-p-001",
    ]) {
      for (const ext of ["md", "html", "csv", "json"]) expect(files).toContain(`${kind}.${ext}`);
    }
    for (const f of files)
      expect(readFileSync(join(b, f), "utf8")).toBe(readFileSync(join(a, f), "utf8"));
    expect(readFileSync(join(a, "strategy.json"), "utf8")).toContain(
      '"generatedAt": "2026-04-01T09:00:00Z"',
    );
  });
});
