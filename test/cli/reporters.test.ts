/**
 * `ppie validate --reporter github` and `--reporter sarif` (issue 14): annotations a GitHub
 * Actions run shows on the files, and a SARIF 2.1.0 log for code scanning.
 */
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, githubAnnotation } from "../../src/cli/github.js";
import { sarifLog } from "../../src/cli/sarif.js";
import type { ValidatedInput } from "../../src/cli/validated.js";
import { catalogue } from "../../src/diagnostics-catalogue.js";
import { CHECK_CODES } from "../../src/rules/check.js";
import { PARSE_CODES } from "../../src/rules/parse-codes.js";
import { builtinRules } from "../../src/rules/registry.js";
import { FIXTURES, ROOT, runBin, tempDir } from "./helpers.js";

/** A folder with the fixtures: a JSON file with wrong types, a CSV folder, a valid YAML file. */
function workspace(): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, "wrong-types.json"), join(dir, "data/wrong-types.json"));
  cpSync(join(FIXTURES, "wrong-header"), join(dir, "data/csv"), { recursive: true });
  cpSync(join(FIXTURES, "valid.yaml"), join(dir, "data/valid.yaml"));
  return dir;
}

const counts = { error: 1, warning: 0, info: 0 };

describe("--reporter github", () => {
  it("escapes the message (%, CR, LF) and properties (also : and ,) as GitHub's toolkit does", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("dir,a/b:c%.json")).toBe("dir%2Ca/b%3Ac%25.json");
  });

  it("writes one workflow command per diagnostic, with file, line, column and title", () => {
    const dir = workspace();
    const r = runBin(["validate", "data/wrong-types.json", "--reporter", "github"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("ppie: 1 dataset checked: 2 errors, no warnings.");
    const commands = lines.slice(0, -1);
    expect(commands.length).toBe(2);
    for (const c of commands)
      expect(c).toMatch(
        /^::error file=data\/wrong-types\.json,line=\d+,col=\d+,title=ppie [a-z-]+\/[a-z-]+::\S/,
      );
    expect(commands.join("\n")).toContain("title=ppie schema/wrong-type::");
    // the hint follows the message on a line of its own, escaped
    expect(commands[0]).toContain("%0A");
  });

  it("annotates the CSV file inside a folder, and the column by name", () => {
    const dir = workspace();
    const r = runBin(["validate", "data/csv", "--reporter", "github"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=data\/csv\/[a-z]+\.csv,line=\d+/m);
  });

  it("escapes data that would end the command early", () => {
    const input: ValidatedInput = {
      file: "a,b:c.json",
      input: "a,b:c.json",
      format: "json",
      valid: false,
      counts,
      diagnostics: [
        {
          code: "schema/wrong-type",
          severity: "error",
          path: ["title"],
          message: 'Title "x::error::y\nz" is 100% wrong.',
          location: { file: "a,b:c.json", line: 2, column: 3 },
        },
      ],
    };
    const line = githubAnnotation(input, input.diagnostics[0] as never, "/repo");
    expect(line).toBe(
      '::error file=a%2Cb%3Ac.json,line=2,col=3,title=ppie schema/wrong-type::Title "x::error::y%0Az" is 100%25 wrong.',
    );
    expect(line.split("\n")).toHaveLength(1);
  });

  it("standard input has no file: the annotation belongs to the run and names <stdin>", () => {
    const r = runBin(["validate", "-", "--reporter", "github"], {
      input: '{"schemaVersion": 1, "contributors": [{"id": 7, "roles": ["patient"]}]}',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=ppie schema\/wrong-type::<stdin>: /m);
  });

  it("with --quiet writes errors only and no summary; warnings become warning, info notice", () => {
    const dir = workspace();
    const r = runBin(["validate", "data/wrong-types.json", "--reporter", "github", "--quiet"], {
      cwd: dir,
    });
    expect(
      r.stdout
        .trimEnd()
        .split("\n")
        .every((l) => l.startsWith("::error ")),
    ).toBe(true);
    const demo = tempDir();
    expect(runBin(["demo", "--csv", join(demo, "csv"), "--quiet"]).code).toBe(0);
    const w = runBin(["validate", "csv", "--reporter", "github"], { cwd: demo });
    expect(w.stdout).toMatch(/^::warning file=csv\//m);
  });

  it("--format github is refused with a pointer to --reporter; the two must agree", () => {
    const r = runBin(["validate", "x.json", "--format", "github"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Use --reporter github.");
    expect(runBin(["validate", "x.json", "--format", "json", "--reporter", "sarif"]).code).toBe(2);
    expect(runBin(["validate", "x.json", "--reporter", "junit"]).code).toBe(2);
  });
});

/**
 * The parts of SARIF 2.1.0 a log must have (the schema's `required` properties on the objects
 * ppie writes, and the allowed values of `level` and `version`), written out by hand: the
 * OASIS schema itself is not part of this repository. Set PPIE_SARIF_SCHEMA to a copy of
 * sarif-schema-2.1.0.json to check against all of it as well.
 */
const SARIF_REQUIRED = {
  type: "object",
  required: ["version", "runs"],
  properties: {
    version: { const: "2.1.0" },
    $schema: { type: "string" },
    runs: {
      type: "array",
      items: {
        type: "object",
        required: ["tool"],
        properties: {
          tool: {
            type: "object",
            required: ["driver"],
            properties: {
              driver: {
                type: "object",
                required: ["name"],
                properties: {
                  name: { type: "string" },
                  rules: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["id"],
                      properties: {
                        id: { type: "string" },
                        shortDescription: { $ref: "#/$defs/message" },
                        fullDescription: { $ref: "#/$defs/message" },
                        help: { $ref: "#/$defs/message" },
                        defaultConfiguration: {
                          type: "object",
                          properties: { level: { $ref: "#/$defs/level" } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          columnKind: { enum: ["utf16CodeUnits", "unicodeCodePoints"] },
          results: {
            type: "array",
            items: {
              type: "object",
              required: ["message"],
              properties: {
                ruleId: { type: "string" },
                ruleIndex: { type: "integer", minimum: -1 },
                level: { $ref: "#/$defs/level" },
                message: { $ref: "#/$defs/message" },
                locations: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      physicalLocation: {
                        type: "object",
                        anyOf: [{ required: ["address"] }, { required: ["artifactLocation"] }],
                        properties: {
                          artifactLocation: {
                            type: "object",
                            properties: { uri: { type: "string", format: "uri-reference" } },
                          },
                          region: {
                            type: "object",
                            properties: {
                              startLine: { type: "integer", minimum: 1 },
                              startColumn: { type: "integer", minimum: 1 },
                            },
                          },
                        },
                      },
                      logicalLocations: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: { fullyQualifiedName: { type: "string" } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  $defs: {
    message: {
      type: "object",
      anyOf: [{ required: ["text"] }, { required: ["id"] }],
      properties: { text: { type: "string" } },
    },
    level: { enum: ["none", "note", "warning", "error"] },
  },
};

function checkSarif(log: unknown): void {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(SARIF_REQUIRED);
  expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  const schemaPath = process.env.PPIE_SARIF_SCHEMA;
  if (schemaPath) {
    const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
    // a draft-04 schema: ajv 8 reads it once its id is $id
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const full = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
      schema,
    );
    expect(full(log), JSON.stringify(full.errors?.slice(0, 5))).toBe(true);
  }
}

/**
 * Every code `ppie validate` can raise, in the order docs/diagnostics.md lists them: the parse
 * codes, the built-in rules and `checkDataset`'s own, then every catalogue entry of reading
 * files and of the CLI (declared in `io/...` or `cli/...`), whatever area it is listed under.
 */
function validateRaises(): string[] {
  const own = new Set<string>([...PARSE_CODES, ...builtinRules, ...CHECK_CODES].map((c) => c.code));
  return catalogue()
    .filter((c) => own.has(c.code) || /^(io|cli)\//.test(c.module))
    .map((c) => c.code);
}

describe("--reporter sarif", () => {
  it("has a rule for every code validate can raise, read from the catalogue in its order", () => {
    const run = sarifLog([], "/repo").runs[0] as { tool: { driver: { rules: { id: string }[] } } };
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(validateRaises());
    expect(ids).toContain("schema/wrong-type");
    expect(ids).toContain("input/duplicate-key");
    expect(ids).toContain("config/unknown-key");
  });

  it("docs/cli.md names every kind of reading code among the rules", () => {
    const cli = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    const section = cli.slice(cli.indexOf("### SARIF"), cli.indexOf("### ppie.config.json"));
    const areas = new Set(
      catalogue()
        .filter((c) => /^(io|cli)\//.test(c.module))
        .map((c) => `\`${c.code.split("/")[0]}/\``),
    );
    expect([...areas].filter((a) => !section.includes(a))).toEqual([]);
  });

  it("writes a SARIF 2.1.0 log: rules from the catalogue, results with their locations", () => {
    const dir = workspace();
    const r = runBin(["validate", "data/*", "--reporter", "sarif"], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    checkSarif(log);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("ppie");
    const ids: string[] = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(validateRaises());
    expect(new Set(ids).size).toBe(ids.length);
    const uris = run.results.map(
      (x: { locations?: { physicalLocation?: { artifactLocation: { uri: string } } }[] }) =>
        x.locations?.[0]?.physicalLocation?.artifactLocation.uri,
    );
    expect(uris).toContain("data/wrong-types.json");
    expect(uris.some((u: string | undefined) => /^data\/csv\/[a-z]+\.csv$/.test(u ?? ""))).toBe(
      true,
    );
    for (const x of run.results) {
      expect(ids[x.ruleIndex]).toBe(x.ruleId);
      expect(["error", "warning", "note"]).toContain(x.level);
    }
    const typed = run.results.find((x: { ruleId: string }) => x.ruleId === "schema/wrong-type");
    expect(typed.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(typed.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^activities\[0\]/);
  });

  it("is valid for a valid dataset (no results), and for standard input (no file)", () => {
    const dir = workspace();
    const ok = runBin(["validate", "data/valid.yaml", "--reporter", "sarif"], { cwd: dir });
    expect(ok.code).toBe(0);
    checkSarif(JSON.parse(ok.stdout));
    expect(JSON.parse(ok.stdout).runs[0].results).toEqual([]);
    const stdin = runBin(["validate", "-", "--reporter", "sarif"], { input: "contributors: 3\n" });
    expect(stdin.code).toBe(1);
    const log = JSON.parse(stdin.stdout);
    checkSarif(log);
    expect(log.runs[0].results[0].properties).toEqual({ input: "<stdin>" });
  });

  it("writes paths outside the working directory as file: URIs", () => {
    const input: ValidatedInput = {
      file: "/elsewhere/a b.json",
      input: "/elsewhere/a b.json",
      format: "json",
      valid: false,
      counts,
      diagnostics: [{ code: "schema/wrong-type", severity: "error", path: [], message: "Bad." }],
    };
    const log = sarifLog([input], "/repo");
    checkSarif(log);
    const result = (log.runs[0] as { results: { locations: unknown[] }[] }).results[0];
    expect(result?.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: "file:///elsewhere/a%20b.json" } },
    });
  });
});
