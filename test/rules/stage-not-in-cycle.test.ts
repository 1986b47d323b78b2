import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import { dataset, withCode } from "./fixture.js";

const CODE = "stage/not-in-cycle";

/** Data built in code, bypassing parseDataset (the schema would reject these stages). */
function bypass(ds: Dataset): Dataset {
  const bad = "analysis" as Dataset["activities"][number]["stages"][number];
  return {
    ...ds,
    activities: ds.activities.map((a) => ({ ...a, stages: [...a.stages, bad] })),
    projects: ds.projects.map((p) => ({ ...p, plannedStages: [bad] })),
    impacts: ds.impacts.map((m) => ({ ...m, stage: bad })),
  };
}

describe(CODE, () => {
  it("passes the seven canonical stages", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags stages outside the cycle on activities, projects and impacts", () => {
    const diags = withCode(bypass(dataset()), CODE);
    expect(diags.map((d) => d.path)).toEqual([
      ["activities", 0, "stages", 1],
      ["impacts", 0, "stage"],
      ["projects", 0, "plannedStages", 0],
    ]);
    expect(diags[0]?.message).toBe(
      'Activity a-1 has the stage "analysis", which is not a stage of the research cycle.',
    );
    expect(diags.every((d) => d.severity === "error")).toBe(true);
  });
});
