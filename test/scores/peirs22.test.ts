import { describe, expect, it } from "vitest";
import type { Peirs22Answer, Peirs22Conversion } from "../../src/scores/peirs22.js";
import {
  PEIRS22_DEFAULT_MIN_ANSWERED,
  PEIRS22_VALIDATION,
  peirs22,
  peirs22Summary,
} from "../../src/scores/peirs22.js";

const fill = (v: Peirs22Answer, n = 22): Peirs22Answer[] => Array<Peirs22Answer>(n).fill(v);

/** 20 answered items summing to 70 (10 × 4 + 10 × 3), then 2 missing. */
function twentyAnswered(): Peirs22Answer[] {
  return [...fill(4, 10), ...fill(3, 10), null, null];
}

/** A made-up, monotone table used only to exercise the hook (not the official table). */
const testTable: Peirs22Conversion = {
  table: Array.from({ length: 89 }, (_, i) => Math.round((100 * i) / 88)),
  source: "test table (not the official PEIRS-22 conversion)",
  verified: false,
};

describe("peirs22 linear pro-rated fallback (a ppie design choice)", () => {
  it("vector 1: 22 items all 3 -> 75.0", () => {
    const s = peirs22(fill(3));
    expect(s.value).toBe(75);
    expect(s.method).toBe("linear-prorated");
    expect(s.components).toMatchObject({
      rawSum: 66,
      itemsAnswered: 22,
      itemsExpected: 22,
      itemsMissing: 0,
      valid: true,
      official: false,
    });
    expect(s.explanation).toContain("not the official Rasch-based PEIRS-22 score");
    expect(s.diagnostics).toEqual([]);
  });

  it("vector 2: 20 answered summing to 70, 2 missing -> 87.5", () => {
    const s = peirs22(twentyAnswered());
    expect(s.value).toBe(87.5);
    expect(s.components.itemsAnswered).toBe(20);
    expect(s.components.itemsMissing).toBe(2);
    expect(s.explanation).toContain("100 × 70 / (4 × 20) = 87.5");
  });

  it("vector 3: all 0 -> 0; all 4 -> 100", () => {
    expect(peirs22(fill(0)).value).toBe(0);
    expect(peirs22(fill(4)).value).toBe(100);
  });

  it("vector 4: validation sample facts", () => {
    expect(PEIRS22_VALIDATION.n).toBe(119);
    expect(PEIRS22_VALIDATION.ordinalAlpha).toBe(0.96);
    expect(PEIRS22_VALIDATION.testRetestIcc21).toBe(0.86);
  });

  it("too few answers -> null with itemsAnswered and a diagnostic", () => {
    const answers = [...fill(2, PEIRS22_DEFAULT_MIN_ANSWERED - 1), ...fill(null, 5)];
    const s = peirs22(answers);
    expect(s.value).toBeNull();
    expect(s.components.valid).toBe(false);
    expect(s.components.itemsAnswered).toBe(17);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["peirs22/too-few-answers"]);
    expect(peirs22(answers, { minAnswered: 17 }).value).toBe(50);
  });

  it("an invalid minAnswered falls back to the default with a warning", () => {
    const s = peirs22(fill(1), { minAnswered: 0 });
    expect(s.value).toBe(25);
    expect(s.components.minAnswered).toBe(PEIRS22_DEFAULT_MIN_ANSWERED);
    expect(s.diagnostics[0]?.code).toBe("peirs22/invalid-min-answered");
  });

  it("wrong length -> null + diagnostic", () => {
    const s = peirs22(fill(3, 21));
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]).toMatchObject({ code: "peirs22/wrong-length", severity: "error" });
  });

  it("an out-of-range answer -> null + diagnostic with the item path", () => {
    const answers = fill(3) as unknown as number[];
    answers[4] = 7;
    const s = peirs22(answers as unknown as Peirs22Answer[]);
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]).toMatchObject({
      code: "peirs22/invalid-answer",
      path: ["answers", 4],
    });
  });
});

describe("peirs22 conversion-table hook", () => {
  it("applies table[rawSum] to complete responses", () => {
    const s = peirs22(fill(3), { conversion: testTable });
    expect(s.method).toBe("conversion-table");
    expect(s.value).toBe(testTable.table[66]);
    expect(s.components.conversion).toEqual({ source: testTable.source, verified: false });
    expect(s.components.official).toBe(false);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["peirs22/unverified-conversion"]);
  });

  it("a verified table gives an official score without warnings", () => {
    const s = peirs22(fill(4), { conversion: { ...testTable, verified: true } });
    expect(s.value).toBe(100);
    expect(s.components.official).toBe(true);
    expect(s.diagnostics).toEqual([]);
  });

  it("refuses incomplete responses rather than mixing methods", () => {
    const s = peirs22(twentyAnswered(), { conversion: testTable });
    expect(s.value).toBeNull();
    expect(s.method).toBe("conversion-table");
    expect(s.diagnostics.map((d) => d.code)).toEqual(["peirs22/incomplete-for-conversion"]);
  });

  it("validates the table shape with diagnostics", () => {
    const short = peirs22(fill(3), { conversion: { ...testTable, table: [1, 2, 3] } });
    expect(short.value).toBeNull();
    expect(short.diagnostics[0]?.code).toBe("peirs22/invalid-conversion");
    const bad = [...testTable.table];
    bad[10] = Number.NaN;
    bad[20] = 0;
    const s = peirs22(fill(3), { conversion: { ...testTable, table: bad } });
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.path)).toEqual([
      ["conversion", "table", 10],
      ["conversion", "table", 20],
    ]);
  });
});

describe("peirs22Summary", () => {
  it("n, mean, SD, median, IQR, min, max and % valid", () => {
    const s = peirs22Summary([75, 87.5, 100, 50, null]);
    expect(s.value).toBe(78.125);
    expect(s.components).toMatchObject({
      n: 4,
      nTotal: 5,
      percentValid: 80,
      median: 81.25,
      q1: 68.75,
      q3: 90.625,
      iqr: 21.875,
      min: 50,
      max: 100,
    });
    expect(s.components.sd).toBeCloseTo(21.347814, 6);
  });

  it("no scores -> null mean with a diagnostic; invalid entries reported", () => {
    expect(peirs22Summary([]).value).toBeNull();
    const s = peirs22Summary([120, Number.NaN, null]);
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual([
      "peirs22/invalid-score",
      "peirs22/invalid-score",
      "peirs22/no-scores",
    ]);
  });
});
