import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { scanJson } from "../../src/io/json-scan.js";

const LIMITS = { maxDepth: 1000, maxRecords: 1_000_000 };

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test.prop([fc.jsonValue(), fc.constantFrom(undefined, 0, 2, "\t")])(
  "JSON.stringify output scans clean: no syntax error, no duplicate key",
  (value, indent) => {
    const scan = scanJson(JSON.stringify(value, null, indent), LIMITS);
    expect(scan.stop).toBeUndefined();
    expect(scan.duplicates).toEqual([]);
  },
);

const jsonish = fc.string({
  unit: fc.constantFrom(...'{}[],:"\\ \n\t0123456789-+.eEtruefalsn\u00e9\u0001/bu'.split("")),
  maxLength: 40,
});

test.prop([jsonish])("the scanner accepts exactly what JSON.parse accepts", (text) => {
  expect(scanJson(text, LIMITS).stop === undefined).toBe(parses(text));
});

test.prop([fc.json(), fc.nat(), fc.constantFrom(...'{}[],:"\\ 0-e.n')])(
  "one character inserted, or deleted, anywhere: the scanner still agrees with JSON.parse",
  (text, at, ch) => {
    const i = at % (text.length + 1);
    for (const mutated of [
      text.slice(0, i) + ch + text.slice(i),
      text.slice(0, i) + text.slice(i + 1),
    ]) {
      expect(scanJson(mutated, LIMITS).stop === undefined, mutated).toBe(parses(mutated));
    }
  },
);

test.prop([
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }),
  fc.nat(),
])("a key written again in an object is found, with its path", (object, pick) => {
  const keys = Object.keys(object);
  const key = keys[pick % keys.length] as string;
  const inner = JSON.stringify(object);
  const text = `{"list": [${inner.slice(0, -1)}, ${JSON.stringify(key)}: 0}]}`;
  const scan = scanJson(text, LIMITS);
  expect(scan.stop).toBeUndefined();
  expect(scan.duplicates.map((d) => d.path)).toContainEqual(["list", 0, key]);
});
