import { describe, expect, it } from "vitest";
import { finalTarget, targetFor, targetsOf } from "../../src/derive/strategy-targets.js";
import type { Target } from "../../src/model/strategy.js";

const t = (start: string, end: string, value = 1): Target => ({
  value,
  direction: "at-least",
  period: { start, end },
});
const Y1 = t("2025-04-01", "2026-03-31", 10);
const Y2 = t("2026-04-01", "2027-03-31", 20);
const Y3 = t("2027-04-01", "2028-03-31", 30);
const FY26 = { start: "2026-04-01", end: "2027-03-31" };

describe("targetsOf", () => {
  it("reads the single target first, then the trajectory", () => {
    expect(targetsOf({ target: Y3, targets: [Y1, Y2] })).toEqual([Y3, Y1, Y2]);
    expect(targetsOf({ targets: [] })).toEqual([]);
  });
});

describe("targetFor", () => {
  it("a target that ended before the period does not apply (issue 12: 2026-27 against a target ending 31 March 2026)", () => {
    expect(targetFor({ target: Y1, targets: [] }, FY26)).toBeNull();
  });
  it("a target that starts after the period does not apply", () => {
    expect(targetFor({ targets: [Y3] }, FY26)).toBeNull();
  });
  it("picks the year's target from a trajectory, whatever the order given", () => {
    expect(targetFor({ targets: [Y3, Y2, Y1] }, FY26)).toBe(Y2);
    expect(targetFor({ target: Y1, targets: [Y2, Y3] }, FY26)).toBe(Y2);
  });
  it("a target still running at the end of the period applies (the next milestone)", () => {
    const whole = t("2025-04-01", "2028-03-31");
    const twoYears = t("2025-04-01", "2027-09-30");
    expect(targetFor({ targets: [whole, twoYears] }, FY26)).toBe(twoYears);
    expect(targetFor({ targets: [whole] }, { start: "2025-04-01", end: "2025-09-30" })).toBe(whole);
  });
  it("of targets ending within the period, the one ending latest wins", () => {
    const q3 = t("2026-10-01", "2026-12-31");
    const q4 = t("2027-01-01", "2027-03-31");
    expect(targetFor({ targets: [q4, q3] }, FY26)).toBe(q4);
    expect(targetFor({ targets: [q3, q4, Y2] }, FY26)).toBe(q4);
  });
  it("skips a target whose period ends before it starts", () => {
    expect(targetFor({ targets: [t("2027-03-31", "2026-04-01")] }, FY26)).toBeNull();
  });
});

describe("finalTarget", () => {
  it("is the target that ends last", () => {
    expect(finalTarget({ target: Y1, targets: [Y3, Y2] })).toBe(Y3);
    expect(finalTarget({ targets: [] })).toBeNull();
  });
});
