import { describe, expectTypeOf, it } from "vitest";
import type { AgreementComponents, LandisKochBand } from "../../src/scores/agreement.js";
import { agreement } from "../../src/scores/agreement.js";
import type {
  Peirs22Answer,
  Peirs22Components,
  Peirs22Method,
  Peirs22Score,
} from "../../src/scores/peirs22.js";
import { peirs22, peirs22Summary } from "../../src/scores/peirs22.js";
import type { PpeetComponents, PpeetOption } from "../../src/scores/ppeet.js";
import { ppeet } from "../../src/scores/ppeet.js";
import type { FreBand, ReadabilityScore } from "../../src/scores/readability.js";
import { freBand, readability, readabilityFromCounts } from "../../src/scores/readability.js";
import type { RepresentationComponents } from "../../src/scores/representation.js";
import { representation } from "../../src/scores/representation.js";
import type { Score } from "../../src/scores/score.js";
import type { Sources } from "../../src/source.js";
import type { Interval } from "../../src/scores/stats.js";
import { wilsonInterval } from "../../src/scores/stats.js";

describe("pure scorers' types", () => {
  it("peirs22 takes 0-4 or null and reports its method", () => {
    expectTypeOf(peirs22).parameter(0).toEqualTypeOf<readonly Peirs22Answer[]>();
    expectTypeOf(peirs22([])).toEqualTypeOf<Peirs22Score>();
    expectTypeOf(peirs22([]).method).toEqualTypeOf<Peirs22Method>();
    expectTypeOf<Peirs22Method>().toEqualTypeOf<"linear-prorated" | "conversion-table">();
    expectTypeOf(peirs22([]).components).toEqualTypeOf<Peirs22Components>();
    expectTypeOf(peirs22([]).value).toEqualTypeOf<number | null>();
    // @ts-expect-error 5 is not a PEIRS-22 answer
    peirs22([5]);
    // @ts-expect-error the conversion table needs source and verified
    peirs22([], { conversion: { table: [] } });
    expectTypeOf(peirs22Summary([1, null]).components.iqr).toEqualTypeOf<number | null>();
  });

  it("ppeet options are a closed union", () => {
    expectTypeOf<PpeetOption>().toEqualTypeOf<
      | "strongly-agree"
      | "agree"
      | "neutral"
      | "disagree"
      | "strongly-disagree"
      | "dont-know"
      | "not-applicable"
    >();
    expectTypeOf(ppeet([], [])).toEqualTypeOf<Score<PpeetComponents>>();
    // @ts-expect-error "yes" is not a PPEET option
    ppeet([{ q1: "yes" }], [{ id: "q1", text: "" }]);
  });

  it("readability", () => {
    expectTypeOf(readability("")).toEqualTypeOf<ReadabilityScore>();
    expectTypeOf(freBand(1)).toEqualTypeOf<FreBand | null>();
    expectTypeOf<"standard">().toExtend<FreBand>();
    expectTypeOf<FreBand>().toEqualTypeOf<
      | "very easy"
      | "easy"
      | "fairly easy"
      | "standard"
      | "fairly difficult"
      | "difficult"
      | "very difficult"
    >();
    // @ts-expect-error syllables are required
    readabilityFromCounts({ words: 1, sentences: 1 });
  });

  it("representation, agreement and stats", () => {
    expectTypeOf(representation({}, {})).toEqualTypeOf<Score<RepresentationComponents>>();
    expectTypeOf(agreement([[1]])).toEqualTypeOf<Score<AgreementComponents>>();
    expectTypeOf<"moderate">().toExtend<LandisKochBand>();
    expectTypeOf(wilsonInterval(1, 2)).toEqualTypeOf<Interval | null>();
  });

  it("every Score cites a non-empty list of sources", () => {
    expectTypeOf(readability("").source).toEqualTypeOf<Sources>();
    expectTypeOf<Score["source"]>().toEqualTypeOf<Sources>();
    // @ts-expect-error a source is data, not a string
    const s: Score["source"] = "Flesch 1948";
    // @ts-expect-error at least one source
    const none: Score["source"] = [];
    void s;
    void none;
  });
});
