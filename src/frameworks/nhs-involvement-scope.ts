import { NHSE_PARTICIPATION_2017 } from "./publications.js";
import type { Framework } from "./types.js";

/**
 * Item ids of the NHS involvement scope dimension.
 *
 * @example
 * ```ts
 * NHS_INVOLVEMENT_SCOPE_IDS; // ["individual", "collective"]
 * ```
 * @category Frameworks
 */
export const NHS_INVOLVEMENT_SCOPE_IDS = ["individual", "collective"] as const;

/**
 * An item id of {@link nhsInvolvementScope}.
 *
 * @example
 * ```ts
 * const id: NhsInvolvementScopeItemId = "collective";
 * ```
 * @category Frameworks
 */
export type NhsInvolvementScopeItemId = (typeof NHS_INVOLVEMENT_SCOPE_IDS)[number];

/**
 * NHS England's distinction between *individual* involvement (in one's own care) and
 * *collective* (public) involvement (in planning and changing services). This is a scope
 * dimension, not a depth scale: any influence level can occur at either scope.
 *
 * Source: NHS England, Patient and public participation in commissioning health and care:
 * statutory guidance (2017), with Involving people in their own health and care (2017) and
 * Transforming participation in health and care (2013).
 *
 * @example
 * ```ts
 * nhsInvolvementScope.ordered; // false
 * ```
 * @category Frameworks
 */
export const nhsInvolvementScope = {
  id: "nhs-involvement-scope",
  name: "NHS individual and collective involvement",
  publisher: "NHS England",
  version:
    "Transforming participation in health and care (2013); 2017 statutory guidance; 2022 Working in partnership guidance",
  ordered: false,
  complete: true,
  verified: true,
  evidence: "primary",
  source: NHSE_PARTICIPATION_2017,
  note: "Not a depth scale: a scope field orthogonal to every ladder. Legal hooks are in nhs-act-2006-involvement-duties.",
  items: [
    {
      id: "individual",
      label: "Individual",
      summary:
        "A person's involvement in decisions about their own health and care (shared decision-making, personalised care planning, personal health budgets).",
      details: {
        legalHook:
          "Duties to promote involvement of each patient: NHS England s13H; formerly CCGs s14U; ICBs believed to be s14Z36 (not yet verified).",
      },
      verified: true,
    },
    {
      id: "collective",
      label: "Collective / public",
      summary:
        "Groups, communities and the public influencing the planning, commissioning, design and change of services (and, in research, the research agenda).",
      details: {
        legalHook: "Public involvement duties: NHS England s13Q; ICBs s14Z45; trusts s242.",
      },
      verified: true,
    },
  ],
} as const satisfies Framework<"nhs-involvement-scope", NhsInvolvementScopeItemId>;
