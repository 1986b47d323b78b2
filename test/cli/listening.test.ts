import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/reports/index.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { listeningDataset, listeningInput } from "../scores/listening-fixture.js";
import { runBin } from "./helpers.js";

const AT = ["--generated-at", "2026-04-01T09:00:00Z"];

function datasetFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ppie-listening-"));
  const file = join(dir, "data.json");
  writeFileSync(file, JSON.stringify(listeningInput()));
  return file;
}

describe("ppie score listening and ppie report listening", () => {
  it("scores the listening measure, as scoreDataset does", () => {
    const file = datasetFile();
    const r = runBin(["score", "listening", file, "--period", "2025-26", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as { value: number; components: { pals: unknown } };
    const s = scoreDataset("listening", listeningDataset(), { period: "2025-26" });
    if (!s.ok) throw new Error("score");
    expect(printed.value).toBe(s.value.value);
    expect(printed.components.pals).toEqual(s.value.components.pals);
  });

  it("builds the listening report, the same in JSON as buildReport", () => {
    const file = datasetFile();
    const r = runBin([
      "report",
      "listening",
      file,
      "--period",
      "2025-26",
      "--format",
      "json",
      ...AT,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const built = buildReport("listening", listeningDataset(), {
      period: "2025-26",
      generatedAt: "2026-04-01T09:00:00Z",
    });
    if (!built.ok) throw new Error("report");
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(built.value)));
    const md = runBin(["report", "listening", file, "--period", "2025-26", ...AT]);
    expect(md.stdout).toMatch(/^# Listening: what we heard and what changed, 2025-26/);
    expect(md.stdout).not.toContain("Alex Example");
  });

  it("lists listening among the report kinds and the measures", () => {
    expect(runBin(["report", "--help"]).stdout).toContain("listening");
    expect(runBin(["score", "--help"]).stdout).toContain("listening");
  });
});
