import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { EngagementEvent } from "../../src/model/event.js";
import { buildReport } from "../../src/reports/index.js";
import type { Block } from "../../src/reports/report.js";
import { engagement, ENGAGEMENT_EVENT_KINDS } from "../../src/scores/engagement.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { shuffled } from "./shuffle.js";

/**
 * The engagement measure and report over generated datasets whose events carry every new field
 * (date ranges, reach recorded or not, first-time and returning attendance, agenda roles,
 * bursary places): the report's figures are `scoreDataset("engagement")`'s, the measure is total
 * and order-independent, and an unrecorded figure is never counted as 0.
 */

const KINDS = Object.keys(ENGAGEMENT_EVENT_KINDS) as EngagementEvent["kind"][];
const ROLES = ["chair", "speaker", "panellist", "facilitator", "author", "bursary"] as const;
const day = (n: number): string =>
  new Date(Date.UTC(2023, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const eventArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  start: fc.integer({ min: 0, max: 1200 }),
  length: maybe(fc.integer({ min: 0, max: 120 })),
  attendance: maybe(fc.integer({ min: 0, max: 5000 })),
  online: maybe(fc.integer({ min: 0, max: 100_000 })),
  firstTime: maybe(fc.integer({ min: 0, max: 300 })),
  returning: maybe(fc.integer({ min: 0, max: 300 })),
  bursaryPlaces: maybe(fc.integer({ min: 0, max: 12 })),
  parts: fc.array(
    fc.record({ who: fc.integer({ min: 0, max: 40 }), role: fc.constantFrom(...ROLES) }),
    { maxLength: 6 },
  ),
  project: fc.boolean(),
});

type Spec = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function withEvents(ds: Dataset, specs: readonly Spec[]): Dataset {
  const people = ds.contributors.map((c) => c.id);
  const project = ds.projects[0]?.id;
  const events: EngagementEvent[] = specs.map((s, i) => ({
    id: `ev-${i}`,
    organisationId: ds.organisations[0]?.id ?? "o-1",
    ...(s.project && project !== undefined ? { projectId: project } : {}),
    title: `Event ${i}`,
    kind: s.kind,
    date: day(s.start),
    ...(s.length === undefined ? {} : { endDate: day(s.start + s.length) }),
    reach: {
      ...(s.attendance === undefined ? {} : { attendance: s.attendance }),
      ...(s.online === undefined ? {} : { online: s.online }),
      ...(s.firstTime === undefined ? {} : { firstTime: s.firstTime }),
      ...(s.returning === undefined ? {} : { returning: s.returning }),
    },
    contributors: s.parts.map((p) => ({
      contributorId: people[p.who % Math.max(1, people.length)] ?? "c-x",
      role: p.role,
    })),
    ...(s.bursaryPlaces === undefined ? {} : { bursaryPlaces: s.bursaryPlaces }),
  }));
  return { ...ds, events };
}

function metric(sections: readonly Block[], id: string): number | null | undefined {
  const b = sections.find((x) => x.type === "metric" && x.id === id);
  return b?.type === "metric" ? b.value : undefined;
}

const cases = fc.record({
  seed: fc.integer({ min: 1, max: 100_000 }),
  events: fc.array(eventArb, { maxLength: 40 }),
  period: fc.constantFrom("2024-25", "2025-26", "2025-26-Q3", "2025", "2024-10-01..2025-09-30"),
  useProject: fc.boolean(),
  shuffle: fc.integer(),
});

test.prop([cases], { numRuns: 40 })(
  "the engagement report shows scoreDataset's figures; the measure is total and order-independent",
  ({ seed, events, period, useProject, shuffle }) => {
    const base = generateDataset({ seed, activities: 40, contributors: 15 });
    const ds = withEvents(base, events);
    const project = useProject ? ds.projects[0]?.id : undefined;
    const opts: { period: string; project?: string } =
      project === undefined ? { period } : { period, project };
    const r = scoreDataset<"engagement">("engagement", ds, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value.components;
    const report = buildReport("engagement", ds, { generatedAt: "2026-04-01T09:00:00Z", ...opts });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const s = report.value.sections;
    expect(metric(s, "engagement-events")).toBe(c.events);
    expect(metric(s, "engagement-agenda-share")).toBe(r.value.value);
    // bursary places are withheld only when some are counted from holders listed by name
    const bursaries = metric(s, "engagement-bursary-places");
    if (bursaries === null) expect(c.bursaryFromHolders).toBeGreaterThan(0);
    else expect(bursaries).toBe(c.bursaryPlaces);
    expect(metric(s, "engagement-in-person")).toBe(
      c.inPerson.recorded === 0 ? null : c.inPerson.total,
    );
    expect(metric(s, "engagement-online")).toBe(c.online.recorded === 0 ? null : c.online.total);

    // the kinds add up to the whole; no more events record a figure than there are events
    let events2 = 0;
    let inPerson = 0;
    for (const k of KINDS) {
      events2 += c.byKind[k].events;
      inPerson += c.byKind[k].inPerson.total;
      expect(c.byKind[k].inPerson.recorded).toBeLessThanOrEqual(c.byKind[k].events);
    }
    expect(events2).toBe(c.events);
    expect(inPerson).toBe(c.inPerson.total);
    // unrecorded is not zero: the events that recorded attendance are exactly those counted
    const inScope = ds.events.filter((e) => project === undefined || e.projectId === project);
    const recordedAttendance = inScope.filter((e) => e.reach.attendance !== undefined).length;
    expect(c.inPerson.recorded).toBeLessThanOrEqual(recordedAttendance);
    if (c.agendaShare !== null) {
      expect(c.agendaShare).toBeGreaterThanOrEqual(0);
      expect(c.agendaShare).toBeLessThanOrEqual(100);
    }
    expect(c.agendaPeople).toBeLessThanOrEqual(c.agendaPlaces);

    const again = engagement({ ...ds, events: shuffled(ds.events, shuffle) }, opts);
    expect(again.components).toEqual(c);
  },
);
