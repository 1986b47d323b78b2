/**
 * `ppie.config.json` (issue 14): found from the working directory upward, or named with
 * `--config`, or none with `--no-config`; checked strictly, every bad key reported with its
 * path, line and a "did you mean"; its rule settings, severities, disclosure preset,
 * geography and period used, and flags winning over it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkConfig } from "../../src/cli/config.js";
import { runBin, tempDir } from "./helpers.js";

let demo = "";
/** A folder holding the dataset `ppie init` writes (ppie-dataset.json), a sub-folder, and a config. */
function project(config?: unknown): string {
  const dir = tempDir();
  mkdirSync(join(dir, "deep/er"), { recursive: true });
  writeFileSync(join(dir, "ppie-dataset.json"), demo);
  if (config !== undefined)
    writeFileSync(
      join(dir, "ppie.config.json"),
      typeof config === "string" ? config : JSON.stringify(config, null, 2),
    );
  return dir;
}

beforeAll(() => {
  const dir = tempDir();
  const r = runBin(["init", dir, "--quiet"]);
  expect(r.code, r.stderr).toBe(0);
  demo = readFileSync(join(dir, "ppie-dataset.json"), "utf8");
});

type Json = { ok: boolean; files: { diagnostics: { code: string; severity: string }[] }[] };
function codes(r: { stdout: string }): Map<string, string> {
  const json = JSON.parse(r.stdout) as Json;
  return new Map(json.files[0]?.diagnostics.map((d) => [d.code, d.severity]));
}

