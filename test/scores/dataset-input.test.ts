import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/model/period.js";
import {
  dayNumber,
  medianAndMax,
  resolvePeriod,
  resolveProject,
} from "../../src/scores/dataset-input.js";
import { emptyDataset, project } from "./dataset-fixture.js";

describe("dataset-input helpers", () => {
  it("dayNumber agrees with daysBetween, across leap years and centuries", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("1969-12-31")).toBe(-1);
    const pairs: [string, string][] = [
      ["2024-02-28", "2024-03-01"],
      ["2023-02-28", "2023-03-01"],
      ["1900-02-28", "1900-03-01"],
      ["2000-02-28", "2000-03-01"],
      ["2025-03-30", "2025-04-02"],
      ["1999-12-31", "2031-07-15"],
    ];
    for (const [a, b] of pairs) expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
  });

  it("medianAndMax", () => {
    expect(medianAndMax([9, 1, 4, 3])).toEqual({ median: 3.5, max: 9 });
    expect(medianAndMax([5])).toEqual({ median: 5, max: 5 });
    expect(medianAndMax([])).toEqual({ median: null, max: null });
  });

  it("resolvePeriod reads labels and objects, and reports bad ones", () => {
    expect(resolvePeriod("2025-26", "x")).toEqual({
      period: { start: "2025-04-01", end: "2026-03-31" },
    });
    expect(resolvePeriod({ start: "2025-01-01", end: "2025-01-31" }, "x")).toEqual({
      period: { start: "2025-01-01", end: "2025-01-31" },
    });
    const bad = resolvePeriod("soon", "x");
    expect("diagnostic" in bad && bad.diagnostic.code).toBe("x/invalid-period");
  });

  it("resolveProject finds by id or reports the unknown id", () => {
    const ds = { ...emptyDataset(), projects: [project("p-1")] };
    const found = resolveProject("p-1", ds, "x");
    expect("project" in found && found.project.id).toBe("p-1");
    const missing = resolveProject("p-9", ds, "x");
    expect("diagnostic" in missing && missing.diagnostic.code).toBe("x/unknown-project");
  });
});
