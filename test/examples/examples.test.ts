import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CENSUS_2021_ETHNIC_GROUP_ENGLAND } from "../../src/frameworks/census.js";
import { demoDataset } from "../../src/demo/index.js";
import { writeWorkbook } from "../../src/io/workbook/xlsx-write.js";
import { representation } from "../../src/scores/representation.js";
import { BIN, FIXTURES, ROOT, runBin, tempDir } from "../cli/helpers.js";

const TSX = join(ROOT, "node_modules/.bin/tsx");

/** Run an example as a user would; "ppie" resolves to this package's build (npm test builds first). */
function run(cmd: string, args: readonly string[], env: Record<string, string> = {}) {
  if (!existsSync(join(ROOT, "dist/index.js")))
    throw new Error("dist/ is missing: run `npm run build` first.");
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("examples", () => {
  it("node-strategy-report.ts checks the demo and writes the strategy report", () => {
    const out = tempDir();
    const r = run(TSX, ["examples/node-strategy-report.ts", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Checked the demo dataset: 0 errors, \d+ warnings or notes\./);
    expect(r.stdout).toMatch(/^Strategy scorecard 2025-26: \d+\.\d% of metrics met or on track$/m);
    expect(r.stdout).toMatch(/^ {2}capability: \d+\.\d% \(\d+ met/m);
    expect(readFileSync(join(out, "strategy.md"), "utf8")).toMatch(
      /^# PPIE strategy scorecard, 2025-26/,
    );
    expect(readFileSync(join(out, "strategy.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("node-strategy-report.ts exits 1 on an invalid dataset", () => {
    const r = run(TSX, [
      "examples/node-strategy-report.ts",
      tempDir(),
      join(FIXTURES, "wrong-types.json"),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("schema/wrong-type at activities.0.contributors.0.minutes");
  });

  it("researcher-representation.ts prints the panel against census shares, as the scorer computes it", () => {
    const r = run(TSX, ["examples/researcher-representation.ts", "g-virtual"]);
    expect(r.code).toBe(0);
    const group = demoDataset.groups.find((g) => g.id === "g-virtual");
    expect(r.stdout.split("\n")[0]).toContain(group?.name ?? "?");
    const d = /Index of dissimilarity D = (\d\.\d{3})/.exec(r.stdout)?.[1];
    expect(d).toBeDefined();
    // the same figure, independently: members on the date with consent, vs census shares
    const members = new Set(
      group?.memberships
        .filter((m) => m.from <= "2026-03-31" && (m.to ?? "9") >= "2026-03-31")
        .map((m) => m.contributorId),
    );
    const counts: Record<string, number> = { white: 0, asian: 0, black: 0, mixed: 0, other: 0 };
    for (const c of demoDataset.contributors) {
      const e = c.demographics?.ethnicGroup;
      if (
        members.has(c.id) &&
        c.consent.demographics?.given &&
        !c.consent.demographics.withdrawn &&
        e &&
        e !== "prefer-not-to-say"
      )
        counts[e] = (counts[e] ?? 0) + 1;
    }
    const shares = Object.fromEntries(
      CENSUS_2021_ETHNIC_GROUP_ENGLAND.categories.map((c) => [c.id, c.share]),
    );
    expect(d).toBe(representation(counts, shares).value?.toFixed(3));
    expect(r.stdout).toMatch(/^white\s+\d+/m);
  });

  it("ci-pipeline.sh validates, then publishes every report", () => {
    const dir = tempDir();
    expect(runBin(["init", dir, "--csv"]).code).toBe(0);
    const out = join(dir, "public");
    const r = run("sh", ["examples/ci-pipeline.sh", join(dir, "demo-csv"), out], {
      PPIE: `node ${BIN}`,
      SOURCE_DATE_EPOCH: "1775034000",
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Published reports to ${out}`);
    const files = readdirSync(out);
    for (const kind of ["strategy", "impact", "representation", "feedback"]) {
      for (const ext of ["html", "md", "csv", "json"]) expect(files).toContain(`${kind}.${ext}`);
    }
    expect(files).toContain("schema");
    expect(JSON.parse(readFileSync(join(out, "validation.json"), "utf8")).ok).toBe(true);
  });

  it("ci-pipeline.sh fails before publishing when the data is invalid or has too many warnings", () => {
    const out = join(tempDir(), "public");
    const bad = run("sh", ["examples/ci-pipeline.sh", join(FIXTURES, "wrong-header"), out], {
      PPIE: `node ${BIN}`,
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("csv/unknown-column");
    expect(existsSync(out)).toBe(false);
    const dir = tempDir();
    expect(runBin(["init", dir, "--csv"]).code).toBe(0);
    const strict = run("sh", ["examples/ci-pipeline.sh", join(dir, "demo-csv"), out], {
      PPIE: `node ${BIN}`,
      MAX_WARNINGS: "0",
    });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/ppie: \d+ warnings, more than --max-warnings 0 allows\./);
    expect(existsSync(out)).toBe(false);
  });

  it("load-files.ts loads JSON and a CSV folder with ppie/io; a Windows-1252 file is refused, then read with its encoding", () => {
    const dir = mkdtempSync(join(tmpdir(), "ppie-load-files-"));
    writeFileSync(join(dir, "demo.json"), JSON.stringify(demoDataset));
    const json = run(TSX, ["examples/load-files.ts", join(dir, "demo.json")]);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toContain(`json: ${demoDataset.activities.length} activities`);
    const csv = join(dir, "csv");
    mkdirSync(csv);
    writeFileSync(
      join(csv, "contributors.csv"),
      Buffer.concat([
        Buffer.from("id,roles,seldomHeard\nc-1,patient,"),
        Buffer.from([0x93, 0x43, 0xe9, 0x94]),
        Buffer.from("\n"),
      ]),
    );
    const refused = run(TSX, ["examples/load-files.ts", csv]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "error input/invalid-utf8: contributors.csv is not UTF-8 text: line 2, column 13",
    );
    expect(refused.stdout).toContain("(contributors.csv line 2, column 13)");
    const read = run(TSX, ["examples/load-files.ts", csv, "windows-1252"]);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain("csv: 0 activities, 0 findings");
  });

  it("load-files.ts reads a workbook saved by LibreOffice, and names the sheet and row of a problem", () => {
    const ods = join(ROOT, "test/fixtures/workbook/demo-libreoffice.ods");
    const read = run(TSX, ["examples/load-files.ts", ods]);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain(`ods: ${demoDataset.activities.length} activities`);
    const dir = mkdtempSync(join(tmpdir(), "ppie-load-files-"));
    const book = join(dir, "book.xlsx");
    writeFileSync(
      book,
      writeWorkbook([
        {
          name: "contributors",
          rows: [
            ["id", "roles"],
            ["c-1", "patinet"],
          ],
        },
      ]),
    );
    const bad = run(TSX, ["examples/load-files.ts", book]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("(book.xlsx sheet contributors row 2, column roles)");
  });
});
