import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import { parseDataset } from "../../src/model/parse.js";

const demoJson = JSON.parse(JSON.stringify(demoDataset)) as Record<string, unknown>;

/** Replace the value at a random path of a JSON value with another JSON value. */
function mutate(root: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || root === null || typeof root !== "object") return replacement;
  const [c, ...rest] = choices as [number, ...number[]];
  if (Array.isArray(root)) {
    if (root.length === 0) return replacement;
    const i = c % root.length;
    const copy = root.slice();
    copy[i] = mutate(root[i], rest, replacement);
    return copy;
  }
  const keys = Object.keys(root);
  if (keys.length === 0) return replacement;
  const k = keys[c % keys.length] as string;
  return {
    ...(root as Record<string, unknown>),
    [k]: mutate((root as Record<string, unknown>)[k], rest, replacement),
  };
}

function isWellFormed(r: ReturnType<typeof parseDataset>): boolean {
  return (
    Array.isArray(r.diagnostics) &&
    r.diagnostics.every(
      (d) =>
        typeof d.code === "string" &&
        /^[a-z0-9-]+\/[a-z0-9-]+$/.test(d.code) &&
        ["error", "warning", "info"].includes(d.severity) &&
        Array.isArray(d.path) &&
        typeof d.message === "string" &&
        d.message.length > 0,
    ) &&
    (r.ok || r.diagnostics.some((d) => d.severity === "error"))
  );
}

describe("parseDataset never throws", () => {
  test.prop([fc.jsonValue()], { numRuns: 300 })("on any JSON value", (value) => {
    const r = parseDataset(value);
    expect(isWellFormed(r)).toBe(true);
  });

  test.prop([fc.anything()], { numRuns: 200 })("on any JavaScript value", (value) => {
    const r = parseDataset(value);
    expect(isWellFormed(r)).toBe(true);
  });

  test.prop([fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })], {
    numRuns: 300,
  })("on mutations of the demo data", (choices, replacement) => {
    const r = parseDataset(mutate(demoJson, choices, replacement));
    expect(isWellFormed(r)).toBe(true);
  });

  test.prop(
    [
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 1, max: 60 }),
    ],
    {
      numRuns: 25,
    },
  )("accepts every generated dataset", (seed, activities, contributors) => {
    const r = parseDataset(generateDataset({ seed, activities, contributors }));
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
  });
});
