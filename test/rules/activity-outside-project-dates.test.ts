import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/outside-project-dates";

describe(CODE, () => {
  it("passes an activity on the project's first and last days", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).startDate = "2025-01-01";
      at(d.activities, 0).endDate = "2025-12-31";
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags an activity that starts before its project", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).startDate = "2024-12-31";
    });
    const [diag, ...rest] = withCode(ds, CODE);
    expect(rest).toEqual([]);
    expect(diag?.path).toEqual(["activities", 0, "startDate"]);
    expect(diag?.message).toBe(
      "Activity a-1 (2024-12-31 to 2024-12-31) falls outside the dates of its project p-1 (2025-01-01 to 2025-12-31).",
    );
  });
  it("flags an activity that ends after its project, pointing at the end date", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).endDate = "2026-01-01";
    });
    expect(withCode(ds, CODE).map((x) => x.path)).toEqual([["activities", 0, "endDate"]]);
  });
  it("passes an activity of a project with no end date", () => {
    const ds = dataset((d) => {
      delete at(d.projects, 0).endDate;
      at(d.activities, 0).endDate = "2030-01-01";
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
});
