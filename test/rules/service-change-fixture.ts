import type { Dataset, DatasetInput } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";
import type { ServiceChange } from "../../src/model/service-change.js";
import { baseInput } from "./fixture.js";

/** A service change whose record has everything the `service-change/` rules look for. */
export function cleanChange(): ServiceChange {
  return {
    id: "sc-1",
    organisationId: "org-1",
    title: "Moving the clinic",
    proposal: "Move the clinic to the main hospital site.",
    duty: "nhs-act-2006-s242",
    assessment: {
      date: "2025-01-10",
      decidedBy: "Executive committee",
      dutyApplies: true,
      reason: "The move changes where patients are seen.",
    },
    substantial: true,
    affected: {
      description: "People who use the clinic.",
      seldomHeardGroups: ["young-carers"],
      equalityConsideration: "Travel times for people without a car.",
    },
    activityIds: ["a-1"],
    consultation: {
      start: "2025-02-01",
      end: "2025-03-14",
      information: "A consultation document and an easy-read version.",
      responses: 120,
    },
    scrutiny: { committee: "Health Scrutiny Committee", date: "2025-03-05" },
    decision: {
      date: "2025-03-20",
      maker: "Trust board",
      summary: "Move the clinic, with a shuttle bus.",
      responsesConsidered: "People asked for transport, so a shuttle bus was added.",
    },
    impactIds: ["i-1"],
    feedbackPublished: "2025-04-01",
  };
}

/**
 * The rules fixture (test/rules/fixture.ts) with one service change, after an optional change
 * to that service change's input.
 *
 * @param change - edits the service change before parsing
 */
export function changeDataset(
  change?: (s: Record<string, unknown> & ServiceChange) => void,
): Dataset {
  const sc = cleanChange() as Record<string, unknown> & ServiceChange;
  change?.(sc);
  const input: DatasetInput = { ...baseInput(), serviceChanges: [sc] };
  const r = parseDataset(input);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.diagnostics)}`);
  return r.value;
}
