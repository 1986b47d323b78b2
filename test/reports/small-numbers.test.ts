import { describe, expect, it } from "vitest";
import { discloseCount, disclosureControl } from "../../src/scores/disclosure.js";
import {
  disclosedCell,
  listShown,
  protectGroups,
  publishedStatistic,
  reportPolicy,
  smallNumberRule,
  withheldCell,
} from "../../src/reports/small-numbers.js";

describe("smallNumberRule", () => {
  it("follows the preset's threshold", () => {
    expect(smallNumberRule("tre-10")).toMatchObject({ min: 10 });
    expect(smallNumberRule("fft").min).toBe(5);
  });
});

describe("one label for every hidden figure", () => {
  it("writes a small figure and one hidden to protect it the same way", () => {
    const t = disclosureControl({ rows: [[10], [0], [25]] }, reportPolicy("tre-10"));
    if (!t.ok) throw new Error("no table");
    const [ten, zero] = t.value.rows.map((r) => disclosedCell(r[0] ?? discloseCount(0, "fft")));
    expect(ten).toEqual(withheldCell());
    expect(zero).toEqual(withheldCell());
    expect(withheldCell()).toEqual({ text: "withheld", value: null, suppressed: true });
  });

  it("under every preset, even those without secondary suppression", () => {
    for (const preset of ["fft", "hes-2018", "ukhsa-5", "tre-10"] as const) {
      expect(disclosedCell(discloseCount(1, reportPolicy(preset)))).toEqual(withheldCell());
    }
  });
});

describe("protectGroups: statistics of groups that make up a whole", () => {
  it("withholds a lone respondent's group, and enough others that it cannot be derived", () => {
    // 12 and 1 of 13: the whole's mean beside the 12's would give away the 1's score
    const p = protectGroups([12, 1], reportPolicy("tre-10"));
    expect(p.statistics).toEqual([false, false]);
    expect(p.overall).toBe(true);
    expect(p.total.value).toBe(13);
    expect(p.counts.map((c) => c.value)).toEqual([null, null]);
  });

  it("withholds the smallest shown group until the withheld ones hold at least the threshold", () => {
    // 30, 2 and 3: the 2 and 3 are withheld as counts, and together hold 5 < 10, so the
    // whole minus the 30 would give the mean of 5 people: the 30 is withheld too
    expect(protectGroups([30, 2, 3], reportPolicy("tre-10")).statistics).toEqual([
      false,
      false,
      false,
    ]);
    // 30, 12, 2 and 3: withholding the 12 is enough (12 + 2 + 3 = 17)
    expect(protectGroups([30, 12, 2, 3], reportPolicy("tre-10")).statistics).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // nothing small: everything shown
    expect(protectGroups([30, 12], reportPolicy("tre-10")).statistics).toEqual([true, true]);
  });

  it("does not need the whole's statistic to be shown to withhold a small group", () => {
    const p = protectGroups([3, 4], reportPolicy("tre-10"));
    expect(p.overall).toBe(false);
    expect(p.statistics).toEqual([false, false]);
  });

  it("treats an empty group as holding no one (its statistic is not withheld for others)", () => {
    const p = protectGroups([20, 0, 15], reportPolicy("fft"));
    expect(p.statistics).toEqual([true, false, true]);
    expect(p.counts.map((c) => c.value)).toEqual([20, 0, 15]);
  });
});

describe("lists and statistics", () => {
  it("lists people only when their number may be published", () => {
    expect(listShown(7, "tre-10")).toBe(false);
    expect(listShown(10, "tre-10")).toBe(true);
    expect(listShown(7, "fft")).toBe(true);
    expect(listShown(0, "fft")).toBe(true); // the fft rule publishes zeros
    expect(listShown(0, "tre-10")).toBe(false); // tre-10 hides them, so an empty list too
  });

  it("publishes statistics rounded as they are shown", () => {
    expect(publishedStatistic(77.5277)).toBe(77.5);
    expect(publishedStatistic(1.05, 1)).toBe(1.1);
    expect(publishedStatistic(null)).toBeNull();
    expect(publishedStatistic(Number.NaN)).toBeNull();
  });
});
