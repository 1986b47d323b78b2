import { PIRIT_2023 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Ids of PIRIT's three aims, in order.
 *
 * @example
 * ```ts
 * PIRIT_AIM_IDS; // ["plan", "track", "report"]
 * ```
 * @category Frameworks
 */
export const PIRIT_AIM_IDS = ["plan", "track", "report"] as const;

/**
 * Ids of PIRIT's two tools.
 *
 * @example
 * ```ts
 * PIRIT_TOOL_IDS; // ["planning-tool", "tracking-tool"]
 * ```
 * @category Frameworks
 */
export const PIRIT_TOOL_IDS = ["planning-tool", "tracking-tool"] as const;

/**
 * Ids of the six PIRIT Tracking Tool fields: a ready-made data model for an impact-log entry
 * (field list verified; the ids are a ppie design choice).
 *
 * @example
 * ```ts
 * PIRIT_TRACKING_FIELD_IDS.length; // 6
 * ```
 * @category Frameworks
 */
export const PIRIT_TRACKING_FIELD_IDS = [
  "when",
  "how",
  "intended-influence",
  "what-changed",
  "why-it-matters",
  "related-standards",
] as const;

/**
 * All item ids of {@link pirit}: aims, tools, then tracking fields.
 *
 * @example
 * ```ts
 * PIRIT_IDS.length; // 11
 * ```
 * @category Frameworks
 */
export const PIRIT_IDS = [
  "plan",
  "track",
  "report",
  "planning-tool",
  "tracking-tool",
  "when",
  "how",
  "intended-influence",
  "what-changed",
  "why-it-matters",
  "related-standards",
] as const;

/**
 * An item id of {@link pirit} (an aim, a tool or a tracking field).
 *
 * @example
 * ```ts
 * const id: PiritItemId = "what-changed";
 * ```
 * @category Frameworks
 */
export type PiritItemId = (typeof PIRIT_IDS)[number];

/**
 * The Public Involvement in Research Impact Toolkit (PIRIT), Cardiff University (launched
 * February 2023): three ordered aims (plan, track, report impact against the UK Standards), two
 * tools, and the six fields of its Tracking Tool (one spreadsheet row per contribution).
 *
 * Source: Cardiff University, Public Involvement in Research Impact Toolkit (PIRIT), 2023.
 *
 * @example
 * ```ts
 * pirit.items.filter((i) => i.list === "tracking-fields").length; // 6
 * ```
 * @category Frameworks
 */
export const pirit = {
  id: "pirit",
  name: "Public Involvement in Research Impact Toolkit (PIRIT)",
  publisher:
    "Cardiff University: Marie Curie Research Centre and Wales Cancer Research Centre (co-developed with public contributors)",
  version: "launched February 2023",
  publishedDate: "2023-02",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: PIRIT_2023,
  note: "Endorsed or promoted by Health and Care Research Wales, NIHR and HRA. Reports impact against the six UK Standards (uk-standards-2019).",
  lists: [
    {
      id: "aims",
      label: "Aims",
      ordered: true,
      complete: true,
      expectedItemCount: 3,
      verified: true,
    },
    {
      id: "tools",
      label: "Tools",
      ordered: false,
      complete: true,
      expectedItemCount: 2,
      verified: true,
    },
    {
      id: "tracking-fields",
      label: "Tracking Tool fields",
      ordered: false,
      complete: true,
      expectedItemCount: 6,
      verified: true,
      note: "Field list verified; field ids are a ppie design choice.",
    },
  ],
  items: [
    {
      id: "plan",
      list: "aims",
      ordinal: 1,
      label: "Plan",
      summary: "Plan involvement and build it into the research.",
      verified: true,
    },
    {
      id: "track",
      list: "aims",
      ordinal: 2,
      label: "Track",
      summary: "Record contributions and the difference they make.",
      verified: true,
    },
    {
      id: "report",
      list: "aims",
      ordinal: 3,
      label: "Report",
      summary: "Report the impact of involvement against the UK Standards.",
      verified: true,
    },
    {
      id: "planning-tool",
      list: "tools",
      label: "PIRIT Planning Tool",
      summary:
        "A checklist of possible involvement activities, each linked to relevant UK Standards, laid out along the research pathway.",
      verified: true,
    },
    {
      id: "tracking-tool",
      list: "tools",
      label: "PIRIT Tracking Tool",
      summary: "A simple spreadsheet, one row per contribution.",
      verified: true,
    },
    {
      id: "when",
      list: "tracking-fields",
      label: "When",
      summary: "When the public contributed (date or stage).",
      verified: true,
    },
    {
      id: "how",
      list: "tracking-fields",
      label: "How",
      summary: "How they contributed (activity or method).",
      verified: true,
    },
    {
      id: "intended-influence",
      list: "tracking-fields",
      label: "Intended influence",
      summary: "What they hoped to influence.",
      verified: true,
    },
    {
      id: "what-changed",
      list: "tracking-fields",
      label: "What changed",
      summary: "What changed as a result, if anything ('nothing' is a valid answer).",
      verified: true,
    },
    {
      id: "why-it-matters",
      list: "tracking-fields",
      label: "Why it matters",
      summary: "Why that change matters.",
      verified: true,
    },
    {
      id: "related-standards",
      list: "tracking-fields",
      label: "Related standards",
      summary:
        "Which UK Standards the contribution relates to (any of the six standard ids of uk-standards-2019).",
      verified: true,
    },
  ],
} as const satisfies Framework<"pirit", PiritItemId>;
