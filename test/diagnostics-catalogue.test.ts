/**
 * The declarations of every diagnostic code: each is well formed, and every code ppie emits
 * while it reads the fixtures, checks, scores and reports the demo and runs the CLI is one of
 * them. (The compiler does the rest: `diagnostic()` takes only declared codes.)
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import type { CliDiagnosticCode } from "../src/cli/diagnostics.js";
import { loadDataset } from "../src/cli/load.js";
import type { CatalogueArea } from "../src/diagnostics-catalogue.js";
import {
  CATALOGUE_AREAS,
  catalogue,
  severitiesOf,
  validateCatalogue,
} from "../src/diagnostics-catalogue.js";
import { demoDataset } from "../src/demo/index.js";
import { createFrameworkRegistry } from "../src/frameworks/registry.js";
import { parseDataset } from "../src/model/parse.js";
import { buildReport, REPORT_KINDS } from "../src/reports/index.js";
import type { Diagnostic } from "../src/result.js";
import { checkDataset } from "../src/rules/check.js";
import { defineRule } from "../src/rules/define.js";
import { agreement } from "../src/scores/agreement.js";
import { disclosureControl } from "../src/scores/disclosure.js";
import { fft } from "../src/scores/fft.js";
import { fftTable } from "../src/scores/fft-table.js";
import { peirs22 } from "../src/scores/peirs22.js";
import { ppeet } from "../src/scores/ppeet.js";
import { readability } from "../src/scores/readability.js";
import { MEASURE_IDS, scoreDataset } from "../src/scores/registry.js";
import { representation } from "../src/scores/representation.js";
import { runMain } from "./cli/helpers.js";

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const entries = catalogue();
const declared = new Set(entries.map((c) => c.code));

describe("the declarations", () => {
  it("declare each code once", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const c of entries) {
      const first = seen.get(c.code);
      if (first !== undefined) twice.push(`${c.code} (${first} and ${c.module})`);
      seen.set(c.code, c.module);
    }
    expect(twice).toEqual([]);
    expect(entries.length).toBeGreaterThan(190);
  });

  it("mark as reported by validate the areas of reading files and the CLI (io/, cli/), and no other", () => {
    const reading = (t: { module: string }) => /^(io|cli)\//.test(t.module);
    for (const area of CATALOGUE_AREAS as readonly CatalogueArea[]) {
      const modules = area.tables.map((t) => t.module);
      if (area.tables.some(reading))
        expect(area.reportedByValidate, `${area.title}: ${modules.join(", ")}`).toBe(true);
      if (area.reportedByValidate)
        expect(
          modules.filter((m) => !reading({ module: m })),
          area.title,
        ).toEqual([]);
    }
  });

  it("list what validate can report in the page's order: parse, rule and check codes, then reading", () => {
    const codes = validateCatalogue().map((c) => c.code);
    const ownOrFile = /^(model\/parse|rules\/registry|rules\/check|io\/.+|cli\/.+)$/;
    expect(codes).toEqual(entries.filter((c) => ownOrFile.test(c.module)).map((c) => c.code));
  });

  it("name codes area/what-happened in lower-case words", () => {
    expect(entries.map((c) => c.code).filter((code) => !CODE.test(code))).toEqual([]);
  });

  it("give a title, the severities and an example that is a valid diagnostic", () => {
    for (const c of entries) {
      const severities = severitiesOf(c);
      expect(severities.length, c.code).toBeGreaterThan(0);
      expect(new Set(severities).size, c.code).toBe(severities.length);
      for (const s of severities) expect(["error", "warning", "info"], c.code).toContain(s);
      expect(c.title.trim().length, c.code).toBeGreaterThan(0);
      const example: Diagnostic<string> = {
        code: c.code,
        severity: severities[0] ?? "error",
        path: [...c.example.path],
        message: c.example.message,
        ...(c.example.hint === undefined ? {} : { hint: c.example.hint }),
      };
      expect(
        example.path.every((p) => typeof p === "string" || Number.isInteger(p)),
        c.code,
      ).toBe(true);
      expect(example.message, c.code).toMatch(/^\S.*[.)]$/s);
      if (example.hint !== undefined) expect(example.hint.trim().length, c.code).toBeGreaterThan(0);
    }
  });
});

/** Every diagnostic ppie emits on the way through the fixtures, the demo and the CLI. */
async function emitted(): Promise<Diagnostic<string>[]> {
  const out: Diagnostic<string>[] = [];
  const add = (ds: readonly Diagnostic<string>[]) => out.push(...ds);
  const demo = demoDataset;

  // Reading: every CLI fixture, and inputs that are not datasets at all.
  const fixtures = resolve(import.meta.dirname, "fixtures/cli");
  for (const name of readdirSync(fixtures))
    add((await loadDataset(join(fixtures, name))).diagnostics);
  const cyclic: Record<string, unknown> = { schemaVersion: 1 };
  cyclic.projects = [cyclic];
  for (const input of [[], { schemaVersion: 2 }, cyclic, { activities: [{ id: 7 }], extra: 1 }])
    add(parseDataset(input).diagnostics);
  add(parseDataset(demo, { maxDiagnostics: 0 }).diagnostics);

  // Checking: the demo, bad options, a duplicate and a failing rule.
  add(checkDataset(demo));
  const failing = defineRule({
    code: "local/fails",
    title: "Fails",
    description: "Always throws.",
    severity: "info",
    category: "dates",
    entity: "any",
    source: { id: "test", title: "Test", publisher: "Local", verified: true },
    options: z.strictObject({}),
    example: { path: [], message: "Never." },
    check: () => {
      throw new Error("boom");
    },
  });
  add(
    checkDataset(demo, {
      asOf: "yesterday",
      rules: { "payment/of-rate": "off", "payment/off-rate": { options: { x: 1 } as never } },
      extraRules: [failing, { ...failing, code: "payment/off-rate" }],
      ...({ colour: "red" } as object),
    }).filter((d) => d.code !== "local/fails"),
  );

  // Scoring: every measure with its defaults, and with options it cannot use.
  for (const m of MEASURE_IDS) {
    const project = demo.projects[0]?.id ?? "p-001";
    const needs = m === "gripp2-completeness" || m === "involvement-depth" || m === "readability";
    for (const o of [
      needs ? { project } : {},
      { project: "p-999" },
      { period: "2025-27", ...(needs ? { project } : {}) },
      { perod: "2025-26" },
      5,
    ]) {
      const r = scoreDataset(m, demo, o);
      add(r.diagnostics);
    }
  }
  add(scoreDataset("nosuch", demo).diagnostics);
  // The pure scorers, given what they cannot score.
  const bad = (x: unknown) => x as never;
  add(agreement([]).diagnostics);
  add(fft(bad({ veryGood: 1.5 }), { eligible: -1 }).diagnostics);
  add(fftTable(bad([{ id: "a", parent: "b" }, { id: "a" }])).diagnostics);
  add(peirs22(bad([5, 1])).diagnostics);
  add(ppeet([], []).diagnostics);
  add(readability("").diagnostics);
  add(representation({ a: 1.5 }, {}, { shareTolerance: -1 }).diagnostics);
  add(disclosureControl(bad({ rows: [[1], [1, 2]] }), bad("hes-2019")).diagnostics);

  // Reporting: every kind, and options it cannot use.
  const generatedAt = "2026-04-01T09:00:00Z";
  for (const kind of REPORT_KINDS)
    add(buildReport(kind, demo, { generatedAt, project: "p-001" }).diagnostics);
  for (const opts of [5, {}, { generatedAt: "yesterday", colour: "red", period: "2025-27" }])
    add(buildReport("project", demo, opts as never).diagnostics);
  add(buildReport("gripp3" as never, demo, { generatedAt }).diagnostics);

  // The frameworks registry.
  const registry = createFrameworkRegistry();
  const first = registry.list()[0];
  if (first) {
    const added = registry.add(first);
    add(added.diagnostics);
  }

  // The CLI: JSON output of validate, and the codes in the text it prints.
  for (const name of readdirSync(fixtures)) {
    const run = await runMain(["validate", join(fixtures, name), "--format", "json"]);
    const json = JSON.parse(run.stdout) as { files: { diagnostics: Diagnostic<string>[] }[] };
    for (const f of json.files) add(f.diagnostics);
  }
  for (const args of [
    ["score", "payments", "--period", "2025-27"],
    ["score", "fft", "--project", "p-999"],
    ["report", "project", "--project", "p-999"],
    ["report", "strategy", "--period", "next year"],
  ]) {
    const run = await runMain(args);
    for (const m of `${run.stdout}\n${run.stderr}`.matchAll(/^ +(error|warning|info) +(\S+) /gm))
      out.push({ code: m[2] as string, severity: m[1] as "error", path: [], message: "" });
  }
  return out;
}

describe("every code emitted", () => {
  it("is declared", async () => {
    const codes = new Set((await emitted()).map((d) => d.code));
    expect(codes.size).toBeGreaterThan(60);
    expect([...codes].filter((c) => !declared.has(c)).sort()).toEqual([]);
  });

  it("is typed: the CLI's diagnostics carry CliDiagnosticCode", () => {
    const code: CliDiagnosticCode = "csv/unknown-column";
    expect(declared.has(code)).toBe(true);
  });
});
