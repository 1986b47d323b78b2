import { describe, expect, it } from "vitest";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import { parseDataset } from "../../src/model/parse.js";
import { checkDataset } from "../../src/rules/index.js";

describe("generateDataset", () => {
  it("is deterministic for a seed", () => {
    const a = JSON.stringify(generateDataset({ seed: 42, activities: 200, contributors: 50 }));
    const b = JSON.stringify(generateDataset({ seed: 42, activities: 200, contributors: 50 }));
    const c = JSON.stringify(generateDataset({ seed: 43, activities: 200, contributors: 50 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("builds exactly the requested counts", () => {
    const ds = generateDataset({ seed: 1, activities: 1234, contributors: 321, projects: 12 });
    expect(ds.activities).toHaveLength(1234);
    // the public contributors asked for, and a PPI champion on the staff
    expect(ds.contributors.filter((c) => !c.roles.includes("ppi-champion"))).toHaveLength(321);
    expect(ds.contributors).toHaveLength(322);
    expect(ds.projects).toHaveLength(12);
    expect(parseDataset(ds).ok).toBe(true);
  });

  it("handles tiny sizes", () => {
    for (const [activities, contributors] of [
      [0, 1],
      [1, 1],
      [3, 2],
    ] as const) {
      expect(parseDataset(generateDataset({ activities, contributors })).ok).toBe(true);
    }
  });

  it("grows linearly (a 10x larger dataset has about 10x the records)", () => {
    const count = (n: number) => {
      const ds = generateDataset({ seed: 5, activities: n, contributors: n / 4 });
      return ds.activities.length + ds.payments.length + ds.feedback.length + ds.impacts.length;
    };
    const ratio = count(10_000) / count(1_000);
    expect(ratio).toBeGreaterThan(7);
    expect(ratio).toBeLessThan(13);
  });
});

describe("demoDataset", () => {
  it("meets the published shape of the demo", () => {
    expect(demoDataset.fictional).toBe(true);
    expect(demoDataset.organisations.map((o) => o.kind).sort()).toEqual([
      "healthwatch",
      "nhs-trust",
      "research-centre",
    ]);
    expect(demoDataset.projects.length).toBeGreaterThanOrEqual(6);
    expect(demoDataset.contributors.length).toBeGreaterThanOrEqual(80);
    expect(demoDataset.activities.length).toBeGreaterThanOrEqual(300);
    expect(demoDataset.strategies).toHaveLength(1);
    const consented = demoDataset.contributors.filter(
      (c) => c.demographics && c.consent.demographics?.given,
    );
    expect(consented.length / demoDataset.contributors.length).toBeGreaterThan(0.5);
    const stages = new Set(demoDataset.activities.flatMap((a) => a.stages));
    expect(stages.size).toBe(7);
    const levels = new Set(demoDataset.activities.flatMap((a) => (a.level ? [a.level.item] : [])));
    expect(levels.size).toBeGreaterThanOrEqual(6);
    const kinds = new Set(demoDataset.feedback.map((f) => f.kind));
    for (const k of ["fft", "peirs22", "ppeet", "coproduction", "standards", "story", "pals"])
      expect(kinds.has(k as never)).toBe(true);
    expect(demoDataset.payments.length).toBeGreaterThan(0);
    expect(demoDataset.impacts.length).toBeGreaterThan(0);
    // Two financial years.
    const dates = demoDataset.activities.map((a) => a.startDate).sort();
    expect(dates[0]! >= "2024-04-01").toBe(true);
    expect(dates[dates.length - 1]! <= "2026-03-31").toBe(true);
  });

  it("exercises every field of engagement, listening and reach", () => {
    const d = demoDataset;
    const events = d.events;
    const byKind = (k: string) => events.filter((e) => e.kind === k);
    const campaign = byKind("campaign")[0]!;
    expect([campaign.reach.online, campaign.endDate! > campaign.date]).toEqual([52_340, true]);
    const festival = byKind("festival")[0]!;
    expect([festival.reach.attendance, festival.endDate! > festival.date]).toEqual([4_200, true]);
    const cafe = byKind("science-cafe")[0]!;
    expect(cafe.reach).toMatchObject({ attendance: 127, firstTime: 81, returning: 46 });
    expect(Object.keys(cafe.reach.seldomHeard ?? {}).length).toBeGreaterThan(0);
    expect(byKind("conference")[0]!.bursaryPlaces).toBe(6);
    const roles = new Set(events.flatMap((e) => e.contributors.map((c) => c.role)));
    for (const r of ["chair", "speaker", "panellist", "author", "bursary"])
      expect(roles.has(r as never), r).toBe(true);
    for (const k of ["publication", "blog", "festival", "campaign"])
      expect(byKind(k).length, k).toBeGreaterThan(0);
    expect(events.some((e) => e.projectId !== undefined)).toBe(true);
    expect(d.activities.filter((a) => a.headcount !== undefined)).toHaveLength(1);
    const kindOf = new Map(d.feedback.map((f) => [f.id, f.kind]));
    const sources = d.impacts.flatMap((m) => [
      ...(m.eventIds ?? []).map(() => "event"),
      ...(m.feedbackIds ?? []).map((id) => kindOf.get(id)),
    ]);
    expect(new Set(sources)).toEqual(new Set(["event", "story", "pals"]));
    const stories = d.feedback.flatMap((f) => (f.kind === "story" ? [f] : []));
    expect(stories[0]!.sharedAt?.map((s) => s.forum)).toEqual([
      "Trust Board",
      "Quality and Safety Committee",
    ]);
    const pals = d.feedback.flatMap((f) => (f.kind === "pals" ? [f] : []));
    expect(pals.every((f) => f.outcome !== undefined)).toBe(true);
    const fft = d.feedback.flatMap((f) => (f.kind === "fft" ? [f] : []));
    expect(fft.every((f) => f.unitName !== undefined)).toBe(true);
    expect(d.organisations.find((o) => o.kind === "nhs-trust")!.memberCounts?.length).toBe(2);
    const positions = new Set(
      d.contributors.flatMap((c) => (c.positions ?? []).map((p) => p.role)),
    );
    expect(positions).toEqual(new Set(["member", "governor", "volunteer", "ppi-champion"]));
    expect(d.contributors.some((c) => c.positions?.some((p) => p.constituency))).toBe(true);
    const assembly = d.groups.find((g) => g.kind === "assembly")!;
    expect(assembly.memberCounts?.length).toBe(2);
  });

  it("cites no internal research notes in its text, and keeps the rates flagged unverified", () => {
    for (const ds of [demoDataset, generateDataset({ seed: 7, activities: 1000, gaps: true })]) {
      expect(JSON.stringify(ds)).not.toMatch(/(frameworks|metrics|DESIGN)\.md|domain notes|§/);
    }
    for (const rate of demoDataset.paymentRates) {
      expect(rate.verified).toBe(false);
      expect(rate.sourceVersion).toContain("not yet verified");
    }
  });

  it("uses only fictional contact details", () => {
    for (const c of demoDataset.contributors) {
      if (c.identifiers?.email) expect(c.identifiers.email.endsWith("@example.org")).toBe(true);
      if (c.identifiers?.phone) expect(c.identifiers.phone.startsWith("01632 960")).toBe(true);
    }
  });
});

describe("the demo's service changes", () => {
  it("are one substantial proposal and one not, at the trust, linked to its activities", () => {
    const [a, b] = demoDataset.serviceChanges;
    expect(demoDataset.serviceChanges).toHaveLength(2);
    expect([a?.substantial, b?.substantial]).toEqual([true, false]);
    expect(a?.organisationId).toBe("org-northgate");
    expect(a?.activityIds.length).toBeGreaterThan(0);
    expect(b?.activityIds.length).toBeGreaterThan(0);
  });

  it("have deliberate gaps only with the gaps option, and each gap is a rule's finding", () => {
    const codes = (ds: typeof demoDataset) =>
      checkDataset(ds)
        .filter((d) => d.path[0] === "serviceChanges")
        .map((d) => `${String(d.path[1])} ${d.code}`)
        .sort();
    expect(codes(demoDataset)).toEqual([
      "0 service-change/decision-before-consultation-closed",
      "0 service-change/seldom-heard-not-reached",
      "0 service-change/substantial-no-scrutiny",
      "1 service-change/no-assessment",
      "1 service-change/no-published-feedback",
      "1 service-change/responses-not-considered",
    ]);
    expect(codes(generateDataset({ seed: 2026 }))).toEqual([]);
  });

  it("has a 28-day consultation that an organisation's own minimum of 42 days finds short", () => {
    const short = checkDataset(demoDataset, {
      rules: {
        "service-change/consultation-shorter-than-minimum": { options: { minimumDays: 42 } },
      },
    }).filter((d) => d.code === "service-change/consultation-shorter-than-minimum");
    expect(short.map((d) => d.path)).toEqual([["serviceChanges", 1, "consultation"]]);
  });

  it("has none in a dataset of fewer than 10 activities", () => {
    expect(generateDataset({ seed: 3, activities: 9, contributors: 4 }).serviceChanges).toEqual([]);
  });
});
