/**
 * The demo's feedback: monthly FFT counts per ward, PEIRS-22 and PPEET questionnaires,
 * co-production and UK Standards self-assessments, stories and PALS contacts.
 */
import { INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS } from "../frameworks/involve-coproduction-2018.js";
import { PEIRS22_ITEMS } from "../frameworks/peirs22.js";
import type { PpeetOption } from "../frameworks/ppeet-response-options.js";
import { UK_STANDARDS_2019_STANDARD_IDS } from "../frameworks/uk-standards-2019.js";
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { PpeetItem } from "../model/dataset.js";
import type { Feedback } from "../model/feedback.js";
import { addDays } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { Calendar } from "./common.js";
import { ORG_CENTRE, ORG_TRUST, pad, SPAN_DAYS } from "./common.js";
import type { Rng } from "./random.js";
import type { ProjectTemplate } from "./templates.js";
import { PROJECTS } from "./templates.js";

/** The demo's own PPEET-style items (the PPEET's licence forbids bundling its wording). */
const DEMO_PPEET_ITEMS: readonly PpeetItem[] = [
  {
    id: "q-purpose",
    text: "I understood the purpose of the activity. (Demo item written for ppie; not PPEET wording.)",
  },
  {
    id: "q-support",
    text: "I had the support I needed to take part. (Demo item written for ppie; not PPEET wording.)",
  },
  {
    id: "q-heard",
    text: "My views were listened to. (Demo item written for ppie; not PPEET wording.)",
  },
  {
    id: "q-difference",
    text: "I can see how my input made a difference. (Demo item written for ppie; not PPEET wording.)",
  },
];

/** PPEET answers drawn with equal chance; "agree" twice, so it is the most common. */
const PPEET_DRAW: readonly PpeetOption[] = [
  "strongly-agree",
  "agree",
  "agree",
  "neutral",
  "disagree",
  "dont-know",
];

/** Where feedback records are collected, with the next feedback id. */
interface FeedbackSink {
  feedback: Feedback[];
  fbId: () => string;
}

/** What the feedback is generated from. */
export interface FeedbackInputs {
  rng: Rng;
  cal: Calendar;
  projects: readonly Project[];
  contributors: readonly Contributor[];
  activities: readonly Activity[];
  activityDay: readonly number[];
}

/** All the feedback records, in id order, and the PPEET items they answer. */
export function generateFeedback(input: FeedbackInputs): {
  feedback: Feedback[];
  ppeetItems: PpeetItem[];
} {
  const feedback: Feedback[] = [];
  let fbSeq = 0;
  const sink: FeedbackSink = { feedback, fbId: () => `f-${pad(++fbSeq, 6)}` };
  fftFeedback(input, sink);
  peirsFeedback(input, sink);
  ppeetFeedback(input, sink);
  coproductionFeedback(input, sink);
  standardsFeedback(input, sink);
  storiesAndPals(input, sink);
  return { feedback, ppeetItems: DEMO_PPEET_ITEMS.map((item) => ({ ...item })) };
}

