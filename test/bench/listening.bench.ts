import { bench, describe } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import type { Feedback } from "../../src/model/feedback.js";
import type { ImpactRecord } from "../../src/model/impact.js";
import { listening } from "../../src/scores/listening.js";
import { emptyDataset } from "../scores/dataset-fixture.js";

const CATEGORIES = ["concern", "complaint", "compliment", "enquiry", "suggestion"] as const;
const OUTCOMES = ["resolved", "information-given", "signposted", "open", undefined] as const;
const THEMES = ["parking", "communication", "waiting-times", "food", "discharge", "letters"];

function date(i: number): string {
  const d = new Date(Date.UTC(2024, 3, 1) + (i % 730) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * n feedback records over two financial years (PALS contacts, stories shared at forums, FFT
 * returns of 200 units) and one impact record for every 20, each naming two of them.
 */
function listeningData(n: number): Dataset {
  const feedback: Feedback[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 10;
    if (kind < 5) {
      const outcome = OUTCOMES[i % OUTCOMES.length];
      feedback.push({
        id: `f${i}`,
        kind: "pals",
        date: date(i),
        category: CATEGORIES[i % CATEGORIES.length] ?? "concern",
        themes: [THEMES[i % THEMES.length] ?? "food", THEMES[(i * 7) % THEMES.length] ?? "food"],
        ...(outcome === undefined ? {} : { outcome }),
      });
    } else if (kind < 7) {
      feedback.push({
        id: `f${i}`,
        kind: "story",
        date: date(i),
        summary: "A story.",
        themes: [THEMES[i % THEMES.length] ?? "food"],
        sharedAt: i % 3 === 0 ? [] : [{ forum: `Forum ${i % 12}`, date: date(i + 30) }],
      });
    } else {
      const m = i % 24;
      const start = `${2024 + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, "0")}-01`;
      feedback.push({
        id: `f${i}`,
        kind: "fft",
        date: start,
        unitId: `u${i % 200}`,
        ...(i % 2 === 0 ? { unitName: `Ward ${i % 200}` } : {}),
        parentUnitId: `site${i % 5}`,
        period: { start, end: start },
        counts: {
          veryGood: i % 17,
          good: i % 5,
          neither: 1,
          poor: i % 3,
          veryPoor: 0,
          dontKnow: 0,
        },
      });
    }
  }
  const impacts: ImpactRecord[] = [];
  for (let i = 0; i < n / 20; i++) {
    impacts.push({
      id: `i${i}`,
      activityIds: [],
      contributorIds: [],
      date: date(i * 20),
      type: "service",
      youSaid: "x",
      weDid: "y",
      direction: "positive",
      status: "observed",
      evidence: [],
      feedbackIds: [`f${i * 20}`, `f${i * 20 + 7}`],
    });
  }
  return { ...emptyDataset(), feedback, impacts };
}

// Linear in the number of feedback records: compare the cost per record across sizes.
describe("listening measure", () => {
  for (const n of [10_000, 100_000]) {
    const ds = listeningData(n);
    const period = { start: "2025-04-01", end: "2026-03-31" };
    bench(
      `${n} feedback records`,
      () => {
        listening(ds, { period });
      },
      { iterations: 10, time: 0 },
    );
  }
});
