import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { GenerateOptions } from "../../src/demo/index.js";
import { generateDataset } from "../../src/demo/index.js";

/**
 * sha256 of `JSON.stringify(generateDataset(options))`, recorded on the generator before it was
 * split into one function per concept. The split must not change a single byte of any dataset.
 */
const RECORDED: readonly [GenerateOptions, string][] = [
  [{}, "53013d2608aa83f342193d803525d9c84bd6efb0b9c0e955f3a9cb235cf007be"],
  [{ seed: 2026, gaps: true }, "454415a92aa0ecd26e262a964f2ef3d1728a52b6c3f1cc5595ae0765468149ba"],
  [
    { seed: 42, activities: 200, contributors: 50 },
    "7633ed87550227c6660a60e77aa2fa017c2e19f4d512990451e4befe035e7795",
  ],
  [
    { seed: 7, activities: 1000, contributors: 200, gaps: true },
    "5b8e32a283bdf8816420f3936eba82904084d7b0ec8b53204f096c3b2a0c2e44",
  ],
  [
    { seed: 3, activities: 3, contributors: 2 },
    "faf28d48e372e7ac6ce6727b2830a2275ac71107999e0a98bde6d23edaec3adb",
  ],
  [
    { seed: 0, activities: 0, contributors: 1 },
    "c8ad71e4a62092db14404e61829fd70b74d88ae3de5153c5033e43e5deb9fc93",
  ],
  [
    { seed: 11, activities: 500, contributors: 450, projects: 12, start: "2023-04-01", gaps: true },
    "5c75c913dce8f590954475927f43a54eef2b27c4704ac4df8cd42171ffd46953",
  ],
];

describe("generateDataset output is stable", () => {
  it.each(RECORDED)("%j gives the recorded bytes", (options, sha256) => {
    const json = JSON.stringify(generateDataset(options));
    expect(createHash("sha256").update(json).digest("hex")).toBe(sha256);
  });
});
