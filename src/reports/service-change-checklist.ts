/**
 * The Gunning principles checklist of the `service-change` report: each principle reported,
 * partly reported, missing or not yet due, as the service change's own record shows it. ppie
 * reads the record; it does not judge whether a consultation was fair or lawful.
 *
 * @module
 */
import { gunningPrinciples, gunningSources } from "../frameworks/service-change-law.js";
import type { GunningPrincipleId } from "../frameworks/service-change-law.js";
import { consultationDays, serviceChangeActivities } from "../derive/service-change.js";
import type { Dataset } from "../model/dataset.js";
import type { ImpactRecord } from "../model/impact.js";
import type { ServiceChange } from "../model/service-change.js";
import { formatDate, formatPeriod, plural } from "./format.js";
import type { ChecklistBlock } from "./report.js";

type Item = ChecklistBlock["items"][number];
type Status = Item["status"];

/** What one principle's row says: its status and the detail a reader checks it by. */
interface Reading {
  readonly status: Status;
  readonly detail: string;
}

/** The earliest start date among a service change's activities, if it has any. */
function firstActivity(dataset: Dataset, change: ServiceChange): string | undefined {
  let first: string | undefined;
  for (const a of serviceChangeActivities(dataset, change)) {
    if (first === undefined || a.startDate < first) first = a.startDate;
  }
  return first;
}

/** Principle 1: people were involved before the decision, and not only once it was made. */
function formativeStage(dataset: Dataset, change: ServiceChange): Reading {
  const first = firstActivity(dataset, change);
  const opened = change.consultation?.start;
  const earliest = [first, opened].filter((d): d is string => d !== undefined).sort()[0];
  const decided = change.decision?.date;
  const closes = change.consultation?.end;
  if (earliest === undefined) {
    return {
      status: "missing",
      detail: "No involvement activity or consultation is recorded for this proposal.",
    };
  }
  const began = `Involvement began on ${formatDate(earliest)}`;
  if (decided === undefined) {
    return {
      status: "reported",
      detail: `${began}, and no decision is recorded yet: the proposal is still open.`,
    };
  }
  if (decided < earliest) {
    return {
      status: "missing",
      detail: `The decision (${formatDate(decided)}) is dated before any involvement (${formatDate(earliest)}).`,
    };
  }
  if (closes !== undefined && decided < closes) {
    return {
      status: "partial",
      detail: `${began}, but the decision (${formatDate(decided)}) is dated before the consultation closed (${formatDate(closes)}).`,
    };
  }
  return {
    status: "reported",
    detail: `${began}, before the decision on ${formatDate(decided)}.`,
  };
}

/** Principle 2: the record says what people were given to consider, and why. */
function sufficientInformation(change: ServiceChange): Reading {
  const info = change.consultation?.information;
  const equality = change.affected.equalityConsideration;
  if (info !== undefined) {
    return {
      status: "reported",
      detail: `People were given: ${info}${equality === undefined ? "" : " An equality and health inequalities consideration is recorded."}`,
    };
  }
  if (change.assessment !== undefined || equality !== undefined) {
    return {
      status: "partial",
      detail:
        "The proposal and its reasons are recorded, but not what people were given to consider (consultation.information).",
    };
  }
  return {
    status: "missing",
    detail:
      "The record does not say what information or reasons people were given to consider (consultation.information).",
  };
}

/** Principle 3: the length of the consultation, and whether the decision waited for its end. */
function adequateTime(change: ServiceChange): Reading {
  const c = change.consultation;
  if (c === undefined) {
    return { status: "missing", detail: "No consultation period is recorded." };
  }
  const days = consultationDays(c);
  const span = `${plural(days, "day")}, ${formatPeriod(c)}`;
  const decided = change.decision?.date;
  if (decided !== undefined && decided < c.end) {
    return {
      status: "partial",
      detail: `${span}, but the decision on ${formatDate(decided)} came before it closed.`,
    };
  }
  return {
    status: "reported",
    detail: `${span}. ppie applies no national minimum period: compare it with your organisation's own (the rule service-change/consultation-shorter-than-minimum, option minimumDays).`,
  };
}

/** Principle 4: the decision records how the responses were taken into account. */
function conscientiousConsideration(
  change: ServiceChange,
  impacts: readonly ImpactRecord[],
): Reading {
  const d = change.decision;
  if (d === undefined) {
    return {
      status: "not-applicable",
      detail: "Not yet due: no decision is recorded.",
    };
  }
  const records =
    impacts.length === 0 ? "" : ` ${plural(impacts.length, '"you said, we did" record')}.`;
  const considered = d.responsesConsidered !== undefined || impacts.length > 0;
  if (!considered) {
    return {
      status: "missing",
      detail: `The decision of ${formatDate(d.date)} records nothing of how the responses were considered.`,
    };
  }
  const closes = change.consultation?.end;
  if (closes !== undefined && d.date < closes) {
    return {
      status: "partial",
      detail: `How the responses were considered is recorded, but the decision (${formatDate(d.date)}) came before the consultation closed (${formatDate(closes)}), so not every response can have been considered.${records}`,
    };
  }
  return {
    status: "reported",
    detail: `${d.responsesConsidered ?? "How the responses were considered is shown by the records below."}${records}`,
  };
}

/**
 * The Gunning principles checklist of one service change, each principle read from the record.
 *
 * @param dataset - the dataset
 * @param change - the service change
 * @param impacts - its "you said, we did" records (`serviceChangeImpacts`)
 * @param id - the block's id
 * @returns the checklist block
 */
export function gunningChecklist(
  dataset: Dataset,
  change: ServiceChange,
  impacts: readonly ImpactRecord[],
  id: string,
): ChecklistBlock {
  const readings: Record<GunningPrincipleId, Reading> = {
    "formative-stage": formativeStage(dataset, change),
    "sufficient-information": sufficientInformation(change),
    "adequate-time": adequateTime(change),
    "conscientious-consideration": conscientiousConsideration(change, impacts),
  };
  const verified = gunningSources().every((s) => s.verified);
  return {
    type: "checklist",
    id,
    caption: `The Gunning principles of a fair consultation, as the record of service change ${change.id} shows them (R v Brent London Borough Council, ex parte Gunning, 1985; R (Moseley) v Haringey London Borough Council, 2014)`,
    items: gunningPrinciples().map((p) => ({
      id: p.id,
      code: p.code,
      label: p.label,
      status: readings[p.id].status,
      detail: readings[p.id].detail,
      verified,
    })),
  };
}
