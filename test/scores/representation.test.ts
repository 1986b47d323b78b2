import { describe, expect, it } from "vitest";
import {
  minGroupSizeForAtLeastOne,
  probabilityNoMembers,
  representation,
} from "../../src/scores/representation.js";
import { chiSquareCriticalValue } from "../../src/scores/stats.js";

const group = { White: 30, Asian: 5, Black: 3, Mixed: 1, Other: 1 };
const reference = { White: 0.817, Asian: 0.093, Black: 0.04, Mixed: 0.029, Other: 0.021 };

describe("representation worked example (computed)", () => {
  const s = representation(group, reference);

  it("vector 24: representation ratios", () => {
    const rr = s.components.categories.map((c) => c.ratio);
    const expected = [0.918, 1.3441, 1.875, 0.8621, 1.1905];
    for (const [i, e] of expected.entries()) expect(rr[i]).toBeCloseTo(e, 4);
    expect(s.components.categories[0]?.gap).toBeCloseTo(-0.067, 10);
    expect(s.components.categories[0]?.expected).toBeCloseTo(32.68, 10);
    expect(s.components.categories[0]?.logRatio).toBeCloseTo(Math.log(0.75 / 0.817), 12);
  });

  it("vector 25: index of dissimilarity D = 0.071 is the value", () => {
    expect(s.value).toBeCloseTo(0.071, 10);
    expect(s.components.dissimilarity).toBe(s.value);
    expect(s.unit).toBe("proportion");
    expect(s.range).toEqual([0, 1]);
  });

  it("vector 26: Simpson 0.585, Gini-Simpson 0.415, inverse 1.7094, unbiased 0.574359", () => {
    const d = s.components.diversity!;
    expect(d.simpson).toBeCloseTo(0.585, 10);
    expect(d.giniSimpson).toBeCloseTo(0.415, 10);
    expect(d.inverseSimpson).toBeCloseTo(1.7094, 4);
    expect(d.simpsonUnbiased).toBeCloseTo(0.574359, 6);
  });

  it("vector 27: Shannon H 0.854406, J (k = 5) 0.530872, exp(H) 2.349978", () => {
    const d = s.components.diversity!;
    expect(d.shannon).toBeCloseTo(0.854406, 6);
    expect(d.shannonBits).toBeCloseTo(1.23265, 5);
    expect(d.evenness).toBeCloseTo(0.530872, 6);
    expect(d.effectiveCategories).toBeCloseTo(2.349978, 6);
    expect(s.components.k).toBe(5);
  });

  it("reference population diversity (computed)", () => {
    const r = s.components.referenceDiversity!;
    expect(r.simpson).toBeCloseTo(0.67902, 10);
    expect(r.giniSimpson).toBeCloseTo(0.32098, 10);
    expect(r.shannon).toBeCloseTo(0.69857, 5);
    expect(r.evenness).toBeCloseTo(0.43405, 5);
  });

  it('vector 28: chi-square 1.937755 (df 4), p 0.7472, "expected < 5 in 4 of 5 cells"', () => {
    const c = s.components.chiSquare!;
    expect(c.statistic).toBeCloseTo(1.937755, 6);
    expect(c.df).toBe(4);
    expect(c.pValue).toBeCloseTo(0.7472, 4);
    expect(c.valid).toBe(false);
    expect(c.cochranValid).toBe(false);
    expect(c.validityNote).toBe("expected < 5 in 4 of 5 cells");
    expect(s.diagnostics).toEqual([
      expect.objectContaining({
        code: "representation/chi-square-small-expected",
        message: expect.stringContaining("expected < 5 in 4 of 5 cells"),
      }),
    ]);
  });

  it("vector 31: Wilson 95% CI for 5/40 and 3/40", () => {
    const asian = s.components.categories[1]!.ci!;
    expect(asian.lower).toBeCloseTo(0.0546, 4);
    expect(asian.upper).toBeCloseTo(0.26112, 5);
    const black = s.components.categories[2]!.ci!;
    expect(black.lower).toBeCloseTo(0.02584, 5);
    expect(black.upper).toBeCloseTo(0.19864, 5);
  });

  it("vector 32 per category: minimum group size", () => {
    expect(s.components.categories.map((c) => c.minGroupSize)).toEqual([
      minGroupSizeForAtLeastOne(0.817),
      31,
      74,
      minGroupSizeForAtLeastOne(0.029),
      142,
    ]);
  });
});

describe("collapsing and second example", () => {
  it("vector 29: White vs not-White -> X² 1.200982, df 1, p 0.2731", () => {
    const s = representation(group, reference, {
      collapse: { Asian: "Not White", Black: "Not White", Mixed: "Not White", Other: "Not White" },
    });
    expect(s.components.categories.map((c) => [c.category, c.count])).toEqual([
      ["White", 30],
      ["Not White", 10],
    ]);
    expect(s.components.categories[1]?.populationShare).toBeCloseTo(0.183, 12);
    const c = s.components.chiSquare!;
    expect(c.statistic).toBeCloseTo(1.200982, 6);
    expect(c.df).toBe(1);
    expect(c.pValue).toBeCloseTo(0.2731, 4);
    expect(c.valid).toBe(true);
    expect(s.diagnostics).toEqual([]);
  });

  it("vector 30: sex 62/38 vs 0.51/0.49 -> X² 4.841937, p 0.02778", () => {
    const c = representation({ Female: 62, Male: 38 }, { Female: 0.51, Male: 0.49 }).components
      .chiSquare!;
    expect(c.statistic).toBeCloseTo(4.841937, 6);
    expect(c.pValue).toBeCloseTo(0.02778, 5);
    expect(c.statistic).toBeGreaterThan(c.criticalValue05);
  });

  it("vector 31: Wilson CI for 0 of 12", () => {
    const s = representation({ A: 0, B: 12 }, { A: 0.5, B: 0.5 });
    const ci = s.components.categories[0]!.ci!;
    expect(ci.lower).toBe(0);
    expect(ci.upper).toBeCloseTo(0.24249, 5);
  });
});

