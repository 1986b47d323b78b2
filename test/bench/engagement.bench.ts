/**
 * The engagement measure and report at 10^4 and 10^5 events, to show they are linear in the
 * number of events (µs per event = mean ms × 1000 / events). Events carry every field the
 * measure reads: date ranges, reach recorded or not, agenda roles and bursary places.
 * Run: npx vitest bench --run --project bench test/bench/engagement.bench.ts
 */
import { bench, describe } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { EngagementEvent } from "../../src/model/event.js";
import { buildReport } from "../../src/reports/index.js";
import { engagement, ENGAGEMENT_EVENT_KINDS } from "../../src/scores/engagement.js";

const KINDS = Object.keys(ENGAGEMENT_EVENT_KINDS) as EngagementEvent["kind"][];
const ROLES = ["chair", "speaker", "panellist", "facilitator", "author", "bursary"] as const;
const DAY0 = Date.UTC(2024, 3, 1);
const day = (n: number): string => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);

/** A dataset of `n` events over three years, every third one without attendance recorded. */
function withEvents(n: number): Dataset {
  const ds = generateDataset({ seed: 11, activities: 200, contributors: 2_000 });
  const people = ds.contributors.map((c) => c.id);
  const events: EngagementEvent[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * 7919) % 1_095;
    events.push({
      id: `ev-${i}`,
      organisationId: ds.organisations[i % ds.organisations.length]?.id ?? "o-1",
      title: `Event ${i}`,
      kind: KINDS[i % KINDS.length] ?? "other",
      date: day(start),
      ...(i % 10 === 0 ? { endDate: day(start + 30) } : {}),
      reach: {
        ...(i % 3 === 0 ? {} : { attendance: 20 + (i % 200) }),
        ...(i % 4 === 0 ? { online: 1_000 + i } : {}),
        ...(i % 5 === 0 ? { firstTime: 10, returning: 5 + (i % 20) } : {}),
      },
      contributors: [0, 1, 2].slice(0, i % 4).map((j) => ({
        contributorId: people[(i * 31 + j * 17) % people.length] ?? "c-1",
        role: ROLES[(i + j) % ROLES.length] ?? "speaker",
      })),
      ...(i % 7 === 0 ? { bursaryPlaces: 3 } : {}),
    });
  }
  return { ...ds, events };
}

for (const n of [10_000, 100_000]) {
  const ds = withEvents(n);
  describe(`engagement, ${n} events`, () => {
    bench("engagement measure", () => {
      engagement(ds, { period: "2025-26" });
    });
    bench("engagement report", () => {
      buildReport("engagement", ds, { generatedAt: "2026-04-01T09:00:00Z", period: "2025-26" });
    });
  });
}
