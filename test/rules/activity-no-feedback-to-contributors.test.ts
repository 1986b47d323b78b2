import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/no-feedback-to-contributors";

describe(CODE, () => {
  it("passes an activity whose outcome was fed back", () => {
    expect(withCode(dataset(), CODE, { asOf: "2026-01-01" })).toEqual([]);
  });
  it("passes an activity closed through a linked impact record", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).outcomes = [];
    });
    expect(withCode(ds, CODE, { asOf: "2026-01-01" })).toEqual([]);
  });
  it("flags an activity with no outcome and no feedback after 90 days", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).outcomes = [];
      d.impacts = [];
    });
    expect(withCode(ds, CODE, { asOf: "2025-05-30" })).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["activities", 0, "outcomes"],
        message:
          "Involvement activity a-1 ended on 2025-03-01 and no outcome has been recorded or fed back to its 2 contributors after 90 days.",
        hint: "Record what happened as a result (an outcome, or an impact record) and the date contributors were told, even if the answer was that nothing could change.",
      },
    ]);
    expect(withCode(ds, CODE, { asOf: "2025-05-29" })).toEqual([]);
  });
  it("flags an outcome that was recorded but never fed back, using the days option", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).outcomes = [{ summary: "Letter changed." }];
      d.impacts = [];
    });
    const diags = withCode(ds, CODE, {
      asOf: "2025-04-01",
      rules: { [CODE]: { options: { days: 30 } } },
    });
    expect(diags.map((x) => x.message)).toEqual([
      "Involvement activity a-1 ended on 2025-03-01 and its outcome has not been fed back to its 2 contributors after 30 days.",
    ]);
  });
  it("takes today from the latest date in the dataset, not the clock", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).outcomes = [];
      d.impacts = [];
      at(d.feedback, 0).date = "2025-06-01";
    });
    expect(withCode(ds, CODE)).toHaveLength(1);
  });
});
