import { describe, expect, it } from "vitest";
import { demoDataset, generateDataset } from "../src/demo/index.js";
import type { Dataset } from "../src/model/dataset.js";
import { parseDataset } from "../src/model/parse.js";
import { ALL_LEVELS, ownOptions, ownOptionsDeep, ownProperty } from "../src/own-options.js";
import { render } from "../src/render/index.js";
import { buildReport } from "../src/reports/index.js";
import { contributorLabel } from "../src/reports/options.js";
import { checkDataset } from "../src/rules/check.js";
import { formatDiagnostics } from "../src/rules/format.js";
import { agreement } from "../src/scores/agreement.js";
import { coproduction } from "../src/scores/coproduction.js";
import type { DisclosurePolicy } from "../src/frameworks/disclosure-presets.js";
import { disclosurePresets } from "../src/frameworks/disclosure-presets.js";
import { disclosureControl, discloseCount } from "../src/scores/disclosure.js";
import { fft } from "../src/scores/fft.js";
import { fftTable } from "../src/scores/fft-table.js";
import { impact } from "../src/scores/impact.js";
import { involvementDepth } from "../src/scores/involvement-depth.js";
import { payments } from "../src/scores/payments.js";
import { peirs22 } from "../src/scores/peirs22.js";
import { scoreDataset } from "../src/scores/registry.js";
import { representation } from "../src/scores/representation.js";
import { strategy } from "../src/scores/strategy.js";

/**
 * Options are read as the caller's own properties (issue 17 item 3): an option inherited from
 * a prototype, or added to Object.prototype by other code, changes nothing.
 */

/** Run `f` with `Object.prototype` polluted by `props` (as an assignment would), then clean up. */
function polluted<T>(props: Record<string, unknown>, f: () => T): T {
  const proto = Object.prototype as Record<string, unknown>;
  try {
    for (const [k, v] of Object.entries(props)) proto[k] = v;
    return f();
  } finally {
    for (const k of Object.keys(props)) delete proto[k];
  }
}

const generatedAt = "2026-04-01T09:00:00Z";
/** c-0004 of this generated dataset is "Priya Example", and takes part in p-001. */
const small: Dataset = generateDataset({ seed: 7, activities: 80, contributors: 40 });
const project = (opts: object) => {
  const r = buildReport("project", small, opts as never);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return render(r.value, "markdown");
};

describe("ownOptions", () => {
  it("copies own enumerable properties into objects without a prototype", () => {
    const inherited = Object.create({ includeIdentifiers: true }) as Record<string, unknown>;
    inherited.project = "p-001";
    inherited.nested = Object.create({ deep: 1 });
    const copy = ownOptions(inherited);
    expect(Object.getPrototypeOf(copy)).toBe(null);
    expect(copy.includeIdentifiers).toBeUndefined();
    expect(copy.project).toBe("p-001");
    // one level by default (a dataset given as an option is kept as it is)
    expect(copy.nested).toBe(inherited.nested);
    const deep = ownOptionsDeep(inherited);
    expect((deep.nested as Record<string, unknown>).deep).toBeUndefined();
    expect(polluted({ x: 1 }, () => (ownOptions({}) as Record<string, unknown>).x)).toBeUndefined();
  });

  it("keeps functions and class instances, copies arrays, and stops at a cycle", () => {
    const f = () => 1;
    const date = new Date(0);
    const cyclic: Record<string, unknown> = { f, date, list: [1, { a: 2 }] };
    cyclic.self = cyclic;
    const copy = ownOptionsDeep(cyclic);
    expect(copy.f).toBe(f);
    expect(copy.date).toBe(date);
    expect(copy.list).toEqual([1, { a: 2 }]);
    let level: Record<string, unknown> = copy;
    for (let i = 1; i < ALL_LEVELS; i++) level = level.self as Record<string, unknown>;
    expect(Object.getPrototypeOf(level)).toBe(null);
    expect(level.self).toBe(cyclic);
    expect(ownOptions(5)).toBe(5);
    expect(ownProperty(Object.create({ a: 1 }), "a")).toBeUndefined();
    expect(ownProperty({ a: 1 }, "a")).toBe(1);
  });
});