/** FFT counts for six wards (one of them small) for each of the 24 months. */
function fftFeedback(input: FeedbackInputs, { feedback, fbId }: FeedbackSink): void {
  const { rng, cal } = input;
  const { start } = cal;
  const wards = [
    ["ward-a1", "site-north"],
    ["ward-a2", "site-north"],
    ["ward-b1", "site-north"],
    ["ward-c1", "site-south"],
    ["ward-c2", "site-south"],
    ["ward-d1", "site-south"],
  ] as const;
  for (let m = 0; m < 24; m++) {
    const monthStart = addDays(start, 0).slice(0, 4);
    const y = Number(monthStart) + Math.floor((3 + m) / 12);
    const mo = ((3 + m) % 12) + 1;
    const first = `${y}-${String(mo).padStart(2, "0")}-01`;
    const last = addDays(
      mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, "0")}-01`,
      -1,
    );
    for (const [ward, site] of wards) {
      const n = ward === "ward-d1" ? rng.int(1, 9) : rng.int(30, 160);
      const vg = Math.round(n * (0.62 + rng.next() * 0.15));
      const g = Math.round((n - vg) * 0.65);
      const rest = n - vg - g;
      const ne = Math.floor(rest * 0.4);
      const po = Math.floor(rest * 0.25);
      const vp = Math.floor(rest * 0.15);
      feedback.push({
        id: fbId(),
        kind: "fft",
        date: first,
        unitId: ward,
        parentUnitId: site,
        period: { start: first, end: last },
        counts: {
          veryGood: vg,
          good: g,
          neither: ne,
          poor: po,
          veryPoor: vp,
          dontKnow: rest - ne - po - vp,
        },
      });
    }
  }
}

/** PEIRS-22 answers from one contributor in three, tilted by the project's depth. */
function peirsFeedback(input: FeedbackInputs, { feedback, fbId }: FeedbackSink): void {
  const { rng, cal, projects, contributors } = input;
  const { day } = cal;
  const nContributors = contributors.length;
  const nProjects = projects.length;
  const nPeirs = Math.max(6, Math.ceil(nContributors / 3));
  for (let k = 0; k < nPeirs; k++) {
    const ci = rng.int(0, nContributors - 1);
    const p = projects[k % nProjects] as Project;
    const tilt = (PROJECTS[(k % nProjects) % PROJECTS.length] as ProjectTemplate).depth / 6;
    const answers = Array.from({ length: PEIRS22_ITEMS }, () =>
      rng.chance(0.04)
        ? null
        : Math.min(4, Math.max(0, Math.round(1.8 + tilt * 2 + (rng.next() - 0.5) * 2))),
    );
    feedback.push({
      id: fbId(),
      kind: "peirs22",
      date: day(rng.int(180, SPAN_DAYS - 1)),
      projectId: p.id,
      contributorId: (contributors[ci] as Contributor).id,
      answers,
    });
  }
}

/** PPEET participant questionnaires, one per ten activities (at least 8). */
function ppeetFeedback(input: FeedbackInputs, { feedback, fbId }: FeedbackSink): void {
  const { rng, cal, activities, activityDay } = input;
  const { day } = cal;
  const nActivities = activities.length;
  for (let k = 0; k < Math.max(8, Math.ceil(nActivities / 10)); k++) {
    const aIdx = (k * 7) % Math.max(1, nActivities);
    const a = activities[aIdx];
    const responses: Record<string, PpeetOption> = {};
    for (const item of DEMO_PPEET_ITEMS) responses[item.id] = rng.pick(PPEET_DRAW);
    feedback.push({
      id: fbId(),
      kind: "ppeet",
      date: a ? day(Math.min(SPAN_DAYS - 1, (activityDay[aIdx] as number) + 1)) : day(100),
      ...(a ? { activityId: a.id, ...(a.projectId ? { projectId: a.projectId } : {}) } : {}),
      questionnaire: "participant",
      responses,
    });
  }
}

/** Three staff and three public co-production ratings for each co-produced project. */
function coproductionFeedback(input: FeedbackInputs, { feedback, fbId }: FeedbackSink): void {
  const { rng, cal, projects } = input;
  const { day } = cal;
  for (const p of projects) {
    if (!p.coProduced) continue;
    for (const respondent of ["staff", "public"] as const) {
      for (let r = 0; r < 3; r++) {
        const ratings: Record<string, number> = {};
        for (const pr of INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS)
          ratings[pr] = Math.min(5, Math.max(1, (respondent === "staff" ? 4 : 3) + rng.int(-1, 1)));
        feedback.push({
          id: fbId(),
          kind: "coproduction",
          date: day(rng.int(300, SPAN_DAYS - 1)),
          projectId: p.id,
          respondent,
          ratings,
        });
      }
    }
  }
}

/** A UK Standards self-assessment by staff and by the public at each organisation. */
function standardsFeedback(input: FeedbackInputs, { feedback, fbId }: FeedbackSink): void {
  const { rng, cal } = input;
  const { day } = cal;
  for (const [org, respondent] of [
    [ORG_TRUST, "staff"],
    [ORG_TRUST, "public"],
    [ORG_CENTRE, "staff"],
    [ORG_CENTRE, "public"],
  ] as const) {
    feedback.push({
      id: fbId(),
      kind: "standards",
      date: day(SPAN_DAYS - 30),
      respondent,
      version: "uk-standards-2019",
      organisationId: org,
      entries: UK_STANDARDS_2019_STANDARD_IDS.map((s) => ({
        standardId: s,
        rating: rng.int(2, 5),
        reflection: `Annual reflection on ${s.replace(/-/g, " ")}: progress made, with more to do on reaching younger people.`,
        evidence: ["Panel minutes", "Annual involvement report"],
      })),
    });
  }
}

/** A story and a PALS contact per 40 activities (at least 4 of each). */
function storiesAndPals(input: FeedbackInputs, { feedback, fbId }: FeedbackSink): void {
  const { rng, cal, activities } = input;
  const { day } = cal;
  const nActivities = activities.length;
  for (let k = 0; k < Math.max(4, Math.ceil(nActivities / 40)); k++) {
    feedback.push({
      id: fbId(),
      kind: "story",
      date: day(rng.int(0, SPAN_DAYS - 1)),
      summary:
        "A carer described how hard it was to find out when their relative would leave hospital.",
      themes: ["discharge", "communication"],
    });
    feedback.push({
      id: fbId(),
      kind: "pals",
      date: day(rng.int(0, SPAN_DAYS - 1)),
      category: rng.pick(["concern", "compliment", "enquiry", "suggestion"] as const),
      themes: [rng.pick(["appointments", "letters", "parking", "waiting-times"])],
    });
  }
}
