import { NHSE_WORKING_IN_PARTNERSHIP_2022 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the ten principles of NHS England's 2022 statutory guidance, in the order restated
 * by NHS Somerset integrated care board.
 *
 * @example
 * ```ts
 * NHSE_WORKING_IN_PARTNERSHIP_2022_IDS.length; // 10
 * ```
 * @category Frameworks
 */
export const NHSE_WORKING_IN_PARTNERSHIP_2022_IDS = [
  "voices-at-centre-of-decisions-and-governance",
  "understand-community-needs-and-aspirations",
  "involve-early-and-feed-back",
  "use-insight-to-reduce-inequalities",
  "build-relationships-with-underrepresented-groups",
  "partner-with-healthwatch-and-vcse",
  "address-priorities-through-partnership",
  "community-development-approaches",
  "clear-accessible-public-information",
  "learn-and-build-on-partner-assets",
] as const;

/**
 * An item id of {@link nhseWorkingInPartnership2022}.
 *
 * @example
 * ```ts
 * const id: NhseWorkingInPartnership2022ItemId = "involve-early-and-feed-back";
 * ```
 * @category Frameworks
 */
export type NhseWorkingInPartnership2022ItemId =
  (typeof NHSE_WORKING_IN_PARTNERSHIP_2022_IDS)[number];

const secondary =
  "Order and content checked only against a restatement by an integrated care board (NHS Somerset), not against the guidance itself.";

/**
 * NHS England, "Working in partnership with people and communities: statutory guidance" (2022):
 * the ten principles for integrated care boards, NHS trusts and foundation trusts. This is about
 * NHS *services* (planning, commissioning, change), not research. The principles were checked
 * only against a restatement by an integrated care board (NHS Somerset).
 *
 * Source: NHS England, Working in partnership with people and communities: statutory guidance
 * (2022).
 *
 * @example
 * ```ts
 * nhseWorkingInPartnership2022.items[5].label; // "Partner with Healthwatch and VCSE"
 * ```
 * @category Frameworks
 */
export const nhseWorkingInPartnership2022 = {
  id: "nhse-working-in-partnership-2022",
  name: "Working in partnership with people and communities: statutory guidance",
  publisher: "NHS England (with CQC, DHSC, Healthwatch England, LGA, National Voices and others)",
  version: "2022 (commonly cited as July 2022; exact date not yet verified)",
  publishedDate: "2022",
  supersedes:
    "2017 statutory guidance for commissioners; 2008 guidance for trusts; 2021 ICS implementation guidance on working with people and communities",
  ordered: false,
  complete: true,
  verified: false,
  evidence: "secondary",
  source: NHSE_WORKING_IN_PARTNERSHIP_2022,
  note: "The ten principles were checked only against a restatement by NHS Somerset integrated care board, and are believed to carry over from the 2021 ICS implementation guidance (not yet verified). The guidance names approaches (co-production, co-design, engagement, consultation, informing) without ranking them. The source gives no short titles for the principles: item labels are ppie's own short names (a ppie design choice).",
  items: [
    {
      id: "voices-at-centre-of-decisions-and-governance",
      code: "1",
      label: "Put people's voices at the centre of decisions and governance",
      summary:
        "Make people's and communities' views central to how decisions are made and how organisations are governed.",
      verified: false,
      note: secondary,
    },
    {
      id: "understand-community-needs-and-aspirations",
      code: "2",
      label: "Understand community needs and aspirations",
      summary:
        "Build an understanding of what local people need, experience and hope for from health and care, paying special attention to seldom-heard groups.",
      verified: false,
      note: secondary,
    },
    {
      id: "involve-early-and-feed-back",
      code: "3",
      label: "Involve early and feed back",
      summary:
        "Bring people in when plans are first being shaped, and report back how their input changed decisions and improvements, and explain when it could not.",
      verified: false,
      note: secondary,
    },
    {
      id: "use-insight-to-reduce-inequalities",
      code: "4",
      label: "Use insight to reduce inequalities",
      summary:
        "Actively gather the insight of groups affected by health inequalities and act on it to lower inequality and barriers to care.",
      verified: false,
      note: secondary,
    },
    {
      id: "build-relationships-with-underrepresented-groups",
      code: "5",
      label: "Build relationships with under-represented groups",
      summary:
        "Develop lasting relationships with under-represented and disadvantaged groups so that they are heard in efforts to tackle inequalities.",
      verified: false,
      note: secondary,
    },
    {
      id: "partner-with-healthwatch-and-vcse",
      code: "6",
      label: "Partner with Healthwatch and VCSE",
      summary:
        "Treat Healthwatch and voluntary, community and social enterprise (VCSE) organisations as core partners.",
      verified: false,
      note: secondary,
    },
    {
      id: "address-priorities-through-partnership",
      code: "7",
      label: "Address priorities through partnership",
      summary:
        "Work on the system's priorities jointly with people and communities (partnership, co-production, insight and engagement) in a way that shows accountability.",
      verified: false,
      note: secondary,
    },
    {
      id: "community-development-approaches",
      code: "8",
      label: "Use community development approaches",
      summary:
        "Apply community-development methods that give people and communities more power and strengthen local capacity.",
      verified: false,
      note: secondary,
    },
    {
      id: "clear-accessible-public-information",
      code: "9",
      label: "Clear, accessible public information",
      summary:
        "Publish plain, accessible information on vision, plans and progress so that people understand and trust them.",
      verified: false,
      note: secondary,
    },
    {
      id: "learn-and-build-on-partner-assets",
      code: "10",
      label: "Learn and build on partners' assets",
      summary:
        "Learn from effective practice and use partners' existing networks, relationships and local activity to get the most from involvement.",
      verified: false,
      note: secondary,
    },
  ],
} as const satisfies Framework<
  "nhse-working-in-partnership-2022",
  NhseWorkingInPartnership2022ItemId
>;
