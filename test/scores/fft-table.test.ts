import { describe, expect, it } from "vitest";
import type { FftCounts, FftLegacyCounts } from "../../src/scores/fft.js";
import type { FftTableOptions, FftUnit } from "../../src/scores/fft-table.js";
import { fftTable } from "../../src/scores/fft-table.js";

/** Counts with a given total (all "Very good"). */
const c = (n: number): FftCounts => ({
  veryGood: n,
  good: 0,
  neither: 0,
  poor: 0,
  veryPoor: 0,
  dontKnow: 0,
});

function table(units: FftUnit[], opts?: FftTableOptions) {
  const r = fftTable(units, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return {
    ...r.value,
    byId: new Map(r.value.rows.map((row) => [row.id, row])),
    diagnostics: r.diagnostics,
  };
}

describe("fftTable suppression (NHS England's FFT processing code)", () => {
  it("first-level flags for totals [0, 3, 5, 10, 2] are [0, 1, 0, 0, 1]", () => {
    const totals = [0, 3, 5, 10, 2];
    const t = table(totals.map((n, i) => ({ id: `icb${i}`, counts: c(n) })));
    expect(t.rows.map((r) => (r.suppressed.reasons.includes("first-level") ? 1 : 0))).toEqual([
      0, 1, 0, 0, 1,
    ]);
    // a first-level row hides its percentages; a zero row is not suppressed at all
    expect(t.rows[1]?.published.percentPositive).toBe("*");
    expect(t.rows[0]?.suppressed).toEqual({ counts: false, percentages: false, reasons: [] });
    expect(t.rows[0]?.published.percentPositive).toBe("");
    expect(t.rows[0]?.published.total).toBe("0");
  });

  it("dense ranks within parent: ICB A [0, 3, 10] → [0, 1, 2], ICB B [5, 8] → [1, 2]", () => {
    const units: FftUnit[] = [
      { id: "A" },
      { id: "B" },
      { id: "a1", parent: "A", counts: c(0) },
      { id: "a2", parent: "A", counts: c(3) },
      { id: "a3", parent: "A", counts: c(10) },
      { id: "b1", parent: "B", counts: c(5) },
      { id: "b2", parent: "B", counts: c(8) },
    ];
    // dense ranks are the cautious rules'; NHS England's are row numbers
    const t = table(units, { rules: "cautious" });
    expect(["a1", "a2", "a3"].map((id) => t.byId.get(id)?.rank)).toEqual([0, 1, 2]);
    expect(["b1", "b2"].map((id) => t.byId.get(id)?.rank)).toEqual([1, 2]);
    // top-level units rank among themselves: A 13, B 13 → both rank 1
    expect([t.byId.get("A")?.rank, t.byId.get("B")?.rank]).toEqual([1, 1]);
    // NHS England's rules: the same here, except that the tie is numbered in input order
    const n = table(units);
    expect(["a1", "a2", "a3", "b1", "b2"].map((id) => n.byId.get(id)?.rank)).toEqual([
      0, 1, 2, 1, 2,
    ]);
    expect([n.byId.get("A")?.rank, n.byId.get("B")?.rank]).toEqual([1, 2]);
  });

  it("equal totals share a rank (dense), and every rank-2 unit is second-level suppressed", () => {
    // the cautious rules (NHS England's: test/scores/fft-table-nhs.test.ts)
    const t = table(
      [
        { id: "P" },
        { id: "x", parent: "P", counts: c(2) },
        { id: "y", parent: "P", counts: c(9) },
        { id: "z", parent: "P", counts: c(9) },
        { id: "w", parent: "P", counts: c(20) },
      ],
      { rules: "cautious" },
    );
    expect(["x", "y", "z", "w"].map((id) => t.byId.get(id)?.rank)).toEqual([1, 2, 2, 3]);
    expect(["x", "y", "z", "w"].map((id) => t.byId.get(id)?.published.total)).toEqual([
      "*",
      "*",
      "*",
      "20",
    ]);
  });

  it("parent ICB A suppressed, children ranks [1, 2, 3] → cascade [1, 1, 0]", () => {
    // ICB X (3 responses) is first-level suppressed and rank 1 nationally, so ICB A (rank 2)
    // is second-level suppressed; its trusts of 10, 20, 30 then cascade.
    const t = table([
      { id: "X", counts: c(3) },
      { id: "A" },
      { id: "t1", parent: "A", counts: c(10) },
      { id: "t2", parent: "A", counts: c(20) },
      { id: "t3", parent: "A", counts: c(30) },
    ]);
    expect(t.byId.get("A")?.suppressed.reasons).toEqual(["second-level"]);
    expect(["t1", "t2", "t3"].map((id) => t.byId.get(id)?.rank)).toEqual([1, 2, 3]);
    expect(
      ["t1", "t2", "t3"].map((id) =>
        t.byId.get(id)?.suppressed.reasons.includes("cascade") ? 1 : 0,
      ),
    ).toEqual([1, 1, 0]);
    // cascade hides counts, not percentages
    expect(t.byId.get("t1")?.suppressed).toEqual({
      counts: true,
      percentages: false,
      reasons: ["cascade"],
    });
    expect(t.byId.get("t1")?.published.percentPositive).toBe("100%");
  });

  it("cascade carries on down the levels", () => {
    const t = table([
      { id: "X", counts: c(1) },
      { id: "A" },
      { id: "s1", parent: "A" },
      { id: "s2", parent: "A", counts: c(100) },
      { id: "w1", parent: "s1", counts: c(40) },
      { id: "w2", parent: "s1", counts: c(50) },
      { id: "w3", parent: "s1", counts: c(60) },
    ]);
    expect(t.byId.get("s1")?.suppressed.reasons).toEqual(["cascade"]);
    expect(["w1", "w2", "w3"].map((id) => t.byId.get(id)?.suppressed.counts)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("the processing code's example: trusts 150, 80, 2 under an ICB of 232 → published 150, *, *", () => {
    // totals hidden with the counts: the cautious rules (NHS England's show the totals:
    // test/scores/fft-table-nhs.test.ts)
    const t = table(
      [
        { id: "icb", level: "icb" },
        { id: "t1", parent: "icb", level: "trust", counts: c(150) },
        { id: "t2", parent: "icb", level: "trust", counts: c(80) },
        { id: "t3", parent: "icb", level: "trust", counts: c(2) },
      ],
      { rules: "cautious" },
    );
    expect(t.rows.map((r) => r.published.total)).toEqual(["232", "150", "*", "*"]);
    expect(t.byId.get("t2")?.suppressed.reasons).toEqual(["second-level"]);
    expect(t.byId.get("t2")?.published.veryGood).toBe("*");
    expect(t.byId.get("t2")?.published.percentPositive).toBe("100%");
    expect(t.byId.get("t3")?.suppressed.reasons).toEqual(["first-level"]);
    expect(t.byId.get("icb")?.level).toBe("icb");
    expect(t.byId.get("icb")?.children).toEqual(["t1", "t2", "t3"]);
    expect(t.roots).toEqual(["icb"]);
  });
});

describe("fftTable aggregation", () => {
  it("sums counts upwards and recomputes percentages (never averages them)", () => {
    const t = table([
      { id: "trust" },
      {
        id: "w1",
        parent: "trust",
        counts: { veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 },
      },
      {
        id: "w2",
        parent: "trust",
        counts: { veryGood: 182, good: 19, neither: 8, poor: 2, veryPoor: 2, dontKnow: 1 },
      },
    ]);
    const trust = t.byId.get("trust");
    expect(trust?.counts).toEqual({
      veryGood: 197,
      good: 24,
      neither: 9,
      poor: 3,
      veryPoor: 2,
      dontKnow: 3,
    });
    expect(trust?.total).toBe(238);
    expect(trust?.score.components.rounded.positive).toBe(0.9286); // 221/238, not the mean of 0.8333 and 0.9393
    expect(trust?.published.percentPositive).toBe("93%");
    expect(trust?.depth).toBe(0);
    expect(t.byId.get("w1")?.depth).toBe(1);
  });

  it("published percentages follow percentDecimals", () => {
    const r = fftTable(
      [
        {
          id: "gp",
          counts: { veryGood: 182, good: 19, neither: 8, poor: 2, veryPoor: 2, dontKnow: 1 },
        },
      ],
      { percentDecimals: 1 },
    );
    expect(r.ok && r.value.rows[0]?.published).toMatchObject({
      percentPositive: "93.9%",
      percentNegative: "1.9%",
    });
  });

  it("checks a parent's own counts against its children (warning; the sum is used)", () => {
    const r = fftTable([
      { id: "p", counts: c(100) },
      { id: "a", parent: "p", counts: c(60) },
      { id: "b", parent: "p", counts: c(30) },
    ]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["fft-table/parent-mismatch", "warning", ["units", 0, "counts"]],
    ]);
    expect(r.ok && r.value.rows[0]?.total).toBe(90);
  });

  it("a matching parent count gives no diagnostic", () => {
    const r = fftTable([
      { id: "p", counts: c(90) },
      { id: "a", parent: "p", counts: c(60) },
      { id: "b", parent: "p", counts: c(30) },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("scores the previous question as its own series", () => {
    const old = (n: number): FftLegacyCounts => ({
      question: "pre-2020",
      extremelyLikely: n,
      likely: 1,
      neither: 0,
      unlikely: 0,
      extremelyUnlikely: 0,
      dontKnow: 0,
    });
    const r = fftTable([
      { id: "p" },
      { id: "a", parent: "p", counts: old(10) },
      { id: "b", parent: "p", counts: old(20) },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.series).toBe("pre-2020");
    expect(r.value.rows[0]?.counts.extremelyLikely).toBe(30);
    expect(r.value.rows[0]?.published.extremelyLikely).toBe("30");
    expect(r.value.rows[0]?.score.id).toBe("fft-legacy");
  });

  it("each row's score is computed once, is enumerable and appears in JSON", () => {
    const t = table([{ id: "a", counts: c(7) }]);
    const row = t.rows[0];
    expect(row?.score).toBe(row?.score);
    expect(Object.keys(row ?? {})).toContain("score");
    expect(JSON.parse(JSON.stringify(row)).score.components.total).toBe(7);
    expect({ ...row }.score?.value).toBe(100);
  });

  it("an empty list is an empty table", () => {
    const r = fftTable([]);
    expect(r.ok && r.value).toEqual({ series: "2020", rows: [], roots: [] });
  });
});

describe("fftTable diagnostics (no table is returned)", () => {
  const codes = (units: unknown[]) => {
    const r = fftTable(units as FftUnit[]);
    expect(r.ok).toBe(false);
    return r.diagnostics.map((d) => d.code);
  };

  it("duplicate ids", () => {
    expect(
      codes([
        { id: "a", counts: c(1) },
        { id: "a", counts: c(2) },
      ]),
    ).toEqual(["fft-table/duplicate-id"]);
  });

  it("unknown parent ids", () => {
    expect(codes([{ id: "a", parent: "nope", counts: c(1) }])).toEqual([
      "fft-table/unknown-parent",
    ]);
  });

  it("cycles, including a unit that is its own parent", () => {
    const r = fftTable([
      { id: "a", parent: "b", counts: c(1) },
      { id: "b", parent: "a", counts: c(1) },
      { id: "s", parent: "s", counts: c(1) },
      { id: "ok", counts: c(1) },
    ]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["fft-table/cycle", "fft-table/cycle"]);
    expect(r.diagnostics[0]?.message).toContain('"a"');
    expect(r.diagnostics[0]?.message).toContain('"b"');
  });

  it("units answering different FFT questions", () => {
    expect(
      codes([
        { id: "new", counts: c(10) },
        {
          id: "old",
          counts: {
            question: "pre-2020",
            extremelyLikely: 1,
            likely: 0,
            neither: 0,
            unlikely: 0,
            extremelyUnlikely: 0,
            dontKnow: 0,
          },
        },
      ]),
    ).toEqual(["fft-table/mixed-series"]);
  });

  it("invalid counts, leaves without counts and missing ids", () => {
    expect(codes([{ id: "a", counts: { ...c(1), poor: -2 } }])).toEqual([
      "fft-table/invalid-count",
    ]);
    expect(codes([{ id: "a" }])).toEqual(["fft-table/missing-counts"]);
    expect(codes([{ counts: c(1) }])).toEqual(["fft-table/invalid-id"]);
    expect(codes([{ id: "a", counts: { ...c(1), question: "2019" } }])).toEqual([
      "fft-table/unknown-series",
    ]);
  });
});

// Speed is measured in test/bench/fft-table.bench.ts, not asserted here.
describe("fftTable at scale", () => {
  it("10^5 units in a national → ICB → trust → ward hierarchy", () => {
    const units: FftUnit[] = [{ id: "nat" }];
    for (let i = 0; units.length < 100_000; i++) {
      units.push({ id: `icb${i}`, parent: "nat" });
      for (let j = 0; j < 50 && units.length < 100_000; j++) {
        units.push({ id: `t${i}.${j}`, parent: `icb${i}` });
        for (let k = 0; k < 48 && units.length < 100_000; k++)
          units.push({ id: `w${i}.${j}.${k}`, parent: `t${i}.${j}`, counts: c((i + j + k) % 13) });
      }
    }
    const r = fftTable(units);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.rows.length).toBe(100_000);
    expect(r.ok && r.value.rows[0]?.total).toBe(
      units.reduce((n, u) => n + (u.counts ? u.counts.veryGood : 0), 0),
    );
  });

  it("a chain 10^5 deep (no recursion limits)", () => {
    const units: FftUnit[] = [{ id: "0" }];
    for (let i = 1; i < 100_000; i++)
      units.push({
        id: String(i),
        parent: String(i - 1),
        ...(i === 99_999 ? { counts: c(7) } : {}),
      });
    const r = fftTable(units);
    expect(r.ok && r.value.rows[0]?.total).toBe(7);
    expect(r.ok && r.value.rows[99_999]?.depth).toBe(99_999);
  });
});