describe("minimum group sizes and critical values", () => {
  it("vector 32: p 0.04 -> 74; 0.093 -> 31; 0.021 -> 142; 0.177 -> 16", () => {
    expect([0.04, 0.093, 0.021, 0.177].map((p) => minGroupSizeForAtLeastOne(p))).toEqual([
      74, 31, 142, 16,
    ]);
    expect(minGroupSizeForAtLeastOne(0)).toBeNull();
    expect(minGroupSizeForAtLeastOne(1)).toBe(1);
  });

  it("vector 33: P(no members of a 9.3% group among 12) = 0.30995", () => {
    expect(probabilityNoMembers(0.093, 12)).toBeCloseTo(0.30995, 5);
    expect(probabilityNoMembers(1.2, 12)).toBeNull();
  });

  it("vector 34: critical values df 1-4 (carried in the chi-square result)", () => {
    const s = representation(group, reference);
    expect(s.components.chiSquare?.criticalValue05.toFixed(3)).toBe("9.488");
    expect([1, 2, 3].map((df) => chiSquareCriticalValue(df)!.toFixed(3))).toEqual([
      "3.841",
      "5.991",
      "7.815",
    ]);
  });
});

describe("mismatched categories and bad data are diagnostics", () => {
  it("group category missing from reference is left out of the comparison, with a warning", () => {
    const s = representation({ ...group, "Prefer not to say": 4 }, reference);
    expect(s.value).toBeCloseTo(0.071, 10);
    expect(s.components.n).toBe(40);
    expect(s.components.nExcluded).toBe(4);
    expect(s.components.categories.at(-1)).toMatchObject({
      category: "Prefer not to say",
      inReference: false,
      ratio: null,
    });
    expect(s.diagnostics.map((d) => d.code)).toContain("representation/category-not-in-reference");
  });

  it("reference category missing from the group counts as 0, with a note", () => {
    const { Other: _, ...rest } = group;
    const s = representation(rest, reference);
    expect(s.components.categories[4]).toMatchObject({
      category: "Other",
      count: 0,
      inGroup: false,
    });
    expect(s.diagnostics.map((d) => d.code)).toContain(
      "representation/category-missing-from-group",
    );
  });

  it("reference not summing to 1 is rescaled with a warning", () => {
    const pct = Object.fromEntries(Object.entries(reference).map(([k, v]) => [k, v * 100]));
    const s = representation(group, pct);
    expect(s.value).toBeCloseTo(0.071, 10);
    expect(s.components.referenceSum).toBeCloseTo(100, 10);
    expect(s.diagnostics[0]).toMatchObject({
      code: "representation/reference-not-normalised",
      hint: expect.stringContaining("percentages"),
    });
    const near = representation(group, { ...reference, White: 0.82 });
    expect(near.diagnostics.map((d) => d.code)).not.toContain(
      "representation/reference-not-normalised",
    );
    const tight = representation(group, { ...reference, White: 0.82 }, { shareTolerance: 0.001 });
    expect(tight.diagnostics.map((d) => d.code)).toContain(
      "representation/reference-not-normalised",
    );
  });

  it("invalid counts or shares give a null value", () => {
    const s = representation({ A: -1, B: 2 }, { A: 0.5, B: 0.5 });
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]).toMatchObject({
      code: "representation/invalid-count",
      path: ["groupCounts", "A"],
    });
    const t = representation({ A: 1, B: 2 }, { A: Number.NaN, B: 0.5 });
    expect(t.value).toBeNull();
    expect(t.diagnostics[0]?.code).toBe("representation/invalid-share");
    expect(representation({ A: 1 }, {}).diagnostics.map((d) => d.code)).toContain(
      "representation/no-reference",
    );
  });

  it("an empty group and a zero reference share with members", () => {
    const empty = representation({ A: 0, B: 0 }, { A: 0.5, B: 0.5 });
    expect(empty.value).toBeNull();
    expect(empty.diagnostics.map((d) => d.code)).toEqual(["representation/no-members"]);
    const zero = representation({ A: 3, B: 2 }, { A: 1, B: 0 });
    expect(zero.components.chiSquare).toBeNull();
    expect(zero.components.categories[1]?.ratio).toBeNull();
    expect(zero.diagnostics.map((d) => d.code)).toEqual(["representation/zero-reference-share"]);
  });

  it("unused collapse keys are reported", () => {
    const s = representation(group, reference, { collapse: { Asain: "Not White" } });
    expect(s.diagnostics.map((d) => d.code)).toContain("representation/unused-collapse");
  });
});

describe("extreme reference shares", () => {
  it("shares whose sum overflows are still rescaled without Infinity", () => {
    const s = representation(
      { A: 1, B: 1 },
      { A: 1.7976931348623157e308, B: 1.7976931348623157e308 },
    );
    expect(s.value).toBe(0);
    expect(s.components.referenceSum).toBeNull();
    expect(s.components.categories[0]?.populationShare).toBe(0.5);
    expect(s.diagnostics.map((d) => d.code)).toContain("representation/reference-not-normalised");
  });
});
