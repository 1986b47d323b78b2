import type { CheckOptions } from "../../src/rules/index.js";
import { checkDataset } from "../../src/rules/index.js";
import type { Dataset, DatasetInput } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";
import type { Diagnostic } from "../../src/result.js";

/**
 * A small dataset that follows every built-in rule (pinned by test/rules/check.test.ts).
 * Tests copy it, change one thing, and expect one diagnostic.
 */
export function baseInput(): DatasetInput {
  return {
    schemaVersion: 1,
    scales: ["ppie-influence-level"],
    organisations: [
      {
        id: "org-1",
        name: "Example Trust",
        kind: "nhs-trust",
        seldomHeardGroups: ["young-carers"],
      },
    ],
    strategies: [
      {
        id: "s-1",
        organisationId: "org-1",
        title: "Strategy",
        period: { start: "2025-04-01", end: "2027-03-31" },
        objectives: (["capability", "capacity", "community", "impact"] as const).map((pillar) => ({
          id: `obj-${pillar}`,
          pillar,
          title: `Objective on ${pillar}`,
          metrics: [
            {
              id: `m-${pillar}`,
              kind: "contributor-hours",
              title: `Metric for ${pillar}`,
              unit: "count" as const,
              target: {
                value: 10,
                direction: "at-least" as const,
                period: { start: "2026-04-01", end: "2027-03-31" },
              },
            },
          ],
        })),
      },
    ],
    projects: [
      {
        id: "p-1",
        organisationId: "org-1",
        title: "Project one",
        kind: "research",
        startDate: "2025-01-01",
        endDate: "2025-12-31",
        plannedStages: ["designing-and-managing"],
      },
    ],
    groups: [
      {
        id: "g-1",
        organisationId: "org-1",
        name: "Panel",
        kind: "ppi-group",
        memberships: [
          { contributorId: "c-1", from: "2025-01-01" },
          { contributorId: "c-2", from: "2025-01-01" },
        ],
      },
    ],
    contributors: [
      {
        id: "c-1",
        roles: ["patient"],
        seldomHeard: ["young-carers"],
        consent: { demographics: { given: true, date: "2025-01-01" } },
        demographics: { ageBand: "16-24" },
        identifiers: { name: "Alex Example", email: "alex@example.org", phone: "01632 960001" },
      },
      { id: "c-2", roles: ["carer"], accessNeeds: ["large-print"] },
    ],
    activities: [
      {
        id: "a-1",
        projectId: "p-1",
        title: "Workshop on the study design",
        mode: "involvement",
        method: "workshop",
        startDate: "2025-03-01",
        stages: ["designing-and-managing"],
        level: { scale: "ppie-influence-level", item: "pil-3-involved" },
        contributors: [
          { contributorId: "c-1", minutes: 60, payment: { status: "offered", rateCode: "HOURLY" } },
          { contributorId: "c-2", minutes: 60, payment: { status: "declined" } },
        ],
        adjustments: ["large-print-materials"],
        outcomes: [
          {
            summary: "The invitation letter was rewritten.",
            date: "2025-03-10",
            feedbackToContributorsDate: "2025-03-20",
          },
        ],
      },
    ],
    payments: [
      {
        id: "pay-1",
        contributorId: "c-1",
        activityId: "a-1",
        kind: "fee",
        amount: { pence: 2500, currency: "GBP" },
        rate: { scheme: "local", activityCode: "HOURLY" },
        status: "paid",
        claimedDate: "2025-03-02",
        paidDate: "2025-03-10",
      },
      {
        id: "pay-2",
        contributorId: "c-2",
        activityId: "a-1",
        kind: "fee",
        amount: { pence: 0, currency: "GBP" },
        status: "declined",
        declinedDate: "2025-03-02",
      },
    ],
    paymentRates: [
      {
        scheme: "local",
        activityCode: "HOURLY",
        unit: "hour",
        pence: 2500,
        effectiveFrom: "2024-04-01",
        sourceVersion: "Test rate",
        verified: true,
      },
    ],
    feedback: [
      { id: "f-1", kind: "story", date: "2025-03-02", activityId: "a-1", summary: "It went well." },
    ],
    impacts: [
      {
        id: "i-1",
        projectId: "p-1",
        activityIds: ["a-1"],
        date: "2025-04-01",
        type: "materials",
        youSaid: "The letter was hard to read.",
        weDid: "We rewrote it with the panel.",
        direction: "positive",
        status: "observed",
        feedbackToContributorsDate: "2025-04-10",
      },
    ],
  };
}

/**
 * The base dataset, parsed, after an optional change to its input.
 *
 * @param change - edits the input before parsing
 */
export function dataset(change?: (d: DatasetInput & Record<string, unknown>) => void): Dataset {
  const input = baseInput() as DatasetInput & Record<string, unknown>;
  change?.(input);
  const r = parseDataset(input);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.diagnostics)}`);
  return r.value;
}

/** The diagnostics with one code. */
export function withCode(ds: Dataset, code: string, opts?: CheckOptions): Diagnostic<string>[] {
  return checkDataset(ds, opts).filter((d) => d.code === code);
}

/** Mutable access to a list element of the input, for fixtures. */
export function at<T>(list: T[] | undefined, i: number): T {
  const x = list?.[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}
