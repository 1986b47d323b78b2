import { describe, expect, it } from "vitest";
import {
  positionOn,
  consentAt,
  consentStatus,
  involvedIn,
  memberOn,
  membersOn,
  seldomHeardFor,
} from "../../src/derive/people.js";
import { at, dataset } from "../rules/fixture.js";

const contributor = (
  consent: { given: boolean; date: string; withdrawn?: string } | undefined,
) => ({
  id: "c-x",
  roles: ["patient" as const],
  seldomHeard: ["young-carers", "other"],
  accessNeeds: [],
  consent: consent === undefined ? {} : { demographics: consent },
});

describe("consentAt", () => {
  it("needs consent given on or before the date and not withdrawn by then", () => {
    const c = contributor({ given: true, date: "2025-01-10", withdrawn: "2025-06-01" });
    expect(consentAt(c, "demographics", "2025-01-09")).toBe(false);
    expect(consentAt(c, "demographics", "2025-01-10")).toBe(true);
    expect(consentAt(c, "demographics", "2025-05-31")).toBe(true);
    expect(consentAt(c, "demographics", "2025-06-01")).toBe(false);
    expect(
      consentAt(contributor({ given: false, date: "2025-01-10" }), "demographics", "2026-01-01"),
    ).toBe(false);
    expect(consentAt(contributor(undefined), "demographics", "2026-01-01")).toBe(false);
    expect(consentAt(c, "contact", "2025-03-01")).toBe(false);
  });
});

describe("memberOn and membersOn", () => {
  it("counts a membership from its first to its last day", () => {
    const m = {
      contributorId: "c-1",
      role: "member" as const,
      from: "2025-01-01",
      to: "2025-03-31",
    };
    expect(memberOn(m, "2024-12-31")).toBe(false);
    expect(memberOn(m, "2025-01-01")).toBe(true);
    expect(memberOn(m, "2025-03-31")).toBe(true);
    expect(memberOn(m, "2025-04-01")).toBe(false);
    const ds = dataset();
    const g = at(ds.groups, 0);
    expect(membersOn(ds, g.id, "2025-04-01")?.size).toBeGreaterThan(0);
    expect(membersOn(ds, "no-such-group", "2025-04-01")).toBeUndefined();
  });
});

describe("involvedIn", () => {
  it("counts each person at an activity or event in the period once", () => {
    const ds = dataset();
    const all = involvedIn(ds, { start: "2000-01-01", end: "2099-12-31" });
    const expected = new Set([
      ...ds.activities.flatMap((a) => a.contributors.map((c) => c.contributorId)),
      ...ds.events.flatMap((e) => e.contributors.map((c) => c.contributorId)),
    ]);
    expect(new Set(all)).toEqual(expected);
    expect(involvedIn(ds, { start: "1990-01-01", end: "1990-12-31" }).size).toBe(0);
  });
});

describe("seldomHeardFor", () => {
  it("is the contributor's seldom-heard groups that the organisation lists", () => {
    const org = {
      id: "o",
      name: "O",
      kind: "nhs-trust" as const,
      seldomHeardGroups: ["young-carers"],
    };
    expect(seldomHeardFor(contributor(undefined), org)).toEqual(["young-carers"]);
    expect(seldomHeardFor(contributor(undefined), { ...org, seldomHeardGroups: [] })).toEqual([]);
  });
});

describe("consentStatus", () => {
  it("says where consent stood on a date; consentAt is its in-force case", () => {
    const at = (c: Parameters<typeof contributor>[0], date: string) =>
      consentStatus(contributor(c), "demographics", date);
    expect(at(undefined, "2025-01-01")).toBe("none");
    expect(at({ given: false, date: "2025-01-10" }, "2025-06-01")).toBe("refused");
    expect(at({ given: true, date: "2025-01-10" }, "2025-01-09")).toBe("not-yet");
    expect(at({ given: true, date: "2025-01-10" }, "2025-01-10")).toBe("in-force");
    expect(at({ given: true, date: "2025-01-10", withdrawn: "2025-06-01" }, "2025-06-01")).toBe(
      "withdrawn",
    );
  });
});

describe("positionOn", () => {
  it("is held from its first to its last day; an unrecorded start or end leaves it open", () => {
    expect(positionOn({ from: "2024-01-01", to: "2025-12-31" }, "2025-12-31")).toBe(true);
    expect(positionOn({ from: "2024-01-01", to: "2025-12-31" }, "2026-01-01")).toBe(false);
    expect(positionOn({ from: "2024-01-01" }, "2023-12-31")).toBe(false);
    expect(positionOn({}, "2020-01-01")).toBe(true);
  });
});
