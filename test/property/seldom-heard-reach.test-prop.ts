import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { EVENT_ROLES } from "../../src/model/event.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { EngagementEvent } from "../../src/model/event.js";
import { buildReport } from "../../src/reports/index.js";
import { scoreDataset } from "../../src/scores/registry.js";
import type { ScoreLike } from "../report-figures.js";
import { agree, comparisons } from "../report-figures.js";

/**
 * Seldom-heard reach and the strategy metrics computed from events: on generated datasets whose
 * events are given reach by seldom-heard group, bursary places, agenda roles and publications,
 * and whose strategy has a metric of each of the new kinds, the strategy report shows what the
 * registry computes (`scoreDataset("strategy")`), its seldom-heard reach section is
 * `scoreDataset("seldom-heard-reach")`, and the scorecard's seldom-heard metric is the measure
 * for the strategy's organisation.
 */

const AT = "2026-04-01T09:00:00Z";
const KINDS = [
  ["agenda-share", "percent"],
  ["bursary-places", "count"],
  ["event-reach", "count"],
  ["co-authored-outputs", "count"],
  ["seldom-heard-reach", "count"],
  ["representation-vs-population", "percent"],
] as const;

/** The dataset's events given seldom-heard reach, bursary places, roles and kinds, by a salt. */
function enrich(ds: Dataset, salt: number): Dataset {
  const groups = ds.organisations.flatMap((o) => o.seldomHeardGroups);
  const events = ds.events.map((e, i): EngagementEvent => {
    const k = (i * 7 + salt) % 11;
    const reach = { ...e.reach };
    if (k % 3 !== 0 && groups.length > 0)
      reach.seldomHeard = { [groups[k % groups.length] as string]: (k * 5) % 13 };
    if (k === 4) delete reach.attendance;
    return {
      ...e,
      kind: k === 5 ? "publication" : k === 6 ? "blog" : e.kind,
      ...(k % 4 === 1 ? { bursaryPlaces: k } : {}),
      ...(k === 9 ? { endDate: "2026-06-30" } : {}),
      reach,
      contributors: e.contributors.map((c, j) => ({
        ...c,
        role: EVENT_ROLES[(j + k) % EVENT_ROLES.length] ?? "bursary",
      })),
    };
  });
  const strategies = ds.strategies.map((s) => ({
    ...s,
    objectives: [
      ...s.objectives,
      {
        id: "o-reach",
        pillar: "community" as const,
        title: "Reach",
        metrics: KINDS.map(([kind, unit]) => ({
          id: `m-${kind}`,
          kind,
          title: kind,
          unit,
          targets: [
            {
              value: 10,
              direction: "at-least" as const,
              period: { start: "2025-04-01", end: "2027-03-31" },
            },
          ],
          observations: [],
        })),
      },
    ],
  }));
  return { ...ds, events, strategies };
}

const PERIODS = [undefined, "2024-25", "2025-26", "2025-26-Q3", "2024-10-01..2025-09-30"];

describe("seldom-heard reach and the strategy metrics from events: one answer", () => {
  test.prop(
    [
      fc.record({
        seed: fc.integer({ min: 1, max: 10_000 }),
        salt: fc.integer({ min: 0, max: 100 }),
        period: fc.constantFrom(...PERIODS),
      }),
    ],
    { numRuns: 15 },
  )("the strategy and impact reports show what the registry computes", ({ seed, salt, period }) => {
    const ds = enrich(generateDataset({ seed, activities: 80, contributors: 40 }), salt);
    const opts = period === undefined ? {} : { period };
    const strategyReport = buildReport("strategy", ds, { generatedAt: AT, ...opts });
    if (!strategyReport.ok) throw new Error(JSON.stringify(strategyReport.diagnostics));
    // the figures of the one-answer list that these two reports show
    const list = comparisons(
      [period],
      ds.projects.slice(0, 1).map((p) => p.id),
    ).filter(
      (c) =>
        (c.report.kind === "strategy" || c.report.kind === "impact") &&
        (c.figure.measure === "strategy" || c.figure.measure === "seldom-heard-reach"),
    );
    expect(list.length).toBeGreaterThanOrEqual(3);
    let compared = 0;
    for (const c of list) {
      const report = buildReport(c.report.kind, ds, { generatedAt: AT, ...c.report.options });
      const score = scoreDataset(c.measure.id, ds, c.measure.options);
      if (!report.ok || !score.ok) throw new Error(c.figure.name);
      compared += agree(c, report.value, score.value as ScoreLike);
    }
    expect(compared).toBeGreaterThan(0);
    // the scorecard's seldom-heard metric is the measure for the strategy's organisation
    const card = scoreDataset("strategy", ds, period === undefined ? {} : { period });
    if (!card.ok) throw new Error("no scorecard");
    for (const row of card.value.components.metrics) {
      if (row.kind !== "seldom-heard-reach") continue;
      const s = card.value.components.strategies.find((x) => x.id === row.strategyId);
      const m = scoreDataset("seldom-heard-reach", ds, {
        ...opts,
        organisation: s?.organisationId ?? "",
      });
      if (!m.ok) throw new Error("no measure");
      expect(row.value).toBe(m.value.value);
    }
  });
});
