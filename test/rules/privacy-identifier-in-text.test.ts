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
