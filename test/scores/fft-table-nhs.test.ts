/**
 * fftTable under NHS England's rules (the default) and under the cautious rules: each case of
 * the differential comparison against NHS England's own FFT pipeline (nhsengland/fft_pipeline,
 * src/fft/suppression.py, src/fft/__main__.py and src/fft/writers.py) is pinned here.
 */
import { describe, expect, it } from "vitest";
import type { FftCounts } from "../../src/scores/fft.js";
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

/** `pos` positive responses out of `total` (the rest "Neither"). */
const share = (pos: number, total: number): FftCounts => ({
  veryGood: pos,
  good: 0,
  neither: total - pos,
  poor: 0,
  veryPoor: 0,
  dontKnow: 0,
});

function table(units: FftUnit[], opts?: FftTableOptions) {
  const r = fftTable(units, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const byId = new Map(r.value.rows.map((row) => [row.id, row]));
  const get = (id: string) => {
    const row = byId.get(id);
    if (row === undefined) throw new Error(`no row ${id}`);
    return row;
  };
  return { ...r.value, get, diagnostics: r.diagnostics };
}

/** A national unit with one ICB and one trust above the given units' site. */
const above = (): FftUnit[] => [
  { id: "nat" },
  { id: "icb", parent: "nat" },
  { id: "trust", parent: "icb" },
  { id: "site", parent: "trust" },
];

describe("ranks: row numbers, not dense ranks (NHS England's rules, the default)", () => {
  it("wards 1, 5, 5 in one site: one 5 is hidden (rank 2), the other shown (rank 3)", () => {
    const t = table([
      ...above(),
      { id: "w1", parent: "site", counts: c(1) },
      { id: "w5a", parent: "site", counts: c(5) },
      { id: "w5b", parent: "site", counts: c(5) },
    ]);
    expect(["w1", "w5a", "w5b"].map((id) => t.get(id).rank)).toEqual([1, 2, 3]);
    expect(t.get("w5a").suppressed.reasons).toEqual(["second-level"]);
    expect(t.get("w5b").suppressed).toEqual({ counts: false, percentages: false, reasons: [] });
    expect(t.get("w5b").published.veryGood).toBe("5");
  });

  it("wards 1, 1, 5 in one site: the 5 is shown (rank 2 is the other 1, already hidden)", () => {
    const t = table([
      ...above(),
      { id: "w1a", parent: "site", counts: c(1) },
      { id: "w1b", parent: "site", counts: c(1) },
      { id: "w5", parent: "site", counts: c(5) },
    ]);
    expect(["w1a", "w1b", "w5"].map((id) => t.get(id).rank)).toEqual([1, 2, 3]);
    expect(t.get("w1b").suppressed.reasons).toEqual(["first-level"]);
    expect(t.get("w5").suppressed.reasons).toEqual([]);
    expect(t.get("w5").published.veryGood).toBe("5");
  });

  it("trusts 3, 3, 5 in one ICB: trust 5 is shown, and nothing cascades below it", () => {
    const t = table([
      { id: "nat" },
      { id: "icb", parent: "nat" },
      { id: "t3a", parent: "icb", counts: c(3) },
      { id: "t3b", parent: "icb", counts: c(3) },
      { id: "t5", parent: "icb" },
      { id: "s5", parent: "t5", counts: c(5) },
      { id: "s0", parent: "t5", counts: c(0) },
    ]);
    expect(["t3a", "t3b", "t5"].map((id) => t.get(id).rank)).toEqual([1, 2, 3]);
    expect(t.get("t5").suppressed.reasons).toEqual([]);
    expect(t.get("s5").suppressed.reasons).toEqual([]);
    expect(t.get("s5").published.veryGood).toBe("5");
  });

  it("ties at other levels keep the order the units come in", () => {
    const units = (order: string[]): FftUnit[] => [
      { id: "icb" },
      { id: "tiny", parent: "icb", counts: c(2) },
      ...order.map((id) => ({ id, parent: "icb", counts: c(40) })),
    ];
    const ab = table(units(["a", "b"]));
    expect([ab.get("a").rank, ab.get("b").rank]).toEqual([2, 3]);
    expect(ab.get("a").suppressed.reasons).toEqual(["second-level"]);
    const ba = table(units(["b", "a"]));
    expect([ba.get("b").rank, ba.get("a").rank]).toEqual([2, 3]);
    expect(ba.get("b").suppressed.reasons).toEqual(["second-level"]);
  });

  it("ties between wards: first specialty, then second specialty, then ward name", () => {
    const w = (id: string, name: string, first?: string, second?: string): FftUnit => ({
      id,
      parent: "site",
      counts: c(9),
      ward: {
        name,
        ...(first === undefined ? {} : { firstSpecialty: first }),
        ...(second === undefined ? {} : { secondSpecialty: second }),
      },
    });
    const t = table([
      ...above(),
      { id: "small", parent: "site", counts: c(2), ward: { name: "Small" } },
      w("u", "A ward", "Urology"),
      w("c2", "Z ward", "Cardiology", "Respiratory"),
      w("c1b", "B ward", "Cardiology", "Geriatrics"),
      w("c1a", "A ward", "Cardiology", "Geriatrics"),
    ]);
    // "small" (2) is rank 1; of the four wards of 9, "c1a" comes first
    expect(["small", "c1a", "c1b", "c2", "u"].map((id) => t.get(id).rank)).toEqual([1, 2, 3, 4, 5]);
    expect(t.get("c1a").suppressed.reasons).toEqual(["second-level"]);
    expect(t.get("u").suppressed.reasons).toEqual([]);
  });

  it("a missing or empty specialty sorts as '-', and names compare as Unicode code points", () => {
    const t = table([
      ...above(),
      { id: "small", parent: "site", counts: c(1), ward: { name: "x" } },
      // "-" (U+002D) sorts before "A"; "Z" before "a" (code points, not a locale's order)
      { id: "a", parent: "site", counts: c(9), ward: { name: "a", firstSpecialty: "A" } },
      { id: "z", parent: "site", counts: c(9), ward: { name: "Z", firstSpecialty: "A" } },
      { id: "dash", parent: "site", counts: c(9), ward: { name: "q", firstSpecialty: "" } },
    ]);
    expect(["small", "dash", "z", "a"].map((id) => t.get(id).rank)).toEqual([1, 2, 3, 4]);
    expect(t.get("dash").suppressed.reasons).toEqual(["second-level"]);
  });

  it("compares names above U+FFFF by code point, as Python does", () => {
    // UTF-16 would put "\u{1F600}" (a surrogate pair, 0xD83D...) before "\uFF21" (0xFF21)
    const t = table([
      ...above(),
      { id: "small", parent: "site", counts: c(1), ward: { name: "x" } },
      { id: "emoji", parent: "site", counts: c(9), ward: { name: "\u{1F600}" } },
      { id: "wide", parent: "site", counts: c(9), ward: { name: "\uFF21" } },
    ]);
    expect([t.get("wide").rank, t.get("emoji").rank]).toEqual([2, 3]);
  });

  it("wards only some of which have ward details keep input order, with a warning", () => {
    const r = fftTable([
      ...above(),
      { id: "small", parent: "site", counts: c(1), ward: { name: "a" } },
      { id: "b", parent: "site", counts: c(9), ward: { name: "b" } },
      { id: "a", parent: "site", counts: c(9) },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rank = (id: string) => r.value.rows.find((x) => x.id === id)?.rank;
    expect([rank("b"), rank("a")]).toEqual([2, 3]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["fft-table/partial-ward-details", "warning", ["units", 6, "ward"]],
    ]);
  });
});

describe("the national total (NHS England's rules)", () => {
  it("the one top-level unit is never suppressed, and nothing cascades from it", () => {
    const t = table([
      { id: "nat" },
      { id: "a", parent: "nat", counts: c(2) },
      { id: "b", parent: "nat", counts: c(1) },
    ]);
    expect(t.get("nat").suppressed).toEqual({ counts: false, percentages: false, reasons: [] });
    expect(t.get("nat").published).toMatchObject({ veryGood: "3", total: "3" });
    expect(t.get("nat").published.percentPositive).toBe("100%");
    expect(t.get("a").suppressed.reasons).toEqual(["first-level"]);
    expect(t.get("b").suppressed.reasons).toEqual(["first-level"]);
  });

  it("a national total of 4: its row is shown; the ICB below it is suppressed and cascades", () => {
    const t = table([
      { id: "nat" },
      { id: "icb", parent: "nat" },
      { id: "t1", parent: "icb", counts: c(4) },
    ]);
    expect(t.get("nat").suppressed.counts).toBe(false);
    expect(t.get("icb").suppressed.reasons).toEqual(["first-level"]);
    expect(t.get("t1").suppressed.reasons).toEqual(["first-level", "cascade"]);
  });

  it("several top-level units are ranked and suppressed among themselves, like ICBs", () => {
    const t = table([
      { id: "x", counts: c(3) },
      { id: "y", counts: c(40) },
      { id: "z", counts: c(50) },
    ]);
    expect(t.get("x").suppressed.reasons).toEqual(["first-level"]);
    expect(t.get("y").suppressed.reasons).toEqual(["second-level"]);
    expect(t.get("z").suppressed.reasons).toEqual([]);
  });
});

describe("totals (NHS England's rules)", () => {
  it("trusts 150, 80, 2 under an ICB of 232: six counts starred, totals shown", () => {
    const t = table([
      { id: "icb" },
      { id: "t1", parent: "icb", counts: c(150) },
      { id: "t2", parent: "icb", counts: c(80) },
      { id: "t3", parent: "icb", counts: c(2) },
    ]);
    expect(t.rows.map((r) => r.published.total)).toEqual(["232", "150", "80", "2"]);
    expect(t.get("t2").published).toEqual({
      veryGood: "*",
      good: "*",
      neither: "*",
      poor: "*",
      veryPoor: "*",
      dontKnow: "*",
      total: "80",
      percentPositive: "100%",
      percentNegative: "0%",
    });
    expect(t.get("t3").published).toMatchObject({
      veryGood: "*",
      total: "2",
      percentPositive: "*",
    });
  });
});

describe("display rounding", () => {
  it("51 positive of 101 is 50% (50.495%, rounded once), not 51%", () => {
    const t = table([{ id: "nat" }, { id: "u", parent: "nat", counts: share(51, 101) }]);
    expect(t.get("u").published.percentPositive).toBe("50%");
  });

  it("one decimal place from the unrounded share: 6 of 11 is 54.5%, 1 of 22 is 4.5%", () => {
    const t = table(
      [
        { id: "nat" },
        { id: "a", parent: "nat", counts: share(6, 11) },
        { id: "b", parent: "nat", counts: share(1, 22) },
      ],
      { percentDecimals: 1 },
    );
    expect(t.get("a").published.percentPositive).toBe("54.5%");
    expect(t.get("b").published.percentPositive).toBe("4.5%");
  });

  it("an exact half rounds away from zero, even when the share is not exact in binary", () => {
    const t = table([
      { id: "nat" },
      { id: "eighth", parent: "nat", counts: share(1, 8) }, // 12.5%
      { id: "x", parent: "nat", counts: share(29, 200) }, // 14.5%; 0.145 is 0.14499… in binary
      { id: "y", parent: "nat", counts: share(1, 40) }, // 2.5%
    ]);
    expect(["eighth", "x", "y"].map((id) => t.get(id).published.percentPositive)).toEqual([
      "13%",
      "15%",
      "3%",
    ]);
  });

  it("the national total is rounded to 4 decimal places first, as NHS England's England row is", () => {
    const t = table([{ id: "nat" }, { id: "u", parent: "nat", counts: share(51, 101) }]);
    expect(t.get("nat").published.percentPositive).toBe("51%");
    expect(t.get("u").published.percentPositive).toBe("50%");
  });
});

describe('rules: "cautious" keeps the stricter behaviour', () => {
  const cautious: FftTableOptions = { rules: "cautious" };

  it("dense ranks: wards 1, 5, 5 hide both 5s; wards 1, 1, 5 hide the 5", () => {
    const a = table(
      [
        ...above(),
        { id: "w1", parent: "site", counts: c(1) },
        { id: "w5a", parent: "site", counts: c(5) },
        { id: "w5b", parent: "site", counts: c(5) },
      ],
      cautious,
    );
    expect(["w1", "w5a", "w5b"].map((id) => a.get(id).rank)).toEqual([1, 2, 2]);
    expect(["w5a", "w5b"].map((id) => a.get(id).suppressed.counts)).toEqual([true, true]);
    const b = table(
      [
        ...above(),
        { id: "w1a", parent: "site", counts: c(1) },
        { id: "w1b", parent: "site", counts: c(1) },
        { id: "w5", parent: "site", counts: c(5) },
      ],
      cautious,
    );
    expect(b.get("w5").suppressed.reasons).toEqual(["second-level"]);
  });

  it("starred totals and a suppressible top unit that cascades", () => {
    const t = table(
      [
        { id: "nat" },
        { id: "a", parent: "nat", counts: c(2) },
        { id: "b", parent: "nat", counts: c(1) },
      ],
      cautious,
    );
    expect(t.get("nat").suppressed.reasons).toEqual(["first-level"]);
    expect(t.get("nat").published.total).toBe("*");
    // "a" (2) is rank 2 beside "b" (1): today's rules also mark it second-level
    expect(t.get("a").suppressed.reasons).toEqual(["first-level", "second-level", "cascade"]);
    expect(t.get("a").published.total).toBe("*");
  });

  it("the same display rounding as NHS England's rules (51 of 101 is 50%)", () => {
    const t = table([{ id: "u", counts: share(51, 101) }], cautious);
    expect(t.get("u").published.percentPositive).toBe("50%");
  });
});

describe("options and ward details that cannot be used", () => {
  const codes = (units: unknown[], opts?: unknown) => {
    const r = fftTable(units as FftUnit[], opts as FftTableOptions);
    return { ok: r.ok, diagnostics: r.diagnostics.map((d) => [d.code, d.severity, d.path]) };
  };

  it("an unknown rules name or percentDecimals is an error (no table)", () => {
    expect(codes([{ id: "u", counts: c(3) }], { rules: "cuatious" })).toEqual({
      ok: false,
      diagnostics: [["fft-table/invalid-option", "error", ["opts", "rules"]]],
    });
    expect(codes([{ id: "u", counts: c(3) }], { percentDecimals: 3 })).toEqual({
      ok: false,
      diagnostics: [["fft-table/invalid-option", "error", ["opts", "percentDecimals"]]],
    });
  });

  it("ward details without a text name, or with a specialty that is not text, are errors", () => {
    expect(codes([{ id: "u", counts: c(3), ward: { firstSpecialty: "A" } }])).toEqual({
      ok: false,
      diagnostics: [["fft-table/invalid-ward", "error", ["units", 0, "ward", "name"]]],
    });
    expect(codes([{ id: "u", counts: c(3), ward: { name: "A", secondSpecialty: 7 } }])).toEqual({
      ok: false,
      diagnostics: [["fft-table/invalid-ward", "error", ["units", 0, "ward", "secondSpecialty"]]],
    });
    expect(codes([{ id: "u", counts: c(3), ward: "A" }])).toEqual({
      ok: false,
      diagnostics: [["fft-table/invalid-ward", "error", ["units", 0, "ward"]]],
    });
  });
});
