import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { listening } from "../../src/scores/listening.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { listeningDataset } from "./listening-fixture.js";

const FY = { start: "2025-04-01", end: "2026-03-31" };

describe("listening (worked example, docs/definitions.md)", () => {
  const ds = listeningDataset();
  const s = listening(ds, { period: FY });
  const c = s.components;

  it("counts the period's PALS contacts, stories and FFT returns, and the share with a change", () => {
    // 4 PALS + 2 stories + 3 FFT returns = 9; pals-1, story-1 and fft-w7-may are named by impacts
    expect(c.records).toBe(9);
    expect(c.withImpact).toBe(3);
    expect(s.value).toBeCloseTo(100 / 3, 10);
    expect(s.unit).toBe("percent");
    expect(c.pals.withImpact).toBe(1);
    expect(c.pals.withImpactShare).toBe(25);
    expect(c.stories.withImpactShare).toBe(50);
    expect(c.fft.withImpact).toBe(1);
  });

  it("counts PALS contacts by category and by outcome, with 'not recorded' as its own row", () => {
    expect(c.pals.contacts).toBe(4);
    expect(c.pals.byCategory).toEqual({
      concern: 2,
      complaint: 1,
      compliment: 1,
      enquiry: 0,
      suggestion: 0,
    });
    expect(c.pals.byOutcome).toEqual({
      resolved: 2,
      "information-given": 0,
      signposted: 0,
      "referred-to-complaints": 1,
      open: 0,
      other: 0,
      "not-recorded": 1,
    });
    expect(c.pals.byCategoryAndOutcome.concern["not-recorded"]).toBe(1);
    expect(c.pals.byCategoryAndOutcome.concern.resolved).toBe(1);
  });

  it("lists the stories with their forums, and counts forums by stories", () => {
    expect(c.stories).toMatchObject({ count: 2, shared: 1, notShared: 1 });
    expect(c.stories.byForum).toEqual([
      { forum: "Trust Board", stories: 1, sharings: 2 },
      { forum: "Quality committee", stories: 1, sharings: 1 },
    ]);
    expect(c.stories.items.map((i) => [i.id, i.impactIds])).toEqual([
      ["story-1", ["i-parking"]],
      ["story-2", []],
    ]);
    expect(c.stories.items[0]?.sharedAt[1]).toEqual({ forum: "Quality committee", date: null });
  });

  it("gives FFT % positive over summed counts, and by unit with the unit's recorded name", () => {
    // 52 + 16 positive of 73 responses
    expect(c.fft.responses).toBe(73);
    expect(c.fft.percentPositive).toBeCloseTo((100 * 68) / 73, 10);
    expect(c.fft.units.map((u) => [u.unitId, u.unitName, u.parentUnitId, u.responses])).toEqual([
      ["w7", "Ward 7, stroke unit", "site-a", 70],
      ["w9", null, "site-a", 3],
    ]);
    const fftMeasure = scoreDataset("fft", ds, { period: "2025-26" });
    expect(fftMeasure.ok && fftMeasure.value.value).toBe(c.fft.percentPositive);
  });

  it("gives the top themes of PALS contacts and stories", () => {
    expect(c.themes.slice(0, 3)).toEqual([
      { theme: "communication", pals: 2, stories: 1 },
      { theme: "parking", pals: 1, stories: 1 },
      { theme: "waiting-times", pals: 1, stories: 0 },
    ]);
  });

  it("lists the period's impact records that came from feedback, and the previous period", () => {
    expect(c.impactsFromFeedback).toEqual(["i-parking", "i-ward"]);
    expect(c.previous).toMatchObject({
      period: { start: "2024-04-01", end: "2025-03-31" },
      palsContacts: 1,
      palsWithImpact: 0,
      stories: 1, // f-1 of the base fixture, dated 2025-03-02
      fftReturns: 1,
      fftResponses: 20,
      fftPercentPositive: 75,
    });
  });

  it("narrows to one project's feedback records", () => {
    const p = listening(ds, { period: FY, projectId: "p-1" });
    expect(p.components.records).toBe(0);
    expect(p.value).toBeNull();
  });

  it("is what scoreDataset('listening') gives, with the period's label", () => {
    const r = scoreDataset("listening", ds, { period: "2025-26" });
    if (!r.ok) throw new Error("failed");
    expect(r.value.value).toBe(s.value);
    expect(r.value.components.period.label).toBe("2025-26");
    expect(r.value.components.pals).toEqual(c.pals);
  });

  it("reports an unknown project and an unreadable period with codes of its own", () => {
    const a = scoreDataset("listening", ds, { project: "p-999" });
    expect(!a.ok && a.diagnostics[0]?.code).toBe("listening/unknown-project");
    const b = scoreDataset("listening", ds, { period: "2025-27" });
    expect(!b.ok && b.diagnostics[0]?.code).toBe("listening/invalid-period");
  });

  it("runs on the demo dataset", () => {
    const r = scoreDataset("listening", demoDataset, {});
    expect(r.ok).toBe(true);
  });
});
