import type { Dataset, DatasetInput } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";

const took = (contributorId: string) => ({
  contributorId,
  minutes: 60,
  payment: { status: "offered" as const },
});

/**
 * A small dataset for seldom-heard reach and the event-based strategy metrics: org-1 names
 * three seldom-heard groups; 2025-26 and the year before each have an activity, events and a
 * panel. Figures worked by hand in test/scores/seldom-heard-reach.test.ts.
 */
export function seldomHeardInput(): DatasetInput {
  return {
    schemaVersion: 1,
    organisations: [
      {
        id: "org-1",
        name: "Example Trust",
        kind: "nhs-trust",
        seldomHeardGroups: ["young-carers", "deaf-bsl", "learning-disability"],
      },
      { id: "org-2", name: "Example Charity", kind: "charity" },
    ],
    groups: [
      {
        id: "g-panel",
        organisationId: "org-1",
        name: "Panel",
        kind: "ppi-group",
        memberships: [
          { contributorId: "c-bsl", from: "2024-01-01" },
          { contributorId: "c-both", from: "2025-01-01", to: "2025-12-31" },
        ],
      },
    ],
    contributors: [
      { id: "c-yc1", roles: ["carer"], seldomHeard: ["young-carers"] },
      { id: "c-yc2", roles: ["carer"], seldomHeard: ["young-carers"] },
      { id: "c-bsl", roles: ["patient"], seldomHeard: ["deaf-bsl"] },
      { id: "c-both", roles: ["carer"], seldomHeard: ["young-carers", "deaf-bsl"] },
      { id: "c-plain", roles: ["member-of-public"] },
      { id: "c-other", roles: ["member-of-public"], seldomHeard: ["homeless"] },
    ],
    activities: [
      {
        id: "a-0",
        title: "Workshop last year",
        mode: "involvement",
        method: "workshop",
        startDate: "2024-06-01",
        contributors: [took("c-yc1"), took("c-yc2"), took("c-bsl")],
      },
      {
        id: "a-1",
        title: "Workshop",
        mode: "involvement",
        method: "workshop",
        startDate: "2025-06-01",
        contributors: [took("c-yc1"), took("c-plain"), took("c-other")],
      },
    ],
    events: [
      {
        id: "ev-0",
        organisationId: "org-1",
        title: "Open day last year",
        kind: "open-day",
        date: "2024-09-01",
        reach: { attendance: 40, seldomHeard: { "young-carers": 1 } },
      },
      {
        id: "ev-1",
        organisationId: "org-1",
        title: "Conference",
        kind: "conference",
        date: "2025-09-10",
        reach: { attendance: 127, online: 300, seldomHeard: { "young-carers": 4 } },
        contributors: [{ contributorId: "c-both", role: "speaker" }],
      },
      {
        id: "ev-2",
        organisationId: "org-1",
        title: "Festival",
        kind: "festival",
        date: "2025-10-01",
        endDate: "2025-10-03",
        reach: { attendance: 4200, seldomHeard: { "deaf-bsl": 2 } },
        bursaryPlaces: 6,
        contributors: [{ contributorId: "c-yc2", role: "bursary" }],
      },
      {
        id: "ev-3",
        organisationId: "org-1",
        title: "Blog on the study",
        kind: "blog",
        date: "2025-11-01",
        reach: { online: 52340 },
        contributors: [{ contributorId: "c-plain", role: "author" }],
      },
      {
        id: "ev-4",
        organisationId: "org-1",
        title: "Science cafe",
        kind: "science-cafe",
        date: "2026-01-20",
        contributors: [
          { contributorId: "c-yc1", role: "bursary" },
          { contributorId: "c-bsl", role: "bursary" },
        ],
      },
    ],
  };
}

/** {@link seldomHeardInput}, parsed (defaults filled), optionally changed first. */
export function seldomHeardDataset(change?: (d: DatasetInput) => void): Dataset {
  const input = seldomHeardInput();
  change?.(input);
  const r = parseDataset(input);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return r.value;
}
