import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";

/**
 * The demo dataset with every dated record removed (and contributors' joining dates): its
 * organisations, projects and strategies remain, but nothing gives it an as-of date.
 */
export function undatedDemo(): Dataset {
  return {
    ...demoDataset,
    activities: [],
    events: [],
    payments: [],
    feedback: [],
    impacts: [],
    training: [],
    groups: [],
    serviceChanges: [],
    contributors: demoDataset.contributors.map(({ joinedDate: _, ...c }) => c),
  };
}
