import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import { identifierFilter } from "../../src/reports/options.js";
import { checkDataset } from "../../src/rules/check.js";
import { dataset } from "../rules/fixture.js";
import { VARIANTS } from "./identifier-variants.js";

const R = "[identifier removed]";
const RECORDED = {
  name: ["Priya Example", "José Núñez"],
  email: ["priya.example@example.org"],
  phone: ["01632 960777"],
};

function withPeople(): Dataset {
  const ds = dataset();
  return {
    ...ds,
    contributors: [
      ...ds.contributors,
      {
        ...ds.contributors[0]!,
        id: "c-90",
        identifiers: {
          name: "Priya Example",
          email: "priya.example@example.org",
          phone: "01632 960777",
        },
      },
      { ...ds.contributors[0]!, id: "c-91", identifiers: { name: "José Núñez" } },
    ],
  };
}

const ds = withPeople();
const clean = identifierFilter(ds);
/** The rule's findings for a text written in the first activity's notes. */
const flagged = (text: string) =>
  checkDataset({
    ...ds,
    activities: ds.activities.map((a, i) => (i === 0 ? { ...a, notes: text } : a)),
  }).filter((d) => d.code === "privacy/identifier-in-text");

describe("every variant of an identifier (red team, issue 17 item 2)", () => {
  const cases = VARIANTS.flatMap((v) =>
    RECORDED[v.of].map(
      (id) => [`${v.of} ${JSON.stringify(id)}: ${v.name}`, v.apply(id), v.left?.(R) ?? R] as const,
    ),
  );

  it.each(cases)("removes the %s, and nothing else", (_, variant, left) => {
    expect(clean(`Thanks to ${variant} for the idea.`)).toBe(`Thanks to ${left} for the idea.`);
  });

  it.each(cases)("the rule finds the %s", (_, variant) => {
    expect(flagged(`Thanks to ${variant} for the idea.`).map((d) => d.path)).toEqual([
      ["activities", 0, "notes"],
    ]);
  });
});

describe("what is not an identifier", () => {
  it.each([
    "Priya Examples and Priyanka Example",
    "An example of good practice",
    "priya, example",
    "Call 01632 96077 (a digit short)",
    "José Núñezz",
  ])("leaves %j alone", (text) => {
    expect(clean(text)).toBe(text);
  });

  it("removes a whole name wherever it stands as words", () => {
    expect(clean("priya.example and PriyaExample's idea")).toBe(`${R} and ${R}'s idea`);
  });

  it("removes a phone number with its country or trunk prefix", () => {
    expect(clean("Ring +44 (0)1632 960777 or (01632) 960777.")).toBe(`Ring ${R} or (${R}.`);
  });
});
