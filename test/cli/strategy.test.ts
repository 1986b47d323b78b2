import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runBin } from "./helpers.js";

const FILE = join(FIXTURES, "strategy-2025-2028.yaml");

describe("ppie score strategy over several years (issue 12)", () => {
  it("--period 2026-27 does not mark staff trained off track against a target that ended on 31 March 2026", () => {
    const text = runBin(["score", "strategy", FILE, "--period", "2026-27"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^strategy: 100\.0%/);
    expect(text.stdout).toContain("1 met, 0 on track, 0 off track, 1 with no data");
    const json = runBin(["score", "strategy", FILE, "--period", "2026-27", "--format", "json"]);
    expect(json.code).toBe(0);
    const trained = JSON.parse(json.stdout).components.metrics.find(
      (m: { metricId: string }) => m.metricId === "m-trained",
    );
    expect(trained).toMatchObject({
      value: 1,
      target: null,
      status: "no-data",
      statusReason:
        "No target applies to 2026-04-01 to 2027-03-31: the metric's target is for 2025-04-01 to 2026-03-31.",
    });
  });

  it("--period 2025-26 still judges staff trained against that target", () => {
    const r = runBin(["score", "strategy", FILE, "--period", "2025-26"]);
    expect(r.stdout).toContain("By pillar: capability 100%");
  });
});

describe("ppie report strategy: a scorecard for each year of the demo's three-year strategy", () => {
  it.each(["2024-25", "2025-26", "2026-27"])("--period %s", (period) => {
    const r = runBin(["report", "strategy", "--period", period, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`# PPIE strategy scorecard, ${period}`);
    expect(r.stdout).toContain("Northgate Valley PPIE strategy 2024 to 2027 (fictional)");
    expect(r.stdout).toContain("## Year by year");
    expect(r.stdout).toContain("| Pillar | 2024-25 | 2025-26 | 2026-27 |");
  });
});
