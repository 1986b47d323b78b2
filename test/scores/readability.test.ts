import { describe, expect, it } from "vitest";
import {
  countSyllables,
  freBand,
  readability,
  readabilityCounts,
  readabilityFromCounts,
} from "../../src/scores/readability.js";

describe("readabilityFromCounts (Flesch 1948, Kincaid et al. 1975, McLaughlin 1969)", () => {
  it("vector 39: W 6, S 1, Y 6 -> FRE 116.145, FKGL -1.45", () => {
    const s = readabilityFromCounts({ words: 6, sentences: 1, syllables: 6 });
    expect(s.value).toBeCloseTo(116.145, 10);
    expect(s.components.fleschKincaidGrade).toBeCloseTo(-1.45, 10);
    expect(s.band).toBe("very easy");
    expect(s.components.smogGrade).toBeNull();
  });

  it("vector 40: W 13, S 1, Y 26 -> FRE 24.44, FKGL 13.08", () => {
    const s = readabilityFromCounts({ words: 13, sentences: 1, syllables: 26 });
    expect(s.value).toBeCloseTo(24.44, 10);
    expect(s.components.fleschKincaidGrade).toBeCloseTo(13.08, 10);
    expect(s.band).toBe("very difficult");
  });

  it("vector 41: W 100, S 5, Y 150 -> FRE 59.635, FKGL 9.91", () => {
    const s = readabilityFromCounts({ words: 100, sentences: 5, syllables: 150 });
    expect(s.value).toBeCloseTo(59.635, 10);
    expect(s.components.fleschKincaidGrade).toBeCloseTo(9.91, 10);
    expect(s.diagnostics).toEqual([]);
  });

  it("vector 42: SMOG (P 10, S 30) 6.427356; (P 30, S 30) 8.841846; (P 5, S 10) 7.168622", () => {
    const smog = (polysyllables: number, sentences: number) =>
      readabilityFromCounts({ words: 300, sentences, syllables: 450, polysyllables }).components
        .smogGrade;
    expect(smog(10, 30)).toBeCloseTo(6.427356, 6);
    expect(smog(30, 30)).toBeCloseTo(8.841846, 6);
    expect(smog(5, 10)).toBeCloseTo(7.168622, 6);
  });

  it("SMOG below 30 sentences carries a diagnostic", () => {
    const short = readabilityFromCounts({
      words: 300,
      sentences: 10,
      syllables: 450,
      polysyllables: 5,
    });
    expect(short.components.smogReliable).toBe(false);
    expect(short.diagnostics.map((d) => d.code)).toEqual(["readability/smog-few-sentences"]);
    const long = readabilityFromCounts({
      words: 300,
      sentences: 30,
      syllables: 450,
      polysyllables: 5,
    });
    expect(long.components.smogReliable).toBe(true);
    expect(long.diagnostics).toEqual([]);
  });

  it("invalid or implausible counts give diagnostics", () => {
    const bad = readabilityFromCounts({ words: -1, sentences: 1.5, syllables: 3 });
    expect(bad.value).toBeNull();
    expect(bad.diagnostics.map((d) => d.path)).toEqual([["words"], ["sentences"]]);
    expect(readabilityFromCounts({ words: 0, sentences: 0, syllables: 0 }).value).toBeNull();
    const odd = readabilityFromCounts({
      words: 100,
      sentences: 5,
      syllables: 90,
      polysyllables: 120,
    });
    expect(odd.diagnostics.filter((d) => d.code === "readability/implausible-counts")).toHaveLength(
      2,
    );
  });
});

describe("freBand (vector 43)", () => {
  it('65 -> "standard"; 39.0 -> "difficult"; 116.1 -> "very easy"', () => {
    expect(freBand(65)).toBe("standard");
    expect(freBand(39.0)).toBe("difficult");
    expect(freBand(116.1)).toBe("very easy");
  });

  it("band edges and out-of-range scores", () => {
    expect(freBand(90)).toBe("very easy");
    expect(freBand(89.99)).toBe("easy");
    expect(freBand(70)).toBe("fairly easy");
    expect(freBand(50)).toBe("fairly difficult");
    expect(freBand(30)).toBe("difficult");
    expect(freBand(29.9)).toBe("very difficult");
    expect(freBand(-20)).toBe("very difficult");
    expect(freBand(Number.NaN)).toBeNull();
  });
});

