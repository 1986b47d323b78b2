import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue, diagnosticsDocument } from "../../src/diagnostics-catalogue.js";
import {
  builtinRules,
  CHECK_CODES,
  diagnosticsMarkdown,
  PARSE_CODES,
} from "../../src/rules/index.js";

describe("docs/diagnostics.md", () => {
  it("is up to date with the declarations (run `npm run docs:diagnostics`)", () => {
    const onDisk = readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8");
    expect(onDisk).toBe(diagnosticsDocument());
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
  it("lists every declared code with its example", () => {
    const md = diagnosticsDocument();
    for (const c of catalogue()) expect(md).toContain(`### \`${c.code}\``);
    for (const code of [
      "fft/no-responses",
      "peirs22/wrong-length",
      "report/unknown-kind",
      "csv/unknown-column",
      "disclosure/unknown-policy",
      "coproduction/no-staff-ratings",
      "payments/unknown-project",
    ]) {
      expect(md).toContain(`#### \`${code}\``);
    }
  });
});
