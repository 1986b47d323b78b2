/**
 * The demo's impact log: about one "you said, we did" record per six involvement activities,
 * from that activity's people.
 */
import type { Activity } from "../model/activity.js";
import type { ResearchStage } from "../model/common.js";
import type { ImpactRecord } from "../model/impact.js";
import { IMPACT_STATUSES } from "../model/vocabulary.js";
import type { Calendar } from "./common.js";
import { pad, SPAN_DAYS, weighted, withWeights } from "./common.js";
import type { Rng } from "./random.js";
import { YOU_SAID } from "./templates.js";

const STATUS_WEIGHTS = /* @__PURE__ */ withWeights(IMPACT_STATUSES, [0.25, 0.45, 0.3]);

/** Impact records for every sixth activity that involved people. */
export function generateImpacts(
  rng: Rng,
  cal: Calendar,
  activities: readonly Activity[],
  activityDay: readonly number[],
): ImpactRecord[] {
  const { day } = cal;
  const nActivities = activities.length;
  const impacts: ImpactRecord[] = [];
  let impSeq = 0;
  for (let i = 0; i < nActivities; i += 6) {
    const a = activities[i] as Activity;
    if (a.mode !== "involvement" || a.contributors.length === 0) continue;
    const [youSaid, weDid, type] = rng.pick(YOU_SAID);
    const status = weighted(rng, STATUS_WEIGHTS);
    const dIdx = Math.min(SPAN_DAYS - 1, (activityDay[i] as number) + rng.int(14, 60));
    const impact: ImpactRecord = {
      id: `i-${pad(++impSeq, 5)}`,
      ...(a.projectId ? { projectId: a.projectId } : {}),
      activityIds: [a.id],
      contributorIds: a.contributors.slice(0, 3).map((c) => c.contributorId),
      date: day(dIdx),
      stage: a.stages[0] as ResearchStage,
      type,
      youSaid,
      weDid,
      direction: rng.chance(0.9) ? "positive" : rng.chance(0.5) ? "negative" : "mixed",
      status,
      evidence:
        status === "confirmed" ? ["Revised document version", "Minutes of the decision"] : [],
      ...(rng.chance(0.8) ? { feedbackToContributorsDate: day(dIdx + rng.int(3, 30)) } : {}),
    };
    impacts.push(impact);
  }
  return impacts;
}
