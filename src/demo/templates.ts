/**
 * The demo dataset's fictional content: project templates, activity methods and titles,
 * outcomes, "you said, we did" pairs, placeholder names, and the seldom-heard groups and
 * access needs it draws from. Nothing here is reference data.
 */
import type { Project } from "../model/project.js";
import type { ResearchStage } from "../model/common.js";
import type { ImpactRecord } from "../model/impact.js";

export interface ProjectTemplate {
  title: string;
  kind: Project["kind"];
  /** Typical PIL level (1..6). */
  depth: number;
  coProduced: boolean;
  reporting: Project["reporting"];
  stages: readonly ResearchStage[];
  summary: string;
}

export const PROJECTS: readonly ProjectTemplate[] = [
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

export const METHODS_BY_DEPTH: readonly (readonly string[])[] = [
  ["information-session"],
  ["newsletter", "information-session"],
  ["survey", "focus-group", "document-review"],
  ["advisory-group-meeting", "document-review", "workshop"],
  ["workshop", "steering-group-meeting", "co-design-session"],
  ["co-design-session", "co-production-meeting", "peer-research"],
  ["peer-research", "public-led-meeting"],
];

export const ACTIVITY_TITLES: Record<string, readonly string[]> = {
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

export const OUTCOMES = [
  "The team changed the wording of the invitation letter.",
  "An outcome measure was added that matters to patients.",
  "Appointment times were moved to suit carers.",
  "The recruitment plan now includes community venues.",
  "The summary of findings was rewritten in plain English.",
  "A new question was added to the interview guide.",
  "Travel costs are now paid in advance.",
  "The app's reminder screen was redesigned.",
];

export const YOU_SAID: readonly [string, string, ImpactRecord["type"]][] = [
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

export const FIRST_NAMES = [
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
export const LAST_NAMES = [
  "Example",
  "Sample",
  "Placeholder",
  "Testwell",
  "Demoford",
  "Fictional",
  "Madeup",
  "Notreal",
];

export const SELDOM_HEARD = [
  "young-carers",
  "homeless",
  "gypsy-roma-traveller",
  "deaf-bsl",
  "learning-disability",
  "asylum-seekers",
] as const;
export const ACCESS_NEEDS = [
  "step-free-access",
  "bsl-interpreter",
  "large-print",
  "easy-read",
  "hearing-loop",
  "quiet-room",
] as const;
