import { describe, expect, it } from "vitest";
import { interner, own } from "../../src/io/intern.js";

describe("interner and own", () => {
  it("keep every character: short, long, beyond the pooled length, and outside the BMP", () => {
    const intern = interner();
    const text = `id,title\n1,${"Café ☕ 🌍 ".repeat(40)}\n`;
    for (const [from, to] of [
      [0, 2],
      [0, 20],
      [11, text.length - 1],
      [12, 40],
    ] as const) {
      const cell = text.slice(from, to);
      expect(own(cell)).toBe(cell);
      expect(intern(cell)).toBe(cell);
      expect(intern(cell)).toBe(cell);
    }
    expect(own("")).toBe("");
    expect(intern("")).toBe("");
  });
});
