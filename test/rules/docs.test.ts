import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  builtinRules,
  CHECK_CODES,
  diagnosticsMarkdown,
  PARSE_CODES,
} from "../../src/rules/index.js";
import { otherCodesMarkdown, scanDiagnosticCodes } from "../../scripts/diagnostic-codes.js";

const root = new URL("../..", import.meta.url).pathname;
const expected = () => `${diagnosticsMarkdown()}\n${otherCodesMarkdown(scanDiagnosticCodes(root))}`;

describe("docs/diagnostics.md", () => {
  it("is up to date with the rule registry (run `npx tsx scripts/gen-diagnostics.ts`)", () => {
    const onDisk = readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8");
    expect(onDisk).toBe(expected());
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
  it("lists the codes of the measures, reports and CLI", () => {
    const codes = scanDiagnosticCodes(root).map((c) => c.code);
    for (const code of [
      "fft/no-responses",
      "peirs22/wrong-length",
      "report/unknown-kind",
      "csv/unknown-column",
      "disclosure/unknown-policy",
    ]) {
      expect(codes).toContain(code);
      expect(expected()).toContain(`| \`${code}\` |`);
    }
  });
});
