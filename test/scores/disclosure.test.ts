import { describe, expect, it } from "vitest";
import type { Result } from "../../src/result.js";
import type { CountTable, DisclosedTable, DisclosurePolicy } from "../../src/scores/disclosure.js";
import {
  discloseCount,
  disclosedPercentage,
  disclosedStatistic,
  disclosureControl,
  disclosurePresets,
  hesRound,
} from "../../src/scores/disclosure.js";

/** The table a result published; fails the test when there is none. */
function published(r: Result<DisclosedTable>): DisclosedTable {
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join(" "));
  return r.value;
}

const shown = (t: DisclosedTable) => t.rows.map((r) => r.map((c) => c.display));

describe("hesRound (computed)", () => {
  it("0 → 0; 1 → *; 7 → *; 8 → 10; 12 → 10; 13 → 15; 17 → 15; 18 → 20; 402 → 400; 1234 → 1,235", () => {
    const inputs = [0, 1, 7, 8, 12, 13, 17, 18, 402, 1234];
    expect(inputs.map((n) => hesRound(n).display)).toEqual([
      "0",
      "*",
      "*",
      "10",
      "10",
      "15",
      "15",
      "20",
      "400",
      "1,235",
    ]);
    expect(hesRound(7)).toEqual({
      value: null,
      display: "*",
      label: "1 to 7",
      suppressed: "primary",
      rounded: false,
    });
    expect(hesRound(13)).toEqual({
      value: 15,
      display: "15",
      label: "15",
      suppressed: false,
      rounded: true,
    });
    expect(hesRound(0).rounded).toBe(false);
  });

  it("an invalid count is not published", () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(hesRound(bad)).toMatchObject({ value: null, display: "", suppressed: false });
    }
  });
});

describe("disclosedPercentage (computed; NHS Digital 2018 for one decimal place)", () => {
  it("vector 13: 13 of 402 → 15 of 400 → 3.75% → shown as 4%", () => {
    expect(disclosedPercentage(13, 402, "hes-2018")).toEqual({
      value: 3.75,
      display: "4%",
      label: "4%",
      suppressed: false,
      decimals: 0,
    });
  });

  it("vector 14: one decimal place only if the rounded denominator is at least 4000", () => {
    expect(disclosedPercentage(123, 3998, "hes-2018").display).toBe("3.1%"); // 125 / 4000
    expect(disclosedPercentage(123, 3997, "hes-2018").display).toBe("3%"); // 125 / 3995
    expect(disclosedPercentage(123, 3998, "hes-2018", { decimals: 0 }).display).toBe("3%");
  });

  it("withheld below a rounded denominator of 400 (UNVERIFIED rule), or when a count is hidden", () => {
    expect(disclosedPercentage(13, 300, "hes-2018")).toMatchObject({
      display: "*",
      suppressed: true,
    });
    expect(disclosedPercentage(5, 500, "hes-2018")).toMatchObject({
      display: "*",
      suppressed: true,
    });
    expect(disclosedPercentage(3, 20, "fft")).toMatchObject({ display: "*", suppressed: true });
  });

  it("policies without a denominator rule show one decimal place from the exact counts", () => {
    expect(disclosedPercentage(20, 24, "fft").display).toBe("83.3%");
    expect(disclosedPercentage(0, 24, "fft").display).toBe("0.0%");
    expect(disclosedPercentage(0, 0, "fft")).toMatchObject({ value: null, display: "" });
    expect(disclosedPercentage(5, 3, "fft")).toMatchObject({ value: null, suppressed: false });
  });
});

describe("disclosedStatistic (NHS Digital 2018)", () => {
  it("a mean of 7 patients' length of stay is *, of 8 is shown", () => {
    expect(disclosedStatistic(4.25, 7, "hes-2018")).toMatchObject({
      display: "*",
      suppressed: true,
    });
    expect(disclosedStatistic(4.25, 8, "hes-2018")).toMatchObject({
      value: 4.25,
      display: "4.3",
      suppressed: false,
    });
    expect(disclosedStatistic(4.25, 9, "tre-10").suppressed).toBe(true);
    expect(disclosedStatistic(4.25, 0, "tre-10")).toMatchObject({ value: null, suppressed: false });
    expect(disclosedStatistic(Number.NaN, 20, "tre-10").value).toBeNull();
  });

  it("writes the statistic as reports write numbers: separators, halves away from zero", () => {
    expect(disclosedStatistic(1234.5, 20, "tre-10", { decimals: 1 }).display).toBe("1,234.5");
    expect(disclosedStatistic(2.675, 20, "tre-10", { decimals: 2 }).display).toBe("2.68");
    expect(disclosedStatistic(-1.005, 20, "tre-10", { decimals: 2 }).label).toBe("-1.01");
  });
});

