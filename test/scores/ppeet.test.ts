import { describe, expect, it } from "vitest";
import type { PpeetOption, PpeetResponse } from "../../src/scores/ppeet.js";
import { ppeet } from "../../src/scores/ppeet.js";

function responsesFor(id: string, counts: Partial<Record<PpeetOption, number>>): PpeetResponse[] {
  const out: PpeetResponse[] = [];
  for (const [option, n] of Object.entries(counts) as [PpeetOption, number][]) {
    for (let i = 0; i < n; i++) out.push({ [id]: option });
  }
  return out;
}

const items = [
  { id: "q1", text: "Item wording supplied by the user." },
  { id: "q2", text: "Another item." },
];

describe("ppeet item summary (a ppie design choice)", () => {
  it("vector 5: SA 6, A 9, N 2, D 1, SD 0, DK 2 -> 83.33% agree; DK 10%", () => {
    const responses = responsesFor("q1", {
      "strongly-agree": 6,
      agree: 9,
      neutral: 2,
      disagree: 1,
      "strongly-disagree": 0,
      "dont-know": 2,
    });
    const s = ppeet(responses, items);
    const q1 = s.components.items[0]!;
    expect(q1.n).toBe(20);
    expect(q1.nSubstantive).toBe(18);
    expect(q1.percentAgree).toBeCloseTo(83.3333, 4);
    expect(q1.percentDontKnow).toBe(10);
    expect(q1.percentDisagree).toBeCloseTo(5.5556, 4);
    expect(q1.percentNeutral).toBeCloseTo(11.1111, 4);
    expect(q1.counts).toEqual({
      "strongly-agree": 6,
      agree: 9,
      neutral: 2,
      disagree: 1,
      "strongly-disagree": 0,
      "dont-know": 2,
      "not-applicable": 0,
    });
    // no total score: the value counts the items summarised
    expect(s.value).toBe(1);
    expect(s.unit).toBe("count");
    expect(s.components.items[1]?.n).toBe(0);
    expect(s.components.items[1]?.percentAgree).toBeNull();
    expect(s.explanation).toContain("no total score");
    expect(s.diagnostics).toEqual([]);
  });

  it("not applicable is left out of the denominator and reported apart", () => {
    const s = ppeet(
      [{ q1: "agree" }, { q1: "not-applicable" }, { q1: "disagree" }, { q1: null }],
      items,
    );
    const q1 = s.components.items[0]!;
    expect(q1.n).toBe(3);
    expect(q1.percentAgree).toBe(50);
    expect(q1.percentNotApplicable).toBeCloseTo(33.3333, 4);
  });

  it("answers to unknown items are reported, not dropped silently", () => {
    const s = ppeet([{ q1: "agree", q9: "agree" }, { q9: "neutral" }], items);
    expect(s.diagnostics).toEqual([
      expect.objectContaining({
        code: "ppeet/unknown-item",
        path: ["responses", 0, "q9"],
        message: expect.stringContaining("2 answers"),
      }),
    ]);
  });

  it("invalid options, duplicate items and empty input give diagnostics", () => {
    const bad = ppeet([{ q1: "yes" as PpeetOption }], [...items, { id: "q1", text: "dup" }]);
    expect(bad.diagnostics.map((d) => d.code)).toEqual([
      "ppeet/duplicate-item",
      "ppeet/invalid-option",
    ]);
    expect(bad.components.items).toHaveLength(2);
    const empty = ppeet([], items);
    expect(empty.value).toBe(0);
    expect(empty.diagnostics.map((d) => d.code)).toEqual(["ppeet/no-responses"]);
  });
});
