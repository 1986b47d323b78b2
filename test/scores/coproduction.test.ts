import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { CoproductionAssessment } from "../../src/model/feedback.js";
import { coproduction } from "../../src/scores/coproduction.js";

const a = (
  id: string,
  respondent: "staff" | "public",
  ratings: Record<string, number>,
  extra: Partial<CoproductionAssessment> = {},
): CoproductionAssessment => ({
  id,
  date: "2025-06-01",
  kind: "coproduction",
  respondent,
  ratings,
  ...extra,
});

describe("coproduction", () => {
  it("worked example: staff 4 and 5, public 3 on sharing of power -> gap 1.5", () => {
    const s = coproduction([
      a("s1", "staff", { "sharing-of-power": 4 }),
      a("s2", "staff", { "sharing-of-power": 5 }),
      a("p1", "public", { "sharing-of-power": 3 }),
    ]);
    expect(s.value).toBe(1.5);
    expect(s.unit).toBe("points");
    const row = s.components.principles[0]!;
    expect(row.principleId).toBe("sharing-of-power");
    expect(row.label).toBe("Sharing of power");
    expect(row.staff).toEqual({ n: 2, mean: 4.5 });
    expect(row.public).toEqual({ n: 1, mean: 3 });
    expect(row.gap).toBe(1.5);
    expect(s.components.principles).toHaveLength(5);
    expect(s.components.principles[1]!.gap).toBeNull();
    expect(s.components.assessments).toEqual({ staff: 2, public: 1 });
    expect(s.diagnostics).toEqual([]);
  });

  it("overall is the mean of the per-principle means on each side", () => {
    const s = coproduction([
      a("s1", "staff", { "sharing-of-power": 5, reciprocity: 3 }),
      a("s2", "staff", { "sharing-of-power": 5 }),
      a("p1", "public", { "sharing-of-power": 2, reciprocity: 4 }),
    ]);
    // staff: (5 + 3) / 2 = 4; public: (2 + 4) / 2 = 3
    expect(s.components.overall.staff).toEqual({ n: 3, mean: 4 });
    expect(s.components.overall.public).toEqual({ n: 2, mean: 3 });
    expect(s.value).toBe(1);
    expect(s.components.principles[3]!.gap).toBe(-1);
  });

  it("unknown principle ids and bad ratings are left out with diagnostics", () => {
    const s = coproduction([
      a("s1", "staff", { "sharing-of-power": 4, flexibility: 5, "made-up": 2 }),
      a("p1", "public", { "sharing-of-power": 7 }),
      a("p2", "public", { "sharing-of-power": 2 }),
    ]);
    expect(s.value).toBe(2);
    const codes = s.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "coproduction/unknown-principle")).toHaveLength(2);
    expect(codes).toContain("coproduction/invalid-rating");
    expect(s.diagnostics[0]!.path).toEqual(["assessments", 0, "ratings", "flexibility"]);
  });

  it("no ratings from one side: gap null with a diagnostic", () => {
    const s = coproduction([a("s1", "staff", { reciprocity: 4 })]);
    expect(s.value).toBeNull();
    expect(s.components.overall.staff.mean).toBe(4);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["coproduction/no-public-ratings"]);
    expect(coproduction([]).diagnostics.map((d) => d.code)).toEqual([
      "coproduction/no-staff-ratings",
      "coproduction/no-public-ratings",
    ]);
  });

  it("period and project filters", () => {
    const list = [
      a("s1", "staff", { reciprocity: 5 }, { projectId: "p-1" }),
      a("s2", "staff", { reciprocity: 1 }, { projectId: "p-2", date: "2024-06-01" }),
      a("p1", "public", { reciprocity: 3 }, { projectId: "p-1" }),
    ];
    expect(coproduction(list, { projectId: "p-1" }).value).toBe(2);
    expect(coproduction(list, { period: "2025-26" }).value).toBe(2);
    expect(coproduction(list, { period: "bad" }).diagnostics[0]?.code).toBe(
      "coproduction/invalid-period",
    );
  });

  it("demo dataset: staff rate co-production higher than the public do", () => {
    const list = demoDataset.feedback.filter(
      (f): f is CoproductionAssessment => f.kind === "coproduction",
    );
    const s = coproduction(list);
    expect(s.value as number).toBeGreaterThan(0);
    expect(s.diagnostics).toEqual([]);
  });
});
