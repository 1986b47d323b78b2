import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/derive/days.js";
import { resolveProject } from "../../src/derive/scope.js";
import { daysBetween } from "../../src/model/period.js";
import { medianAndMax } from "../../src/scores/stats.js";
import { emptyDataset, project } from "../scores/dataset-fixture.js";

describe("day arithmetic and small helpers", () => {
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

  it("resolveProject finds by id or reports the unknown id", () => {
    const ds = { ...emptyDataset(), projects: [project("p-1")] };
    const found = resolveProject("p-1", ds, "payments/unknown-project");
    expect(found.ok && found.value.id).toBe("p-1");
    const missing = resolveProject("p-9", ds, "payments/unknown-project");
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics[0]?.code).toBe("payments/unknown-project");
  });
});
