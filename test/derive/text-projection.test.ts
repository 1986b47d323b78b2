import { describe, expect, it } from "vitest";
import {
  canonicalText,
  digitProjection,
  phonePattern,
  wordPattern,
  wordProjection,
} from "../../src/derive/text-projection.js";

describe("text normalisation", () => {
  it("reads one spelling, keeping each character's span", () => {
    const c = canonicalText("Ｐri\u200Bya %40 Éx");
    expect(c.chars.join("")).toBe("priya @ ex");
    // the zero-width space belongs to the "i" before it; "%40" is one character
    expect(c.originEnd[2]).toBe(4);
    expect([c.origin[6], c.originEnd[6]]).toEqual([7, 10]);
  });

  it("puts a right-to-left override run back in display order", () => {
    const text = "a \u202Ecb\u202C d";
    expect(canonicalText(text).chars.join("")).toBe("a bc d");
    expect(canonicalText(text).runs).toEqual([[2, 6]]);
  });

  it("joins the words of a name, and keeps phone digits apart from what breaks a number", () => {
    const w = wordProjection(canonicalText("Priya O’Neil, x"));
    expect(w.chars.join("")).toBe("priyaoneil,x");
    expect(w.gapBefore).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(digitProjection(canonicalText("+44 (0)1632/960_003 ext")).chars.join("")).toBe(
      "+4401632960003###",
    );
  });

  it("normalises identifiers the same way", () => {
    expect(wordPattern("Priya  O’Neil-Smith")).toBe("priyaoneilsmith");
    expect(phonePattern("01632 960777")).toBe("1632960777");
    expect(phonePattern("+44 (0)1632 960777")).toBe("1632960777");
    expect(phonePattern("0044 1632 960777")).toBe("1632960777");
    expect(phonePattern("+33 1 23 45 67 89")).toBe("33123456789");
  });
});
