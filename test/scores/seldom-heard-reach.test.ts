import { describe, expect, it } from "vitest";
import { scoreDataset } from "../../src/scores/registry.js";
import type { SeldomHeardReachComponents } from "../../src/scores/seldom-heard-reach.js";
import { seldomHeardDataset } from "./seldom-heard-fixture.js";

function score(opts: Record<string, string> = {}) {
  const r = scoreDataset("seldom-heard-reach", seldomHeardDataset(), {
    period: "2025-26",
    ...opts,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

function row(c: SeldomHeardReachComponents, group: string) {
  const g = c.groups.find((x) => x.group === group);
  if (g === undefined) throw new Error(group);
  return g;
}

describe("seldom-heard-reach", () => {
  it("counts people involved, active and reached in each named group, against the year before", () => {
    const s = score();
    expect(s.unit).toBe("count");
    // involved in 2025-26: c-yc1 (workshop), c-both (speaker), c-yc2 and c-bsl (bursary places)
    expect(s.value).toBe(4);
    const c = s.components;
    expect(c.organisations).toEqual(["org-1"]);
    expect(c.groups.map((g) => g.group)).toEqual([
      "young-carers",
      "deaf-bsl",
      "learning-disability",
    ]);
    expect(row(c, "young-carers")).toMatchObject({
      involved: 3,
      active: 3,
      reached: 4,
      previous: { involved: 2, active: 3, reached: 1 },
    });
    expect(row(c, "deaf-bsl")).toMatchObject({
      involved: 2,
      active: 2,
      reached: 2,
      previous: { involved: 1, active: 2, reached: 0 },
    });
    expect(row(c, "learning-disability")).toMatchObject({
      involved: 0,
      active: 0,
      reached: 0,
    });
    expect(c).toMatchObject({ involved: 4, active: 4, previousInvolved: 3, previousActive: 4 });
    expect(c.eventsRecordingReach).toBe(2);
    expect(c.previousPeriod).toEqual({ start: "2024-04-01", end: "2025-03-31" });
    expect(s.explanation).toContain("no one involved from learning-disability");
  });

  it("writes one person, one group and one event in the singular in its explanation", () => {
    const r = scoreDataset(
      "seldom-heard-reach",
      seldomHeardDataset((d) => {
        const org = d.organisations?.[0];
        if (org) org.seldomHeardGroups = ["homeless"];
        for (const e of d.events ?? []) if (e.id === "ev-2" && e.reach) delete e.reach.seldomHeard;
      }),
      { period: "2025-26" },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.components.eventsRecordingReach).toBe(1);
    expect(r.value.explanation).toContain(
      "1 person from the named seldom-heard groups was involved from 2025-04-01 to 2026-03-31",
    );
    expect(r.value.explanation).toContain("1 group counted");
    expect(r.value.explanation).toContain("1 event recorded its seldom-heard reach.");
    expect(r.value.explanation).not.toMatch(/\b1 (people|groups|events)\b/u);
  });

  it("counts a person in each of their groups, once in the total", () => {
    const c = score().components;
    // c-both is a young carer and a deaf BSL user: in both rows, once in the value
    expect(row(c, "young-carers").involved + row(c, "deaf-bsl").involved).toBe(5);
    expect(c.involved).toBe(4);
  });

  it("counts a member of a standing group on the period's last day as active, not involved", () => {
    const c = score({ period: "2025-26-Q1" }).components;
    // in April to June 2025 only the workshop: c-bsl is on the panel without taking part
    expect(row(c, "deaf-bsl")).toMatchObject({ involved: 0, active: 2 });
    expect(row(c, "young-carers")).toMatchObject({ involved: 1, active: 2 });
  });

  it("leaves reached unrecorded (null), not zero, when no event recorded it", () => {
    const c = score({ period: "2026-27" }).components;
    expect(row(c, "young-carers").reached).toBeNull();
    expect(row(c, "young-carers").previous.reached).toBe(4);
  });

  it("narrows to one organisation and one project, and refuses an unknown organisation", () => {
    const none = scoreDataset("seldom-heard-reach", seldomHeardDataset(), {
      period: "2025-26",
      organisation: "org-2",
    });
    expect(none.ok && none.value.value).toBeNull();
    expect(none.ok && none.value.diagnostics.map((d) => d.code)).toEqual([
      "seldom-heard-reach/no-groups",
    ]);
    const bad = scoreDataset("seldom-heard-reach", seldomHeardDataset(), { organisation: "x" });
    expect(!bad.ok && bad.diagnostics.map((d) => d.code)).toEqual([
      "seldom-heard-reach/unknown-organisation",
    ]);
    const project = scoreDataset("seldom-heard-reach", seldomHeardDataset(), { project: "nope" });
    expect(!project.ok && project.diagnostics[0]?.code).toBe("seldom-heard-reach/unknown-project");
  });
});

describe("seldom-heard-reach worked example (docs/measures/seldom-heard-reach.md)", () => {
  it("a young carer at a workshop and a deaf BSL user on a panel: value 1", () => {
    const ds = seldomHeardDataset((d) => {
      d.activities = (d.activities ?? []).filter((a) => a.id === "a-1");
      d.events = [];
      d.contributors = (d.contributors ?? []).filter((c) => c.id !== "c-both");
      d.groups = [
        {
          id: "g-panel",
          organisationId: "org-1",
          name: "Panel",
          kind: "ppi-group",
          memberships: [{ contributorId: "c-bsl", from: "2024-01-01" }],
        },
      ];
    });
    const r = scoreDataset("seldom-heard-reach", ds, { period: "2025-26" });
    if (!r.ok) throw new Error("no score");
    expect(r.value.value).toBe(1);
    expect(row(r.value.components, "young-carers")).toMatchObject({ involved: 1, active: 1 });
    expect(row(r.value.components, "deaf-bsl")).toMatchObject({ involved: 0, active: 1 });
  });
});
