import { describe, expect, it } from "vitest";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/substantial-no-scrutiny";

describe(CODE, () => {
  it("passes a substantial change with a scrutiny committee consulted", () => {
    expect(withCode(changeDataset(), CODE)).toEqual([]);
  });
  it("flags a substantial change with no scrutiny committee consulted", () => {
    const ds = changeDataset((s) => {
      delete s.scrutiny;
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "scrutiny"],
        message:
          "Service change sc-1 (Moving the clinic) is recorded as a substantial development or variation, but no consultation of the local authority's health scrutiny committee is recorded.",
        hint: "Record the committee consulted and when (scrutiny.committee, scrutiny.date); if the change is not substantial after all, set substantial to false.",
      },
    ]);
  });
  it("says nothing when the change is not substantial, or not yet assessed as such", () => {
    for (const substantial of [false, undefined]) {
      const ds = changeDataset((s) => {
        delete s.scrutiny;
        if (substantial === undefined) delete s.substantial;
        else s.substantial = substantial;
      });
      expect(withCode(ds, CODE)).toEqual([]);
    }
  });
});
