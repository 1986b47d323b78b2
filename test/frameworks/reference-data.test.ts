import { describe, expect, it } from "vitest";
import * as frameworks from "../../src/frameworks/index.js";
import {
  AGE_BAND_IDS,
  DEMOGRAPHIC_DIMENSIONS,
  DISABILITY_IDS,
  ETHNIC_GROUP_IDS,
  FRE_BANDS,
  FRE_BANDS_SOURCE,
  fftSeries,
  IMD_DECILES,
  LANDIS_KOCH_BANDS,
  LANDIS_KOCH_BANDS_SOURCE,
  PEIRS22_ITEM_MAX,
  PEIRS22_ITEMS,
  PEIRS22_ITEMS_SOURCE,
  PEIRS22_VALIDATION,
  PPEET_OPTIONS,
  PPEET_OPTIONS_SOURCE,
  SEX_IDS,
  disclosurePresets,
} from "../../src/frameworks/index.js";
import * as scores from "../../src/scores/index.js";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { publications } from "../../src/frameworks/publications.js";
import type { Source } from "../../src/source.js";
import { isDesignChoice } from "../../src/source.js";

const INTERNAL_NOTES = /metrics\.md|frameworks\.md|DESIGN\.md/;

describe("reference data moved to frameworks", () => {
  it("Flesch Reading Ease bands, as Flesch published them", () => {
    expect(FRE_BANDS.map((b) => [b.min, b.band])).toEqual([
      [90, "very easy"],
      [80, "easy"],
      [70, "fairly easy"],
      [60, "standard"],
      [50, "fairly difficult"],
      [30, "difficult"],
      [Number.NEGATIVE_INFINITY, "very difficult"],
    ]);
    expect(FRE_BANDS_SOURCE).toMatchObject({ id: "flesch-1948", section: "Table 5" });
  });

  it("Landis and Koch kappa bands", () => {
    expect(LANDIS_KOCH_BANDS.map((b) => [b.max, b.inclusive, b.band])).toEqual([
      [0, false, "poor"],
      [0.2, true, "slight"],
      [0.4, true, "fair"],
      [0.6, true, "moderate"],
      [0.8, true, "substantial"],
      [1, true, "almost perfect"],
    ]);
    expect(LANDIS_KOCH_BANDS_SOURCE).toMatchObject({ authors: "Landis JR, Koch GG", year: 1977 });
  });

  it("PPEET answer options", () => {
    expect(PPEET_OPTIONS).toEqual([
      "strongly-agree",
      "agree",
      "neutral",
      "disagree",
      "strongly-disagree",
      "dont-know",
      "not-applicable",
    ]);
    expect(PPEET_OPTIONS_SOURCE).toMatchObject({ id: "mcmaster-ppeet", verified: false });
    expect(PPEET_OPTIONS_SOURCE).toHaveProperty(
      "note",
      expect.stringContaining("10.1111/hex.12378"),
    );
  });

  it("PEIRS-22 item facts and validation study", () => {
    expect(PEIRS22_ITEMS).toBe(22);
    expect(PEIRS22_ITEM_MAX).toBe(4);
    expect(PEIRS22_ITEMS_SOURCE).toMatchObject({ doi: "10.1111/hex.13227", verified: false });
    expect(PEIRS22_VALIDATION).toMatchObject({ n: 119, ordinalAlpha: 0.96, verified: true });
    expect(PEIRS22_VALIDATION.source).toMatchObject({
      doi: "10.1111/hex.13227",
      section: "abstract",
    });
  });

  it("FFT questions: six options each, current question coded 1 to 6", () => {
    expect(fftSeries["2020"].options.map((o) => [o.code, o.label, o.group])).toEqual([
      [1, "Very good", "positive"],
      [2, "Good", "positive"],
      [3, "Neither good nor poor", "neutral"],
      [4, "Poor", "negative"],
      [5, "Very poor", "negative"],
      [6, "Don't know", "none"],
    ]);
    expect(fftSeries["pre-2020"].options.map((o) => o.key)).toEqual([
      "extremelyLikely",
      "likely",
      "neither",
      "unlikely",
      "extremelyUnlikely",
      "dontKnow",
    ]);
    for (const s of Object.values(fftSeries)) {
      for (const source of s.source)
        expect(source).toMatchObject({ publisher: expect.stringContaining("NHS England") });
    }
  });

  it("disclosure presets: ids and thresholds", () => {
    expect(
      Object.values(disclosurePresets).map((p) => [
        p.id,
        p.minSafeCount,
        p.protectZero,
        p.roundingBase,
        p.secondary,
      ]),
    ).toEqual([
      ["fft", 5, false, null, "complementary"],
      ["hes-2018", 8, false, 5, "none"],
      ["ukhsa-5", 5, false, 5, "none"],
      ["tre-10", 10, true, null, "complementary"],
    ]);
    expect(disclosurePresets["hes-2018"].percentages).toEqual({
      wholeMinDenominator: 400,
      oneDecimalMinDenominator: 4000,
    });
  });

  it("demographic dimensions: one table whose ids are the exported id lists", () => {
    const ids = (key: string) =>
      DEMOGRAPHIC_DIMENSIONS.find((d) => d.key === key)?.categories.map(([id]) => id);
    expect(DEMOGRAPHIC_DIMENSIONS.map((d) => [d.key, d.reference])).toEqual([
      ["ethnicGroup", "ethnic-group"],
      ["sex", "sex"],
      ["ageBand", "age"],
      ["disability", "disability"],
      ["imdDecile", "imd-decile"],
    ]);
    expect(ids("ethnicGroup")).toEqual([...ETHNIC_GROUP_IDS]);
    expect(ids("sex")).toEqual([...SEX_IDS]);
    expect(ids("ageBand")).toEqual([...AGE_BAND_IDS]);
    expect(ids("disability")).toEqual([...DISABILITY_IDS]);
    expect(ids("imdDecile")).toEqual(IMD_DECILES.map(String));
  });

  it("every reference category a dimension names exists in a census table of that dimension", () => {
    for (const d of DEMOGRAPHIC_DIMENSIONS) {
      const known = new Set<string>(
        frameworks.REFERENCE_TABLES.filter((t) => t.dimension === d.reference).flatMap((t) =>
          t.categories.map((c) => c.id),
        ),
      );
      for (const [, , ref] of d.categories) {
        const target = Object.entries(d.collapse ?? {}).some(([, to]) => to === ref);
        expect(known.has(ref) || target, `${d.key} -> ${ref}`).toBe(true);
      }
    }
  });

  it("cites a publication of the bibliography or a design choice wherever it carries a source", () => {
    const sources: Source[] = [
      FRE_BANDS_SOURCE,
      LANDIS_KOCH_BANDS_SOURCE,
      PPEET_OPTIONS_SOURCE,
      PEIRS22_ITEMS_SOURCE,
      PEIRS22_VALIDATION.source,
      ...Object.values(fftSeries).flatMap((s) => s.source),
      ...Object.values(disclosurePresets).map((p) => p.source),
      ...DEMOGRAPHIC_DIMENSIONS.flatMap((d) => d.source),
      ...frameworks.REFERENCE_TABLES.map((t) => t.source),
    ];
    const pubIds = new Set(publications.map((p) => p.id));
    const choiceIds = new Set(designChoices.map((c) => c.id));
    for (const s of sources) {
      expect(isDesignChoice(s) ? choiceIds.has(s.id) : pubIds.has(s.id), s.id).toBe(true);
      expect(JSON.stringify(s)).not.toMatch(INTERNAL_NOTES);
      if (!isDesignChoice(s) && !s.verified) expect(s.note, s.id).toBeTruthy();
    }
    for (const p of Object.values(disclosurePresets)) {
      for (const text of [...p.unverified, ...p.notes]) expect(text).not.toMatch(INTERNAL_NOTES);
    }
  });

  it("the old public names still work from ppie/scores and are the same objects", () => {
    expect(scores.FRE_BANDS).toBe(FRE_BANDS);
    expect(scores.LANDIS_KOCH_BANDS).toBe(LANDIS_KOCH_BANDS);
    expect(scores.PPEET_OPTIONS).toBe(PPEET_OPTIONS);
    expect(scores.PEIRS22_VALIDATION).toBe(PEIRS22_VALIDATION);
    expect(scores.PEIRS22_ITEMS).toBe(PEIRS22_ITEMS);
    expect(scores.fftSeries).toBe(fftSeries);
  });
});
