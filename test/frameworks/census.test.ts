import { describe, expect, it } from "vitest";
import type { ReferenceTable } from "../../src/frameworks/index.js";
import { isDesignChoice } from "../../src/source.js";
import {
  CENSUS_2021_AGE_BROAD_EW,
  CENSUS_2021_DISABILITY_ENGLAND,
  CENSUS_2021_ETHNIC_GROUP_ENGLAND,
  CENSUS_2021_ETHNIC_GROUP_EW,
  CENSUS_2021_SEX_ENGLAND,
  CENSUS_2021_SEX_EW,
  IMD_EDITIONS,
  imdDecile,
  imdQuintile,
  REFERENCE_TABLES,
  referenceTableInForce,
} from "../../src/frameworks/index.js";

const share = (t: ReferenceTable, id: string) => t.categories.find((c) => c.id === id)?.share;
const sum = (t: ReferenceTable) => t.categories.reduce((s, c) => s + c.share, 0);

describe("Census 2021 ethnic group", () => {
  it("E&W shares 81.7 / 9.3 / 4.0 / 2.9 / 2.1, sum 100", () => {
    expect(CENSUS_2021_ETHNIC_GROUP_EW.categories.map((c) => c.share)).toEqual([
      0.817, 0.093, 0.04, 0.029, 0.021,
    ]);
    expect(sum(CENSUS_2021_ETHNIC_GROUP_EW)).toBeCloseTo(1, 10);
    expect(CENSUS_2021_ETHNIC_GROUP_EW.verified).toBe(true);
  });
  it("England shares computed from counts over 56,490,048", () => {
    const t = CENSUS_2021_ETHNIC_GROUP_ENGLAND;
    expect(t.total).toBe(56490048);
    expect((share(t, "asian") ?? 0) * 100).toBeCloseTo(9.61, 2);
    expect((share(t, "black") ?? 0) * 100).toBeCloseTo(4.22, 2);
    expect((share(t, "white") ?? 0) * 100).toBeCloseTo(81.05, 2);
    expect((share(t, "mixed") ?? 0) * 100).toBeCloseTo(2.96, 2);
    expect((share(t, "other") ?? 0) * 100).toBeCloseTo(2.18, 2);
    for (const c of t.categories) expect(c.share).toBe((c.count ?? 0) / 56490048);
    // counts sum to 56,490,797 (republication), so shares sum to 1.0000133
    expect(t.categories.reduce((s, c) => s + (c.count ?? 0), 0)).toBe(56490797);
    expect(Math.abs(sum(t) - 1)).toBeLessThan(1e-4);
  });
});

describe("sex, disability and age", () => {
  it("England female 28,833,712 / 56,490,048 -> 51.04%", () => {
    expect((share(CENSUS_2021_SEX_ENGLAND, "female") ?? 0) * 100).toBeCloseTo(51.04, 2);
    expect(sum(CENSUS_2021_SEX_ENGLAND)).toBeCloseTo(1, 12);
    expect(sum(CENSUS_2021_SEX_EW)).toBeCloseTo(1, 12);
  });
  it("England disabled (age-standardised) = 7.5 + 10.2 -> 17.7%", () => {
    const t = CENSUS_2021_DISABILITY_ENGLAND;
    const disabled =
      (share(t, "disabled-limited-a-lot") ?? 0) + (share(t, "disabled-limited-a-little") ?? 0);
    expect(disabled * 100).toBeCloseTo(17.7, 10);
    expect(sum(t)).toBeCloseTo(1, 10);
  });
  it("broad age bands: published rounded shares sum to 100.1%", () => {
    expect(sum(CENSUS_2021_AGE_BROAD_EW)).toBeCloseTo(1.001, 10);
  });
});

