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

test.prop([forest])("fftTable suppresses and sums upwards on any forest", (units) => {
  // the cautious rules (NHS England's own: the next property)
  const r = fftTable(units, { rules: "cautious" });
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
    expect(row.published.veryGood === "*").toBe(row.suppressed.counts);
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
    // the cautious rules: ties share a rank (NHS England's break ties by input order)
    const a = fftTable(units, { rules: "cautious" });
    const b = fftTable(shuffled, { rules: "cautious" });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const byId = (rows: typeof a.value.rows) =>
      Object.fromEntries(rows.map((r) => [r.id, [r.total, r.published, r.suppressed]]));
    expect(byId(b.value.rows)).toEqual(byId(a.value.rows));
  },
);

/** Unicode code points of a string, compared one by one (Python's order for text). */
function codePointCompare(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const y = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

type Ward = { name: string; firstSpecialty?: string; secondSpecialty?: string };
const text = fc.constantFrom("", "-", "A", "Z", "a", "Ward 1", "\u{1F600}", "\uFF21");

/**
 * A random forest with mixed answers and, on some units, ward details (from a small set of
 * names and specialties, so that ties between wards happen).
 */
const wardForest = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: undefined }),
      total: fc.nat({ max: 12 }),
      positive: fc.nat({ max: 12 }),
      negative: fc.nat({ max: 12 }),
      ward: fc.option(
        fc.record(
          { name: text, firstSpecialty: text, secondSpecialty: text },
          { requiredKeys: ["name"] },
        ),
        { nil: undefined, freq: 2 },
      ),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) => {
    const units = specs.map((s, i): FftUnit => {
      const parent = s.parent !== undefined && i > 0 ? `u${s.parent % i}` : undefined;
      const pos = Math.min(s.positive, s.total);
      const neg = Math.min(s.negative, s.total - pos);
      return {
        id: `u${i}`,
        ...(parent === undefined ? {} : { parent }),
        counts: {
          veryGood: pos,
          good: 0,
          neither: s.total - pos - neg,
          poor: neg,
          veryPoor: 0,
          dontKnow: 0,
        },
        ...(s.ward === undefined ? {} : { ward: s.ward as Ward }),
      };
    });
    const hasChild = new Set(units.map((u) => u.parent));
    return units.map((u) => (hasChild.has(u.id) ? { ...u, counts: undefined } : u));
  })
  .map((units) => units.map(({ counts, ...u }) => (counts === undefined ? u : { ...u, counts })));

/** A percentage rounded once, half up, from the exact share, with `d` decimals. */
function exactShare(part: number, t: number, d: number): string {
  const scale = BigInt(10 ** (d + 2));
  const steps = (BigInt(2) * scale * BigInt(part) + BigInt(t)) / (BigInt(2) * BigInt(t));
  const unit = BigInt(10 ** d);
  return d === 0 ? `${steps}%` : `${steps / unit}.${String(steps % unit).padStart(d, "0")}%`;
}

/** NHS England's England row: the share rounded to 4 places (numpy, half to even), shown. */
function englandShare(part: number, t: number, d: number): string {
  const y = (part / t) * 10_000;
  const f = Math.floor(y);
  const k = y - f > 0.5 || (y - f === 0.5 && f % 2 === 1) ? f + 1 : f;
  return exactShare(k, 10_000, d);
}

