import { describe, expect, it } from "vitest";
import { projectActiveIn, projectSpan } from "../../src/derive/scope.js";
import type { Dataset } from "../../src/model/dataset.js";
import { involvementDepth } from "../../src/scores/involvement-depth.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { activity, emptyDataset, project } from "../scores/dataset-fixture.js";

const fy = { start: "2025-04-01", end: "2026-03-31" };

describe("projectActiveIn", () => {
  it("is true when the project's dates overlap the period, a project without an end still running", () => {
    expect(projectActiveIn(project("p", { startDate: "2026-03-31" }), fy)).toBe(true);
    expect(projectActiveIn(project("p", { startDate: "2026-04-01" }), fy)).toBe(false);
    expect(
      projectActiveIn(project("p", { startDate: "2024-01-01", endDate: "2025-04-01" }), fy),
    ).toBe(true);
    expect(
      projectActiveIn(project("p", { startDate: "2024-01-01", endDate: "2025-03-31" }), fy),
    ).toBe(false);
  });
});

describe("projectSpan", () => {
  const p = project("p-1", { startDate: "2025-01-01", endDate: "2025-12-31" });
  const ds: Dataset = {
    ...emptyDataset(),
    projects: [p],
    activities: [
      activity("bid", "2024-10-01", { projectId: "p-1" }),
      activity("during", "2025-06-01", { projectId: "p-1" }),
      activity("after", "2026-02-01", { projectId: "p-1" }),
      activity("future", "2026-09-01", { projectId: "p-1" }),
      activity("other", "2023-01-01", { projectId: "p-2" }),
    ],
  };

  it("runs from the project's start to its end, widened to its own records up to the as-of date", () => {
    expect(projectSpan(ds, p, "2026-06-30")).toEqual({
      start: "2024-10-01",
      end: "2026-02-01",
      label: "project to date",
    });
  });

  it("ends a running project on the as-of date", () => {
    const running = project("p-1", { startDate: "2025-01-01" });
    expect(projectSpan({ ...ds, projects: [running] }, running, "2025-09-30")).toEqual({
      start: "2024-10-01",
      end: "2025-09-30",
      label: "project to date",
    });
  });

  it("is the default period of involvement depth, through the scorer and through the registry", () => {
    const direct = involvementDepth(ds, { project: "p-1", asOf: "2026-06-30" });
    expect(direct.components.involvementActivities).toBe(3);
    const viaRegistry = scoreDataset("involvement-depth", ds, {
      project: "p-1",
      asOf: "2026-06-30",
    });
    expect(viaRegistry.ok && viaRegistry.value.components.involvementActivities).toBe(3);
  });
});
