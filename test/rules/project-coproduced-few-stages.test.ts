import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/model/dataset.js";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "project/coproduced-few-stages";

function coProduced(stages: string[][]): (d: DatasetInput) => void {
  return (d) => {
    at(d.projects, 0).coProduced = true;
    const a = at(d.activities, 0);
    d.activities = stages.map((s, i) => ({ ...a, id: `a-${i + 1}`, stages: s as typeof a.stages }));
    d.payments = [];
    d.feedback = [];
  };
}

describe(CODE, () => {
  it("passes a co-produced project involving contributors at 3 stages", () => {
    const ds = dataset(
      coProduced([["designing-and-managing"], ["undertaking"], ["disseminating", "undertaking"]]),
    );
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags a co-produced project involving contributors at 2 stages", () => {
    const ds = dataset(coProduced([["designing-and-managing"], ["undertaking"]]));
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["projects", 0, "coProduced"],
        message:
          "Project p-1 is labelled co-produced, but its public contributors were involved at 2 stages (designing-and-managing and undertaking); the threshold is 3.",
        hint: "Involve contributors at more stages, record the activities that did involve them, or describe the project as collaboration rather than co-production.",
      },
    ]);
  });
  it("does not count engagement activities or activities without contributors", () => {
    const ds = dataset((d) => {
      coProduced([["designing-and-managing"], ["undertaking"], ["disseminating"]])(d);
      at(d.activities, 1).mode = "engagement";
      at(d.activities, 2).contributors = [];
    });
    expect(withCode(ds, CODE)[0]?.message).toContain(
      "involved at 1 stage (designing-and-managing)",
    );
  });
  it("uses the minStages option", () => {
    const ds = dataset(coProduced([["designing-and-managing"], ["undertaking"]]));
    expect(withCode(ds, CODE, { rules: { [CODE]: { options: { minStages: 2 } } } })).toEqual([]);
  });
  it("ignores projects not labelled co-produced", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
});