test.prop([wardForest, fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>])(
  "fftTable applies NHS England's rules (the default) on any forest",
  (units, d) => {
    const r = fftTable(units, { percentDecimals: d });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = new Map(r.value.rows.map((x) => [x.id, x]));
    const order = new Map(units.map((u, i) => [u.id, i]));
    const wardOf = new Map(units.map((u) => [u.id, u.ward]));
    const national = r.value.roots.length === 1 ? r.value.roots[0] : undefined;
    const groups = new Map<string | null, typeof r.value.rows>();
    for (const row of r.value.rows) {
      const g = groups.get(row.parent) ?? [];
      g.push(row);
      groups.set(row.parent, g);
      if (row.children.length > 0)
        expect(row.total).toBe(row.children.reduce((s, id) => s + (rows.get(id)?.total ?? 0), 0));
      const first = row.total > 0 && row.total < 5 && row.id !== national;
      expect(row.suppressed.reasons.includes("first-level")).toBe(first);
      expect(row.suppressed.percentages).toBe(first);
      expect(row.suppressed.counts).toBe(row.suppressed.reasons.length > 0);
      // the six counts are hidden, the total never
      expect(row.published.total).toBe(String(row.total));
      for (const k of ["veryGood", "good", "neither", "poor", "veryPoor", "dontKnow"] as const)
        expect(row.published[k]).toBe(row.suppressed.counts ? "*" : String(row.counts[k]));
      const pos = row.counts.veryGood + row.counts.good;
      const share = row.id === national ? englandShare : exactShare;
      expect(row.published.percentPositive).toBe(
        first ? "*" : row.total === 0 ? "" : share(pos, row.total, d),
      );
    }
    if (national !== undefined) expect(rows.get(national)?.suppressed.reasons).toEqual([]);
    for (const [parent, g] of groups) {
      // row numbers from the smallest total; ties by ward details when all have them, else input order
      const ranked = g.filter((x) => x.total > 0);
      const allWards = ranked.every((x) => wardOf.get(x.id) !== undefined);
      const key = (id: string): string[] => {
        const w = wardOf.get(id);
        const spec = (v: string | undefined) => (v === undefined || v === "" ? "-" : v);
        return w === undefined ? [] : [spec(w.firstSpecialty), spec(w.secondSpecialty), w.name];
      };
      ranked.sort((a, b) => {
        if (a.total !== b.total) return a.total - b.total;
        if (allWards) {
          const [ka, kb] = [key(a.id), key(b.id)];
          for (let i = 0; i < 3; i++) {
            const c = codePointCompare(ka[i] ?? "", kb[i] ?? "");
            if (c !== 0) return c;
          }
        }
        return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
      });
      for (const x of g) expect(x.rank).toBe(x.total === 0 ? 0 : ranked.indexOf(x) + 1);
      const [r1, r2] = ranked;
      const firstOf = (x: (typeof ranked)[number] | undefined) =>
        x?.suppressed.reasons.includes("first-level") === true;
      for (const x of g)
        expect(x.suppressed.reasons.includes("second-level")).toBe(
          x === r2 && firstOf(r1) && !firstOf(r2),
        );
      const p = parent === null ? undefined : rows.get(parent);
      for (const x of g)
        expect(x.suppressed.reasons.includes("cascade")).toBe(
          (p?.suppressed.counts ?? false) && (x.rank === 1 || x.rank === 2),
        );
    }
  },
);

test.prop([wardForest])(
  "the cautious rules never show a figure that NHS England's rules hide",
  (units) => {
    const nhs = fftTable(units);
    const cautious = fftTable(units, { rules: "cautious" });
    expect(nhs.ok && cautious.ok).toBe(true);
    if (!nhs.ok || !cautious.ok) return;
    cautious.value.rows.forEach((c, i) => {
      const n = nhs.value.rows[i];
      if (n === undefined) throw new Error("rows differ");
      expect(c.id).toBe(n.id);
      if (n.suppressed.counts) expect(c.suppressed.counts).toBe(true);
      if (n.suppressed.percentages) expect(c.suppressed.percentages).toBe(true);
      for (const [k, v] of Object.entries(n.published))
        if (v === "*") expect(c.published[k as keyof typeof c.published]).toBe("*");
    });
  },
);

test.prop([wardForest, fc.integer()])(
  "NHS England's rules depend on the order of units only within each parent",
  (units, seed) => {
    // shuffle, then put each parent's units back in their own order in the places they took
    const shuffled = [...units];
    let s = seed >>> 0;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as FftUnit, shuffled[i] as FftUnit];
    }
    const queues = new Map<string | undefined, FftUnit[]>();
    for (const u of units) queues.set(u.parent, [...(queues.get(u.parent) ?? []), u]);
    const reordered = shuffled.map((u) => queues.get(u.parent)?.shift() as FftUnit);
    const a = fftTable(units);
    const b = fftTable(reordered);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const byId = (rows: typeof a.value.rows) =>
      Object.fromEntries(rows.map((r) => [r.id, [r.rank, r.published, r.suppressed]]));
    expect(byId(b.value.rows)).toEqual(byId(a.value.rows));
  },
);

test.prop([
  fc.integer({ min: 1, max: 2_000_000 }).chain((t) => fc.tuple(fc.nat({ max: t }), fc.constant(t))),
  fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>,
])("published percentages are rounded once from the exact share", ([pos, t], d) => {
  const r = fftTable(
    [
      { id: "nat" },
      {
        id: "u",
        parent: "nat",
        counts: { veryGood: pos, good: 0, neither: t - pos, poor: 0, veryPoor: 0, dontKnow: 0 },
      },
    ],
    { percentDecimals: d },
  );
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.rows[1]?.published.percentPositive).toBe(t < 5 ? "*" : exactShare(pos, t, d));
  expect(r.value.rows[0]?.published.percentPositive).toBe(englandShare(pos, t, d));
  const cautious = fftTable([{ id: "u", counts: r.value.rows[1]?.counts ?? {} } as FftUnit], {
    percentDecimals: d,
    rules: "cautious",
  });
  expect(cautious.ok && cautious.value.rows[0]?.published.percentPositive).toBe(
    t < 5 ? "*" : exactShare(pos, t, d),
  );
});
