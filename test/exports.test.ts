import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The public surface of every entry, pinned: values and types by name, so that any change to
 * what users can import is a visible diff in `test/__snapshots__/exports/`. The root entry
 * carries at most 120 runtime values; anything a module shares only with its neighbours is
 * not reachable from a public entry.
 */

const ROOT = resolve(import.meta.dirname, "..");
const ENTRIES = {
  ppie: "src/index.ts",
  "ppie/scores": "src/scores/index.ts",
  "ppie/frameworks": "src/frameworks/index.ts",
  "ppie/demo": "src/demo/index.ts",
  "ppie/io": "src/io/index.ts",
} as const;

function surface(): Record<string, { values: string[]; types: string[] }> {
  const files = Object.values(ENTRIES).map((f) => resolve(ROOT, f));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const out: Record<string, { values: string[]; types: string[] }> = {};
  for (const [name, file] of Object.entries(ENTRIES)) {
    const sf = program.getSourceFile(resolve(ROOT, file));
    const mod = sf && checker.getSymbolAtLocation(sf);
    if (!mod) throw new Error(`cannot read ${file}`);
    const values: string[] = [];
    const types: string[] = [];
    for (const sym of checker.getExportsOfModule(mod)) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      (target.flags & ts.SymbolFlags.Value ? values : types).push(sym.name);
    }
    out[name] = { values: values.sort(), types: types.sort() };
  }
  return out;
}

const exported = surface();

describe("public exports", () => {
  for (const [name, { values, types }] of Object.entries(exported)) {
    it(`${name} exports exactly its pinned list`, async () => {
      const file = name.replace("/", "-");
      await expect(
        `${["# values", ...values, "", "# types", ...types].join("\n")}\n`,
      ).toMatchFileSnapshot(`./__snapshots__/exports/${file}.txt`);
    });
  }

  it("the root entry carries at most 120 runtime values", async () => {
    const root = await import("../src/index.js");
    expect(Object.keys(root).length).toBeLessThanOrEqual(120);
    expect(Object.keys(root).sort()).toEqual(exported.ppie?.values);
  });

  it("no entry re-exports whole modules with export *, except the two namespaces", () => {
    for (const file of Object.values(ENTRIES)) {
      const text = ts.sys.readFile(resolve(ROOT, file)) ?? "";
      const stars = text.split("\n").filter((l) => /^export \*/.test(l));
      expect(stars.filter((l) => !/^export \* as (frameworks|scores) from/.test(l))).toEqual([]);
    }
  });

  it("shares no neighbour helper", () => {
    const internal = [
      "pairKey",
      "splitWords",
      "toRateEntries",
      "logGamma",
      "PARSE_CODES",
      "CHECK_CODES",
      // The declaration tables of diagnostic codes (DiagnosticCode is public; they are not).
      "AGREEMENT_CODES",
      "BUILD_REPORT_CODES",
      "COPRODUCTION_CODES",
      "CSV_CODES",
      "DISCLOSURE_CODES",
      "FFT_CODES",
      "FFT_TABLE_CODES",
      "FRAMEWORK_CODES",
      "GRIPP2_CODES",
      "IMPACT_CODES",
      "ENGAGEMENT_CODES",
      "DECODE_CODES",
      "DUPLICATE_KEY_CODES",
      "JSON_CODES",
      "LIMIT_CODES",
      "YAML_CODES",
      "INVOLVEMENT_DEPTH_CODES",
      "PAYMENTS_CODES",
      "PEIRS22_CODES",
      "PPEET_CODES",
      "READABILITY_CODES",
      "REPORT_CODES",
      "REPRESENTATION_CODES",
      "SCORE_CODES",
      "STANDARDS_CODES",
      "STRATEGY_CODES",
      "latestRecordedDate",
      "latestDate",
      "DatasetIndex",
      "identifiersIn",
      "facts",
    ];
    for (const { values } of Object.values(exported)) {
      expect(values.filter((v) => internal.includes(v))).toEqual([]);
    }
  });
});
