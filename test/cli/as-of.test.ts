import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AS_OF_OPTION, asOfOption } from "../../src/cli/as-of.js";
import { UsageError } from "../../src/cli/errors.js";
import { COMMANDS, commandHelp } from "../../src/cli/main.js";
import { demoDataset } from "../../src/demo/index.js";
import { checkDataset } from "../../src/rules/index.js";
import { runBin, runMain, tempDir } from "./helpers.js";

/** The commands that take --as-of, each with a command line that would otherwise run. */
const TAKES_AS_OF: Readonly<Record<string, (asOf: string) => string[]>> = {
  validate: (d) => ["validate", "no-such-file.json", "--as-of", d],
  report: (d) => ["report", "impact", "no-such-file.json", "--as-of", d],
  score: (d) => ["score", "impact", "no-such-file.json", "--as-of", d],
  demo: (d) => ["demo", "--out", join(tempDir(), "never-written"), "--as-of", d],
};

interface ReportJson {
  period?: { label: string; start: string; end: string };
  sections: { type: string; id?: string; value?: number | null }[];
}

function metric(report: ReportJson, id: string): number | null | undefined {
  return report.sections.find((b) => b.type === "metric" && b.id === id)?.value;
}

function demoFile(): string {
  const file = join(tempDir(), "demo.json");
  writeFileSync(file, JSON.stringify(demoDataset));
  return file;
}

describe("--as-of: one option for validate, report, score and demo", () => {
  it("reads a real YYYY-MM-DD date, or nothing", () => {
    expect(asOfOption({ values: { "as-of": "2024-02-29" }, positionals: [] })).toBe("2024-02-29");
    expect(asOfOption({ values: {}, positionals: [] })).toBeUndefined();
    for (const bad of ["2025-02-29", "2026-13-01", "31/03/2026", "2026-3-31", "today", ""]) {
      expect(() => asOfOption({ values: { "as-of": bad }, positionals: [] })).toThrow(UsageError);
    }
  });

  it("has the same help line in every command that takes it, and only those", () => {
    const lines = new Set<string>();
    for (const c of COMMANDS) {
      const line = commandHelp(c)
        .split("\n")
        .find((l) => /^\s+--as-of/.test(l));
      if (!(c.name in TAKES_AS_OF)) {
        expect(line, c.name).toBeUndefined();
        continue;
      }
      expect(c.options["as-of"], c.name).toBe(AS_OF_OPTION);
      expect(line, c.name).toContain("--as-of <date>");
      lines.add(line ?? "");
    }
    expect(lines.size).toBe(1);
    expect([...lines][0]).toContain(AS_OF_OPTION.description);
  });

  it("is a usage error (exit 2) with the same message in every command, before any file is read", async () => {
    for (const bad of ["2026-02-30", "31/03/2026"]) {
      const messages = new Set<string>();
      for (const [name, argv] of Object.entries(TAKES_AS_OF)) {
        const r = await runMain(argv(bad));
        expect(r.code, `${name}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe("");
        const [first, hint] = r.stderr.split("\n");
        expect(first).toBe(
          `ppie: --as-of must be a real date written YYYY-MM-DD, from 1900-01-01 to 9998-12-31, not "${bad}".`,
        );
        expect(hint).toBe("For example: --as-of 2026-03-31.");
        expect(r.stderr).toContain(`Run "ppie ${name} --help"`);
        messages.add(`${first}\n${hint}`);
      }
      expect(messages.size).toBe(1);
    }
    const missing = await runMain(["report", "impact", "--as-of"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("The option --as-of needs a value (<date>).");
  });

  it("report: decides the default period, as it does for score", async () => {
    const at = async (kind: string, ...more: string[]) => {
      const r = await runMain(["report", kind, "--format", "json", ...more]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as ReportJson;
    };
    expect((await at("impact")).period?.label).toBe("2025-26");
    const early = await at("impact", "--as-of", "2025-06-30");
    expect(early.period).toEqual({ label: "2024-25", start: "2024-04-01", end: "2025-03-31" });
    // the same report as naming the period
    const named = await at("impact", "--period", "2024-25");
    expect(early.sections).toEqual(named.sections);
    // no year has ended by 2024-12-31, so the default is the year that holds it
    expect((await at("strategy", "--as-of", "2024-12-31")).period?.label).toBe("2024-25");

    const score = await runMain(["score", "impact", "--as-of", "2025-06-30", "--format", "json"]);
    expect(score.code, score.stderr).toBe(0);
    const s = JSON.parse(score.stdout) as {
      value: number | null;
      components: { period: { start: string; end: string }; records: number };
    };
    expect(s.components.period).toMatchObject({ start: "2024-04-01", end: "2025-03-31" });
    expect(metric(early, "impact-records")).toBe(s.components.records);
    expect(metric(early, "impact-loop-closed")).toBe(s.value);

    const text = await runMain(["score", "impact", "--as-of", "2025-06-30"]);
    expect(text.stdout).toContain(
      "Period 2024-25 is the latest complete financial year in the data as of 2025-06-30",
    );
  });

  it("report: ends a running project's report without a period on the as-of date", async () => {
    const ds = { ...demoDataset, projects: demoDataset.projects.map(({ endDate, ...p }) => p) };
    const file = join(tempDir(), "running.json");
    writeFileSync(file, JSON.stringify(ds));
    const r = await runMain(
      [
        "report",
        "project",
        file,
        "--project",
        "p-001",
        "--as-of",
        "2025-09-30",
        "--format",
        "json",
      ],
      { env: { SOURCE_DATE_EPOCH: "1775034000" } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as ReportJson).period).toMatchObject({
      start: "2024-04-01",
      end: "2025-09-30",
    });
  });

  it("validate: the rules take it as today, as checkDataset does", async () => {
    const file = demoFile();
    const codes = (asOf?: string) =>
      checkDataset(demoDataset, asOf === undefined ? {} : { asOf })
        .map((d) => d.code)
        .sort();
    for (const asOf of [undefined, "2024-06-01", "2025-06-30"]) {
      const r = await runMain([
        "validate",
        file,
        "--format",
        "json",
        ...(asOf === undefined ? [] : ["--as-of", asOf]),
      ]);
      const out = JSON.parse(r.stdout) as {
        asOf?: string;
        files: { diagnostics: { code: string }[] }[];
      };
      expect(out.asOf).toBe(asOf);
      expect(out.files[0]?.diagnostics.map((d) => d.code).sort()).toEqual(codes(asOf));
    }
    // not vacuous: the as-of date changes what the rules find
    expect(codes("2024-06-01")).not.toEqual(codes(undefined));
  });

  it("demo: the reports take it as today", async () => {
    const dir = tempDir();
    const r = await runMain(["demo", "--out", dir, "--as-of", "2025-06-30", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const strategy = JSON.parse(readFileSync(join(dir, "strategy.json"), "utf8")) as ReportJson;
    expect(strategy.period?.label).toBe("2024-25");
  });
});

describe("--as-of in the built CLI (child process)", () => {
  it("sets the report's period, and a bad date exits 2", () => {
    const r = runBin(["report", "feedback", "--as-of", "2025-06-30", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as ReportJson).period?.label).toBe("2024-25");
    const bad = runBin(["report", "feedback", "--as-of", "2025-06-31"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--as-of must be a real date written YYYY-MM-DD, from 1900-01-01 to 9998-12-31, not "2025-06-31".',
    );
  });
});
