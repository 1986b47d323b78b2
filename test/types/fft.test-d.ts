import { describe, expectTypeOf, it } from "vitest";
import type { Result } from "../../src/result.js";
import type {
  FftComponents,
  FftCounts,
  FftLegacyComponents,
  FftLegacyCounts,
} from "../../src/scores/fft.js";
import { fft, fftLegacy } from "../../src/scores/fft.js";
import type { FftTable, FftTableResult, FftUnit } from "../../src/scores/fft-table.js";
import { fftTable } from "../../src/scores/fft-table.js";
import type { Score } from "../../src/scores/score.js";

const now: FftCounts = { veryGood: 1, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 };
const old: FftLegacyCounts = {
  question: "pre-2020",
  extremelyLikely: 1,
  likely: 0,
  neither: 0,
  unlikely: 0,
  extremelyUnlikely: 0,
  dontKnow: 0,
};

describe("fft types", () => {
  it("returns a Score of the series' components", () => {
    expectTypeOf(fft(now)).toEqualTypeOf<Score<FftComponents>>();
    expectTypeOf(fftLegacy(old)).toEqualTypeOf<Score<FftLegacyComponents>>();
    expectTypeOf(fft(now).value).toEqualTypeOf<number | null>();
    expectTypeOf(fft(now).components.series).toEqualTypeOf<"2020">();
  });

  it("keeps the two series apart", () => {
    // @ts-expect-error previous-question counts are not accepted by fft
    fft(old);
    // @ts-expect-error current-question counts are not accepted by fftLegacy
    fftLegacy(now);
    // @ts-expect-error the previous question needs its marker
    fftLegacy({ ...now, question: "2020" });
  });

  it("fftTable is typed by series and refuses a mixed list", () => {
    expectTypeOf(fftTable([{ id: "a", counts: now }])).toEqualTypeOf<FftTableResult<FftCounts>>();
    expectTypeOf(fftTable([{ id: "a", counts: old }])).toEqualTypeOf<
      FftTableResult<FftLegacyCounts>
    >();
    expectTypeOf<FftTableResult>().toEqualTypeOf<Result<FftTable<FftCounts>>>();
    const mixed = [
      { id: "a", counts: now },
      { id: "b", counts: old },
    ];
    // @ts-expect-error a list mixing the two questions is a type error
    fftTable(mixed);
    const r = fftTable([{ id: "a", counts: old } satisfies FftUnit<FftLegacyCounts>]);
    if (r.ok) {
      expectTypeOf(r.value.rows[0]!.counts.extremelyLikely).toEqualTypeOf<number>();
      expectTypeOf(r.value.rows[0]!.published.extremelyLikely).toEqualTypeOf<string>();
      expectTypeOf(r.value.rows[0]!.score).toEqualTypeOf<Score<FftLegacyComponents>>();
    }
  });
});
