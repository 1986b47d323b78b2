import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { lineFinder, readJson } from "../../src/io/json.js";
import { scanJson, skipJsonValue } from "../../src/io/json-scan.js";
import { DEFAULT_READ_LIMITS } from "../../src/io/limits.js";

const limits = { maxDepth: 32, maxRecords: 100 };

describe("scanJson", () => {
  it("stops at the offset of the first syntax error, as JSON.parse would fail", () => {
    const at = (t: string) => scanJson(t, limits).stop;
    expect(at('{"a": ,}')).toEqual({ kind: "syntax", offset: 6 });
    expect(at('{"a": 1,}')).toEqual({ kind: "syntax", offset: 8 });
    expect(at("[1, 2")).toEqual({ kind: "syntax", offset: 5 });
    expect(at('"\\x"')).toEqual({ kind: "syntax", offset: 1 });
    expect(at('"a\tb"')).toEqual({ kind: "syntax", offset: 2 });
    expect(at("01")).toEqual({ kind: "syntax", offset: 1 });
    expect(at("[1] x")).toEqual({ kind: "syntax", offset: 4 });
    expect(at("")).toEqual({ kind: "syntax", offset: 0 });
    expect(at(' {"a": [true, false, null, -1.5e+3, "\\u00e9\\n"]} ')).toBeUndefined();
  });

  it("finds keys written twice in one object at any depth, escapes decoded", () => {
    const scan = (t: string) => scanJson(t, limits).duplicates.map((d) => d.path);
    expect(scan('{"impacts": [1], "title": "x", "impacts": []}')).toEqual([["impacts"]]);
    expect(scan('{"a": [{"id": 1}, {"id": 2, "x": {"k": 1, "k": 2}, "id": 3}]}')).toEqual([
      ["a", 1, "x", "k"],
      ["a", 1, "id"],
    ]);
    expect(scan('{"ab": 1, "a\\u0062": 2}')).toEqual([["ab"]]);
    expect(scan('[{"a": 1}, {"a": 1}]')).toEqual([]);
    const many = `{${Array.from({ length: 5 }, () => '"k": 1').join(", ")}}`;
    const capped = scanJson(many, limits, 2);
    expect([capped.duplicates.length, capped.moreDuplicates]).toEqual([2, 2]);
  });

  it("stops at the first list item past maxRecords (any depth) and the first container past maxDepth", () => {
    expect(scanJson('{"a": [1, 2], "b": [[3], 4]}', { maxDepth: 5, maxRecords: 4 }).stop).toEqual({
      kind: "records",
      offset: 25,
      path: ["b", 1],
    });
    expect(scanJson('{"a": [[[]]]}', { maxDepth: 3, maxRecords: 9 }).stop).toEqual({
      kind: "depth",
      offset: 8,
      path: ["a", 0, 0],
    });
  });

  it("indexes where top-level values and the items of top-level lists start", () => {
    const { index } = scanJson('{"a": [10, {"b": 2}], "c": 3, "d": {"e": [5]}}', limits);
    expect([...index.top]).toEqual([
      ["a", 6],
      ["c", 27],
      ["d", 35],
    ]);
    expect([...index.items]).toEqual([["a", [7, 11]]]);
  });

  it("skipJsonValue steps over a value, brackets inside strings included", () => {
    expect(skipJsonValue('[1, {"a": "]"}] x', 0)).toBe(15);
    expect(skipJsonValue('"a\\"b", 1', 0)).toBe(6);
    expect(skipJsonValue("-12.5e3, 1", 0)).toBe(7);
  });
});

describe("readJson", () => {
  it("reads valid JSON as JSON.parse does", () => {
    const text = JSON.stringify(demoDataset);
    const read = readJson(text, "a.json");
    expect(read.diagnostics).toEqual([]);
    expect(read.input).toEqual(JSON.parse(text));
  });

  it("a duplicate key is an error with its path and both lines, and there is no input", () => {
    const read = readJson('{\n  "impacts": [1],\n  "impacts": []\n}', "a.json");
    expect(read.input).toBeUndefined();
    expect(read.diagnostics).toEqual([
      {
        code: "input/duplicate-key",
        severity: "error",
        path: ["a.json"],
        location: { file: "a.json", line: 3, column: 3 },
        message:
          'a.json line 3, column 3: the key "impacts" appears a second time in the same object (at impacts; the first is on line 2). Only one of the two could be kept, so neither is.',
        hint: "Merge the two into one (for example, one list with all the records), or delete the one you do not want.",
      },
    ]);
  });

  it("a syntax error names the line and column, with JSON.parse's reason", () => {
    const read = readJson('{\n  "a": [1,]\n}', "bad.json");
    expect(read.diagnostics.map((d) => [d.code, d.location])).toEqual([
      ["input/invalid-json", { file: "bad.json", line: 2, column: 11 }],
    ]);
    expect(read.diagnostics[0]?.message).toMatch(
      /^bad\.json is not valid JSON: line 2, column 11 \(.+\)\.$/,
    );
  });

  it("the limits are diagnostics, with the path and line where reading stopped", () => {
    const records = readJson('{"a": [1, 2, 3]}', "a.json", {
      ...DEFAULT_READ_LIMITS,
      maxRecords: 2,
    });
    expect(records.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "input/too-many-records",
        "a.json holds more than 2 records and list items, the most ppie reads in one dataset: reading stopped at a[2] (line 1, column 14).",
      ],
    ]);
    const deep = readJson("[[[[1]]]]", "a.json", { ...DEFAULT_READ_LIMITS, maxDepth: 3 });
    expect(deep.diagnostics.map((d) => d.code)).toEqual(["input/too-deep"]);
  });

  it("locates paths as a YAML parse of the same text does, from the scan's index", () => {
    const text = JSON.stringify(demoDataset, null, 2);
    const read = readJson(text, "demo.json");
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc });
    const paths: (string | number)[][] = [
      [],
      ["title"],
      ["activities"],
      ["activities", 0],
      ["activities", 17, "title"],
      ["activities", 17, "contributors", 1, "contributorId"],
      ["impacts", 3, "weDid"],
      ["scales", 0],
      ["contributors", 40, "demographics"],
    ];
    for (const path of paths) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      const range = (node as { range?: [number] } | null)?.range;
      const p = lc.linePos(range?.[0] ?? 0);
      expect(read.locate(path), path.join(".")).toEqual({
        file: "demo.json",
        line: p.line,
        column: p.col,
      });
    }
    // A path the data does not have: the deepest value it has on the way.
    expect(read.locate(["activities", 17, "nothing"])).toEqual(read.locate(["activities", 17]));
    expect(read.locate(["nothing"])).toEqual({ file: "demo.json", line: 1, column: 1 });
  });

  it("lineFinder agrees with counting line breaks, across its index marks", () => {
    const text = Array.from({ length: 5000 }, (_, i) => "x".repeat(i % 7)).join("\n");
    const find = lineFinder(text);
    for (const offset of [0, 1, 5, 3000, 7000, 12_000, text.length]) {
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - (before.lastIndexOf("\n") + 1) + 1;
      expect(find(offset), String(offset)).toEqual({ line, column });
    }
  });
});
