import type { Activity, ActivityContributor } from "../model/activity.js";
import type { ResearchStage } from "../model/common.js";
import type { Contributor, ContributorRole, Demographics } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import type { Feedback } from "../model/feedback.js";
import type { Group } from "../model/group.js";
import type { ImpactRecord } from "../model/impact.js";
import type { BudgetLine, DatasetPaymentRate, Payment } from "../model/payment.js";
import { addDays } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { Strategy } from "../model/strategy.js";
import type { TrainingRecord } from "../model/training.js";
import type { Rng } from "./random.js";
import { createRng } from "./random.js";

/**
 * Options for {@link generateDataset}. Every count is optional; sizes scale from
 * `activities` and `contributors`.
 *
 * @category Demo
 */
export interface GenerateOptions {
  /** Seed for the generator: the same seed and options always give the same dataset. Default 1. */
  seed?: number;
  /** Number of activities. Default 320. */
  activities?: number;
  /** Number of contributors. Default 90. */
  contributors?: number;
  /** Number of projects. Default: 8, or one per 50 activities if that is more. */
  projects?: number;
  /** First day of the first of the two financial years covered. Default `"2024-04-01"`. */
  start?: string;
  /**
   * Add a handful of realistic gaps that good practice rules should flag (an activity whose
   * outcome was never fed back, an access need with no adjustment, a payment offer with no
   * reason, demographics held without consent). Default false: a clean dataset.
   */
  gaps?: boolean;
}

const SPAN_DAYS = 730;

/** PIL item ids in order 0..6 (frameworks.md §2.7). */
const PIL = [
  "pil-0-none",
  "pil-1-inform",
  "pil-2-consulted",
  "pil-3-involved",
  "pil-4-collaborating",
  "pil-5-co-producing",
  "pil-6-public-led",
] as const;

/** IAP2 items in order (frameworks.md §2.3), used by a minority of activities. */
const IAP2 = ["inform", "consult", "involve", "collaborate", "empower"] as const;

interface ProjectTemplate {
  title: string;
  kind: Project["kind"];
  /** Typical PIL level (1..6). */
  depth: number;
  coProduced: boolean;
  reporting: Project["reporting"];
  stages: readonly ResearchStage[];
  summary: string;
}

const PROJECTS: readonly ProjectTemplate[] = [
  {
    title: "Home-based stroke rehabilitation trial",
    kind: "research",
    depth: 3,
    coProduced: false,
    reporting: "gripp2-short",
    stages: ["designing-and-managing", "undertaking", "disseminating"],
    summary:
      "We are testing whether rehabilitation at home helps people recover after a stroke as well as rehabilitation in hospital.",
  },
  {
    title: "Co-designing a foot-care app for people with diabetes",
    kind: "research",
    depth: 5,
    coProduced: true,
    reporting: "gripp2-long",
    stages: [
      "identifying-and-prioritising",
      "designing-and-managing",
      "undertaking",
      "disseminating",
      "evaluating-impact",
    ],
    summary:
      "People with diabetes and researchers are building a phone app together to help people check their feet every day.",
  },
  {
    title: "Priority setting for long COVID rehabilitation",
    kind: "research",
    depth: 4,
    coProduced: false,
    reporting: "gripp2-short",
    stages: ["identifying-and-prioritising", "commissioning", "designing-and-managing"],
    summary:
      "Patients, carers and clinicians agree the ten most important unanswered questions about long COVID rehabilitation.",
  },
  {
    title: "Clearer outpatient letters",
    kind: "service-improvement",
    depth: 4,
    coProduced: false,
    reporting: "none",
    stages: ["designing-and-managing", "implementing", "evaluating-impact"],
    summary:
      "We are rewriting outpatient letters with patients so that they are easier to read and act on.",
  },
  {
    title: "Young carers and hospital discharge",
    kind: "research",
    depth: 5,
    coProduced: true,
    reporting: "gripp2-short",
    stages: [
      "identifying-and-prioritising",
      "designing-and-managing",
      "undertaking",
      "disseminating",
      "implementing",
    ],
    summary:
      "Young carers and researchers study together what happens when the person they care for leaves hospital.",
  },
  {
    title: "Sickle cell pain care in the emergency department",
    kind: "service-improvement",
    depth: 3,
    coProduced: false,
    reporting: "none",
    stages: ["designing-and-managing", "undertaking", "implementing"],
    summary:
      "People living with sickle cell disease help the emergency department give pain relief faster.",
  },
  {
    title: "Evaluating virtual wards for older people",
    kind: "evaluation",
    depth: 2,
    coProduced: false,
    reporting: "gripp2-short",
    stages: ["designing-and-managing", "undertaking", "disseminating"],
    summary:
      "We are finding out how older people and their families experience being cared for on a virtual ward at home.",
  },
  {
    title: "Peer-led mental health crisis café",
    kind: "service-improvement",
    depth: 6,
    coProduced: true,
    reporting: "none",
    stages: [
      "identifying-and-prioritising",
      "designing-and-managing",
      "implementing",
      "evaluating-impact",
    ],
    summary:
      "People with lived experience of mental health crisis run an evening café as a safe alternative to the emergency department.",
  },
];

