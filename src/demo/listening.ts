/**
 * The demo's listening record beyond the seeded core: named FFT units, the forums patients'
 * stories were shared at, how PALS contacts ended, and "you said, we did" records that came
 * from a PALS contact, a story and an event. Drawn from a second seeded stream.
 */
import type { EngagementEvent } from "../model/event.js";
import type { Feedback, PalsFeedback } from "../model/feedback.js";
import type { ImpactRecord } from "../model/impact.js";
import { addDays } from "../model/period.js";
import type { Calendar } from "./common.js";
import { pad } from "./common.js";
import type { Rng } from "./random.js";

/** The names of the demo's FFT units. */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  "ward-a1": "Ward A1, acute medicine",
  "ward-a2": "Ward A2, care of older people",
  "ward-b1": "Ward B1, stroke unit",
  "ward-c1": "Ward C1, surgery",
  "ward-c2": "Ward C2, orthopaedics",
  "ward-d1": "Ward D1, day surgery",
};

/** The forums stories are shared at. */
const FORUMS = [
  "Trust Board",
  "Quality and Safety Committee",
  "Patient Experience Group",
  "Staff induction",
] as const;

/** How PALS contacts of each category usually end. */
const PALS_ENDINGS: Readonly<Record<PalsFeedback["category"], readonly PalsFeedback["outcome"][]>> =
  {
    concern: ["resolved", "resolved", "referred-to-complaints", "open"],
    complaint: ["referred-to-complaints", "resolved"],
    compliment: ["resolved"],
    enquiry: ["information-given", "information-given", "signposted"],
    suggestion: ["resolved", "other"],
  };

/** Add unit names, story forums and PALS outcomes to the generated feedback (in place). */
export function addListening(rng: Rng, cal: Calendar, feedback: Feedback[]): void {
  let story = 0;
  for (const f of feedback) {
    if (f.kind === "fft") {
      const name = UNIT_NAMES[f.unitId];
      if (name !== undefined) f.unitName = name;
    } else if (f.kind === "story") {
      // The first story went to the Board and a committee; later ones to one forum, or none yet.
      if (story === 0) {
        f.sharedAt = [
          { forum: FORUMS[0], date: lastOf(cal, addDays(f.date, 21)) },
          { forum: FORUMS[1], date: lastOf(cal, addDays(f.date, 35)) },
        ];
      } else if (story % 3 !== 2) {
        f.sharedAt = [{ forum: rng.pick(FORUMS), date: lastOf(cal, addDays(f.date, 28)) }];
      }
      story++;
    } else if (f.kind === "pals") {
      f.outcome = rng.pick(PALS_ENDINGS[f.category]);
    }
  }
}

function lastOf(cal: Calendar, date: string): string {
  return date > cal.end ? cal.end : date;
}

/**
 * Three "you said, we did" records that came from a PALS contact, a story and an event (none
 * of them from an activity), numbered after the generated ones.
 */
export function listeningImpacts(
  cal: Calendar,
  feedback: readonly Feedback[],
  events: readonly EngagementEvent[],
  impacts: readonly ImpactRecord[],
): ImpactRecord[] {
  const out: ImpactRecord[] = [];
  let seq = impacts.length;
  const id = (): string => `i-${pad(++seq, 5)}`;
  const after = (date: string, days: number): string => lastOf(cal, addDays(date, days));
  const pals = feedback.find((f) => f.kind === "pals");
  if (pals) {
    out.push({
      id: id(),
      activityIds: [],
      feedbackIds: [pals.id],
      contributorIds: [],
      date: after(pals.date, 30),
      type: "service",
      youSaid: "A caller to PALS could not find out how to change an outpatient appointment.",
      weDid: "Every appointment letter now gives a direct phone number and an email address.",
      direction: "positive",
      status: "observed",
      evidence: [],
      feedbackToContributorsDate: after(pals.date, 44),
    });
  }
  const story = feedback.find((f) => f.kind === "story");
  if (story) {
    out.push({
      id: id(),
      activityIds: [],
      feedbackIds: [story.id],
      contributorIds: [],
      date: after(story.date, 60),
      type: "service",
      youSaid:
        "A carer's story told the Board how hard it was to find out when discharge would be.",
      weDid: "Wards now agree an expected discharge date with the patient and carer within a day.",
      direction: "positive",
      status: "intended",
      evidence: [],
    });
  }
  const event = events.find((e) => e.kind === "science-cafe") ?? events[0];
  if (event) {
    out.push({
      id: id(),
      ...(event.projectId ? { projectId: event.projectId } : {}),
      activityIds: [],
      eventIds: [event.id],
      contributorIds: [],
      date: after(event.date, 45),
      stage: "disseminating",
      type: "dissemination",
      youSaid: "People at the science café asked for the study results in plain language.",
      weDid: "Results are now published as a plain-language summary as well as a paper.",
      direction: "positive",
      status: "confirmed",
      evidence: ["Summary on the website"],
      feedbackToContributorsDate: after(event.date, 60),
    });
  }
  return out;
}