describe("ppie.config.json", () => {
  it("sets rule severities, switches rules off, and passes rule options", () => {
    const none = runBin(["validate", "ppie-dataset.json", "--format", "json"], { cwd: project() });
    const before = codes(none);
    expect(before.get("group/no-seldom-heard")).toBe("warning");
    expect(before.get("payment/not-offered-no-reason")).toBe("warning");
    expect(before.has("service-change/consultation-shorter-than-minimum")).toBe(false);

    const dir = project({
      rules: {
        "group/no-seldom-heard": "off",
        "payment/not-offered-no-reason": "error",
        "service-change/consultation-shorter-than-minimum": { options: { minimumDays: 84 } },
      },
    });
    const r = runBin(["validate", "ppie-dataset.json", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const after = codes(r);
    expect(after.has("group/no-seldom-heard")).toBe(false);
    expect(after.get("payment/not-offered-no-reason")).toBe("error");
    expect(after.get("service-change/consultation-shorter-than-minimum")).toBe("warning");
  });

  it("is found from the working directory upward, and --no-config or --config change that", () => {
    const dir = project({ rules: { "payment/not-offered-no-reason": "error" } });
    const deep = join(dir, "deep/er");
    const up = runBin(["validate", "../../ppie-dataset.json", "--format", "json"], { cwd: deep });
    expect(codes(up).get("payment/not-offered-no-reason")).toBe("error");
    const off = runBin(["validate", "../../ppie-dataset.json", "--format", "json", "--no-config"], {
      cwd: deep,
    });
    expect(codes(off).get("payment/not-offered-no-reason")).toBe("warning");
    writeFileSync(
      join(dir, "other.json"),
      JSON.stringify({ rules: { "payment/not-offered-no-reason": "info" } }),
    );
    const named = runBin(
      ["validate", "../../ppie-dataset.json", "--format", "json", "--config", "../../other.json"],
      { cwd: deep },
    );
    expect(codes(named).get("payment/not-offered-no-reason")).toBe("info");
    const missing = runBin(["validate", "ppie-dataset.json", "--config", "nope.json"], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot find the config file "nope.json".');
  });

  it("reports every bad key with its path, line and a did-you-mean, and stops with exit 2", () => {
    const dir = project(`{
  "disclosur": "ukhsa-5",
  "geography": "scotland",
  "rules": {
    "payment/of-rate": "off",
    "service-change/consultation-shorter-than-minimum": { "options": { "minimumDay": 42 } },
    "group/no-seldom-heard": { "severity": "eror" }
  }
}
`);
    const r = runBin(["validate", "ppie-dataset.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const err = r.stderr;
    expect(err).toContain("ppie.config.json has 5 problems, so nothing was read.");
    expect(err).toMatch(
      /config\/unknown-key .*"disclosur".*\(ppie\.config\.json line 2, column \d+\)/,
    );
    expect(err).toContain('Did you mean "disclosure"?');
    expect(err).toMatch(/config\/invalid-value .*geography is not valid.*line 3/);
    expect(err).toContain('Did you mean "payment/off-rate"?');
    expect(err).toMatch(/config\/unknown-key .*"minimumDay".*line 6/);
    expect(err).toContain('Did you mean "minimumDays"?');
    expect(err).toMatch(/config\/invalid-value .*"group\/no-seldom-heard"\.severity is not valid/);
  });

  it("a file that is not JSON is reported with its line, not thrown", () => {
    const dir = project('{ "disclosure": "ukhsa-5", }\n');
    const r = runBin(["validate", "ppie-dataset.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input\/invalid-json/);
    expect(r.stderr).toMatch(/ppie\.config\.json is not valid JSON: line 1, column 28/);
  });

  it("checkConfig names rule options by their path", () => {
    const r = checkConfig(
      { rules: { "activity/no-feedback-to-contributors": { options: { days: "ninety" } } } },
      "ppie.config.json",
      () => undefined,
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
        [
          "config/invalid-value",
          ["rules", "activity/no-feedback-to-contributors", "options", "days"],
        ],
      ]);
    expect(checkConfig({ $schema: "x", period: "2025-26" }, "c.json", () => undefined)).toEqual({
      ok: true,
      config: { period: "2025-26" },
    });
  });

  it("gives the project and service-change reports its rule settings: they list what validate finds", () => {
    const rules = {
      "payment/not-offered-no-reason": "off",
      "service-change/consultation-shorter-than-minimum": { options: { minimumDays: 84 } },
    };
    const at = ["--generated-at", "2026-04-01T00:00:00Z", "--format", "json"];
    /** The report's tables of gaps and open warnings, as JSON text. */
    const report = (dir: string, kind: string, ...more: string[]) => {
      const r = runBin(["report", kind, "ppie-dataset.json", ...more, ...at], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain("ignored");
      const sections = (JSON.parse(r.stdout) as { sections: { type: string; id?: string }[] })
        .sections;
      return JSON.stringify(
        sections.filter((b) => /^(service-change-gaps|project-warnings)/.test(b.id ?? "")),
      );
    };
    const plain = project();
    const set = project({ rules });
    // the consultation minimum: found by validate and by the report, with the file; by neither without
    const found = codes(
      runBin(["validate", "ppie-dataset.json", "--format", "json"], { cwd: set }),
    );
    expect(found.has("service-change/consultation-shorter-than-minimum")).toBe(true);
    expect(report(set, "service-change")).toContain(
      "service-change/consultation-shorter-than-minimum",
    );
    expect(report(plain, "service-change")).not.toContain(
      "service-change/consultation-shorter-than-minimum",
    );
    // a rule switched off leaves the project report's open warnings, as it leaves validate's
    const project1 = ["--project", "p-001"];
    expect(report(plain, "project", ...project1)).toContain("payment/not-offered-no-reason");
    expect(found.has("payment/not-offered-no-reason")).toBe(false);
    expect(report(set, "project", ...project1)).not.toContain("payment/not-offered-no-reason");
    // a kind that lists no findings takes the file's rules without a word (no "ignored" note)
    report(set, "strategy");
  });

  it("gives report and score their disclosure preset and period; flags win", () => {
    const dir = project({
      disclosure: "ukhsa-5",
      period: "2024-25",
      geography: "england-and-wales",
    });
    const rep = runBin(
      [
        "report",
        "representation",
        "ppie-dataset.json",
        "--format",
        "json",
        "--generated-at",
        "2026-04-01T00:00:00Z",
      ],
      { cwd: dir },
    );
    expect(rep.code, rep.stderr).toBe(0);
    expect(JSON.parse(rep.stdout).period.label).toBe("2024-25");
    expect(rep.stdout).toContain("UKHSA");
    const flag = runBin(
      [
        "report",
        "representation",
        "ppie-dataset.json",
        "--format",
        "json",
        "--period",
        "2025-26",
        "--generated-at",
        "2026-04-01T00:00:00Z",
      ],
      { cwd: dir },
    );
    expect(JSON.parse(flag.stdout).period.label).toBe("2025-26");
    // a kind without a period takes the file's other settings and says nothing of its period
    const sc = runBin(
      ["report", "service-change", "ppie-dataset.json", "--generated-at", "2026-04-01T00:00:00Z"],
      { cwd: dir },
    );
    expect(sc.code, sc.stderr).toBe(0);
    expect(sc.stderr).not.toContain("ignored");

    const score = runBin(["score", "representation", "ppie-dataset.json", "--format", "json"], {
      cwd: dir,
    });
    expect(score.code, score.stderr).toBe(0);
    const s = JSON.parse(score.stdout);
    expect(s.components.period.label).toBe("2024-25");
    expect(JSON.stringify(s)).toContain("england-and-wales");
    // geography and disclosure are left out of a measure that does not take them
    const pay = runBin(["score", "payments", "ppie-dataset.json"], { cwd: dir });
    expect(pay.code, pay.stderr).toBe(0);
    expect(pay.stdout).toContain("from 2024-04-01 to 2025-03-31");
    expect(pay.stdout).toContain(
      "Period 2024-25 is set in ppie.config.json; choose another with --period.",
    );
  });

  it("ppie config prints the settings in force and their file", () => {
    const dir = project({ disclosure: "ukhsa-5" });
    const r = runBin(["config"], { cwd: join(dir, "deep/er") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: "../../ppie.config.json", disclosure: "ukhsa-5" });
    expect(JSON.parse(runBin(["config", "--no-config"], { cwd: dir }).stdout)).toEqual({
      file: null,
    });
  });
});

describe("docs/cli.md on CI", () => {
  const doc = readFileSync(join(import.meta.dirname, "../../docs/cli.md"), "utf8");
  const between = (name: string): string => {
    const start = `<!-- ${name}:start -->\n`;
    const i = doc.indexOf(start);
    const j = doc.indexOf(`<!-- ${name}:end -->`);
    expect(i, name).toBeGreaterThan(0);
    return doc.slice(i + start.length, j);
  };

  it("its example ppie.config.json is valid and does what the table says", () => {
    const json = between("config")
      .replace(/^```json\n/, "")
      .replace(/```\n$/, "");
    const r = checkConfig(JSON.parse(json), "ppie.config.json", () => undefined);
    expect(r.ok).toBe(true);
    const dir = project(json);
    const v = runBin(["validate", "ppie-dataset.json", "--format", "json"], { cwd: dir });
    const found = codes(v);
    expect(found.has("group/no-seldom-heard")).toBe(false);
    expect(found.get("payment/not-offered-no-reason")).toBe("error");
    expect(found.get("service-change/consultation-shorter-than-minimum")).toBe("warning");
  });

  it("its CI examples use options the commands have", () => {
    const lines = between("ci")
      .split("\n")
      .filter((l) => l.includes("ppie "));
    expect(lines.length).toBe(3);
    const dir = project();
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data/ppie-dataset.json"), demo);
    const gh = runBin(["validate", "data/**/*.json", "--reporter", "github"], { cwd: dir });
    expect(gh.code, gh.stderr).toBe(0);
    expect(gh.stdout).toMatch(/^::warning file=data\/ppie-dataset\.json,line=\d+/m);
    const sarif = runBin(["validate", "data/", "--reporter", "sarif"], { cwd: dir });
    // data/ holds no CSV files here: an error in the data, reported in the log
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.stdout).runs[0].results[0].ruleId).toBe("csv/no-files");
    const stdin = runBin(["validate", "-"], { cwd: dir, input: demo });
    expect(stdin.code, stdin.stderr).toBe(0);
  });
});