const METHODS_BY_DEPTH: readonly (readonly string[])[] = [
  ["information-session"],
  ["newsletter", "information-session"],
  ["survey", "focus-group", "document-review"],
  ["advisory-group-meeting", "document-review", "workshop"],
  ["workshop", "steering-group-meeting", "co-design-session"],
  ["co-design-session", "co-production-meeting", "peer-research"],
  ["peer-research", "public-led-meeting"],
];

const ACTIVITY_TITLES: Record<string, readonly string[]> = {
  "information-session": ["Information session on the study", "Open briefing on the project"],
  newsletter: ["Project newsletter", "Update for the involvement panel"],
  survey: ["Survey on what matters most", "Online survey on draft outcomes"],
  "focus-group": ["Focus group on taking part", "Focus group on recruitment"],
  "document-review": [
    "Review of the participant information sheet",
    "Review of the plain English summary",
    "Review of the interview guide",
  ],
  "advisory-group-meeting": ["Patient advisory group meeting", "Advisory group review of progress"],
  workshop: [
    "Workshop on study design",
    "Workshop on sharing the findings",
    "Workshop on the intervention",
  ],
  "steering-group-meeting": ["Study steering group meeting", "Programme management group meeting"],
  "co-design-session": [
    "Co-design session on the prototype",
    "Co-design session on the service pathway",
  ],
  "co-production-meeting": [
    "Co-production group meeting",
    "Joint decision meeting on the protocol",
  ],
  "peer-research": ["Peer researcher interviews", "Peer researcher analysis session"],
  "public-led-meeting": ["Public-led planning meeting", "Public-led review of the service"],
};

const OUTCOMES = [
  "The team changed the wording of the invitation letter.",
  "An outcome measure was added that matters to patients.",
  "Appointment times were moved to suit carers.",
  "The recruitment plan now includes community venues.",
  "The summary of findings was rewritten in plain English.",
  "A new question was added to the interview guide.",
  "Travel costs are now paid in advance.",
  "The app's reminder screen was redesigned.",
];

const YOU_SAID: readonly [string, string, ImpactRecord["type"]][] = [
  [
    "The invitation letter was hard to follow.",
    "We rewrote it with the panel and tested it with five readers.",
    "materials",
  ],
  [
    "Evening sessions exclude people who work shifts.",
    "We added weekend sessions and an online option.",
    "recruitment",
  ],
  [
    "Fatigue matters more to us than walking speed.",
    "We added a fatigue measure as a secondary outcome.",
    "outcome-measures",
  ],
  [
    "People will not come to the hospital for interviews.",
    "Interviews now happen at home or in community centres.",
    "design",
  ],
  [
    "The findings should go back to the communities that took part.",
    "We held three community events and produced an easy read summary.",
    "dissemination",
  ],
  [
    "The discharge checklist forgets young carers.",
    "The ward added a question about who cares at home.",
    "service",
  ],
  [
    "Nobody explains what happens to our comments.",
    "Every panel meeting now starts with a you said, we did update.",
    "organisation",
  ],
  [
    "The research question should be about daily life, not test results.",
    "The team refocused the question on daily activities.",
    "research-question",
  ],
];

const FIRST_NAMES = [
  "Alex",
  "Sam",
  "Jordan",
  "Priya",
  "Kwame",
  "Morgan",
  "Aisha",
  "Tomasz",
  "Bethan",
  "Niamh",
  "Chen",
  "Rhys",
  "Fatima",
  "Oluwaseun",
  "Isla",
  "Dev",
];
const LAST_NAMES = [
  "Example",
  "Sample",
  "Placeholder",
  "Testwell",
  "Demoford",
  "Fictional",
  "Madeup",
  "Notreal",
];

const SELDOM_HEARD = [
  "young-carers",
  "homeless",
  "gypsy-roma-traveller",
  "deaf-bsl",
  "learning-disability",
  "asylum-seekers",
] as const;
const ACCESS_NEEDS = [
  "step-free-access",
  "bsl-interpreter",
  "large-print",
  "easy-read",
  "hearing-loop",
  "quiet-room",
] as const;

