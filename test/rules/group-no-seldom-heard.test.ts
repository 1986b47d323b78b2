import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "group/no-seldom-heard";

describe(CODE, () => {
  it("passes a panel with a member from a listed seldom-heard group", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags a panel with no member from a listed seldom-heard group", () => {
    const ds = dataset((d) => {
      at(d.contributors, 0).seldomHeard = ["homeless"];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["groups", 0, "memberships"],
        message:
          "Group g-1 (Panel) has 2 current members, none from the seldom-heard groups org-1 lists.",
        hint: "Reach out through community partners to the groups the organisation lists (e.g. young carers, deaf BSL users) and offer the support they need to join.",
      },
    ]);
  });
  it("counts only current members", () => {
    const ds = dataset((d) => {
      at(at(d.groups, 0).memberships, 0).to = "2025-02-01";
    });
    expect(withCode(ds, CODE)[0]?.message).toContain("has 1 current member,");
  });
  it("skips organisations that list no seldom-heard groups, and kinds not chosen", () => {
    const none = dataset((d) => {
      at(d.organisations, 0).seldomHeardGroups = [];
      at(d.contributors, 0).seldomHeard = [];
    });
    expect(withCode(none, CODE)).toEqual([]);
    const steering = dataset((d) => {
      at(d.groups, 0).kind = "steering-group";
      at(d.contributors, 0).seldomHeard = [];
    });
    expect(withCode(steering, CODE)).toEqual([]);
    expect(
      withCode(steering, CODE, { rules: { [CODE]: { options: { kinds: ["steering-group"] } } } }),
    ).toHaveLength(1);
  });
});
