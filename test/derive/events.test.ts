import { describe, expect, it } from "vitest";
import { bursaryPlaces, eventReach, onAgenda } from "../../src/derive/events.js";

describe("event facts", () => {
  it("a public contributor in any role but bursary is on the agenda", () => {
    expect(onAgenda({ contributors: [{ contributorId: "c-1", role: "chair" }] })).toBe(true);
    expect(onAgenda({ contributors: [{ contributorId: "c-1", role: "author" }] })).toBe(true);
    expect(onAgenda({ contributors: [{ contributorId: "c-1", role: "bursary" }] })).toBe(false);
    expect(onAgenda({ contributors: [] })).toBe(false);
  });
  it("bursary places are the recorded total or the holders listed, whichever is more", () => {
    const one = [{ contributorId: "c-1", role: "bursary" as const }];
    expect(bursaryPlaces({ bursaryPlaces: 6, contributors: one })).toBe(6);
    expect(bursaryPlaces({ contributors: one })).toBe(1);
    expect(bursaryPlaces({ bursaryPlaces: 0, contributors: [...one, ...one] })).toBe(2);
    expect(bursaryPlaces({ contributors: [] })).toBe(0);
  });
  it("an unrecorded reach is null, not zero", () => {
    expect(eventReach({ reach: { attendance: 127 } })).toEqual({ inPerson: 127, online: null });
    expect(eventReach({ reach: { attendance: 0, online: 52340 } })).toEqual({
      inPerson: 0,
      online: 52340,
    });
  });
});
