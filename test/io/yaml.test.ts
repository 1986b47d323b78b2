import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS } from "../../src/io/limits.js";
import { readYaml } from "../../src/io/yaml.js";

describe("readYaml", () => {
  it("reads YAML into plain data, with a locator", () => {
    const read = readYaml("schemaVersion: 1\ncontributors:\n  - id: c-1\n", "a.yaml");
    expect(read.input).toEqual({ schemaVersion: 1, contributors: [{ id: "c-1" }] });
    expect(read.locate(["contributors", 0, "id"])).toEqual({ file: "a.yaml", line: 3, column: 9 });
  });

  it("a key written twice is an error with its path and lines, at any depth", () => {
    const read = readYaml("a: 1\nb:\n  - c: 2\n    c: 3\na: 4\n", "d.yaml");
    expect(read.input).toBeUndefined();
    expect(read.diagnostics.map((d) => [d.code, d.location, d.message])).toEqual([
      [
        "input/duplicate-key",
        { file: "d.yaml", line: 4, column: 5 },
        'd.yaml line 4, column 5: the key "c" appears a second time in the same object (at b[0].c; the first is on line 3). Only one of the two could be kept, so neither is.',
      ],
      [
        "input/duplicate-key",
        { file: "d.yaml", line: 5, column: 1 },
        'd.yaml line 5, column 1: the key "a" appears a second time in the same object (at a; the first is on line 1). Only one of the two could be kept, so neither is.',
      ],
    ]);
  });

  it('keys that read as the same text (1 and "1") are the same key', () => {
    const read = readYaml('1: a\n"1": b\n', "d.yaml");
    expect(read.diagnostics.map((d) => d.code)).toEqual(["input/duplicate-key"]);
  });

  it("syntax errors and warnings name the line and column", () => {
    const bad = readYaml("a:\n\t- 1\n", "bad.yaml");
    expect(bad.input).toBeUndefined();
    expect(bad.diagnostics[0]?.code).toBe("input/invalid-yaml");
    expect(bad.diagnostics[0]?.location?.line).toBe(2);
    const warned = readYaml("a: !local 1\n", "w.yaml");
    expect(warned.input).toEqual({ a: "1" });
    expect(warned.diagnostics.map((d) => d.code)).toEqual(["input/yaml-warning"]);
  });

  it("answers the limits, aliases expanded (each use of an alias counts)", () => {
    const deep = readYaml(`a: ${"[".repeat(40)}${"]".repeat(40)}\n`, "deep.yaml");
    expect(deep.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
      ["input/too-deep", 1],
    ]);
    const limits = { ...DEFAULT_READ_LIMITS, maxRecords: 5 };
    const aliased = readYaml("x: &x [1, 2, 3]\ny: *x\n", "a.yaml", limits);
    expect(aliased.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "input/too-many-records",
        "a.yaml holds more than 5 records and list items, the most ppie reads in one dataset: reading stopped at y[2] (line 2, column 4).",
      ],
    ]);
  });
});
