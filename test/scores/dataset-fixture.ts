import type { Activity } from "../../src/model/activity.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { Project } from "../../src/model/project.js";

/** An empty, valid dataset to build small hand-made test datasets from. */
export function emptyDataset(): Dataset {
  return {
    schemaVersion: 1,
    fictional: true,
    scales: ["ppie-influence-level"],
    organisations: [],
    strategies: [],
    projects: [],
    groups: [],
    contributors: [],
    activities: [],
    events: [],
    payments: [],
    paymentRates: [],
    budgets: [],
    training: [],
    feedback: [],
    ppeetItems: [],
    impacts: [],
    serviceChanges: [],
  };
}

/** An involvement activity with sensible defaults. */
export function activity(id: string, startDate: string, extra: Partial<Activity> = {}): Activity {
  return {
    id,
    title: "Panel meeting",
    mode: "involvement",
    method: "workshop",
    startDate,
    stages: ["designing-and-managing"],
    scope: "collective",
    contributors: [],
    adjustments: [],
    outcomes: [],
    ...extra,
  };
}

/** A project with sensible defaults. */
export function project(id: string, extra: Partial<Project> = {}): Project {
  return {
    id,
    organisationId: "org-1",
    title: "A study",
    kind: "research",
    startDate: "2025-01-01",
    plannedStages: [],
    coProduced: false,
    reporting: "none",
    involvement: {},
    ...extra,
  };
}
