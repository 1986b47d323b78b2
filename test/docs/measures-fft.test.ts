/**
 * The `fftTable` examples of docs/measures/fft.md run, and what their claim comments say is
 * checked (`expr; // <literal>`, as for TSDoc examples: see `tsdoc-examples.ts`).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as scores from "../../src/scores/index.js";
import { runSnippet } from "./tsdoc-examples.js";

const root = resolve(import.meta.dirname, "../..");
const page = readFileSync(join(root, "docs/measures/fft.md"), "utf8");
const snippets = [...page.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((s) => s.includes("fftTable("));

describe("docs/measures/fft.md examples", () => {
  it("has examples of fftTable under both rules", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    expect(snippets.some((s) => s.includes('rules: "cautious"'))).toBe(true);
  });

  snippets.forEach((code, i) => {
    it(`example ${i + 1} runs and its claims hold`, async () => {
      const outcome = await runSnippet(code, {}, (specifier) =>
        specifier === "ppie/scores" ? scores : undefined,
      );
      expect(outcome.failures, code).toEqual([]);
      expect(outcome.claims.length).toBeGreaterThan(0);
      expect(outcome.checked).toBe(outcome.claims.length);
    });
  });
});
