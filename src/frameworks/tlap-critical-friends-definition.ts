import { CRITICAL_FRIENDS_2013 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the National Co-production Critical Friends definition: a single definition
 * record.
 *
 * @example
 * ```ts
 * TLAP_CRITICAL_FRIENDS_DEFINITION_IDS; // ["co-production"]
 * ```
 * @category Frameworks
 */
export const TLAP_CRITICAL_FRIENDS_DEFINITION_IDS = ["co-production"] as const;

/**
 * An item id of {@link tlapCriticalFriendsDefinition}.
 *
 * @example
 * ```ts
 * const id: TlapCriticalFriendsDefinitionItemId = "co-production";
 * ```
 * @category Frameworks
 */
export type TlapCriticalFriendsDefinitionItemId =
  (typeof TLAP_CRITICAL_FRIENDS_DEFINITION_IDS)[number];

/**
 * The National Co-production Critical Friends definition of co-production (January 2013), also
 * used by Think Local Act Personal. Modelled as one definition record, not a list.
 *
 * Source: National Co-production Critical Friends, a definition of co-production (January 2013).
 *
 * @example
 * ```ts
 * tlapCriticalFriendsDefinition.items.length; // 1
 * ```
 * @category Frameworks
 */
export const tlapCriticalFriendsDefinition = {
  id: "tlap-critical-friends-definition",
  name: "National Co-production Critical Friends definition of co-production",
  publisher:
    "National Co-production Critical Friends group, supported by the Joseph Rowntree Foundation and Think Local Act Personal, facilitated by the New Economics Foundation",
  version: "January 2013",
  publishedDate: "2013-01",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: CRITICAL_FRIENDS_2013,
  items: [
    {
      id: "co-production",
      label: "Co-production",
      summary:
        "Co-production is a relationship: professionals and citizens hold power jointly when planning and providing support, recognising that each side has something indispensable to offer towards better lives for individuals and communities.",
      verified: true,
    },
  ],
} as const satisfies Framework<
  "tlap-critical-friends-definition",
  TlapCriticalFriendsDefinitionItemId
>;
