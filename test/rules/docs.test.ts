import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue, diagnosticsDocument } from "../../src/diagnostics-catalogue.js";
import {
  builtinRules,
  CHECK_CODES,
  diagnosticsMarkdown,
  PARSE_CODES,
} from "../../src/rules/index.js";
import type { Source } from "../../src/source.js";
import { formatSource, isDesignChoice, sourceLink } from "../../src/source.js";

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
  it("cites each rule's source as a reader can open it, never ppie's internal notes", () => {
    const md = diagnosticsMarkdown();
    const rules = md.slice(md.indexOf("## Domain rules"), md.indexOf("## About the options"));
    expect(rules).not.toMatch(/(frameworks|metrics|DESIGN)\.md|domain notes|§/);
    for (const r of builtinRules) {
      const start = rules.indexOf(`#### \`${r.code}\``);
      const next = rules.indexOf("#### ", start + 1);
      const block = rules.slice(start, next < 0 ? undefined : next);
      const source: Source = r.source;
      if (isDesignChoice(source)) {
        const page = source.explained.replace(/^docs\//, "");
        expect(block).toContain(`- Source: ppie design choice — see [${source.title}](${page})`);
        continue;
      }
      const link = sourceLink(source);
      const reference = formatSource(source);
      expect(block).toContain(
        `- Source: ${link === undefined ? reference : reference.replace(link, `<${link}>`)}`,
      );
      if (source.section !== undefined) expect(block).toContain(source.section.slice(1));
      expect(block.includes("(not yet verified)"), r.code).toBe(!source.verified);
      if (source.note !== undefined) expect(block).toContain(`- About the source: ${source.note}`);
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