const AGE_WEIGHTS: readonly [NonNullable<Demographics["ageBand"]>, number][] = [
  ["16-24", 0.08],
  ["25-34", 0.12],
  ["35-44", 0.14],
  ["45-54", 0.17],
  ["55-64", 0.2],
  ["65-74", 0.19],
  ["75+", 0.1],
];
/** Roughly the E&W 2021 shares with an under-representation of Black and Asian groups, as panels often show. */
const ETHNIC_WEIGHTS: readonly [NonNullable<Demographics["ethnicGroup"]>, number][] = [
  ["white", 0.86],
  ["asian", 0.07],
  ["black", 0.03],
  ["mixed", 0.025],
  ["other", 0.015],
];

function weighted<T>(rng: Rng, table: readonly [T, number][]): T {
  let r = rng.next();
  for (const [v, w] of table) {
    if (r < w) return v;
    r -= w;
  }
  return (table[table.length - 1] as [T, number])[0];
}

function pad(n: number, width = 4): string {
  return String(n).padStart(width, "0");
}

/**
 * Build a valid synthetic {@link Dataset} of any size: two fictional organisations (an NHS
 * trust and a university research centre) over two UK financial years, with a strategy,
 * projects at different depths of involvement, contributors (most with consented
 * demographics), activities across every research stage, payments, events, training, FFT,
 * PEIRS-22, PPEET and self-assessment feedback, and impact records. Deterministic for a seed
 * and linear in the requested size, so it serves for users' own tests, benchmarks and fuzzing.
 * All names, emails (example.org) and phone numbers (Ofcom's drama range) are fictional.
 *
 * @param opts - sizes and seed
 * @returns a dataset that `parseDataset` accepts
 * @example
 * ```ts
 * const ds = generateDataset({ seed: 7, activities: 1000, contributors: 200 });
 * ds.activities.length; // 1000
 * ```
 * @category Demo
 */
