import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { scoreDataset } from "../../src/scores/registry.js";

describe("scoreDataset on values of the wrong type", () => {
  it("names an unknown measure that is not text without throwing", () => {
    for (const measure of [Object.create(null), Symbol("m"), 5, null]) {
      const r = scoreDataset(measure as never, demoDataset);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["score/unknown-measure"]);
    }
  });
});
