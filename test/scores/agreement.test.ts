import { describe, expect, it } from "vitest";
import { agreement, landisKochBand } from "../../src/scores/agreement.js";

describe("agreement (Cohen's kappa, Cohen 1960; Landis and Koch 1977)", () => {
  it("vector 37: [[10, 2], [2, 6]] -> p_o 0.80, p_e 0.52, kappa 0.583333 (moderate)", () => {
    const s = agreement([
      [10, 2],
      [2, 6],
    ]);
    expect(s.components.observedAgreement).toBeCloseTo(0.8, 12);
    expect(s.components.expectedAgreement).toBeCloseTo(0.52, 12);
    expect(s.value).toBeCloseTo(0.583333, 6);
    expect(s.band).toBe("moderate");
    expect(s.diagnostics).toEqual([]);
    expect(s.explanation).toContain("0.5833");
  });

  it("perfect and chance-level agreement", () => {
    expect(
      agreement([
        [5, 0],
        [0, 5],
      ]).value,
    ).toBe(1);
    expect(
      agreement([
        [5, 0],
        [0, 5],
      ]).band,
    ).toBe("almost perfect");
    expect(
      agreement([
        [0, 5],
        [5, 0],
      ]).value,
    ).toBe(-1);
    expect(
      agreement([
        [0, 5],
        [5, 0],
      ]).band,
    ).toBe("poor");
  });

  it("bands follow Landis & Koch", () => {
    expect(landisKochBand(-0.01)).toBe("poor");
    expect(landisKochBand(0)).toBe("slight");
    expect(landisKochBand(0.2)).toBe("slight");
    expect(landisKochBand(0.205)).toBe("fair");
    expect(landisKochBand(0.4)).toBe("fair");
    expect(landisKochBand(0.6)).toBe("moderate");
    expect(landisKochBand(0.8)).toBe("substantial");
    expect(landisKochBand(0.81)).toBe("almost perfect");
    expect(landisKochBand(Number.NaN)).toBeNull();
  });

  it("kappa undefined when both raters use one category", () => {
    const s = agreement([
      [7, 0],
      [0, 0],
    ]);
    expect(s.value).toBeNull();
    expect(s.components.observedAgreement).toBe(1);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["agreement/kappa-undefined"]);
  });

  it("bad tables give diagnostics, not exceptions", () => {
    expect(agreement([]).diagnostics[0]?.code).toBe("agreement/empty-table");
    expect(agreement([[1, 2], [3]]).diagnostics[0]?.code).toBe("agreement/not-square");
    const neg = agreement([
      [1, -2],
      [3, 4],
    ]);
    expect(neg.value).toBeNull();
    expect(neg.diagnostics[0]).toMatchObject({
      code: "agreement/invalid-count",
      path: ["table", 0, 1],
    });
    expect(
      agreement([
        [0, 0],
        [0, 0],
      ]).diagnostics[0]?.code,
    ).toBe("agreement/no-ratings");
    expect(
      agreement(
        [
          [1, 0],
          [0, 1],
        ],
        { labels: ["yes"] },
      ).diagnostics[0]?.code,
    ).toBe("agreement/labels-mismatch");
  });
});
