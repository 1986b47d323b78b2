import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  builtinRules,
  CHECK_CODES,
  diagnosticsMarkdown,
  PARSE_CODES,
} from "../../src/rules/index.js";

describe("docs/diagnostics.md", () => {
  it("is up to date with the rule registry (run `npx tsx scripts/gen-diagnostics.ts`)", () => {
    const onDisk = readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8");
    expect(onDisk).toBe(diagnosticsMarkdown());
  });
  it("lists every code: parse, rules and check", () => {
    const md = diagnosticsMarkdown();
    for (const code of [
      ...PARSE_CODES.map((c) => c.code),
      ...builtinRules.map((r) => r.code),
      ...CHECK_CODES.map((c) => c.code),
    ]) {
      expect(md).toContain(`### \`${code}\``);
    }
  });
});
