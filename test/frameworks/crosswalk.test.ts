import { describe, expect, it } from "vitest";
import type { CrosswalkRow } from "../../src/frameworks/index.js";
import {
  builtinFrameworks,
  crosswalkRowFor,
  INFLUENCE_CROSSWALK,
  influenceLevelOf,
  PPIE_INFLUENCE_LEVEL_IDS,
  toInfluenceLevel,
} from "../../src/frameworks/index.js";

// The cells that are ppie's judgement, as [frameworkId, itemId, PIL].
const JUDGEMENT_CELLS: readonly [string, string, number][] = [
  ["arnstein-ladder", "placation", 3],
  ["arnstein-ladder", "partnership", 5],
  ["arnstein-ladder", "delegated-power", 6],
  ["iap2-spectrum", "collaborate", 4],
  ["tlap-coproduction-ladder", "educating", 0],
  ["involve-approaches", "collaboration", 4],
  ["cruk-involvement-depth", "collaborate", 4],
  ["cruk-involvement-depth", "partner", 5],
  ["nihr-activity-modes", "engagement", 1],
];

// The cells that follow directly from the definitions.
const DIRECT_CELLS: readonly [string, string, number][] = [
  ["arnstein-ladder", "manipulation", 0],
  ["arnstein-ladder", "therapy", 0],
  ["arnstein-ladder", "informing", 1],
  ["arnstein-ladder", "consultation", 2],
  ["arnstein-ladder", "citizen-control", 6],
  ["iap2-spectrum", "inform", 1],
  ["iap2-spectrum", "consult", 2],
  ["iap2-spectrum", "involve", 3],
  ["iap2-spectrum", "empower", 6],
  ["tlap-coproduction-ladder", "coercion", 0],
  ["tlap-coproduction-ladder", "informing", 1],
  ["tlap-coproduction-ladder", "consultation", 2],
  ["tlap-coproduction-ladder", "engagement", 3],
  ["tlap-coproduction-ladder", "co-design", 4],
  ["tlap-coproduction-ladder", "co-production", 5],
  ["involve-approaches", "consultation", 2],
  ["involve-approaches", "co-production", 5],
  ["involve-approaches", "user-controlled", 6],
  ["cruk-involvement-depth", "consult", 2],
];

describe("INFLUENCE_CROSSWALK (a ppie design choice)", () => {
  it("has exactly the cells of the design", () => {
    expect(INFLUENCE_CROSSWALK).toHaveLength(JUDGEMENT_CELLS.length + DIRECT_CELLS.length);
  });
  it.each(JUDGEMENT_CELLS)("judgement: %s %s -> PIL %i", (fw, item, level) => {
    const row = crosswalkRowFor(fw, item);
    expect(row?.basis).toBe("judgement");
    expect(row?.note?.length ?? 0).toBeGreaterThan(10);
    expect(toInfluenceLevel(fw, item)).toBe(level);
  });
  it.each(DIRECT_CELLS)("direct: %s %s -> PIL %i", (fw, item, level) => {
    expect(crosswalkRowFor(fw, item)?.basis).toBe("direct");
    expect(toInfluenceLevel(fw, item)).toBe(level);
  });
  it("every row names a real framework item and a real PIL level, once", () => {
    const keys = INFLUENCE_CROSSWALK.map((r) => r.from.join(":"));
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of INFLUENCE_CROSSWALK) {
      const framework = builtinFrameworks.find((f) => f.id === row.from[0]);
      expect(framework?.items.some((i) => i.id === row.from[1])).toBe(true);
      expect(PPIE_INFLUENCE_LEVEL_IDS).toContain(row.to);
    }
  });
  it("every judgement row carries basis judgement and a note", () => {
    const judgement = INFLUENCE_CROSSWALK.filter((r) => r.basis === "judgement");
    expect(judgement).toHaveLength(JUDGEMENT_CELLS.length);
    for (const row of judgement) expect(row).toHaveProperty("note");
  });
});

describe("toInfluenceLevel", () => {
  it("maps PIL items to their own level", () => {
    expect(toInfluenceLevel("ppie-influence-level", "pil-0-none")).toBe(0);
    expect(toInfluenceLevel("ppie-influence-level", "pil-6-public-led")).toBe(6);
    expect(toInfluenceLevel("ppie-influence-level", "pil-7-nonsense")).toBeUndefined();
    expect(toInfluenceLevel("ppie-influence-level", "toString")).toBeUndefined();
  });
  it("has no level for participation (a mode, not a depth) or unknown items", () => {
    expect(toInfluenceLevel("nihr-activity-modes", "participation")).toBeUndefined();
    expect(toInfluenceLevel("nihr-activity-modes", "involvement")).toBeUndefined();
    expect(toInfluenceLevel("iap2-spectrum", "nope")).toBeUndefined();
    expect(toInfluenceLevel("no-such-framework", "inform")).toBeUndefined();
  });
  it("lets overrides replace judgement rows", () => {
    const overrides: CrosswalkRow[] = [
      {
        from: ["arnstein-ladder", "partnership"],
        to: "pil-4-collaborating",
        basis: "judgement",
        note: "Our panel reads partnership as collaborating.",
      },
    ];
    expect(toInfluenceLevel("arnstein-ladder", "partnership")).toBe(5);
    expect(toInfluenceLevel("arnstein-ladder", "partnership", overrides)).toBe(4);
    // other rows unaffected
    expect(toInfluenceLevel("arnstein-ladder", "placation", overrides)).toBe(3);
  });
  it("lets overrides map items of your own frameworks", () => {
    const overrides: CrosswalkRow[] = [
      { from: ["my-ladder", "asked"], to: "pil-2-consulted", basis: "direct" },
    ];
    expect(toInfluenceLevel("my-ladder", "asked", overrides)).toBe(2);
  });
  it("influenceLevelOf gives the number of each PIL id", () => {
    expect(PPIE_INFLUENCE_LEVEL_IDS.map(influenceLevelOf)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
