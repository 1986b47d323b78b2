import { describe, expect, it } from "vitest";
import {
  chiSquareCriticalValue,
  chiSquarePValue,
  logGamma,
  mean,
  quantile,
  regularizedGammaP,
  regularizedGammaQ,
  sampleStandardDeviation,
  wilsonInterval,
  Z_95,
} from "../../src/scores/stats.js";

describe("descriptive statistics", () => {
  it("mean, SD and type-7 quantiles", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(mean([1, Number.NaN])).toBeNull();
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935299395, 12);
    expect(sampleStandardDeviation([5])).toBeNull();
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([1, 2], 1.5)).toBeNull();
  });

  it("running mean does not overflow", () => {
    expect(mean([1e308, 1e308])).toBe(1e308);
  });
});

describe("gamma and chi-square", () => {
  it("logGamma matches factorials", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(0)).toBeNull();
  });

  it("regularized gamma P and Q", () => {
    expect(regularizedGammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(regularizedGammaQ(1, 1)).toBeCloseTo(Math.exp(-1), 12);
    expect(regularizedGammaP(3, 10)! + regularizedGammaQ(3, 10)!).toBeCloseTo(1, 12);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(regularizedGammaP(-1, 1)).toBeNull();
  });

  it("chi-square p-values (computed worked examples)", () => {
    expect(chiSquarePValue(1.937755, 4)).toBeCloseTo(0.7472, 4);
    expect(chiSquarePValue(1.200982, 1)).toBeCloseTo(0.2731, 4);
    expect(chiSquarePValue(4.841937, 1)).toBeCloseTo(0.02778, 5);
    expect(chiSquarePValue(0, 3)).toBe(1);
    expect(chiSquarePValue(1, 0)).toBeNull();
    expect(chiSquarePValue(-1, 2)).toBeNull();
    expect(chiSquarePValue(1e6, 2)).toBe(0);
  });

  it("critical values at alpha 0.05 (vector 34)", () => {
    expect(chiSquareCriticalValue(1)!.toFixed(3)).toBe("3.841");
    expect(chiSquareCriticalValue(2)!.toFixed(3)).toBe("5.991");
    expect(chiSquareCriticalValue(3)!.toFixed(3)).toBe("7.815");
    expect(chiSquareCriticalValue(4)!.toFixed(3)).toBe("9.488");
    expect(chiSquareCriticalValue(5)!.toFixed(3)).toBe("11.070");
    expect(chiSquareCriticalValue(9)!.toFixed(3)).toBe("16.919");
    expect(chiSquareCriticalValue(0)).toBeNull();
    expect(chiSquareCriticalValue(2, 1)).toBeNull();
  });
});

describe("wilsonInterval (Wilson 1927; computed worked examples)", () => {
  it("matches the worked examples", () => {
    const a = wilsonInterval(5, 40)!;
    expect(a.lower).toBeCloseTo(0.0546, 4);
    expect(a.upper).toBeCloseTo(0.26112, 5);
    const b = wilsonInterval(3, 40)!;
    expect(b.lower).toBeCloseTo(0.02584, 5);
    expect(b.upper).toBeCloseTo(0.19864, 5);
    const c = wilsonInterval(0, 12)!;
    expect(c.lower).toBe(0);
    expect(c.upper).toBeCloseTo(0.24249, 5);
  });

  it("rejects impossible input", () => {
    expect(wilsonInterval(1, 0)).toBeNull();
    expect(wilsonInterval(5, 4)).toBeNull();
    expect(wilsonInterval(1.5, 4)).toBeNull();
    expect(Z_95).toBe(1.959964);
  });
});

describe("quantile edge cases", () => {
  it("does not overflow between huge values of opposite sign", () => {
    expect(quantile([-1.7e308, 1.7e308], 0.5)).toBe(0);
    expect(quantile([-1.7e308, 1.7e308], 0.25)).toBeCloseTo(-8.5e307, -300);
  });
});
