import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { CoproductionAssessment } from "../../src/model/feedback.js";
import { coproduction } from "../../src/scores/coproduction.js";
import { shuffled } from "./shuffle.js";

const ids = fc.constantFrom(
  "sharing-of-power",
  "including-all-perspectives-and-skills",
  "respecting-and-valuing-all-knowledge",
  "reciprocity",
  "building-and-maintaining-relationships",
  "flexibility",
  "not-a-principle",
);
const assessment = fc.record({
  respondent: fc.constantFrom("staff", "public") as fc.Arbitrary<"staff" | "public">,
  ratings: fc.dictionary(ids, fc.integer({ min: 0, max: 6 })),
});

test.prop([fc.array(assessment, { maxLength: 40 }), fc.integer()])(
  "coproduction is total, gaps in [-4, 4], means in [1, 5], order-independent",
  (raw, seed) => {
    const list: CoproductionAssessment[] = raw.map((r, i) => ({
      id: `a${i}`,
      date: "2025-06-01",
      kind: "coproduction",
      ...r,
    }));
    const s = coproduction(list);
    if (s.value !== null) {
      expect(s.value).toBeGreaterThanOrEqual(-4);
      expect(s.value).toBeLessThanOrEqual(4);
    }
    for (const row of s.components.principles) {
      for (const m of [row.staff.mean, row.public.mean])
        if (m !== null) {
          expect(m).toBeGreaterThanOrEqual(1);
          expect(m).toBeLessThanOrEqual(5);
        }
    }
    const t = coproduction(shuffled(list, seed));
    if (s.value === null) expect(t.value).toBeNull();
    else expect(t.value as number).toBeCloseTo(s.value, 10);
  },
);
