import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset, DatasetInput } from "../../src/model/dataset.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { STRATEGY_COMPUTED_KINDS, STRATEGY_CUMULATIVE_KINDS } from "../../src/scores/strategy.js";
import { strategy } from "../../src/scores/strategy.js";
import { seldomHeardDataset } from "./seldom-heard-fixture.js";

const KINDS = [
  ["agenda-share", "percent"],
  ["bursary-places", "count"],
  ["event-reach", "count"],
  ["co-authored-outputs", "count"],
  ["seldom-heard-reach", "count"],
  ["representation-vs-population", "percent"],
] as const;

/** A strategy of org-1 with one metric of each kind computed from events and reach. */
function withStrategy(d: DatasetInput, organisationId = "org-1"): void {
  d.strategies = [
    {
      id: "s-1",
      organisationId,
      title: "Strategy",
      period: { start: "2024-04-01", end: "2027-03-31" },
      objectives: [
        {
          id: "o-1",
          pillar: "community",
          title: "Reach",
          metrics: KINDS.map(([kind, unit]) => ({ id: `m-${kind}`, kind, title: kind, unit })),
        },
      ],
    },
  ];
}

function rows(ds: Dataset, period = "2025-26") {
  const s = strategy(ds, { period });
  return new Map(s.components.metrics.map((m) => [m.kind, m] as const));
}

describe("strategy metric kinds computed from events and reach", () => {
  it("are computed kinds, and the counts are cumulative", () => {
    for (const [kind] of KINDS) expect(STRATEGY_COMPUTED_KINDS).toContain(kind);
    expect(STRATEGY_CUMULATIVE_KINDS).toEqual(
      expect.arrayContaining([
        "bursary-places",
        "event-reach",
        "seldom-heard-reach",
        "co-authored-outputs",
      ]),
    );
    expect(STRATEGY_CUMULATIVE_KINDS).not.toContain("agenda-share");
  });

  it("count events as derive/events.ts does, for the period and the one before", () => {
    const r = rows(seldomHeardDataset(withStrategy));
    // 2025-26: a conference with a speaker, a festival (6 places, 1 holder listed), a blog with
    // an author (52,340 online) and a science cafe (2 holders listed, reach not recorded)
    expect(r.get("agenda-share")).toMatchObject({ value: 50, previousValue: 0 });
    expect(r.get("bursary-places")).toMatchObject({ value: 8, previousValue: 0 });
    expect(r.get("event-reach")).toMatchObject({
      value: 127 + 300 + 4200 + 52340,
      previousValue: 40,
    });
    expect(r.get("co-authored-outputs")).toMatchObject({ value: 1, previousValue: 0 });
    for (const [kind] of KINDS.slice(0, 4)) expect(r.get(kind)?.valueFrom).toBe("computed");
  });

  it("take seldom-heard reach from the registered measure, for the strategy's organisation", () => {
    const ds = seldomHeardDataset(withStrategy);
    const row = rows(ds).get("seldom-heard-reach");
    const m = scoreDataset("seldom-heard-reach", ds, { period: "2025-26", organisation: "org-1" });
    expect(m.ok && row?.value).toBe(m.ok ? m.value.value : "");
    expect(row?.value).toBe(4);
    expect(row?.previousValue).toBe(3);
    // an organisation that names no groups has no value: the observation would be used
    const other = rows(seldomHeardDataset((d) => withStrategy(d, "org-2"))).get(
      "seldom-heard-reach",
    );
    expect(other).toMatchObject({ value: null, valueFrom: "none" });
  });

  it("leave unrecorded reach and periods without events to observations", () => {
    const r = rows(seldomHeardDataset(withStrategy), "2026-27");
    expect(r.get("agenda-share")?.value).toBeNull();
    expect(r.get("bursary-places")?.value).toBe(0);
    const none = rows(
      seldomHeardDataset((d) => {
        withStrategy(d);
        d.events = (d.events ?? []).map((e) => ({ ...e, reach: {} }));
      }),
    );
    expect(none.get("event-reach")?.value).toBeNull();
  });

  it("take representation against the population from the registered measure: 100 × D", () => {
    const ds: Dataset = {
      ...demoDataset,
      strategies: demoDataset.strategies.map((s) => ({
        ...s,
        objectives: [
          ...s.objectives,
          {
            id: "o-rep",
            pillar: "community" as const,
            title: "Representation",
            metrics: [
              {
                id: "m-rep",
                kind: "representation-vs-population",
                title: "Representation",
                unit: "percent" as const,
                targets: [],
                observations: [],
              },
            ],
          },
        ],
      })),
    };
    const row = strategy(ds, { period: "2025-26" }).components.metrics.find(
      (m) => m.metricId === "m-rep",
    );
    const rep = scoreDataset("representation", ds, { period: "2025-26" });
    if (!rep.ok || rep.value.value === null) throw new Error("no representation figure");
    expect(row?.value).toBe(100 * rep.value.value);
    expect(row?.valueFrom).toBe("computed");
  });
});
