import { describe, expect, it } from "vitest";
import {
  DEFAULT_READ_LIMITS,
  exceedsLimits,
  formatBytes,
  lineTooLong,
  tooLarge,
  tooManyRecords,
} from "../../src/io/limits.js";
import { describePath, linePosition } from "../../src/io/location.js";

describe("reading limits", () => {
  it("the defaults are documented figures", () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxBytes: 250_000_000,
      maxYamlBytes: 16_000_000,
      maxRecords: 1_000_000,
      maxDepth: 32,
      maxLineBytes: 1_000_000,
    });
  });

  it("formatBytes writes sizes in decimal units", () => {
    expect([1, 999, 1000, 1500, 250_000_000, 2_147_483_648].map(formatBytes)).toEqual([
      "1 byte",
      "999 bytes",
      "1 kB",
      "1.5 kB",
      "250 MB",
      "2.1 GB",
    ]);
  });

  it("exceedsLimits walks any value without recursion, cycles included", () => {
    expect(exceedsLimits({ a: [1, 2], b: { c: [3] } }, { maxDepth: 3, maxRecords: 3 })).toBe(
      undefined,
    );
    expect(exceedsLimits({ a: [1, 2], b: [3, 4] }, { maxDepth: 3, maxRecords: 3 })).toEqual({
      limit: "records",
      path: ["b", 1],
    });
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(exceedsLimits(cyclic, { maxDepth: 32, maxRecords: 1000 })).toEqual({
      limit: "depth",
      path: Array(32).fill(0),
    });
  });

  it("each diagnostic says which format or fix to turn to", () => {
    expect(tooLarge("yaml", "big.yaml", 20_000_000, DEFAULT_READ_LIMITS).message).toBe(
      "big.yaml is 20 MB, more than the 16 MB ppie reads in one YAML file (YAML takes far longer to read than JSON).",
    );
    expect(tooLarge("yaml", "big.yaml", 20_000_000, DEFAULT_READ_LIMITS).hint).toContain(
      "Save it as JSON",
    );
    expect(tooManyRecords({ file: "a.csv", line: 9 }, undefined, DEFAULT_READ_LIMITS).message).toBe(
      "a.csv holds more than 1,000,000 data rows in all (with the files read before it), the most ppie reads in one dataset: reading stopped at line 9.",
    );
    expect(lineTooLong({ file: "a.csv", line: 2 }, DEFAULT_READ_LIMITS).location).toEqual({
      file: "a.csv",
      line: 2,
    });
  });

  it("location helpers", () => {
    expect(linePosition("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(describePath([])).toBe("the top level");
    expect(describePath(["activities", 3, "contributors", 0])).toBe(
      "activities[3].contributors[0]",
    );
  });
});
