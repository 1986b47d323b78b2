import { describe, expectTypeOf, it } from "vitest";
import type {
  ArnsteinLadderItemId,
  BuiltinFrameworkId,
  Framework,
  FrameworkItem,
  FrameworkSource,
  Gripp2LfItemId,
  Gripp2SfItemId,
  Iap2SpectrumItemId,
  InfluenceLevel,
  PublicActivityMode,
  ResearchStageId,
  researchCycle,
  Scale,
  StrategyPillarId,
  UkStandardId,
} from "../../src/frameworks/index.js";
import {
  defineFramework,
  gripp2ShortForm,
  iap2Spectrum,
  itemSource,
  mapStageLabel,
  toInfluenceLevel,
} from "../../src/frameworks/index.js";
import type { DesignChoiceSource, PublicationSource, Source } from "../../src/source.js";

describe("framework item-id unions are literal unions", () => {
  it("IAP2", () => {
    expectTypeOf<Iap2SpectrumItemId>().toEqualTypeOf<
      "inform" | "consult" | "involve" | "collaborate" | "empower"
    >();
    expectTypeOf<string>().not.toExtend<Iap2SpectrumItemId>();
  });
  it("Arnstein", () => {
    expectTypeOf<"placation">().toExtend<ArnsteinLadderItemId>();
    expectTypeOf<"rubber-stamp">().not.toExtend<ArnsteinLadderItemId>();
  });
  it("GRIPP2", () => {
    expectTypeOf<Gripp2SfItemId>().toEqualTypeOf<
      | "1-aim"
      | "2-methods"
      | "3-study-results"
      | "4-discussion-and-conclusions"
      | "5-reflections-critical-perspective"
    >();
    expectTypeOf<"4c-methods-stages-of-involvement">().toExtend<Gripp2LfItemId>();
    expectTypeOf<"7a-outcomes">().not.toExtend<Gripp2LfItemId>();
  });
  it("research stages, standards, modes, pillars", () => {
    expectTypeOf<"undertaking">().toExtend<ResearchStageId>();
    expectTypeOf<"ethics">().not.toExtend<ResearchStageId>();
    expectTypeOf<UkStandardId>().toEqualTypeOf<
      | "inclusive-opportunities"
      | "working-together"
      | "support-and-learning"
      | "communications"
      | "impact"
      | "governance"
    >();
    expectTypeOf<PublicActivityMode>().toEqualTypeOf<
      "involvement" | "engagement" | "participation"
    >();
    expectTypeOf<StrategyPillarId>().toEqualTypeOf<
      "capability" | "capacity" | "community" | "impact"
    >();
  });
  it("framework objects keep literal ids and fit the generic types", () => {
    expectTypeOf(iap2Spectrum.id).toEqualTypeOf<"iap2-spectrum">();
    expectTypeOf(iap2Spectrum.items[0].id).toEqualTypeOf<"inform">();
    expectTypeOf(iap2Spectrum).toExtend<Scale<"iap2-spectrum", Iap2SpectrumItemId>>();
    expectTypeOf(gripp2ShortForm).toExtend<Framework<"gripp2-sf", Gripp2SfItemId>>();
    expectTypeOf<(typeof researchCycle.items)[number]["id"]>().toEqualTypeOf<ResearchStageId>();
    expectTypeOf<"gripp2-lf">().toExtend<BuiltinFrameworkId>();
    expectTypeOf<"my-ladder">().not.toExtend<BuiltinFrameworkId>();
  });
  it("functions return the right unions", () => {
    expectTypeOf(mapStageLabel).returns.toEqualTypeOf<ResearchStageId | undefined>();
    expectTypeOf(toInfluenceLevel).returns.toEqualTypeOf<InfluenceLevel | undefined>();
  });
  it("defineFramework infers literal item ids", () => {
    const mine = defineFramework({
      id: "my-ladder",
      name: "My ladder",
      publisher: "Me",
      version: "1",
      ordered: false,
      complete: true,
      verified: true,
      evidence: "design-choice",
      source: {
        designChoice: true,
        id: "my-ladder",
        title: "Our ladder",
        explained: "our handbook",
      },
      items: [
        { id: "told", label: "Told", summary: "We tell people.", verified: true },
        { id: "asked", label: "Asked", summary: "We ask people.", verified: true },
      ],
    });
    expectTypeOf(mine.id).toEqualTypeOf<"my-ladder">();
    expectTypeOf<(typeof mine.items)[number]["id"]>().toEqualTypeOf<"told" | "asked">();
  });
});

describe("framework sources are Source values", () => {
  it("FrameworkSource is Source: a publication or a design choice", () => {
    expectTypeOf<FrameworkSource>().toEqualTypeOf<Source>();
    expectTypeOf<PublicationSource>().toExtend<FrameworkSource>();
    expectTypeOf<DesignChoiceSource>().toExtend<FrameworkSource>();
    expectTypeOf<Framework["source"]>().toEqualTypeOf<FrameworkSource>();
    expectTypeOf<FrameworkItem["source"]>().toEqualTypeOf<Source | undefined>();
  });
  it("a bare title is no longer a source", () => {
    // @ts-expect-error a source needs an id, a publisher and verified (or is a design choice)
    const bad: FrameworkSource = { title: "Internal", section: "n/a" };
    expectTypeOf(bad).toEqualTypeOf<FrameworkSource>();
  });
  it("itemSource takes any framework and one of its items and always returns a Source", () => {
    expectTypeOf(itemSource).parameters.toEqualTypeOf<[Framework, FrameworkItem]>();
    expectTypeOf(itemSource).returns.toEqualTypeOf<Source>();
    expectTypeOf(itemSource(gripp2ShortForm, gripp2ShortForm.items[0])).toEqualTypeOf<Source>();
  });
});
