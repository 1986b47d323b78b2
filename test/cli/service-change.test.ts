import { describe, expect, it } from "vitest";
import { runBin } from "./helpers.js";

const AT = ["--generated-at", "2026-04-01T09:00:00Z"];

describe("ppie report service-change", () => {
  it("builds one service change's record with --service-change, in JSON as in Markdown", () => {
    const json = runBin([
      "report",
      "service-change",
      "--service-change",
      "sc-001",
      "--format",
      "json",
      ...AT,
    ]);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { kind: string; title: string };
    expect(report).toMatchObject({
      kind: "service-change",
      title:
        "Service change: Bringing two outpatient rehabilitation units onto one site (fictional)",
    });
    const md = runBin(["report", "service-change", ...AT]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Service changes: the record of the legal duty to involve/);
    expect(md.stdout).toContain("service-change/substantial-no-scrutiny");
  });

  it("exits 2 with report/unknown-service-change for an id not in the data", () => {
    const r = runBin(["report", "service-change", "--service-change", "sc-9", ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("report/unknown-service-change");
    expect(r.stderr).toContain("Service change ids in the dataset: sc-001, sc-002.");
  });
});