describe("readability(text)", () => {
  it("vector 39 through the text: 'The cat sat on the mat.' counts W 6, S 1, Y 6", () => {
    const s = readability("The cat sat on the mat.");
    expect(s.components).toMatchObject({ words: 6, sentences: 1, syllables: 6, polysyllables: 0 });
    expect(s.value).toBeCloseTo(116.145, 10);
    expect(s.components.fleschKincaidGrade).toBeCloseTo(-1.45, 10);
    expect(s.band).toBe("very easy");
    expect(s.diagnostics.map((d) => d.code)).toEqual([
      "readability/smog-few-sentences",
      "readability/short-text",
    ]);
  });

  it("empty text -> null + diagnostic", () => {
    for (const text of ["", "   \n\n  ", "... !!! ???"]) {
      const s = readability(text);
      expect(s.value).toBeNull();
      expect(s.diagnostics[0]?.code).toBe("readability/no-words");
    }
  });
});

describe("sentence splitter", () => {
  it("does not split at e.g., i.e., Dr. or decimals", () => {
    const c = readabilityCounts(
      "Dr. Smith gave 3.5 mg, e.g. twice a day. It helps, i.e. it works.",
    );
    expect(c.sentences).toBe(2);
    expect(c.words).toBe(14);
  });

  it("counts !, ?, closing quotes and runs of punctuation", () => {
    expect(readabilityCounts('He said "Stop!" Then he left. Why?! Because.').sentences).toBe(4);
  });

  it("treats bullet lines as sentences and does not count their markers", () => {
    const text =
      "We will:\n- ask patients\n* meet twice\n• write it up\n1. share results\n2) publish";
    const c = readabilityCounts(text);
    expect(c.sentences).toBe(6);
    expect(c.words).toBe(12);
  });

  it("ends a sentence at a blank line (headings), joins hard-wrapped lines", () => {
    expect(
      readabilityCounts("Background\n\nWe asked people what they\nthought of it.").sentences,
    ).toBe(2);
    expect(readabilityCounts("We asked people what they\r\nthought of it.").sentences).toBe(1);
  });

  it("does not treat a hyphen before a number as a bullet", () => {
    expect(readabilityCounts("-5 degrees is cold.")).toMatchObject({ words: 4, sentences: 1 });
  });
});

describe("countSyllables (vowel groups, silent-e, -le)", () => {
  it.each([
    ["cat", 1],
    ["the", 1],
    ["make", 1],
    ["whole", 1],
    ["table", 2],
    ["little", 2],
    ["agree", 2],
    ["yes", 1],
    ["happy", 2],
    ["platypus", 3],
    ["seemingly", 3],
    ["café", 2],
    ["don't", 1],
    ["well-known", 2],
    ["NHS", 1],
    ["2025", 1],
    ["участие", 1],
  ])("%s -> %i", (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it("counts polysyllables (3 or more) in text", () => {
    expect(readabilityCounts("Involvement is important.").polysyllables).toBe(2);
  });
});

// Speed is measured in test/bench/readability.bench.ts (linear in text length); here the
// large inputs only have to finish with the right counts (the test timeout catches a blow-up).
describe("large and adversarial texts", () => {
  it("counts a 1 MB text exactly", () => {
    const para =
      "Dr. Jones asked 12 patients, e.g. carers, what they thought. It was good!\n- a bullet\n\n";
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const c = readabilityCounts(text);
    const reps = Math.ceil(1_000_000 / para.length);
    expect(c.sentences).toBe(3 * reps);
    expect(c.words).toBe(15 * reps);
  });

  it("adversarial 1 MB inputs complete", () => {
    for (const text of [
      "a".repeat(1_000_000),
      ".".repeat(1_000_000),
      "a-".repeat(500_000),
      "e.g. ".repeat(200_000),
      "- \n".repeat(300_000),
    ]) {
      const s = readability(text);
      expect(s.value === null || Number.isFinite(s.value)).toBe(true);
    }
  });
});
