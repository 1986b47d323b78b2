import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { runBin } from "./helpers.js";

describe("ppie score seldom-heard-reach", () => {
  it("takes --organisation, and gives the value scoreDataset gives", () => {
    const r = runBin([
      "score",
      "seldom-heard-reach",
      "--period",
      "2025-26",
      "--organisation",
      "org-riverside",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as {
      value: number;
      components: { organisations: string[] };
    };
    const s = scoreDataset("seldom-heard-reach", demoDataset, {
      period: "2025-26",
      organisation: "org-riverside",
    });
    expect(s.ok && printed.value).toBe(s.ok ? s.value.value : "");
    expect(printed.components.organisations).toEqual(["org-riverside"]);
  });

  it("refuses an organisation that is not in the dataset", () => {
    const r = runBin(["score", "seldom-heard-reach", "--organisation", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain("seldom-heard-reach/unknown-organisation");
  });
});
