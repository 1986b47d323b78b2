/**
 * `ppie demo --csv <dir>`: the demo dataset, or a generated one of any size, written as a CSV
 * folder that the CLI reads back to the same numbers.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvHeader } from "../../src/io/csv-write.js";
import { runBin, tempDir } from "./helpers.js";

const STAMP = ["--generated-at", "2026-04-01T09:00:00Z"];

/** A report as JSON from the built CLI (no file: the demo dataset). */
function report(kind: string, file: string | undefined, ...extra: string[]): unknown {
  const r = runBin([
    "report",
    kind,
    ...(file === undefined ? [] : [file]),
    "-f",
    "json",
    ...STAMP,
    ...extra,
  ]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("ppie demo --csv", () => {
  it("writes the demo dataset as a CSV folder that gives the same reports and scores", () => {
    const dir = join(tempDir(), "demo-csv");
    const r = runBin(["demo", "--csv", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Wrote \d+ files \([\d,]+ bytes\) in .*demo-csv\.\n/);
    expect(r.stderr).toContain(`ppie validate ${dir}`);
    expect(readdirSync(dir)).toContain("contributors.csv");
    expect(readdirSync(dir).some((f) => f.endsWith(".html"))).toBe(false);
    const valid = runBin(["validate", dir, "--format", "json"]);
    expect(valid.code, valid.stdout).toBe(0);
    for (const kind of ["strategy", "representation"]) {
      expect(report(kind, dir), kind).toEqual(report(kind, undefined));
    }
    expect(report("project", dir, "--project", "p-001")).toEqual(
      report("project", undefined, "--project", "p-001"),
    );
    const score = (file?: string): unknown =>
      JSON.parse(runBin(["score", "payments", ...(file ? [file] : []), "--format", "json"]).stdout);
    expect(score(dir)).toEqual(score());
  });

  it("generates a dataset of the size asked for: its CSV folder and its dataset.json agree", () => {
    const root = tempDir();
    const csv = join(root, "csv");
    const site = join(root, "site");
    const size = ["--seed", "5", "--activities", "60", "--contributors", "15", "--projects", "3"];
    const r = runBin(["demo", ...size, "--csv", csv, "--out", site, "--quiet"]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const json = JSON.parse(readFileSync(join(site, "dataset.json"), "utf8")) as {
      activities: unknown[];
      contributors: unknown[];
      projects: unknown[];
    };
    // 15 public contributors, and a PPI champion on the staff
    const publicContributors = (json.contributors as { roles: string[] }[]).filter(
      (c) => !c.roles.includes("ppi-champion"),
    );
    expect([json.activities.length, publicContributors.length, json.projects.length]).toEqual([
      60, 15, 3,
    ]);
    for (const kind of ["strategy", "feedback"]) {
      expect(report(kind, csv), kind).toEqual(report(kind, join(site, "dataset.json")));
    }
    // the same settings give the same files
    const again = join(root, "again");
    expect(runBin(["demo", ...size, "--csv", again, "--quiet"]).code).toBe(0);
    for (const f of readdirSync(csv))
      expect(readFileSync(join(again, f), "utf8")).toBe(readFileSync(join(csv, f), "utf8"));
  });

  it("with --force, a table of an earlier dataset that the new one lacks is left with its header only", () => {
    const root = tempDir();
    const csv = join(root, "csv");
    expect(runBin(["demo", "--csv", csv, "--quiet"]).code).toBe(0);
    expect(readFileSync(join(csv, "payments.csv"), "utf8").split("\n").length).toBeGreaterThan(3);
    const tiny = ["--activities", "0", "--contributors", "1", "--projects", "1", "--no-gaps"];
    const refused = runBin(["demo", ...tiny, "--csv", csv]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Not overwriting");
    const site = join(root, "site");
    const r = runBin(["demo", ...tiny, "--csv", csv, "--out", site, "--force", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    // no activities, so no payments (impacts now also come from feedback and events)
    expect(readFileSync(join(csv, "payments.csv"), "utf8")).toBe(`${csvHeader("payments.csv")}\n`);
    expect(report("impact", csv)).toEqual(report("impact", join(site, "dataset.json")));
  });

  it("a size that is not a whole number in range is a usage error", () => {
    for (const bad of [
      ["--activities=-1"],
      ["--activities", "1e3"],
      ["--activities", "1000001"],
      ["--contributors", "0"],
      ["--seed", "4294967296"],
    ]) {
      const r = runBin(["demo", ...bad, "--csv", join(tempDir(), "x")]);
      expect(r.code, bad.join(" ")).toBe(2);
      expect(r.stderr).toContain(`${bad[0]?.split("=")[0]} must be a whole number from`);
    }
    // an unknown file in the folder is not ppie's to replace or remove
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "mine\n");
    expect(runBin(["demo", "--csv", dir, "--quiet"]).code).toBe(0);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine\n");
  });
});