describe("disclosureControl", () => {
  it("UKHSA worked example (UKHSA 2022): base-5 rounding with small-value wording", () => {
    const r = disclosureControl(
      {
        rowLabels: ["A", "B", "C"],
        rows: [
          [10, 1],
          [13, 111],
          [15, 17],
        ],
      },
      "ukhsa-5",
    );
    const t = published(r);
    expect(shown(t)).toEqual([
      ["10", "1 to 4"],
      ["15", "110"],
      ["15", "15"],
    ]);
    expect(t.columnTotals.map((c) => c.display)).toEqual(["40", "130"]);
    // row A keeps one small cell next to its total: reported, as UKHSA dropped that total
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["disclosure/single-suppressed-line", "info", ["rows", 0]],
      ["disclosure/single-suppressed-line", "info", ["columns", 1]],
    ]);
    expect(r.diagnostics[0]?.message).toContain('Row "A"');
  });

  it("FFT preset: primary 1-4, accessible wording, complementary suppression", () => {
    const r = disclosureControl(
      {
        rows: [
          [3, 40],
          [20, 25],
        ],
      },
      "fft",
    );
    const t = published(r);
    expect(shown(t)).toEqual([
      ["*", "*"],
      ["*", "*"],
    ]);
    const words =
      "not shown: fewer than 5, or hidden so that such a small number cannot be worked out from the totals";
    expect(t.rows[0]?.[0]).toEqual({
      value: null,
      display: "*",
      label: words,
      suppressed: "primary",
      rounded: false,
    });
    // the protecting figure prints and reads the same; only the holder's audit field differs
    expect(t.rows[0]?.[1]).toEqual({ ...t.rows[0]?.[0], suppressed: "secondary" });
    expect(t.rowTotals.map((c) => c.display)).toEqual(["43", "45"]);
    expect(t.summary).toEqual({ primary: 1, secondary: 3, rounded: 0 });
    expect(t.statement).toContain("Counts from 1 to 4 are not shown");
    expect(t.statement).toContain("In this table, 4 figures were hidden.");
  });

  it("a hidden 0 beside a hidden 10 cannot be told apart (one label, one tally)", () => {
    // 10, 12, 11, 25, 0, 15: the 0 is small under tre-10 and the 10 is hidden to protect it;
    // with two labels, 73 - 12 - 11 - 25 - 15 = 10 would give both away
    const t = published(disclosureControl({ rows: [[10], [12], [11], [25], [0], [15]] }, "tre-10"));
    const hidden = t.rows.flat().filter((c) => c.value === null);
    expect(hidden.map((c) => c.suppressed)).toEqual(["secondary", "primary"]);
    const printed = hidden.map(({ display, label, value, rounded }) => ({
      display,
      label,
      value,
      rounded,
    }));
    expect(printed[0]).toEqual(printed[1]);
    expect(t.statement).toContain("In this table, 4 figures were hidden.");
    expect(t.statement).not.toMatch(/small, and|more so that/);
  });

  it("hides more where the hidden cells of a line add up to less than the threshold", () => {
    // 1, 1 and 40 under 42: two hidden cells, but 42 - 40 = 2 can only be 1 and 1
    const t = published(disclosureControl({ rows: [[1], [1], [40]] }, "fft"));
    expect(t.rows.map((r) => r[0]?.display)).toEqual(["*", "*", "*"]);
    expect(t.grandTotal.display).toBe("42");
    // two hidden zeros beside 40 under 40 can only be 0 and 0 (tre-10 hides zeros)
    const z = published(disclosureControl({ rows: [[0], [0], [40]] }, "tre-10"));
    expect(z.rows.map((r) => r[0]?.value)).toEqual([null, null, null]);
    // 3 and 4 hidden add up to 7, at least the threshold of 5: nothing more
    const e = published(disclosureControl({ rows: [[3], [4], [40], [50]] }, "fft"));
    expect(e.rows.map((r) => r[0]?.value)).toEqual([null, null, 40, 50]);
  });

  it("without secondary suppression every hidden figure is small, and says so", () => {
    const t = published(disclosureControl({ rows: [[3, 40]] }, "ukhsa-5"));
    expect(t.rows[0]?.[0]?.display).toBe("1 to 4");
    expect(t.statement).toContain('they appear as "1 to 4"');
  });

  it("chooses the smallest non-zero complementary cell, then zero cells, then the total", () => {
    const r = disclosureControl({ rows: [[2, 50, 30, 0]] }, "fft");
    const t = published(r);
    // row: 2 is primary; the smallest non-zero other cell (30) is the complement, and each
    // column's total is then hidden (it equals its only cell)
    expect(shown(t)).toEqual([["*", "50", "*", "0"]]);
    expect(t.columnTotals.map((c) => c.display)).toEqual(["*", "50", "*", "0"]);
    expect(t.rowTotals[0]?.display).toBe("82");
  });

  it("TRE 10 hides zero as well, in words that cover 'fewer than 10'", () => {
    const r = disclosureControl(
      {
        rows: [
          [0, 40],
          [20, 25],
        ],
      },
      "tre-10",
    );
    const t = published(r);
    expect(t.rows[0]?.[0]?.label).toContain("fewer than 10");
    expect(t.statement).toContain("including zero");
  });

  it("HES 2018: rounding, no secondary suppression, unverified parts in the statement", () => {
    const r = disclosureControl(
      {
        rows: [
          [3, 40],
          [20, 402],
        ],
      },
      "hes-2018",
    );
    const t = published(r);
    expect(shown(t)).toEqual([
      ["*", "40"],
      ["20", "400"],
    ]);
    expect(t.rowTotals.map((c) => c.display)).toEqual(["45", "420"]);
    expect(t.grandTotal.display).toBe("465");
    expect(t.statement).toContain("Not confirmed against the published method");
    expect(t.policy.verified).toBe(false);
  });

  it("a table with nothing small is published as it is", () => {
    const r = disclosureControl(
      {
        rows: [
          [10, 20],
          [30, 40],
        ],
        rowTotals: [30, 70],
      },
      "fft",
    );
    const t = published(r);
    expect(shown(t)).toEqual([
      ["10", "20"],
      ["30", "40"],
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(t.grandTotal.value).toBe(100);
  });

  it("a custom policy without secondary suppression warns about recoverable cells", () => {
    const policy: DisclosurePolicy = { ...disclosurePresets.fft, id: "mine", secondary: "none" };
    const r = disclosureControl({ rows: [[3, 40]] }, policy);
    // the warning rides along with a published table
    expect(published(r).rows[0]?.[0]?.display).toBe("*");
    expect(r.diagnostics[0]).toMatchObject({
      code: "disclosure/single-suppressed-line",
      severity: "warning",
    });
  });

  it("range wording for a custom threshold", () => {
    const policy: DisclosurePolicy = {
      ...disclosurePresets["ukhsa-5"],
      minSafeCount: 3,
      roundingBase: 3,
    };
    expect(discloseCount(2, policy).display).toBe("1 to 2");
    expect(discloseCount(4, policy).display).toBe("3");
  });

  it("refuses invalid tables and policies without publishing anything", () => {
    const bad = (table: unknown, policy: unknown = "fft") => {
      const r = disclosureControl(table as CountTable, policy as DisclosurePolicy);
      expect(r).toEqual({ ok: false, diagnostics: expect.any(Array) });
      return r.diagnostics.map((d) => d.code);
    };
    expect(bad({ rows: [[1, 2], [3]] })).toEqual(["disclosure/ragged-table"]);
    expect(bad({ rows: [[1, -2]] })).toEqual(["disclosure/invalid-count"]);
    expect(bad({ rows: [[1, 2]], rowTotals: [4] })).toEqual(["disclosure/total-mismatch"]);
    expect(bad({ rows: [[1, 2]], grandTotal: 4 })).toEqual(["disclosure/total-mismatch"]);
    expect(bad({ rows: [[1, 2]], columnLabels: ["a"] })).toEqual(["disclosure/label-count"]);
    expect(bad({})).toEqual(["disclosure/invalid-table"]);
    expect(bad({ rows: [[1]] }, "nope")).toEqual(["disclosure/unknown-policy"]);
    expect(bad({ rows: [[1]] }, { ...disclosurePresets.fft, roundingBase: 20 })).toEqual([
      "disclosure/invalid-policy",
    ]);
    expect(bad({ rows: [[1]] }, { minSafeCount: 5 }).length).toBeGreaterThan(3);
    expect(bad({ rows: [[1]] }, null)).toEqual(["disclosure/invalid-policy"]);
  });

  it("never throws on outside data: a throwing getter or toString is a diagnostic", () => {
    const boom = (): never => {
      throw new Error("boom");
    };
    const cell = [1, 2];
    Object.defineProperty(cell, 1, { get: boom });
    const rows = {};
    Object.defineProperty(rows, "rows", { get: boom });
    const labels = { rows: [[1, 2]] };
    Object.defineProperty(labels, "rowLabels", { get: boom });
    const policy = { ...disclosurePresets.fft };
    Object.defineProperty(policy, "minSafeCount", { get: boom });
    const revoked = Proxy.revocable([[1]], {});
    revoked.revoke();
    const cases: [unknown, unknown][] = [
      [{ rows: [cell] }, "fft"],
      [rows, "fft"],
      [labels, "fft"],
      [{ rows: [[1]] }, policy],
      [{ rows: revoked.proxy }, "fft"],
      [{ rows: [[{ toString: boom }]] }, "fft"],
      [{ rows: [[1]], grandTotal: { toString: boom } }, "fft"],
    ];
    for (const [table, p] of cases) {
      const r = disclosureControl(table as CountTable, p as DisclosurePolicy);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) expect(d.code).toMatch(/^disclosure\//);
    }
    expect(disclosureControl({ rows: [cell] }, "fft").diagnostics[0]).toMatchObject({
      code: "disclosure/unreadable",
      path: ["rows", 0, 1],
    });
    expect(() => discloseCount(3, policy as DisclosurePolicy)).not.toThrow();
    expect(() => disclosedPercentage(3, 9, policy as DisclosurePolicy)).not.toThrow();
    expect(() => disclosedStatistic(3, 9, policy as DisclosurePolicy)).not.toThrow();
  });

  it("empty tables publish only a zero grand total", () => {
    const r = disclosureControl({ rows: [] }, "fft");
    const t = published(r);
    expect(t.grandTotal.display).toBe("0");
  });
});

