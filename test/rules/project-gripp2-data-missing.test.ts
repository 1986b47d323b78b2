import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "project/gripp2-data-missing";

const fullPlan = {
  aim: "To make the study matter to patients.",
  methods: "A panel meets every two months.",
  reflections: "Evening meetings widened who took part.",
  definition: "The NIHR definition.",
  impactCapture: "An impact log reviewed quarterly.",
};

describe(CODE, () => {
  it("passes projects that need no GRIPP2 report", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("passes a long-form project with everything recorded", () => {
    const ds = dataset((d) => {
      const p = at(d.projects, 0);
      p.reporting = "gripp2-long";
      p.involvement = fullPlan;
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags each short-form item missing, including outcomes", () => {
    const ds = dataset((d) => {
      const p = at(d.projects, 0);
      p.reporting = "gripp2-short";
      p.involvement = { aim: fullPlan.aim, methods: fullPlan.methods };
      at(d.activities, 0).outcomes = [];
      d.impacts = [];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["projects", 0],
        message:
          "Project p-1 will be reported with GRIPP2 short form but has no recorded outcome or impact of involvement (SF items 3 and 4).",
        hint: "Record the outcomes of the project's involvement activities, or impact records for the project.",
      },
      {
        code: CODE,
        severity: "warning",
        path: ["projects", 0, "involvement", "reflections"],
        message:
          "Project p-1 will be reported with GRIPP2 short form but has no reflections on the involvement (SF item 5).",
        hint: "Record it in the project's involvement plan now, while the team remembers.",
      },
    ]);
  });
  it("asks the long form for the definition and impact capture too, and honours the forms option", () => {
    const ds = dataset((d) => {
      const p = at(d.projects, 0);
      p.reporting = "gripp2-long";
      p.involvement = {
        aim: fullPlan.aim,
        methods: fullPlan.methods,
        reflections: fullPlan.reflections,
      };
    });
    expect(withCode(ds, CODE).map((x) => x.path.at(-1))).toEqual(["definition", "impactCapture"]);
    expect(
      withCode(ds, CODE, { rules: { [CODE]: { options: { forms: ["gripp2-short"] } } } }),
    ).toEqual([]);
  });
});
