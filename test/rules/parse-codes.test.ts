import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PARSE_CODES } from "../../src/rules/parse-codes.js";

describe("PARSE_CODES", () => {
  it("mirrors the codes src/model/parse.ts can produce", () => {
    const src = readFileSync(new URL("../../src/model/parse.ts", import.meta.url), "utf8");
    const literal = [...src.matchAll(/"((?:schema|ref|dataset|parse)\/[a-z-]+)"/g)].map(
      (m) => m[1],
    );
    expect(src).toContain(["`ref/unknown-", "$", "{spec.entity}`"].join(""));
    const entities = [...src.matchAll(/entity: "([a-z-]+)"/g)].map((m) => `ref/unknown-${m[1]}`);
    const fromSource = new Set([...literal, ...entities]);
    expect(new Set(PARSE_CODES.map((c) => c.code))).toEqual(fromSource);
  });
});
