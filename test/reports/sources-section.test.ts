import { describe, expect, it } from "vitest";
import { CHOICE_GRIPP2, CHOICE_SMALL_NUMBERS } from "../../src/frameworks/design-choices.js";
import { FLESCH_1948, GRIPP2_BMJ_2017 } from "../../src/frameworks/publications.js";
import type { Block } from "../../src/reports/report.js";
import {
  citationText,
  citedSources,
  citing,
  sourcesOf,
  withSourcesSection,
} from "../../src/reports/sources-section.js";
import { smallNumberSources } from "../../src/reports/small-numbers.js";
import { cite } from "../../src/source.js";

const para = (text: string, ...sources: Parameters<typeof citing>[1]): Block =>
  citing({ type: "paragraph", tone: "note", text }, sources);

describe("citedSources", () => {
  it("lists each source once, in the order first cited (TSDoc example)", () => {
    expect(
      citedSources([{ type: "paragraph", text: "x (Flesch 1948)", sources: [cite(FLESCH_1948)] }]),
    ).toHaveLength(1);
    const sf = cite(GRIPP2_BMJ_2017, "short form (GRIPP2-SF)");
    const lf = cite(GRIPP2_BMJ_2017, "long form (GRIPP2-LF)");
    const list = citedSources([
      para("a", sf, CHOICE_GRIPP2),
      { type: "heading", level: 2, text: "b" },
      para("c", CHOICE_GRIPP2, lf, sf, FLESCH_1948),
      para("d"),
    ]);
    // the same publication for two parts of it is two entries; the same part twice is one
    expect(list).toEqual([sf, CHOICE_GRIPP2, lf, FLESCH_1948]);
  });
});

describe("withSourcesSection", () => {
  it("ends the blocks with a Sources heading and list (TSDoc example)", () => {
    const blocks = withSourcesSection([para("x", CHOICE_GRIPP2)]);
    expect(blocks.at(-1)?.type).toBe("sources");
    expect(blocks.slice(1)).toEqual([
      { type: "heading", level: 2, text: "Sources" },
      {
        type: "sources",
        id: "sources",
        caption:
          "The publications and ppie design choices this report's methods rest on, in the order first cited.",
        items: [CHOICE_GRIPP2],
      },
    ]);
  });

  it("adds nothing when no paragraph cites a source", () => {
    const blocks: Block[] = [para("x")];
    expect(withSourcesSection(blocks)).toEqual(blocks);
  });
});

describe("citing, citationText and sourcesOf", () => {
  it("sets sources only when there is one (TSDoc example)", () => {
    expect(citing({ type: "paragraph", text: "x" }, []).sources).toBeUndefined();
    expect(citing({ type: "paragraph", text: "x" }, [FLESCH_1948]).sources).toEqual([FLESCH_1948]);
  });

  it("cites reference data by its Source, or by its words when it names none", () => {
    expect(citationText(cite(FLESCH_1948))).toBe("Flesch 1948");
    expect(citationText("ONS Census 2021")).toBe("ONS Census 2021");
    expect(sourcesOf("ONS Census 2021")).toEqual([]);
    expect(sourcesOf(FLESCH_1948)).toEqual([FLESCH_1948]);
  });

  it("cites ppie's small-number rule, after the preset's publication where it names one", () => {
    expect(smallNumberSources("tre-10").at(-1)).toEqual(CHOICE_SMALL_NUMBERS);
  });
});
