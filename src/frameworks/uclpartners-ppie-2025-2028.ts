import { UCLPARTNERS_STRATEGY_2025 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the four pillars of the UCLPartners PPIE strategy 2025-2028.
 *
 * @example
 * ```ts
 * UCLPARTNERS_PPIE_2025_2028_IDS; // ["capability", "capacity", "community", "impact"]
 * ```
 * @category Frameworks
 */
export const UCLPARTNERS_PPIE_2025_2028_IDS = [
  "capability",
  "capacity",
  "community",
  "impact",
] as const;

/**
 * An item id of {@link uclpartnersPpie20252028}.
 *
 * @example
 * ```ts
 * const id: UclpartnersPpie20252028ItemId = "community";
 * ```
 * @category Frameworks
 */
export type UclpartnersPpie20252028ItemId = (typeof UCLPARTNERS_PPIE_2025_2028_IDS)[number];

/**
 * The UCLPartners Patient and Public Involvement and Engagement (PPIE) strategy 2025-2028:
 * four pillars (capability, capacity, community, impact), co-produced with its Patient, Carer
 * and Public Advisory Panel. An example of an organisational strategy: strategies are
 * time-boxed and have their own pillar lists, so each gets `effectiveFrom`/`effectiveTo` in the
 * user's own data.
 *
 * Source: UCLPartners, Patient and Public Involvement and Engagement strategy 2025-2028.
 *
 * @example
 * ```ts
 * uclpartnersPpie20252028.items.map((i) => i.ordinal); // [1, 2, 3, 4]
 * ```
 * @category Frameworks
 */
export const uclpartnersPpie20252028 = {
  id: "uclpartners-ppie-2025-2028",
  name: "UCLPartners Patient and Public Involvement and Engagement strategy 2025-2028",
  publisher: "UCLPartners",
  version: "2025-2028",
  supersedes:
    "UCLPartners' previous three-year PPIE strategy, structured around the six UK Standards (date not yet verified)",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: UCLPARTNERS_STRATEGY_2025,
  note: "Pillar order as published (ordinals are display positions, not a scale).",
  items: [
    {
      id: "capability",
      ordinal: 1,
      label: "Capability - organisational enablers for PPIE",
      summary:
        "Change internal ways of working so that involvement becomes part of the organisation's culture.",
      verified: true,
    },
    {
      id: "capacity",
      ordinal: 2,
      label: "Capacity - deepen the role PPIE plays",
      summary: "Increase the influence PPIE has on the work.",
      verified: true,
    },
    {
      id: "community",
      ordinal: 3,
      label: "Community - equitable PPIE across communities",
      summary:
        "Strengthen ties with communities and make those who shape the work more representative of them.",
      verified: true,
    },
    {
      id: "impact",
      ordinal: 4,
      label: "Impact - capture and share the impact of PPIE",
      summary: "Capture and communicate the difference PPIE makes.",
      verified: true,
      note: "The rest of the pillar's description was not collected.",
    },
  ],
} as const satisfies Framework<"uclpartners-ppie-2025-2028", UclpartnersPpie20252028ItemId>;
