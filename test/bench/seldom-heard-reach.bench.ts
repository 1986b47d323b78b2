import { bench, describe } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import { builtinRules, checkDataset } from "../../src/rules/index.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { strategy } from "../../src/scores/strategy.js";
import { emptyDataset } from "../scores/dataset-fixture.js";

/**
 * Seldom-heard reach (the measure, the rule) and the strategy metrics computed from events, at
 * 10^4 and 10^5 contributors and as many events (and half as many activities): linear in the
 * records. Each call gets a new top-level dataset object (`{ ...ds }`), so the derive stage's
 * index is built inside every timed call. µs per record = mean time / (contributors + events +
 * activities).
 */

const GROUPS = ["young-carers", "deaf-bsl", "learning-disability", "homeless", "roma", "asylum"];
const KINDS = [
  ["agenda-share", "percent"],
  ["bursary-places", "count"],
  ["event-reach", "count"],
  ["co-authored-outputs", "count"],
  ["seldom-heard-reach", "count"],
] as const;

function day(i: number, n: number): string {
  const d = new Date(Date.UTC(2024, 3, 1) + Math.floor((i / n) * 729) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** n contributors (a fifth seldom heard), n events, n / 2 activities, a panel of n / 10. */
function synthetic(n: number): Dataset {
  const ds = emptyDataset();
  const id = (i: number) => `c-${i % n}`;
  return {
    ...ds,
    organisations: [{ id: "org-1", name: "Trust", kind: "nhs-trust", seldomHeardGroups: GROUPS }],
    contributors: Array.from({ length: n }, (_, i) => ({
      id: id(i),
      roles: ["patient" as const],
      seldomHeard: i % 5 === 0 ? [GROUPS[i % GROUPS.length] as string] : [],
      accessNeeds: [],
      consent: {},
      demographics: {},
    })) as Dataset["contributors"],
    groups: [
      {
        id: "g-1",
        organisationId: "org-1",
        name: "Panel",
        kind: "ppi-group",
        memberships: Array.from({ length: n / 10 }, (_, i) => ({
          contributorId: id(i * 7),
          role: "member" as const,
          from: "2024-01-01",
        })),
      },
    ],
    activities: Array.from({ length: n / 2 }, (_, i) => ({
      id: `a-${i}`,
      title: "Workshop",
      mode: "involvement" as const,
      method: "workshop",
      startDate: day(i, n / 2),
      stages: [],
      scope: "collective" as const,
      contributors: [0, 1, 2].map((k) => ({
        contributorId: id(i * 3 + k),
        minutes: 60,
        payment: { status: "offered" as const },
      })),
      adjustments: [],
      outcomes: [],
    })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e-${i}`,
      organisationId: "org-1",
      title: "Event",
      kind: i % 7 === 0 ? ("blog" as const) : ("science-cafe" as const),
      date: day(i, n),
      reach: {
        attendance: i % 200,
        ...(i % 3 === 0 ? { seldomHeard: { [GROUPS[i % GROUPS.length] as string]: i % 5 } } : {}),
      },
      contributors: [
        {
          contributorId: id(i * 11),
          role: i % 2 === 0 ? ("author" as const) : ("bursary" as const),
        },
      ],
      ...(i % 4 === 0 ? { bursaryPlaces: 3 } : {}),
    })),
    strategies: [
      {
        id: "s-1",
        organisationId: "org-1",
        title: "Strategy",
        period: { start: "2024-04-01", end: "2026-03-31" },
        objectives: [
          {
            id: "o-1",
            pillar: "community",
            title: "Reach",
            metrics: KINDS.map(([kind, unit]) => ({
              id: `m-${kind}`,
              kind,
              title: kind,
              unit,
              targets: [],
              observations: [],
            })),
          },
        ],
      },
    ],
  };
}

const RULE = "organisation/seldom-heard-group-not-involved";
const ONLY_THIS_RULE = Object.fromEntries(
  builtinRules.filter((r) => r.code !== RULE).map((r) => [r.code, "off" as const]),
);

for (const n of [10_000, 100_000]) {
  const ds = synthetic(n);
  describe(`seldom-heard reach, ${n} contributors and ${n} events (${n / 2} activities)`, () => {
    bench("scoreDataset seldom-heard-reach", () => {
      const r = scoreDataset("seldom-heard-reach", { ...ds }, { period: "2025-26" });
      if (!r.ok || r.value.value === null) throw new Error("no value");
    });
    bench("strategy (reach kinds only)", () => {
      strategy({ ...ds }, { period: "2025-26" });
    });
    bench("rule organisation/seldom-heard-group-not-involved (every other rule off)", () => {
      checkDataset({ ...ds }, { asOf: "2026-05-01", rules: ONLY_THIS_RULE });
    });
  });
}
