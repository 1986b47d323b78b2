import { describe, expect, it } from "vitest";
import { identifierMatcher } from "../../src/derive/identifier-matcher.js";
import { wordPattern } from "../../src/derive/text-projection.js";
import { identifiersIn } from "../../src/rules/privacy-identifier-in-text.js";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "privacy/identifier-in-text";
const names = identifierMatcher([{ text: wordPattern("Alex Example"), kind: "name" }]);

describe("identifiersIn", () => {
  it.each([
    ["Write to alex@example.org please", ["an email address"]],
    ["Ring 01632 960001 after 5", ["a phone number"]],
    ["Ring 07700 900123", ["a phone number"]],
    ["Ring +44 (0)20 7946 0000", ["a phone number"]],
    ["Ring (01632) 960001", ["a phone number"]],
    ["Ring 01632 960001 2025", ["a phone number"]],
    ["Alex Example said so", ["a contributor's full name"]],
    ["ALEX   example, said so", ["a contributor's full name"]],
    ["Chaired by (Alex Example).", ["a contributor's full name"]],
    // dots, hyphens and underscores join the words of a name, as in ids and email addresses
    ["see www.alex.example.org", ["a contributor's full name"]],
    ["Ring 0044 1632 960001", ["a phone number"]],
    ["Ring 01632_960001", ["a phone number"]],
  ])("finds identifiers in %j", (text, kinds) => {
    expect(identifiersIn(text, names)).toEqual(kinds);
  });
  it.each([
    "Alex said so",
    "An example of good practice",
    "Alexander Examples",
    "Meeting on 2025-03-01 at 10:30",
    "Budget 1250000 pence",
    "Ref 0123",
    "No @ here",
    "Alex, Example and others",
    "Alexa Example and Alex Examples",
  ])("finds nothing in %j", (text) => {
    expect(identifiersIn(text, names)).toEqual([]);
  });
});

describe(CODE, () => {
  it("passes text without identifiers", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a contributor's name and email in activity notes, without repeating them", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).notes = "Alex Example (alex@example.org) will chair.";
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["activities", 0, "notes"],
        message:
          "The notes field of activity a-1 contains an email address and a contributor's full name.",
        hint: "Replace identifiers with the contributor's pseudonymous id (e.g. c-0042); contact details belong on the contributor record only.",
      },
    ]);
  });
  it("checks outcome summaries and impact records", () => {
    const ds = dataset((d) => {
      at(at(d.activities, 0).outcomes, 0).summary = "Call 01632 960001 to hear more.";
      at(d.impacts, 0).weDid = "Alex Example rewrote it.";
      at(d.impacts, 0).evidence = ["Email from alex@example.org"];
    });
    expect(withCode(ds, CODE).map((x) => x.path)).toEqual([
      ["activities", 0, "outcomes", 0, "summary"],
      ["impacts", 0, "evidence", 0],
      ["impacts", 0, "weDid"],
    ]);
  });
});

describe("identifiersIn takes time in proportion to the text", () => {
  const N = 200_000;
  // Each of these made the old regular expressions backtrack over the whole text from every
  // position (about 0.8 s at 20,000 characters, so minutes at 200,000): a quadratic search
  // runs past the test's timeout. No timing is asserted (speed lives in the benchmarks).
  it.each([
    ["a long local part without a domain", `${"a".repeat(N)}@`],
    ["a domain of one-letter labels", `a@${"a.".repeat(N / 2)}`],
    ["a local part of dots", `${"a.".repeat(N / 2)}@1`],
    ["a word with digits in the middle", `a${"1".repeat(N)}a`],
    ["a word with dots in the middle", `a${".".repeat(N)}a`],
    ["many at signs", "a@".repeat(N / 2)],
    ["digit labels", `a@${"1111.".repeat(N / 5)}`],
  ])("%s", (_, text) => {
    expect(identifiersIn(text, names)).toEqual([]);
  });

  it("still finds an email address at the end of a long text", () => {
    expect(identifiersIn(`${"a.".repeat(N / 2)} x@example.org`, names)).toEqual([
      "an email address",
    ]);
    expect(identifiersIn(`${"@".repeat(N)}x@example.org`, names)).toEqual(["an email address"]);
  });

  it("finds a name inside punctuation, joined by dots, or in look-alike letters", () => {
    expect(identifiersIn("((Alex Example))", names)).toEqual(["a contributor's full name"]);
    expect(identifiersIn("Alex...Example", names)).toEqual(["a contributor's full name"]);
    expect(identifiersIn("𝐀lex Example", names)).toEqual(["a contributor's full name"]);
  });
});
