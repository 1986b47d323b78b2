import { describe, expect, it } from "vitest";
import { engagement } from "../../src/scores/engagement.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { engagementDataset } from "./engagement-fixture.js";

const ds = engagementDataset();

describe("engagement", () => {
  it("worked example: 4 events in 2025-26, 2 with a public contributor on the agenda", () => {
    const s = engagement(ds, { period: "2025-26" });
    expect(s.value).toBe(50);
    expect(s.unit).toBe("percent");
    const c = s.components;
    expect(c.events).toBe(4);
    expect(c.spanning).toBe(1);
    expect(c.inPerson).toEqual({ total: 4327, recorded: 2 });
    expect(c.online).toEqual({ total: 52340, recorded: 1 });
    expect(c.firstTime).toEqual({ total: 40, recorded: 1 });
    expect(c.returning).toEqual({ total: 87, recorded: 1 });
    expect(c.mixRecorded).toBe(1);
    expect(c.returningShare).toBeCloseTo((100 * 87) / 127, 10);
    expect(c.onAgenda).toBe(2);
    expect(c.agendaShare).toBe(50);
    expect(c.byRole.chair).toEqual({ people: 1, places: 1 });
    // listed twice at one event: one place
    expect(c.byRole.speaker).toEqual({ people: 1, places: 1 });
    expect(c.byRole.panellist).toEqual({ people: 1, places: 1 });
    expect(c.byRole.author).toEqual({ people: 0, places: 0 });
    expect(c.agendaPeople).toBe(2);
    expect(c.agendaPlaces).toBe(3);
    expect(c.bursaryPlaces).toBe(6);
    expect(c.bursaryEvents).toBe(1);
    expect(c.byKind.talk).toEqual({
      events: 1,
      inPerson: { total: 0, recorded: 0 },
      online: { total: 0, recorded: 0 },
      onAgenda: 0,
      bursaryPlaces: 6,
      // the 6 are the total the talk recorded, not counted from its one listed holder
      bursaryFromHolders: 0,
    });
    expect(c.bursaryFromHolders).toBe(0);
    expect(c.byKind["science-cafe"].inPerson).toEqual({ total: 127, recorded: 1 });
    expect(s.explanation).toContain(
      "In person: 4,327 at the 2 events that recorded attendance; online reach: 52,340 at the 1 event",
    );
    expect(s.diagnostics).toEqual([]);
  });

  it("an event with no attendance recorded is not an event with 0 attendees", () => {
    const zero = engagementDataset({
      events: [
        {
          id: "e-1",
          organisationId: "o-centre",
          title: "Lab tour",
          kind: "lab-tour",
          date: "2025-06-01",
          reach: { attendance: 0 },
        },
        {
          id: "e-2",
          organisationId: "o-centre",
          title: "Lab tour",
          kind: "lab-tour",
          date: "2025-07-01",
        },
      ],
    });
    const c = engagement(zero, { period: "2025-26" }).components;
    expect(c.inPerson).toEqual({ total: 0, recorded: 1 });
    expect(c.online).toEqual({ total: 0, recorded: 0 });
  });

  it("gives the previous period of the same length for the trend", () => {
    const c = engagement(ds, { period: "2025-26" }).components;
    expect(c.previous.period).toEqual({ start: "2024-04-01", end: "2025-03-31" });
    expect(c.previous.events).toBe(1);
    expect(c.previous.inPerson).toEqual({ total: 30, recorded: 1 });
    expect(c.previous.agendaShare).toBe(100);
    expect(c.previous.byRole.speaker).toEqual({ people: 1, places: 1 });
  });

  it("counts an event over several days in every period it overlaps", () => {
    const next = engagement(ds, { period: "2026-27" }).components;
    expect(next.events).toBe(1);
    expect(next.inPerson.total).toBe(4200);
    expect(next.spanning).toBe(1);
  });

  it("narrows to a project's own events", () => {
    const c = engagement(ds, { period: "2025-26", project: "p-1" }).components;
    expect(c.events).toBe(1);
    expect(c.previous.events).toBe(0);
  });

  it("gives members and governors at the period's end", () => {
    const c = engagement(ds, { period: "2025-26" }).components;
    expect(c.membership).toEqual([
      {
        organisationId: "o-trust",
        name: "Example Foundation Trust",
        members: { date: "2026-03-01", count: 12150 },
        governors: 1,
      },
    ]);
    const earlier = engagement(ds, { period: "2025-26-Q3" }).components.membership[0];
    expect(earlier?.governors).toBe(2);
    expect(earlier?.members).toEqual({ date: "2025-03-31", count: 11800 });
  });

  it("has no value, and says why, when the period has no events", () => {
    const s = engagement(ds, { period: "2022-23" });
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["engagement/no-events"]);
  });

  it("reports an unreadable period", () => {
    const s = engagement(ds, { period: "2025-27" });
    expect(s.value).toBeNull();
    expect(s.diagnostics[0]?.code).toBe("engagement/invalid-period");
  });

  it("is registered: scoreDataset gives the same score, and checks the project", () => {
    const r = scoreDataset("engagement", ds, { period: "2025-26" });
    expect(r.ok && r.value).toEqual(engagement(ds, { period: "2025-26" }));
    const bad = scoreDataset("engagement", ds, { project: "p-9" });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]?.code).toBe("engagement/unknown-project");
  });
});