describe("disclosurePresets", () => {
  it("carry their sources, thresholds and unverified parts", () => {
    expect(disclosurePresets.fft.minSafeCount).toBe(5);
    expect(disclosurePresets["hes-2018"]).toMatchObject({ minSafeCount: 8, roundingBase: 5 });
    expect(disclosurePresets["hes-2018"].percentages).toEqual({
      wholeMinDenominator: 400,
      oneDecimalMinDenominator: 4000,
    });
    expect(disclosurePresets["tre-10"]).toMatchObject({ minSafeCount: 10, protectZero: true });
    expect(Object.values(disclosurePresets).map((p) => p.source.id)).toEqual([
      "nhse-fft-pipeline",
      "nhs-digital-2018-hes-disclosure",
      "ukhsa-2022-sdc-aggregate",
      "ukllc-sdc",
    ]);
    for (const p of Object.values(disclosurePresets)) {
      expect(p.source).toMatchObject({
        publisher: expect.stringMatching(/NHS|UK Health|UK Longitudinal/),
      });
      expect(p.verified).toBe(p.unverified.length === 0);
    }
  });

  it("a policy built from a preset keeps its source and says it in the statement", () => {
    const policy: DisclosurePolicy = {
      ...disclosurePresets["tre-10"],
      id: "panel-5",
      minSafeCount: 5,
    };
    const t = published(disclosureControl({ rows: [[3, 12]] }, policy));
    expect(t.statement).toContain("Source: UK Longitudinal Linkage Collaboration");
    expect(t.statement).not.toContain("[object Object]");
  });

  it("refuses a policy whose source is not a publication or a design choice", () => {
    for (const source of ["NHS Digital, 2018", { title: "no id" }, null]) {
      const policy = { ...disclosurePresets["hes-2018"], source } as unknown as DisclosurePolicy;
      const r = disclosureControl({ rows: [[3, 12]] }, policy);
      expect(r.ok).toBe(false);
      expect(r.diagnostics).toEqual([
        expect.objectContaining({ code: "disclosure/invalid-policy", path: ["policy", "source"] }),
      ]);
    }
  });
});
