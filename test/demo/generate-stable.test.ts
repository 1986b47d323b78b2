import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { GenerateOptions } from "../../src/demo/index.js";
import { generateDataset } from "../../src/demo/index.js";

/**
 * sha256 of `JSON.stringify(generateDataset(options))`, recorded on the generator before it was
 * split into one function per concept (the split must not change a single byte of any dataset),
 * first without the `serviceChanges` collection: adding the service changes (which draw nothing
 * from the seeded stream) changed no other byte. Then the whole dataset, as it is now.
 */
const RECORDED: readonly [GenerateOptions, string, string][] = [
  [
    {},
    "53013d2608aa83f342193d803525d9c84bd6efb0b9c0e955f3a9cb235cf007be",
    "3a4bca14e33dc0d56be3c9c96c81a14105ad43279773e26eaa26ecd09e1e85d2",
  ],
  [
    { seed: 2026, gaps: true },
    "454415a92aa0ecd26e262a964f2ef3d1728a52b6c3f1cc5595ae0765468149ba",
    "8badcd76b4885a2b48862357a393fafbf28393d9651721a1d1909c115f76a5bd",
  ],
  [
    { seed: 42, activities: 200, contributors: 50 },
    "7633ed87550227c6660a60e77aa2fa017c2e19f4d512990451e4befe035e7795",
    "4e692323ddd75f03b762d054a198e400d7292b5d63c7608abe0d915d2e55332d",
  ],
  [
    { seed: 7, activities: 1000, contributors: 200, gaps: true },
    "5b8e32a283bdf8816420f3936eba82904084d7b0ec8b53204f096c3b2a0c2e44",
    "b216c6732b48639d8b6918def515a294514b4cc35fcdd59ee147cbb09f393a50",
  ],
  [
    { seed: 3, activities: 3, contributors: 2 },
    "faf28d48e372e7ac6ce6727b2830a2275ac71107999e0a98bde6d23edaec3adb",
    "2cbefe36f21a437e82474cd702d01457791bf9a1ebeb966113fc4af318e8ba31",
  ],
  [
    { seed: 0, activities: 0, contributors: 1 },
    "c8ad71e4a62092db14404e61829fd70b74d88ae3de5153c5033e43e5deb9fc93",
    "9a6aa245b02059bddc812e77d03cc62802d7041d6d65ca23b119e155e5b0e3af",
  ],
  [
    { seed: 11, activities: 500, contributors: 450, projects: 12, start: "2023-04-01", gaps: true },
    "5c75c913dce8f590954475927f43a54eef2b27c4704ac4df8cd42171ffd46953",
    "fb9ef145ac77699a2598a66f25349ea7bc6546e8322600bb56d832e1a2836061",
  ],
];

const sha256 = (json: string): string => createHash("sha256").update(json).digest("hex");

describe("generateDataset output is stable", () => {
  it.each(RECORDED)("%j gives the recorded bytes", (options, withoutChanges, whole) => {
    const ds = generateDataset(options);
    const { serviceChanges: _, ...rest } = ds;
    expect(sha256(JSON.stringify(rest))).toBe(withoutChanges);
    expect(sha256(JSON.stringify(ds))).toBe(whole);
  });
});
