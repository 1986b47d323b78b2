import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import { parseDataset, parseOwnedDataset } from "../../src/model/parse.js";

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

/**
 * `parseOwnedDataset` (what ppie/io calls on the data it made from files) checks each record
 * on its own and puts the parsed copy in its place: the answer must be parseDataset's, to the
 * order of the keys and of the diagnostics.
 */
function sameAnswer(input: unknown): void {
  const whole = parseDataset(input);
  const own = structuredClone(input);
  const adopted: [object, object][] = [];
  const owned = parseOwnedDataset(own, {}, (given, parsed) => adopted.push([given, parsed]));
  expect(owned.diagnostics).toStrictEqual(whole.diagnostics);
  expect(owned.ok).toBe(whole.ok);
  if (owned.ok && whole.ok) {
    expect(owned.value).toStrictEqual(whole.value);
    expect(JSON.stringify(owned.value)).toBe(JSON.stringify(whole.value));
    // each record given was told of with its parsed copy
    for (const [given, parsed] of adopted) expect(parsed).not.toBe(given);
  }
}

describe("parseOwnedDataset gives parseDataset's answer", () => {
  test.prop([fc.jsonValue()], { numRuns: 200 })("on any JSON value", (value) => {
    sameAnswer(value);
  });

  test.prop(
    [
      fc.array(
        fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
        { minLength: 1, maxLength: 4 },
      ),
    ],
    { numRuns: 100 },
  )("on mutations of the demo data (one to four at once)", (mutations) => {
    let data: unknown = demoJson;
    for (const [choices, replacement] of mutations) data = mutate(data, choices, replacement);
    sameAnswer(data);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 200 })], {
    numRuns: 15,
  })("on generated datasets", (seed, activities) => {
    sameAnswer(JSON.parse(JSON.stringify(generateDataset({ seed, activities, contributors: 30 }))));
  });

  test("on one list given for two collections, and one record given twice (YAML aliases)", () => {
    const record = {
      id: "x-1",
      organisationId: "org-1",
      title: "Shared",
      kind: "research",
      startDate: "2024-04-01",
    };
    const list = [record, record];
    sameAnswer({ schemaVersion: 1, projects: list, activities: list });
    const orgs = [{ id: "org-1", name: "Trust", kind: "nhs-trust" }];
    sameAnswer({ schemaVersion: 1, organisations: orgs, projects: [record, record] });
    // structuredClone keeps the sharing, so parseOwnedDataset sees the same aliases
    const shared = structuredClone({ a: list, b: list });
    expect(shared.a).toBe(shared.b);
  });

  test("on the demo data, with every record replaced in the input's own lists", () => {
    const own = structuredClone(demoJson);
    const activities = own.activities as unknown[];
    const first = activities[0];
    let told = 0;
    const r = parseOwnedDataset(own, {}, () => told++);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.activities).toBe(activities);
    expect(activities[0]).not.toBe(first);
    expect(told).toBe(
      Object.values(own).reduce<number>(
        (n, v) => n + (Array.isArray(v) && typeof v[0] === "object" ? v.length : 0),
        0,
      ),
    );
  });
});