describe("report options (red team: includeIdentifiers through the prototype chain)", () => {
  it("shows names only when the caller's own options say so", () => {
    expect(project({ project: "p-001", generatedAt, includeIdentifiers: true })).toContain(
      "Priya Example (c-0004)",
    );
    const inherited = Object.assign(Object.create({ includeIdentifiers: true }), {
      project: "p-001",
      generatedAt,
    });
    expect(project(inherited)).not.toContain("Priya Example");
    expect(
      polluted({ includeIdentifiers: true }, () => project({ project: "p-001", generatedAt })),
    ).not.toContain("Priya Example");
  });

  it("reads no other report option through the prototype chain", () => {
    const clean = buildReport("representation", demoDataset, { generatedAt });
    const dirty = polluted(
      { disclosure: "fft", period: "2024-25", asOf: "2024-06-30", form: "long" },
      () => buildReport("representation", demoDataset, { generatedAt }),
    );
    expect(dirty).toEqual(clean);
  });

  it("contributorLabel reads includeIdentifiers as an own property", () => {
    expect(contributorLabel(small, "c-0004", Object.create({ includeIdentifiers: true }))).toBe(
      "c-0004",
    );
    expect(
      polluted({ includeIdentifiers: true }, () => contributorLabel(small, "c-0004", {} as never)),
    ).toBe("c-0004");
  });
});

describe("every other reader of options", () => {
  const ds = demoDataset;
  const cases: [string, Record<string, unknown>, () => unknown][] = [
    ["scoreDataset", { period: "2024-25", targetDays: 1 }, () => scoreDataset("payments", ds, {})],
    [
      "scoreDataset (inherited)",
      {},
      () => scoreDataset("payments", ds, Object.create({ period: "2024-25" })),
    ],
    [
      "checkDataset (a rule turned off)",
      { "group/no-seldom-heard": "off" },
      () => checkDataset(ds, {}),
    ],
    [
      "checkDataset (options)",
      { asOf: "2024-06-30", rules: { "group/no-seldom-heard": "off" } },
      () => checkDataset(ds, {}),
    ],
    [
      "checkDataset (a rule's setting)",
      { severity: "info" },
      () => checkDataset(ds, { rules: { "group/no-seldom-heard": {} } }),
    ],
    [
      "parseDataset (inherited)",
      {},
      () =>
        parseDataset(
          { schemaVersion: 1, projects: [{}, {}] },
          Object.create({ maxDiagnostics: 1 }),
        ),
    ],
    ["generateDataset", { seed: 9, gaps: true }, () => generateDataset({ activities: 20 })],
    ["formatDiagnostics", { color: true }, () => formatDiagnostics(checkDataset(ds), {})],
    [
      "disclosureControl (policy)",
      { protectZero: false },
      () => disclosureControl({ rows: [[0, 12]] }, withoutProtectZero()),
    ],
    [
      "discloseCount (policy)",
      { protectZero: false },
      () => discloseCount(0, withoutProtectZero()),
    ],
    ["payments", { targetDays: 1, period: "2024-25" }, () => payments(ds, {})],
    ["impact", { period: "2024-25" }, () => impact(ds, {})],
    ["strategy", { period: "2024-25", scope: "dataset" }, () => strategy(ds, {})],
    [
      "coproduction",
      { projectId: "p-002", period: "2024-25" },
      () =>
        coproduction(
          ds.feedback.filter((f) => f.kind === "coproduction"),
          {},
        ),
    ],
    [
      "involvementDepth",
      { period: "2024-25", weights: { breadth: 1, depth: 0 } },
      () => involvementDepth(ds, { project: "p-001" }),
    ],
    [
      "fft",
      { eligible: 1000 },
      () => fft({ veryGood: 5, good: 3, neither: 1, poor: 1, veryPoor: 0, dontKnow: 0 }, {}),
    ],
    [
      "fftTable",
      { percentDecimals: 2 },
      () =>
        fftTable(
          [
            {
              id: "u",
              counts: { veryGood: 5, good: 3, neither: 1, poor: 1, veryPoor: 0, dontKnow: 0 },
            },
          ],
          {},
        ),
    ],
    [
      "representation",
      { shareTolerance: 0.5 },
      () => representation({ a: 5, b: 5 }, { a: 0.3, b: 0.7 }, {}),
    ],
    [
      "agreement",
      { labels: ["x", "y"] },
      () =>
        agreement(
          [
            [3, 1],
            [1, 3],
          ],
          {},
        ),
    ],
    [
      "peirs22",
      { minAnswered: 22 },
      () => peirs22([4, 4, 4, null, ...new Array<3>(18).fill(3)], {}),
    ],
  ];

  it.each(cases)("%s gives the same answer whatever Object.prototype holds", (_, props, f) => {
    expect(polluted(props, f)).toEqual(f());
  });
});

/** The tre-10 preset without protectZero: invalid unless something supplies it. */
function withoutProtectZero(): DisclosurePolicy {
  const { protectZero: _, ...rest } = disclosurePresets["tre-10"];
  return rest as unknown as DisclosurePolicy;
}