export function generateDataset(opts: GenerateOptions = {}): Dataset {
  const rng = createRng(opts.seed ?? 1);
  const nActivities = Math.max(0, Math.trunc(opts.activities ?? 320));
  const nContributors = Math.max(1, Math.trunc(opts.contributors ?? 90));
  const nProjects = Math.max(
    1,
    Math.trunc(opts.projects ?? Math.max(8, Math.ceil(nActivities / 50))),
  );
  const start = opts.start ?? "2024-04-01";
  const gaps = opts.gaps ?? false;

  // One ISO string per day of the span, computed once: date arithmetic is then an index.
  const days: string[] = new Array(SPAN_DAYS + 120);
  for (let i = 0; i < days.length; i++) days[i] = addDays(start, i);
  const day = (i: number): string => days[Math.min(Math.max(0, i), days.length - 1)] as string;
  const fy1 = { start: day(0), end: day(364) };
  const fy2 = { start: day(365), end: addDays(start, SPAN_DAYS - 1) };
  const end = fy2.end;
  const rateChange = "2025-12-16";

  const orgTrust = "org-northgate";
  const orgCentre = "org-riverside";

  // Contributors
  const contributors: Contributor[] = new Array(nContributors);
  const hasAccessNeed: boolean[] = new Array(nContributors);
  for (let i = 0; i < nContributors; i++) {
    const role: ContributorRole = weighted(rng, [
      ["patient", 0.45],
      ["carer", 0.2],
      ["service-user", 0.1],
      ["member-of-public", 0.15],
      ["community-representative", 0.05],
      ["lived-experience-expert", 0.05],
    ]);
    const roles: ContributorRole[] = rng.chance(0.1) ? [role, "volunteer"] : [role];
    const consented = rng.chance(0.88);
    const joined = day(rng.int(0, 300) - 200);
    const c: Contributor = {
      id: `c-${pad(i + 1)}`,
      roles,
      joinedDate: joined,
      seldomHeard: rng.chance(0.2) ? [rng.pick(SELDOM_HEARD)] : [],
      accessNeeds: rng.chance(0.15) ? [rng.pick(ACCESS_NEEDS)] : [],
      consent: consented
        ? { demographics: { given: true, date: joined }, contact: { given: true, date: joined } }
        : { contact: { given: true, date: joined } },
    };
    if (consented) {
      c.demographics = {
        ageBand: rng.chance(0.04) ? "prefer-not-to-say" : weighted(rng, AGE_WEIGHTS),
        sex: rng.chance(0.03) ? "prefer-not-to-say" : rng.chance(0.6) ? "female" : "male",
        ethnicGroup: rng.chance(0.04) ? "prefer-not-to-say" : weighted(rng, ETHNIC_WEIGHTS),
        disability: rng.chance(0.05)
          ? "prefer-not-to-say"
          : rng.chance(0.3)
            ? "disabled"
            : "not-disabled",
        imdDecile: rng.int(1, 10),
      };
    }
    if (i < 400) {
      const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
      const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length] as string;
      c.identifiers = {
        name: `${first} ${last}`,
        email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.org`,
        phone: `01632 960${pad(i % 1000, 3)}`,
      };
    }
    contributors[i] = c;
    hasAccessNeed[i] = c.accessNeeds.length > 0;
  }

  // Projects
  const projects: Project[] = [];
  for (let p = 0; p < nProjects; p++) {
    const t = PROJECTS[p % PROJECTS.length] as ProjectTemplate;
    const round = Math.floor(p / PROJECTS.length);
    const org = t.kind === "research" ? orgCentre : orgTrust;
    rng.int(0, 60); // keeps the seeded stream stable for the data generated after it
    const project: Project = {
      id: `p-${pad(p + 1, 3)}`,
      organisationId: org,
      title: round === 0 ? t.title : `${t.title} (${round + 1})`,
      kind: t.kind,
      startDate: start,
      endDate: addDays(end, 60),
      plannedStages: [...t.stages],
      coProduced: t.coProduced,
      reporting: t.reporting,
      involvement: {
        aim: "To make sure the project asks questions that matter to patients and carers and is run in a way that suits them.",
        methods:
          "A patient advisory group meets every two months; members also review documents between meetings and two public co-applicants sit on the steering group.",
        ...(p % 3 !== 2
          ? {
              reflections:
                "Paying people promptly and meeting in the evening widened who could take part; we reached too few younger people.",
            }
          : {}),
        ...(t.reporting === "gripp2-long"
          ? {
              definition:
                "We use the NIHR definition: research carried out with or by members of the public rather than to, about or for them.",
              impactCapture:
                "We keep an impact log after every meeting and review it with the group each quarter.",
            }
          : {}),
      },
      plainEnglishSummary: t.summary,
    };
    projects.push(project);
  }

  // Groups: one standing panel per organisation, a virtual panel, and a group per co-produced project.
  const groups: Group[] = [];
  const memberSample = (k: number): Group["memberships"] =>
    rng.sample(contributors, Math.min(k, nContributors)).map((c, j) => ({
      contributorId: c.id,
      role: j === 0 ? "chair" : "member",
      from: c.joinedDate ?? start,
    }));
  groups.push({
    id: "g-trust-panel",
    organisationId: orgTrust,
    name: "Patient and Public Involvement Panel",
    kind: "ppi-group",
    memberships: memberSample(14),
  });
  groups.push({
    id: "g-centre-advisory",
    organisationId: orgCentre,
    name: "Research Advisory Panel",
    kind: "advisory-panel",
    memberships: memberSample(12),
  });
  groups.push({
    id: "g-virtual",
    organisationId: orgCentre,
    name: "Virtual Involvement Panel",
    kind: "virtual-panel",
    memberships: memberSample(30),
  });
  const projectGroup = new Map<string, string>();
  for (const project of projects) {
    if (!project.coProduced) continue;
    const gid = `g-${project.id}`;
    const ms = memberSample(8);
    groups.push({
      id: gid,
      organisationId: project.organisationId,
      projectId: project.id,
      name: `${project.title}: co-production group`,
      kind: "co-production-group",
      memberships: ms,
    });
    projectGroup.set(project.id, gid);
  }
  if (gaps) {
    // A panel that reaches no seldom-heard group: the inclusion rule should notice.
    const plain = contributors.filter((c) => c.seldomHeard.length === 0).slice(0, 6);
    groups.push({
      id: "g-estates",
      organisationId: orgTrust,
      name: "Estates and Facilities Reader Group",
      kind: "advisory-panel",
      memberships: plain.map((c) => ({
        contributorId: c.id,
        role: "member",
        from: c.joinedDate ?? start,
      })),
    });
  }

  // Each project draws on its own pool of contributors.
  const pools: number[][] = projects.map(() => {
    const k = Math.min(nContributors, rng.int(10, 24));
    const base = rng.int(0, nContributors - 1);
    const pool: number[] = [];
    for (let j = 0; j < k; j++) pool.push((base + j * 7) % nContributors);
    return [...new Set(pool)];
  });

  // Payment rates: a local hourly rate, uplifted with NIHR's 10% on 16 Dec 2025 (metrics.md §4.2).
  const paymentRates: DatasetPaymentRate[] = [
    {
      scheme: "local",
      activityCode: "HOURLY",
      unit: "hour",
      pence: 2500,
      effectiveFrom: "2022-04-01",
      effectiveTo: "2025-12-15",
      sourceVersion:
        "Demo local rate: the widely quoted NIHR hourly rate of £25 (metrics.md §4.2, UNVERIFIED)",
      verified: false,
    },
    {
      scheme: "local",
      activityCode: "HOURLY",
      unit: "hour",
      pence: 2750,
      effectiveFrom: "2025-12-16",
      sourceVersion:
        "Demo local rate: £25 with NIHR's 10% uplift of 16 Dec 2025 (metrics.md §4.2; base rate UNVERIFIED)",
      verified: false,
    },
  ];

  // Activities and their payments
  const activities: Activity[] = new Array(nActivities);
  const activityDay: number[] = new Array(nActivities);
  const payments: Payment[] = [];
  let paymentSeq = 0;
  for (let i = 0; i < nActivities; i++) {
    const pIdx = i % nProjects;
    const project = projects[pIdx] as Project;
    const t = PROJECTS[pIdx % PROJECTS.length] as ProjectTemplate;
    const pool = pools[pIdx] as number[];
    const startIdx = Math.floor((i / Math.max(1, nActivities)) * (SPAN_DAYS - 40)) + rng.int(0, 30);
    const startDate = day(Math.max(startIdx, 0));
    activityDay[i] = Math.max(startIdx, 0);
    const isEngagement = rng.chance(0.08);
    const depth = isEngagement
      ? 1
      : Math.min(
          6,
          Math.max(
            1,
            t.depth +
              weighted(rng, [
                [-2, 0.1],
                [-1, 0.25],
                [0, 0.45],
                [1, 0.2],
              ]),
          ),
        );
    const method = rng.pick(METHODS_BY_DEPTH[depth] as readonly string[]);
    // Stages follow the project's own plan, progressing through time.
    const stageIdx = Math.min(
      t.stages.length - 1,
      Math.floor((startIdx / SPAN_DAYS) * t.stages.length + rng.next() * 0.8),
    );
    const stage = t.stages[Math.max(0, stageIdx)] as ResearchStage;
    const useIap2 = !isEngagement && rng.chance(0.15);
    const level = useIap2
      ? {
          scale: "iap2-spectrum",
          item: IAP2[Math.min(4, Math.max(0, depth - 1 - (depth >= 5 ? 1 : 0)))] as string,
        }
      : { scale: "ppie-influence-level", item: PIL[depth] as string };
    const k = isEngagement ? 0 : Math.min(pool.length, rng.int(2, 6));
    const chosen = rng.sample(pool, k);
    const ac: ActivityContributor[] = [];
    let needsAdjustment = false;
    for (const ci of chosen) {
      const c = contributors[ci] as Contributor;
      const minutes = rng.pick([60, 90, 120, 120, 180, 240]);
      const r = rng.next();
      const status: ActivityContributor["payment"]["status"] =
        r < 0.86 ? "offered" : r < 0.95 ? "declined" : "not-applicable";
      const payment: ActivityContributor["payment"] =
        status === "not-applicable"
          ? {
              status,
              reason: "Member of NHS staff taking part in working hours (metrics.md §4.4).",
            }
          : status === "declined"
            ? { status, reason: "Chose not to receive payment." }
            : { status, rateCode: "HOURLY" };
      ac.push({
        contributorId: c.id,
        minutes,
        role: depth >= 5 ? "co-researcher" : "adviser",
        payment,
      });
      if (hasAccessNeed[ci]) needsAdjustment = true;
      if (status === "declined") {
        payments.push({
          id: `pay-${pad(++paymentSeq, 6)}`,
          contributorId: c.id,
          activityId: `a-${pad(i + 1, 6)}`,
          kind: "fee",
          amount: { pence: 0, currency: "GBP" },
          status: "declined",
          declinedDate: day(startIdx + 1),
        });
      } else if (status === "offered") {
        const rate = startDate >= rateChange ? 2750 : 2500;
        const pence = Math.round((rate * minutes) / 60);
        const claimed = startIdx + rng.int(1, 10);
        const paidAfter = rng.chance(0.85) ? rng.int(3, 25) : rng.int(26, 70);
        const paidIdx = claimed + paidAfter;
        const isPaid = day(paidIdx) <= end && paidIdx < SPAN_DAYS;
        payments.push({
          id: `pay-${pad(++paymentSeq, 6)}`,
          contributorId: c.id,
          activityId: `a-${pad(i + 1, 6)}`,
          kind: "fee",
          amount: { pence, currency: "GBP" },
          rate: { scheme: "local", activityCode: "HOURLY" },
          status: isPaid ? "paid" : "claimed",
          claimedDate: day(claimed),
          ...(isPaid ? { paidDate: day(paidIdx) } : {}),
        });
        if (rng.chance(0.2)) {
          payments.push({
            id: `pay-${pad(++paymentSeq, 6)}`,
            contributorId: c.id,
            activityId: `a-${pad(i + 1, 6)}`,
            kind: "expenses",
            amount: { pence: rng.int(4, 40) * 50, currency: "GBP" },
            status: isPaid ? "paid" : "claimed",
            claimedDate: day(claimed),
            ...(isPaid ? { paidDate: day(paidIdx) } : {}),
          });
        }
      }
    }
    const title = rng.pick(ACTIVITY_TITLES[method] ?? ["Involvement activity"]);
    // Involvement with people always records an outcome here; the `gaps` option removes one.
    const hasOutcome = (isEngagement ? rng.chance(0.3) : rng.chance(0.9)) || ac.length > 0;
    const outcomeIdx = startIdx + rng.int(7, 40);
    const activity: Activity = {
      id: `a-${pad(i + 1, 6)}`,
      projectId: project.id,
      title,
      mode: isEngagement ? "engagement" : "involvement",
      method,
      startDate,
      stages: [stage],
      level,
      scope: "collective",
      contributors: ac,
      adjustments: needsAdjustment ? ["accessible-venue", "materials-in-advance"] : [],
      outcomes: hasOutcome
        ? [
            {
              summary: rng.pick(OUTCOMES),
              date: day(outcomeIdx),
              feedbackToContributorsDate: day(outcomeIdx + rng.int(1, 20)),
            },
          ]
        : [],
    };
    const gid = projectGroup.get(project.id);
    if (gid !== undefined && depth >= 5) activity.groupId = gid;
    if (method === "peer-research" || method === "workshop")
      activity.endDate = day(startIdx + rng.int(0, 2));
    activities[i] = activity;
  }

  if (gaps && nActivities >= 10) {
    // 1. An involvement activity whose contributors were never told what happened.
    // (Every sixth activity gets an impact record that closes the loop, so skip those.)
    const a0 = activities.find(
      (a, i) =>
        i % 6 !== 0 &&
        a.mode === "involvement" &&
        a.contributors.length > 0 &&
        a.startDate < "2025-06-01",
    );
    if (a0) a0.outcomes = [];
    // 2. A contributor with an access need at an activity with no adjustment recorded.
    const needy = contributors.findIndex((c) => c.accessNeeds.length > 0);
    const a1 = activities.find(
      (a) =>
        a !== a0 &&
        a.contributors.length > 0 &&
        a.mode === "involvement" &&
        a.startDate > "2025-01-01",
    );
    if (needy >= 0 && a1) {
      const c = contributors[needy] as Contributor;
      if (!a1.contributors.some((x) => x.contributorId === c.id)) {
        a1.contributors.push({
          contributorId: c.id,
          minutes: 120,
          role: "adviser",
          payment: { status: "declined", reason: "Chose not to receive payment." },
        });
      }
      a1.adjustments = [];
    }
    // 3. Time given with no payment offered and no reason recorded.
    const a2 = activities.find((a) => a !== a0 && a !== a1 && a.contributors.length > 1);
    const first = a2?.contributors[0];
    if (a2 && first && first.payment.status === "offered") {
      a2.contributors[0] = { ...first, payment: { status: "not-offered" } };
      for (let j = payments.length - 1; j >= 0; j--) {
        const p = payments[j] as Payment;
        if (p.activityId === a2.id && p.contributorId === first.contributorId)
          payments.splice(j, 1);
      }
    }
  }

  // Engagement events
  const events: EngagementEvent[] = [];
  const nEvents = Math.max(4, Math.ceil(nActivities / 16));
  const EVENT_KINDS: readonly [EngagementEvent["kind"], string][] = [
    ["science-cafe", "Science café: what is a clinical trial?"],
    ["lab-tour", "Lab tour for local schools"],
    ["open-day", "Research open day"],
    ["talk", "Public talk on stroke recovery"],
    ["conference", "Regional patient involvement conference"],
    ["festival", "Health research stall at the city festival"],
    ["campaign", "Be Part of Research campaign week"],
  ];
  for (let e = 0; e < nEvents; e++) {
    const [kind, title] = EVENT_KINDS[e % EVENT_KINDS.length] as [EngagementEvent["kind"], string];
    const speakers = rng.sample(contributors, rng.int(0, 2));
    events.push({
      id: `e-${pad(e + 1)}`,
      organisationId: e % 2 === 0 ? orgCentre : orgTrust,
      title,
      kind,
      date: day(Math.floor((e / nEvents) * (SPAN_DAYS - 5))),
      reach: {
        attendance: rng.int(15, 220),
        ...(kind === "campaign" ? { online: rng.int(500, 5000) } : {}),
        audience: "Members of the public",
      },
      contributors: speakers.map((c, j) => ({
        contributorId: c.id,
        role: j === 0 ? "speaker" : "bursary",
        minutes: 180,
      })),
    });
  }

  // Budgets and training
  const budgets: BudgetLine[] = [];
  for (const [fyIdx, fy] of [fy1, fy2].entries()) {
    const scale = Math.max(1, Math.round(nActivities / 320));
    budgets.push({
      id: `b-trust-pay-${fyIdx + 1}`,
      organisationId: orgTrust,
      category: "payments",
      period: fy,
      amount: { pence: 1_800_000 * scale, currency: "GBP" },
    });
    budgets.push({
      id: `b-centre-pay-${fyIdx + 1}`,
      organisationId: orgCentre,
      category: "payments",
      period: fy,
      amount: { pence: 2_400_000 * scale, currency: "GBP" },
    });
    budgets.push({
      id: `b-centre-exp-${fyIdx + 1}`,
      organisationId: orgCentre,
      category: "expenses",
      period: fy,
      amount: { pence: 600_000 * scale, currency: "GBP" },
    });
    budgets.push({
      id: `b-trust-train-${fyIdx + 1}`,
      organisationId: orgTrust,
      category: "training",
      period: fy,
      amount: { pence: 350_000 * scale, currency: "GBP" },
    });
  }
  const training: TrainingRecord[] = [];
  const nTraining = Math.max(10, Math.ceil(nActivities / 5));
  const COURSES = [
    "Introduction to public involvement",
    "Co-production in practice",
    "Paying public contributors",
    "Writing plain English summaries",
  ];
  for (let k = 0; k < nTraining; k++) {
    training.push({
      id: `t-${pad(k + 1, 5)}`,
      organisationId: k % 2 === 0 ? orgTrust : orgCentre,
      staffRef: `staff-${pad(rng.int(1, Math.max(20, nTraining)), 5)}`,
      course: rng.pick(COURSES),
      date: day(rng.int(0, SPAN_DAYS - 1)),
      minutes: rng.pick([90, 180, 360]),
    });
  }

  // Feedback
  const feedback: Feedback[] = [];
  let fbSeq = 0;
  const fbId = (): string => `f-${pad(++fbSeq, 6)}`;
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
  const nPeirs = Math.max(6, Math.ceil(nContributors / 3));
  for (let k = 0; k < nPeirs; k++) {
    const ci = rng.int(0, nContributors - 1);
    const p = projects[k % nProjects] as Project;
    const tilt = (PROJECTS[(k % nProjects) % PROJECTS.length] as ProjectTemplate).depth / 6;
    const answers = Array.from({ length: 22 }, () =>
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
  const ppeetItems = [
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
  const PPEET_OPTIONS = [
    "strongly-agree",
    "agree",
    "agree",
    "neutral",
    "disagree",
    "dont-know",
  ] as const;
  for (let k = 0; k < Math.max(8, Math.ceil(nActivities / 10)); k++) {
    const aIdx = (k * 7) % Math.max(1, nActivities);
    const a = activities[aIdx];
    const responses: Record<string, (typeof PPEET_OPTIONS)[number]> = {};
    for (const item of ppeetItems) responses[item.id] = rng.pick(PPEET_OPTIONS);
    feedback.push({
      id: fbId(),
      kind: "ppeet",
      date: a ? day(Math.min(SPAN_DAYS - 1, (activityDay[aIdx] as number) + 1)) : day(100),
      ...(a ? { activityId: a.id, ...(a.projectId ? { projectId: a.projectId } : {}) } : {}),
      questionnaire: "participant",
      responses,
    });
  }
  const PRINCIPLES = [
    "sharing-of-power",
    "including-all-perspectives-and-skills",
    "respecting-and-valuing-all-knowledge",
    "reciprocity",
    "building-and-maintaining-relationships",
  ];
  for (const p of projects) {
    if (!p.coProduced) continue;
    for (const respondent of ["staff", "public"] as const) {
      for (let r = 0; r < 3; r++) {
        const ratings: Record<string, number> = {};
        for (const pr of PRINCIPLES)
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
  const STANDARDS = [
    "inclusive-opportunities",
    "working-together",
    "support-and-learning",
    "communications",
    "impact",
    "governance",
  ];
  for (const [org, respondent] of [
    [orgTrust, "staff"],
    [orgTrust, "public"],
    [orgCentre, "staff"],
    [orgCentre, "public"],
  ] as const) {
    feedback.push({
      id: fbId(),
      kind: "standards",
      date: day(SPAN_DAYS - 30),
      respondent,
      version: "uk-standards-2019",
      organisationId: org,
      entries: STANDARDS.map((s) => ({
        standardId: s,
        rating: rng.int(2, 5),
        reflection: `Annual reflection on ${s.replace(/-/g, " ")}: progress made, with more to do on reaching younger people.`,
        evidence: ["Panel minutes", "Annual involvement report"],
      })),
    });
  }
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

  // Impact records: about one per six involvement activities, from that activity's people.
  const impacts: ImpactRecord[] = [];
  let impSeq = 0;
  for (let i = 0; i < nActivities; i += 6) {
    const a = activities[i] as Activity;
    if (a.mode !== "involvement" || a.contributors.length === 0) continue;
    const [youSaid, weDid, type] = rng.pick(YOU_SAID);
    const status = weighted<ImpactRecord["status"]>(rng, [
      ["intended", 0.25],
      ["observed", 0.45],
      ["confirmed", 0.3],
    ]);
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

  // Strategy for the trust, with targets for the second financial year.
  const target = (value: number, direction: "at-least" | "at-most" = "at-least") => ({
    value,
    direction,
    period: fy2,
  });
  const strategy: Strategy = {
    id: "s-northgate-2024",
    organisationId: orgTrust,
    title: "Northgate Valley PPIE strategy 2024 to 2026 (fictional)",
    period: { start: fy1.start, end: fy2.end },
    objectives: [
      {
        id: "obj-capability",
        pillar: "capability",
        title: "Staff have the skills and resources to involve people well",
        metrics: [
          {
            id: "m-trained",
            kind: "staff-trained-count",
            title: "Staff trained in PPIE",
            unit: "count",
            target: target(Math.max(20, Math.round(nTraining * 0.45))),
            observations: [],
          },
          {
            id: "m-timely",
            kind: "payment-timeliness",
            title: "Payments made within 30 days of claim",
            unit: "percent",
            target: target(90),
            observations: [],
          },
          {
            id: "m-budget",
            kind: "ppie-budget-allocated",
            title: "Budget ring-fenced for involvement",
            unit: "pence",
            target: target(4_000_000),
            observations: [],
          },
        ],
      },
      {
        id: "obj-capacity",
        pillar: "capacity",
        title: "Involvement happens across every stage of our work",
        metrics: [
          {
            id: "m-projects",
            kind: "projects-with-ppie-share",
            title: "Projects with public involvement",
            unit: "percent",
            target: target(100),
            observations: [],
          },
          {
            id: "m-hours",
            kind: "contributor-hours",
            title: "Hours given by public contributors",
            unit: "hours",
            target: target(Math.round(nActivities * 2)),
            observations: [],
          },
        ],
      },
      {
        id: "obj-community",
        pillar: "community",
        title: "We hear from the communities we serve",
        metrics: [
          {
            id: "m-active",
            kind: "active-contributors-count",
            title: "Active public contributors",
            unit: "count",
            target: target(Math.round(nContributors * 0.8)),
            observations: [],
          },
          {
            id: "m-partners",
            kind: "community-partners-count",
            title: "Community organisations we work with",
            unit: "count",
            target: target(12),
            observations: [
              { period: fy1, value: 7 },
              { period: fy2, value: 10 },
            ],
          },
        ],
      },
      {
        id: "obj-impact",
        pillar: "impact",
        title: "We show the difference involvement makes",
        metrics: [
          {
            id: "m-impacts",
            kind: "impact-log-entries",
            title: "Changes recorded in the impact log",
            unit: "count",
            target: target(Math.max(10, Math.round(nActivities / 12))),
            observations: [],
          },
          {
            id: "m-loop",
            kind: "feedback-loop-closed-share",
            title: "Contributions where people were told what happened",
            unit: "percent",
            target: target(85),
            observations: [],
          },
          {
            id: "m-experience",
            kind: "contributor-experience-score",
            title: "Mean PEIRS-22 score (linear pro-rated)",
            unit: "score",
            target: target(70),
            observations: [],
          },
        ],
      },
    ],
  };

  const dataset: Dataset = {
    schemaVersion: 1,
    title: "ppie demo dataset (fictional organisations, people and data)",
    fictional: true,
    scales: ["ppie-influence-level", "iap2-spectrum"],
    organisations: [
      {
        id: orgTrust,
        name: "Northgate Valley NHS Foundation Trust (fictional)",
        kind: "nhs-trust",
        seldomHeardGroups: [...SELDOM_HEARD],
      },
      {
        id: orgCentre,
        name: "Riverside University Centre for Health Research (fictional)",
        kind: "research-centre",
        seldomHeardGroups: ["young-carers", "deaf-bsl", "learning-disability"],
      },
    ],
    strategies: [strategy],
    projects,
    groups,
    contributors,
    activities,
    events,
    payments,
    paymentRates,
    budgets,
    training,
    feedback,
    ppeetItems,
    impacts,
  };
  return dataset;
}
