import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "payment/not-offered-no-reason";

describe(CODE, () => {
  it("passes not-offered with a reason", () => {
    const ds = dataset((d) => {
      at(at(d.activities, 0).contributors, 1).payment = {
        status: "not-offered",
        reason: "NHS staff in working hours.",
      };
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("passes not-offered for no time given", () => {
    const ds = dataset((d) => {
      const c = at(at(d.activities, 0).contributors, 1);
      c.minutes = 0;
      c.payment = { status: "not-offered" };
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags time given with no payment offered and no reason", () => {
    const ds = dataset((d) => {
      at(at(d.activities, 0).contributors, 1).payment = { status: "not-offered", reason: "  " };
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["activities", 0, "contributors", 1, "payment"],
        message:
          "Contributor c-2 gave 60 minutes to activity a-1 but was not offered payment, and no reason is recorded.",
        hint: 'Offer payment, or record the reason (e.g. "NHS staff in working hours"); use "declined" if they were offered it and said no.',
      },
    ]);
  });
});
