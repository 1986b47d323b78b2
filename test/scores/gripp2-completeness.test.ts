import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { completenessPercent, gripp2Completeness } from "../../src/scores/gripp2-completeness.js";
import { activity, emptyDataset, project } from "./dataset-fixture.js";

describe("completenessPercent (computed, and Weschke et al. 2023)", () => {
  it("vector 36: SF 3 of 5 -> 60.0; LF 20 of 34 -> 58.82", () => {
    expect(completenessPercent(3, 5)).toBe(60);
    expect(completenessPercent(20, 34)).toBeCloseTo(58.82, 2);
  });
  it("vector 35: Weschke 2023 34/86 -> 39.53, 49/86 -> 56.98, 51/86 -> 59.30", () => {
    expect(completenessPercent(34, 86)).toBeCloseTo(39.53, 2);
    expect(completenessPercent(49, 86)).toBeCloseTo(56.98, 2);
    expect(completenessPercent(51, 86)).toBeCloseTo(59.3, 2);
  });
  it("invalid inputs give null", () => {
    expect(completenessPercent(1, 0)).toBeNull();
    expect(completenessPercent(6, 5)).toBeNull();
    expect(completenessPercent(-1, 5)).toBeNull();
    expect(completenessPercent(Number.NaN, 5)).toBeNull();
  });
});

function small(): Dataset {
  return {
    ...emptyDataset(),
    contributors: [
      { id: "c1", roles: ["patient"], seldomHeard: [], accessNeeds: [], consent: {} },
      { id: "c2", roles: ["carer", "volunteer"], seldomHeard: [], accessNeeds: [], consent: {} },
    ],
    projects: [
      project("p-1", {
        reporting: "gripp2-short",
        involvement: { aim: "To shape the study with patients.", methods: "An advisory group." },
      }),
    ],
    activities: [
      activity("a1", "2025-02-01", {
        projectId: "p-1",
        level: { scale: "iap2-spectrum", item: "involve" },
        contributors: [{ contributorId: "c1", minutes: 60, payment: { status: "declined" } }],
        outcomes: [{ summary: "Letter changed." }],
      }),
      activity("a2", "2025-03-01", {
        projectId: "p-1",
        method: "document-review",
        stages: [],
        contributors: [{ contributorId: "c2", minutes: 60, payment: { status: "declined" } }],
      }),
      activity("e1", "2025-03-01", { projectId: "p-1", mode: "engagement", method: "talk" }),
    ],
  };
}

describe("gripp2Completeness", () => {
  it("worked example (short form): aim, methods reported; results partial; discussion, reflections missing -> 50%", () => {
    const s = gripp2Completeness(small(), { project: "p-1", form: "short" });
    expect(s.components.checklist.map((r) => [r.code, r.status])).toEqual([
      ["1", "reported"],
      ["2", "reported"],
      ["3", "partial"],
      ["4", "missing"],
      ["5", "missing"],
    ]);
    expect(s.value).toBe(50);
    expect(s.components.counts).toEqual({
      reported: 2,
      partial: 1,
      missing: 2,
      "not-applicable": 0,
    });
    expect(s.components.checklist.every((r) => r.verified)).toBe(true);
    expect(s.components.unavailable).toEqual([]);
    expect(s.components.checklist[1]!.evidence).toContain("2 involvement activities");
    expect(s.diagnostics).toEqual([]);
  });

  it("long form: sections 7-9 unavailable, percentage over the 17 shipped items, items flagged unverified", () => {
    const s = gripp2Completeness(small(), { project: small().projects[0]!, form: "long" });
    const status = Object.fromEntries(s.components.checklist.map((r) => [r.code, r.status]));
    expect(s.components.checklist).toHaveLength(17);
    expect(s.components.checklist.every((r) => r.verified === false)).toBe(true);
    expect(status).toEqual({
      "1a": "reported",
      "1b": "reported",
      "1c": "partial",
      "1d": "missing",
      "1e": "not-applicable",
      "2a": "missing",
      "2b": "missing",
      "2c": "partial",
      "3": "reported",
      "4a": "reported",
      "4b": "reported",
      "4c": "partial",
      "4d": "partial",
      "5a": "missing",
      "5b": "missing",
      "5c": "missing",
      "6": "missing",
    });
    // reported 5, partial 4, applicable 16 -> 100 * 7 / 16
    expect(s.value).toBe(43.75);
    expect(s.components.applicable).toBe(16);
    expect(s.components.unavailable.map((u) => [u.section, u.status])).toEqual([
      ["7", "unavailable: items not verified"],
      ["8", "unavailable: items not verified"],
      ["9", "unavailable: items not verified"],
    ]);
    expect(s.components.publishedItemCount).toBe(34);
    expect(s.explanation).toContain("unavailable: items not verified");
    const people = s.components.checklist.find((r) => r.code === "4b")!;
    expect(people.evidence).toContain("2 distinct contributors");
    expect(people.evidence).toContain("carer 1");
    expect(s.diagnostics.map((d) => d.code)).toEqual(["gripp2/form-differs-from-project"]);
  });

  it("impact records turn results and discussion to reported", () => {
    const ds = small();
    ds.impacts = [
      {
        id: "i1",
        activityIds: ["a1"],
        contributorIds: [],
        date: "2025-04-01",
        type: "materials",
        youSaid: "Hard to read.",
        weDid: "Rewrote it.",
        direction: "positive",
        status: "observed",
        evidence: [],
      },
    ];
    const s = gripp2Completeness(ds, { project: "p-1", form: "short" });
    expect(s.components.checklist.map((r) => r.status)).toEqual([
      "reported",
      "reported",
      "reported",
      "reported",
      "missing",
    ]);
    expect(s.value).toBe(80);
  });

  it("unknown project: value null with a diagnostic", () => {
    const s = gripp2Completeness(small(), { project: "p-404", form: "short" });
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["gripp2/unknown-project"]);
  });

  it("a project with no involvement activities", () => {
    const ds = { ...emptyDataset(), projects: [project("p-0")] };
    const s = gripp2Completeness(ds, { project: "p-0", form: "short" });
    expect(s.value).toBe(0);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["gripp2/no-involvement-activities"]);
  });

  it("demo dataset: every project gets a checklist within 0-100", () => {
    for (const p of demoDataset.projects) {
      for (const form of ["short", "long"] as const) {
        const s = gripp2Completeness(demoDataset, { project: p, form: form });
        expect(s.value as number).toBeGreaterThanOrEqual(0);
        expect(s.value as number).toBeLessThanOrEqual(100);
      }
    }
  });
});
