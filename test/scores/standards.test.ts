import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { StandardsAssessment } from "../../src/model/feedback.js";
import { standards } from "../../src/scores/standards.js";

type Entry = StandardsAssessment["entries"][number];
const sa = (id: string, respondent: "staff" | "public", entries: Entry[]): StandardsAssessment => ({
  id,
  date: "2026-03-01",
  kind: "standards",
  respondent,
  version: "uk-standards-2019",
  entries,
});
const e = (standardId: string, rating?: number, evidence: string[] = []): Entry => ({
  standardId,
  reflection: "What went well and what did not.",
  evidence,
  ...(rating === undefined ? {} : { rating }),
});

describe("standards", () => {
  it("worked example: Impact 4 and 2, Governance 5 -> overall (3 + 5) / 2 = 4, four standards missing", () => {
    const s = standards([
      sa("a", "staff", [e("impact", 4, ["Impact log"]), e("governance", 5)]),
      sa("b", "public", [e("impact", 2, ["Minutes", "Survey"])]),
    ]);
    expect(s.value).toBe(4);
    expect(s.band).toBeUndefined();
    const impactRow = s.components.standards.find((r) => r.standardId === "impact")!;
    expect(impactRow).toMatchObject({
      entries: 2,
      reflections: 2,
      evidence: 3,
      ratings: 2,
      meanRating: 3,
      staffMeanRating: 4,
      publicMeanRating: 2,
    });
    expect(s.components.missing).toEqual([
      "inclusive-opportunities",
      "working-together",
      "support-and-learning",
      "communications",
    ]);
    expect(s.components.overall).toMatchObject({
      entries: 3,
      evidence: 3,
      ratings: 3,
      meanRating: 4,
      standardsRated: 2,
    });
    expect(s.diagnostics.map((d) => d.code)).toEqual(["standards/missing-standards"]);
    expect(s.explanation).toContain("no pass or fail");
  });

  it("accepts one assessment, and reflections without ratings", () => {
    const s = standards(sa("a", "staff", [e("communications")]));
    expect(s.value).toBeNull();
    expect(s.components.standards.find((r) => r.standardId === "communications")?.reflections).toBe(
      1,
    );
    expect(s.diagnostics.map((d) => d.code)).toContain("standards/no-ratings");
  });

  it("unknown standard ids and bad ratings give diagnostics", () => {
    const s = standards(sa("a", "staff", [e("openness", 4), e("impact", 9), e("impact", 3)]));
    expect(s.value).toBe(3);
    expect(s.diagnostics[0]).toMatchObject({
      code: "standards/unknown-standard",
      path: ["assessments", 0, "entries", 0, "standardId"],
    });
    expect(s.diagnostics.map((d) => d.code)).toContain("standards/invalid-rating");
  });

  it("no assessments", () => {
    const s = standards([]);
    expect(s.value).toBeNull();
    expect(s.diagnostics.map((d) => d.code)).toEqual(["standards/no-assessments"]);
  });

  it("demo dataset: all six standards rated, none missing", () => {
    const list = demoDataset.feedback.filter(
      (f): f is StandardsAssessment => f.kind === "standards",
    );
    const s = standards(list);
    expect(s.components.missing).toEqual([]);
    expect(s.components.overall.standardsRated).toBe(6);
    expect(s.value as number).toBeGreaterThanOrEqual(1);
    expect(s.value as number).toBeLessThanOrEqual(5);
  });
});
