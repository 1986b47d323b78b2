import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "event/unknown-seldom-heard-group";

const cafe = (seldomHeard: Record<string, number>) => ({
  id: "e-1",
  organisationId: "org-1",
  title: "Science café",
  kind: "science-cafe" as const,
  date: "2025-06-14",
  reach: { attendance: 127, seldomHeard },
});

describe(CODE, () => {
  it("passes counts for the groups the organisation names", () => {
    expect(
      withCode(
        dataset((d) => {
          d.events = [cafe({ "young-carers": 9 })];
        }),
        CODE,
      ),
    ).toEqual([]);
  });
  it("flags a count for a group the organisation does not name", () => {
    const ds = dataset((d) => {
      d.events = [cafe({ "young-carers": 9, "young-carer": 2 })];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["events", 0, "reach", "seldomHeard", "young-carer"],
        message:
          'Event e-1 counts people from the group "young-carer", which org-1 does not name as seldom heard.',
        hint: "Use one of the groups org-1 names (young-carers), or add this one to its seldom-heard groups.",
      },
    ]);
  });
  it("says to list the groups when the organisation names none", () => {
    const ds = dataset((d) => {
      at(d.organisations, 0).seldomHeardGroups = [];
      d.events = [cafe({ "young-carers": 9 })];
    });
    expect(withCode(ds, CODE).map((x) => x.hint)).toEqual([
      "List the groups org-1 names as seldom heard in its seldom-heard groups, including this one.",
    ]);
  });
});
