import { describe, expect, it } from "vitest";
import { sourceLines } from "../../src/cli/commands/score.js";
import { CHOICE_GRIPP2 } from "../../src/frameworks/design-choices.js";
import { FFT_CALCULATIONS, GRIPP2_BMJ_2017 } from "../../src/frameworks/publications.js";
import { cite, formatSource } from "../../src/source.js";

describe("ppie score: the lines that cite a score's sources", () => {
  it("prints one source on one line, as a full reference with its DOI", () => {
    const source = cite(GRIPP2_BMJ_2017, "Table 1");
    expect(sourceLines([source])).toEqual([`Source: ${formatSource(source)}`]);
    expect(sourceLines([source])[0]).toMatch(
      /^Source: Staniszewska S, Brett J, Simera I, et al\.+ GRIPP2 reporting checklists: .* Table 1\. https:\/\/doi\.org\/10\.1136\/bmj\.j3453$/,
    );
  });

  it("prints several sources one per line, a design choice with the page that explains it", () => {
    const lines = sourceLines([
      cite(GRIPP2_BMJ_2017, "short form", { verified: false, note: "Not checked." }),
      FFT_CALCULATIONS,
      CHOICE_GRIPP2,
    ]);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("Sources:");
    expect(lines[2]).toBe("    Not checked.");
    lines.splice(2, 1);
    expect(lines[1]).toMatch(
      /^ {2}- Staniszewska S.*https:\/\/doi\.org\/10\.1136\/bmj\.j3453 \(not yet verified\)$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}- Friends and Family Test: .* https:\/\/www\.england\.nhs\.uk\/fft\/calculations\/$/,
    );
    expect(lines[3]).toBe(
      `  - ppie design choice: ${CHOICE_GRIPP2.title} (explained in ppie's documentation, docs/design-choices.md#gripp2-completeness)`,
    );
  });

  it("says what is not yet confirmed under an unverified source, and no note of a verified one", () => {
    const unverified = cite(GRIPP2_BMJ_2017, "Table 1", { verified: false, note: "Wording." });
    expect(sourceLines([unverified])).toEqual([
      `Source: ${formatSource(unverified)}`,
      "  Wording.",
    ]);
    const verified = cite(GRIPP2_BMJ_2017, "Table 1", { note: "Background." });
    expect(sourceLines([verified])).toEqual([`Source: ${formatSource(verified)}`]);
  });

  it("escapes control characters in a source it did not write", () => {
    const [line] = sourceLines([
      { id: "x", title: "Bad\u001b[31m title", publisher: "P", verified: true },
    ]);
    expect(line).not.toContain("\u001b");
  });
});
