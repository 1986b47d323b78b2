import { describe, expect, it } from "vitest";
import type { FftCounts } from "../../src/scores/fft.js";
import { fft, fftLegacy, fftSeries, roundFftProportion } from "../../src/scores/fft.js";

const counts = (
  veryGood: number,
  good: number,
  neither: number,
  poor: number,
  veryPoor: number,
  dontKnow: number,
): FftCounts => ({ veryGood, good, neither, poor, veryPoor, dontKnow });

describe("fft", () => {
  it("NHS England's processing code example: 15/5/1/1/0/2", () => {
    const s = fft(counts(15, 5, 1, 1, 0, 2));
    expect(s.id).toBe("fft");
    expect(s.unit).toBe("percent");
    expect(s.components.total).toBe(24);
    expect(s.components.rounded).toEqual({ positive: 0.8333, negative: 0.0417 });
    expect(s.components.positive).toBeCloseTo(20 / 24, 12);
    expect(s.components.negative).toBeCloseTo(1 / 24, 12);
    expect(s.value).toBeCloseTo((20 / 24) * 100, 10);
    expect(s.components.percentNegative).toBeCloseTo((1 / 24) * 100, 10);
    expect(s.diagnostics).toEqual([]);
    expect(s.explanation).toContain("20 of 24");
  });

  it("computed: Don't know stays in the denominator (0.9393, never 0.9437)", () => {
    const s = fft(counts(182, 19, 8, 2, 2, 1));
    expect(s.components.total).toBe(214);
    expect(s.components.rounded.positive).toBe(0.9393);
    expect(s.components.rounded.negative).toBe(0.0187);
    expect(s.components.rounded.positive).not.toBe(0.9437);
    expect(s.value).toBeCloseTo((201 / 214) * 100, 10);
  });

  it("positive + negative is below 1 when there are neutral or don't-know answers", () => {
    const c = fft(counts(1, 1, 1, 1, 1, 1)).components;
    expect((c.positive ?? 0) + (c.negative ?? 0)).toBeCloseTo(4 / 6, 12);
  });

  it("zero responses: value null and a warning, never NaN", () => {
    const s = fft(counts(0, 0, 0, 0, 0, 0));
    expect(s.value).toBeNull();
    expect(s.components.total).toBe(0);
    expect(s.components.positive).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["fft/no-responses"]);
    expect(s.diagnostics[0]?.severity).toBe("warning");
  });

  it("invalid counts: value null and one diagnostic per bad field, naming it", () => {
    const s = fft({
      veryGood: -1,
      good: 2.5,
      neither: Number.NaN,
      poor: 0,
      veryPoor: 0,
      dontKnow: 0,
    });
    expect(s.value).toBeNull();
    expect(s.components.total).toBeNull();
    expect(s.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["fft/invalid-count", ["counts", "veryGood"]],
      ["fft/invalid-count", ["counts", "good"]],
      ["fft/invalid-count", ["counts", "neither"]],
    ]);
    expect(s.diagnostics[0]?.message).toContain("negative");
  });

  it("a missing field (untyped input) is reported, not thrown", () => {
    const s = fft({ veryGood: 1, good: 1 } as unknown as FftCounts);
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.path[1])).toEqual([
      "neither",
      "poor",
      "veryPoor",
      "dontKnow",
    ]);
  });

  it("refuses counts marked as the previous question", () => {
    const s = fft({ ...counts(1, 0, 0, 0, 0, 0), question: "pre-2020" } as unknown as FftCounts);
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]?.code).toBe("fft/wrong-series");
  });

  it("accepts an explicit 2020 marker and echoes counts without it", () => {
    const s = fft({ ...counts(3, 1, 0, 0, 0, 0), question: "2020" });
    expect(s.value).toBe(100);
    expect(s.components.counts).toEqual(counts(3, 1, 0, 0, 0, 0));
    expect(s.components.series).toBe("2020");
  });

  it("response rate from eligible, with warnings for impossible values", () => {
    expect(fft(counts(15, 5, 1, 1, 0, 2), { eligible: 96 }).components.responseRate).toBe(0.25);
    const over = fft(counts(15, 5, 1, 1, 0, 2), { eligible: 10 });
    expect(over.components.responseRate).toBeNull();
    expect(over.value).not.toBeNull();
    expect(over.diagnostics[0]?.code).toBe("fft/eligible-below-responses");
    expect(fft(counts(0, 0, 0, 0, 0, 0), { eligible: 0 }).diagnostics.map((d) => d.code)).toEqual([
      "fft/no-eligible",
      "fft/no-responses",
    ]);
    const bad = fft(counts(1, 0, 0, 0, 0, 0), { eligible: -3 });
    expect(bad.diagnostics[0]?.code).toBe("fft/invalid-eligible");
    expect(bad.value).toBe(100);
  });
});

describe("fftLegacy", () => {
  it("scores the previous question as its own series", () => {
    const s = fftLegacy({
      question: "pre-2020",
      extremelyLikely: 15,
      likely: 5,
      neither: 1,
      unlikely: 1,
      extremelyUnlikely: 0,
      dontKnow: 2,
    });
    expect(s.id).toBe("fft-legacy");
    expect(s.components.series).toBe("pre-2020");
    expect(s.components.rounded).toEqual({ positive: 0.8333, negative: 0.0417 });
    expect(s.explanation).toContain("would recommend");
    // the all-answers denominator is not confirmed for this question: flagged, never official
    expect(s.source.some((x) => "verified" in x && !x.verified)).toBe(true);
    expect(s.source.map((x) => x.id)).toEqual(["nhse-2014-fft-guidance", "nhse-fft-calculations"]);
  });

  it("refuses counts without the pre-2020 marker", () => {
    const s = fftLegacy({
      extremelyLikely: 1,
      likely: 0,
      neither: 0,
      unlikely: 0,
      extremelyUnlikely: 0,
      dontKnow: 0,
    } as unknown as Parameters<typeof fftLegacy>[0]);
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]?.code).toBe("fft/wrong-series");
  });
});

describe("fftSeries and rounding", () => {
  it("keeps the two questions' wording, options and verification status", () => {
    expect(fftSeries["2020"].options.map((o) => o.code)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fftSeries["2020"].denominatorVerified).toBe(true);
    expect(fftSeries["pre-2020"].denominatorVerified).toBe(false);
    expect(fftSeries["pre-2020"].options[0].label).toBe("Extremely likely");
  });

  it("rounds to 4 decimal places, ties to even", () => {
    expect(roundFftProportion(20 / 24)).toBe(0.8333);
    expect(roundFftProportion(1 / 32)).toBe(0.0312);
    expect(roundFftProportion(3 / 32)).toBe(0.0938);
  });
});
