import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { FftCounts } from "../../src/scores/fft.js";
import { fft, roundFftProportion } from "../../src/scores/fft.js";
import type { FftUnit } from "../../src/scores/fft-table.js";
import { fftTable } from "../../src/scores/fft-table.js";

const n = fc.nat({ max: 10_000 });
const counts = fc.record({ veryGood: n, good: n, neither: n, poor: n, veryPoor: n, dontKnow: n });

test.prop([counts])(
  "fft: value in [0, 100] or null, never NaN; rounded within half a unit",
  (c) => {
    const s = fft(c);
    const total = c.veryGood + c.good + c.neither + c.poor + c.veryPoor + c.dontKnow;
    if (total === 0) {
      expect(s.value).toBeNull();
      return;
    }
    expect(s.value).not.toBeNull();
    expect(s.value).toBeGreaterThanOrEqual(0);
    expect(s.value).toBeLessThanOrEqual(100);
    const { positive, negative, rounded } = s.components;
    expect((positive ?? 0) + (negative ?? 0)).toBeLessThanOrEqual(1 + 1e-12);
    expect(Math.abs((rounded.positive ?? 0) - (positive ?? 0))).toBeLessThanOrEqual(
      0.00005 + 1e-12,
    );
    expect(s.components.total).toBe(total);
  },
);

test.prop([
  fc.dictionary(
    fc.constantFrom("veryGood", "good", "neither", "poor", "veryPoor", "dontKnow", "question"),
    fc.anything(),
  ),
])("fft never throws and never returns NaN for any input", (input) => {
  const s = fft(input as unknown as FftCounts);
  expect(s.value === null || Number.isFinite(s.value)).toBe(true);
});

test.prop([fc.double({ min: 0, max: 1, noNaN: true })])(
  "roundFftProportion has at most 4 decimals",
  (x) => {
    const r = roundFftProportion(x);
    expect(Math.abs(r * 10_000 - Math.round(r * 10_000))).toBeLessThan(1e-6);
  },
);

/** A random forest: unit i's parent is some earlier unit or none. */
const forest = fc
  .array(
    fc.record({ parent: fc.option(fc.nat(), { nil: undefined }), total: fc.nat({ max: 12 }) }),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((specs) =>
    specs.map((s, i): FftUnit => {
      const parent = s.parent !== undefined && i > 0 ? `u${s.parent % i}` : undefined;
      return {
        id: `u${i}`,
        ...(parent === undefined ? {} : { parent }),
        counts: { veryGood: s.total, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 },
      };
    }),
  )
  // parents' own counts would only be checked, so give them to leaves only
  .map((units) => {
    const hasChild = new Set(units.map((u) => u.parent));
    return units.map((u) =>
      hasChild.has(u.id) ? { id: u.id, ...(u.parent ? { parent: u.parent } : {}) } : u,
    );
  });

test.prop([forest])("fftTable applies §3.4 and sums upwards on any forest", (units) => {
  const r = fftTable(units);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const rows = new Map(r.value.rows.map((x) => [x.id, x]));
  const groups = new Map<string | null, typeof r.value.rows>();
  for (const row of r.value.rows) {
    const g = groups.get(row.parent) ?? [];
    g.push(row);
    groups.set(row.parent, g);
    // counts sum upwards
    if (row.children.length > 0)
      expect(row.total).toBe(row.children.reduce((s, id) => s + (rows.get(id)?.total ?? 0), 0));
    // first-level iff 0 < total < 5; percentages hidden iff first-level
    const first = row.total > 0 && row.total < 5;
    expect(row.suppressed.reasons.includes("first-level")).toBe(first);
    expect(row.suppressed.percentages).toBe(first);
    expect(row.suppressed.counts).toBe(row.suppressed.reasons.length > 0);
    expect(row.published.total === "*").toBe(row.suppressed.counts);
  }
  for (const [parent, g] of groups) {
    // dense ranks: 0 for no responses, distinct totals get consecutive ranks from 1
    const distinct = [...new Set(g.filter((x) => x.total > 0).map((x) => x.total))].sort(
      (a, b) => a - b,
    );
    for (const x of g) expect(x.rank).toBe(x.total === 0 ? 0 : distinct.indexOf(x.total) + 1);
    const rank1First = g.some((x) => x.rank === 1 && x.total < 5);
    for (const x of g)
      expect(x.suppressed.reasons.includes("second-level")).toBe(rank1First && x.rank === 2);
    const p = parent === null ? undefined : rows.get(parent);
    for (const x of g)
      expect(x.suppressed.reasons.includes("cascade")).toBe(
        (p?.suppressed.counts ?? false) && (x.rank === 1 || x.rank === 2),
      );
  }
});

test.prop([
  fc.array(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d", ""),
      parent: fc.option(fc.constantFrom("a", "b", "c", "d", "z"), { nil: undefined }),
      counts: fc.option(counts, { nil: undefined }),
    }),
    { maxLength: 8 },
  ),
])("fftTable never throws on broken hierarchies", (raw) => {
  const units = raw.map((u) => ({
    id: u.id,
    ...(u.parent === undefined ? {} : { parent: u.parent }),
    ...(u.counts === undefined ? {} : { counts: u.counts }),
  }));
  const r = fftTable(units);
  if (!r.ok) expect(r.diagnostics.some((d) => d.severity === "error")).toBe(true);
});

test.prop([counts, fc.constantFrom("veryGood", "good")])(
  "fft is monotone: one more positive response never lowers percentage positive",
  (c, key) => {
    const before = fft(c).value ?? 0;
    const after = fft({ ...c, [key]: c[key] + 1 }).value;
    expect(after).not.toBeNull();
    expect(after as number).toBeGreaterThanOrEqual(before - 1e-9);
  },
);

test.prop([counts, fc.constantFrom("poor", "veryPoor", "neither", "dontKnow")])(
  "fft: one more non-positive response never raises percentage positive",
  (c, key) => {
    const before = fft(c).value;
    const after = fft({ ...c, [key]: c[key] + 1 }).value as number;
    if (before !== null) expect(after).toBeLessThanOrEqual(before + 1e-9);
  },
);

test.prop([forest, fc.integer()])(
  "fftTable does not depend on the order of its units",
  (units, seed) => {
    // A seeded Fisher-Yates shuffle.
    const shuffled = [...units];
    let s = seed >>> 0;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as FftUnit, shuffled[i] as FftUnit];
    }
    const a = fftTable(units);
    const b = fftTable(shuffled);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const byId = (rows: typeof a.value.rows) =>
      Object.fromEntries(rows.map((r) => [r.id, [r.total, r.published, r.suppressed]]));
    expect(byId(b.value.rows)).toEqual(byId(a.value.rows));
  },
);