describe("every reference table", () => {
  it.each(REFERENCE_TABLES.map((t) => [t.id, t] as const))("%s", (_id, t: ReferenceTable) => {
    for (const c of t.categories) {
      expect(c.share).toBeGreaterThanOrEqual(0);
      expect(c.share).toBeLessThanOrEqual(1);
    }
    // published shares are rounded to 0.1 percentage point, so allow 0.0015
    expect(Math.abs(sum(t) - 1)).toBeLessThanOrEqual(0.0015);
    expect(new Set(t.categories.map((c) => c.id)).size).toBe(t.categories.length);
    expect(t.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (t.basis === "design-choice") expect(isDesignChoice(t.source)).toBe(true);
    else expect(t.source).toMatchObject({ publisher: "Office for National Statistics (ONS)" });
    if (t.basis === "design-choice") expect(t.verified).toBe(false);
  });
  it("ids are unique", () => {
    const ids = REFERENCE_TABLES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("imdDecile / imdQuintile", () => {
  it("IMD 2019, N = 32,844", () => {
    expect(IMD_EDITIONS["2019"].lsoaCount).toBe(32844);
    expect(imdDecile(1, "2019")).toBe(1);
    expect(imdDecile(3284, "2019")).toBe(1);
    expect(imdDecile(3285, "2019")).toBe(2);
    expect(imdDecile(32844, "2019")).toBe(10);
    expect(imdQuintile(32844, "2019")).toBe(5);
  });
  it("IMD 2025, N = 33,755", () => {
    expect(IMD_EDITIONS["2025"].lsoaCount).toBe(33755);
    expect(imdDecile(3375, "2025")).toBe(1);
    expect(imdDecile(3376, "2025")).toBe(2);
    expect(imdDecile(16877, "2025")).toBe(5);
    expect(imdQuintile(16877, "2025")).toBe(3);
    expect(imdDecile(16878, "2025")).toBe(6);
    expect(imdQuintile(16878, "2025")).toBe(3);
    expect(imdDecile(33755, "2025")).toBe(10);
  });
  it("returns undefined for ranks outside 1..N or not integers", () => {
    expect(imdDecile(0, "2019")).toBeUndefined();
    expect(imdDecile(32845, "2019")).toBeUndefined();
    expect(imdDecile(33755, "2019")).toBeUndefined();
    expect(imdDecile(1.5, "2025")).toBeUndefined();
    expect(imdQuintile(Number.NaN, "2025")).toBeUndefined();
  });
  it("matches ceil(10 x rank / N) across all ranks", () => {
    for (const edition of ["2019", "2025"] as const) {
      const n = IMD_EDITIONS[edition].lsoaCount;
      const counts = new Array<number>(11).fill(0);
      for (let rank = 1; rank <= n; rank++) {
        const d = imdDecile(rank, edition) ?? 0;
        counts[d] = (counts[d] ?? 0) + 1;
      }
      expect(counts[0]).toBe(0);
      for (let d = 1; d <= 10; d++) expect(Math.abs((counts[d] ?? 0) - n / 10)).toBeLessThan(1);
    }
  });
});

describe("referenceTableInForce", () => {
  it("uses IMD 2019 before 30 Oct 2025 and IMD 2025 from that day", () => {
    expect(referenceTableInForce(REFERENCE_TABLES, "imd-decile", "2025-10-29")?.id).toBe(
      "imd-2019-deciles-uniform",
    );
    expect(referenceTableInForce(REFERENCE_TABLES, "imd-decile", "2025-10-30")?.id).toBe(
      "imd-2025-deciles-uniform",
    );
    expect(referenceTableInForce(REFERENCE_TABLES, "imd-quintile", "2020-01-01")?.id).toBe(
      "imd-2019-quintiles-uniform",
    );
    expect(referenceTableInForce(REFERENCE_TABLES, "imd-decile", "2019-09-25")).toBeUndefined();
  });
  it("has no census table before Census Day 2021", () => {
    expect(referenceTableInForce(REFERENCE_TABLES, "sex", "2021-03-20")).toBeUndefined();
    expect(referenceTableInForce(REFERENCE_TABLES, "sex", "2021-03-21")).toBeDefined();
  });
  it("chooses by geography when asked, else the first of equal dates", () => {
    expect(
      referenceTableInForce(REFERENCE_TABLES, "ethnic-group", "2024-01-01", "england")?.id,
    ).toBe("census-2021-ethnic-group-england");
    expect(
      referenceTableInForce(REFERENCE_TABLES, "ethnic-group", "2024-01-01", "england-and-wales")
        ?.id,
    ).toBe("census-2021-ethnic-group-ew");
    expect(referenceTableInForce(REFERENCE_TABLES, "ethnic-group", "2024-01-01")?.id).toBe(
      "census-2021-ethnic-group-ew",
    );
  });
  it("prefers a newer table from the caller's own list", () => {
    const newer: ReferenceTable = {
      ...CENSUS_2021_SEX_ENGLAND,
      id: "my-2031-sex",
      effectiveFrom: "2031-03-01",
    };
    const tables = [...REFERENCE_TABLES, newer];
    expect(referenceTableInForce(tables, "sex", "2031-02-28", "england")?.id).toBe(
      "census-2021-sex-england",
    );
    expect(referenceTableInForce(tables, "sex", "2031-03-01", "england")?.id).toBe("my-2031-sex");
  });
  it("returns undefined for malformed dates", () => {
    expect(referenceTableInForce(REFERENCE_TABLES, "sex", "2024/01/01")).toBeUndefined();
  });
});
