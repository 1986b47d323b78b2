import { describe, expect, it } from "vitest";
import { withCode } from "./fixture.js";
import { changeDataset } from "./service-change-fixture.js";

const CODE = "service-change/seldom-heard-not-reached";
const HINT =
  "Involve the group before deciding (for example through community partners) and link that activity in activityIds. A contributor reaches a group when their own seldomHeard ids include it and the organisation lists it.";

describe(CODE, () => {
  it("passes a group reached by a contributor at a linked activity", () => {
    expect(withCode(changeDataset(), CODE)).toEqual([]);
  });
  it("flags an affected group no linked activity reached", () => {
    const ds = changeDataset((s) => {
      s.activityIds = [];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "affected", "seldomHeardGroups", 0],
        message:
          "Service change sc-1 affects the seldom-heard group young-carers, and none of its linked activities reached it.",
        hint: HINT,
      },
    ]);
  });
  it("says when the organisation does not list the group, so no one can count as reaching it", () => {
    const ds = changeDataset((s) => {
      s.affected.seldomHeardGroups = ["young-carers", "deaf-bsl"];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["serviceChanges", 0, "affected", "seldomHeardGroups", 1],
        message:
          "Service change sc-1 affects the seldom-heard group deaf-bsl, which org-1 does not list in its seldomHeardGroups, so no activity can be counted as reaching it.",
        hint: HINT,
      },
    ]);
  });
});
