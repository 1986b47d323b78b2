import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { StandardsAssessment } from "../../src/model/feedback.js";
import { standards } from "../../src/scores/standards.js";
import { shuffled } from "./shuffle.js";

const entry = fc.record({
  standardId: fc.constantFrom(
    "inclusive-opportunities",
    "working-together",
    "support-and-learning",
    "communications",
    "impact",
    "governance",
    "openness",
  ),
  rating: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  evidence: fc.array(fc.constant("Minutes"), { maxLength: 3 }),
});
const assessment = fc.record({
  respondent: fc.constantFrom("staff", "public") as fc.Arbitrary<"staff" | "public">,
  entries: fc.array(entry, { minLength: 1, maxLength: 8 }),
});

test.prop([fc.array(assessment, { maxLength: 10 }), fc.integer()])(
  "standards is total, mean in [1, 5], no band, order-independent",
  (raw, seed) => {
    const list: StandardsAssessment[] = raw.map((r, i) => ({
      id: `s${i}`,
      date: "2026-03-01",
      kind: "standards",
      version: "uk-standards-2019",
      respondent: r.respondent,
      entries: r.entries.map((e) => ({
        standardId: e.standardId,
        reflection: "Reflection.",
        evidence: e.evidence,
        ...(e.rating === undefined ? {} : { rating: e.rating }),
      })),
    }));
    const s = standards(list);
    expect(s.band).toBeUndefined();
    if (s.value !== null) {
      expect(s.value).toBeGreaterThanOrEqual(1);
      expect(s.value).toBeLessThanOrEqual(5);
    }
    expect(s.components.standards).toHaveLength(6);
    const t = standards(shuffled(list, seed));
    if (s.value === null) expect(t.value).toBeNull();
    else expect(t.value as number).toBeCloseTo(s.value, 10);
    expect(t.components.missing).toEqual(s.components.missing);
  },
);
