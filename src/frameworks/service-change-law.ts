/**
 * The law a service change record is read against, as data: which section of the National
 * Health Service Act 2006 places the duty to involve on which NHS body, the consultation of the
 * local authority on a substantial development or variation, and the four Gunning principles of
 * a fair consultation. Each entry cites where it comes from. Not legal advice.
 *
 * @module
 */
import type { PublicationSource } from "../source.js";
import { cite, isDesignChoice } from "../source.js";
import { itemSource } from "./item-source.js";
import type { NhsAct2006InvolvementDutiesItemId } from "./nhs-act-2006-involvement-duties.js";
import { nhsAct2006InvolvementDuties } from "./nhs-act-2006-involvement-duties.js";
import {
  GUNNING_1985,
  HEALTH_SCRUTINY_REGULATIONS_2013,
  MOSELEY_2014,
  NHS_ACT_2006,
  NHSE_WORKING_IN_PARTNERSHIP_2022,
} from "./publications.js";

/**
 * The involvement duties a service change can be made under: the ids of the items of
 * `nhsAct2006InvolvementDuties` for the collective duties of NHS trusts and foundation trusts
 * (section 242), integrated care boards (section 14Z45) and NHS England (section 13Q).
 *
 * @example
 * ```ts
 * SERVICE_CHANGE_DUTIES.includes("nhs-act-2006-s242"); // true
 * ```
 */
export const SERVICE_CHANGE_DUTIES = [
  "nhs-act-2006-s242",
  "nhs-act-2006-s14z45",
  "nhs-act-2006-s13q",
] as const satisfies readonly NhsAct2006InvolvementDutiesItemId[];

/** One of {@link SERVICE_CHANGE_DUTIES}. */
export type ServiceChangeDuty = (typeof SERVICE_CHANGE_DUTIES)[number];

/** A duty to involve: the section that makes it, who it binds, and the citation. */
export interface InvolvementDuty {
  /** The section, as a reader cites it, e.g. `"section 242"`. */
  readonly section: string;
  /** The NHS bodies it binds, e.g. `"NHS trusts and NHS foundation trusts"`. */
  readonly bodies: string;
  /** The citation of the section, as its item in `nhsAct2006InvolvementDuties` gives it. */
  readonly source: PublicationSource;
}

/**
 * The citation of an item of `nhsAct2006InvolvementDuties`: the publication from the
 * bibliography, with the part and the flags (verified, note) the item's own source gives. (The
 * item's source also links the section's own page; a report cites the bibliography entry.)
 */
function itemCitation(
  id: NhsAct2006InvolvementDutiesItemId,
  publication: PublicationSource,
): PublicationSource {
  const item = nhsAct2006InvolvementDuties.items.find((i) => i.id === id);
  if (item === undefined) throw new Error(`no item ${id} in nhsAct2006InvolvementDuties`);
  const source = itemSource(nhsAct2006InvolvementDuties, item);
  if (isDesignChoice(source)) return cite(publication);
  return cite(publication, source.section, {
    verified: source.verified,
    ...(source.note === undefined ? {} : { note: source.note }),
  });
}

/**
 * The section of the NHS Act 2006 behind each duty, the bodies it binds, and its citation (as
 * its item in `nhsAct2006InvolvementDuties` gives it).
 *
 * @returns one entry per duty
 * @example
 * ```ts
 * involvementDuties()["nhs-act-2006-s242"].section; // "section 242"
 * ```
 */
export function involvementDuties(): Readonly<Record<ServiceChangeDuty, InvolvementDuty>> {
  return {
    "nhs-act-2006-s242": {
      section: "section 242",
      bodies: "NHS trusts and NHS foundation trusts",
      source: itemCitation("nhs-act-2006-s242", NHS_ACT_2006),
    },
    "nhs-act-2006-s14z45": {
      section: "section 14Z45",
      bodies: "integrated care boards",
      source: itemCitation("nhs-act-2006-s14z45", NHS_ACT_2006),
    },
    "nhs-act-2006-s13q": {
      section: "section 13Q",
      bodies: "NHS England",
      source: itemCitation("nhs-act-2006-s13q", NHS_ACT_2006),
    },
  };
}

/**
 * The citations for consulting the local authority on a substantial development or variation of
 * the health service: regulation 23 of the health scrutiny regulations 2013, and section 244 of
 * the NHS Act 2006 under which they were made (their items in `nhsAct2006InvolvementDuties`).
 *
 * @returns the citations, regulation first
 * @example
 * ```ts
 * scrutinySources()[0].id; // "si-2013-218-health-scrutiny"
 * ```
 */
export function scrutinySources(): readonly [PublicationSource, PublicationSource] {
  return [
    itemCitation("si-2013-218-reg-23", HEALTH_SCRUTINY_REGULATIONS_2013),
    itemCitation("nhs-act-2006-s244", NHS_ACT_2006),
  ];
}

/**
 * NHS England's statutory guidance on working in partnership with people and communities
 * (2022), which expects organisations to decide and record whether the duty applies to a
 * proposal, how people were involved and how their views were considered.
 *
 * @returns the citation
 */
export function statutoryGuidanceSource(): PublicationSource {
  return cite(NHSE_WORKING_IN_PARTNERSHIP_2022, "Annex B (the legal duties)", {
    verified: false,
    note: "That the guidance asks organisations to record their assessment of the duty, the involvement and how views were considered is read from summaries of it; the guidance's own wording was not checked.",
  });
}

/** The id of one of the four Gunning principles. */
export type GunningPrincipleId =
  | "formative-stage"
  | "sufficient-information"
  | "adequate-time"
  | "conscientious-consideration";

/** One of the Gunning principles of a fair consultation. */
export interface GunningPrinciple {
  readonly id: GunningPrincipleId;
  /** Its number, 1 to 4, as commentaries number them. */
  readonly code: string;
  /** The requirement, in plain words. */
  readonly label: string;
}

/**
 * The four Gunning principles of a fair consultation, in order: consultation while proposals are
 * at a formative stage; enough reasons and information for intelligent consideration and
 * response; adequate time to consider and respond; and conscientious consideration of the
 * responses before the decision. Set out in R v Brent London Borough Council, ex parte Gunning
 * (1985) and endorsed by the Supreme Court in R (Moseley) v Haringey London Borough Council
 * (2014). The labels are ppie's plain-English summaries, not the court's words.
 *
 * @returns the four principles
 * @example
 * ```ts
 * gunningPrinciples().map((p) => p.id)[0]; // "formative-stage"
 * ```
 */
export function gunningPrinciples(): readonly GunningPrinciple[] {
  return [
    {
      id: "formative-stage",
      code: "1",
      label: "Consulted while the proposal was still at a formative stage",
    },
    {
      id: "sufficient-information",
      code: "2",
      label: "Enough reasons and information for intelligent consideration and response",
    },
    { id: "adequate-time", code: "3", label: "Adequate time to consider and respond" },
    {
      id: "conscientious-consideration",
      code: "4",
      label: "The responses conscientiously taken into account before the decision",
    },
  ];
}

/**
 * The citations of the Gunning principles: the judgment that set them out and the Supreme Court
 * judgment that endorsed them.
 *
 * @returns the two judgments
 * @example
 * ```ts
 * gunningSources().map((s) => s.id); // ["gunning-1985", "moseley-2014-uksc-56"]
 * ```
 */
export function gunningSources(): readonly [PublicationSource, PublicationSource] {
  return [cite(GUNNING_1985, "page 189"), cite(MOSELEY_2014)];
}
