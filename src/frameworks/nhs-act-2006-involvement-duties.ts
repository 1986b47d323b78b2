import type { Framework } from "./types.js";

/**
 * Item ids of the NHS Act 2006 involvement provisions ppie carries (frameworks.md §7.3). An open
 * set: statute is amended and renumbered, so treat these as reference data, not a closed union.
 *
 * @example
 * ```ts
 * NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS.includes("nhs-act-2006-s242"); // true
 * ```
 * @category Frameworks
 */
export const NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS = [
  "nhs-act-2006-s13q",
  "nhs-act-2006-s14z45",
  "nhs-act-2006-s242",
  "nhs-act-2006-s244",
  "nhs-act-2006-s14z2",
  "nhs-act-2006-s13h",
  "nhs-act-2006-s14u",
  "nhs-act-2006-s14z34",
] as const;

/**
 * An item id of {@link nhsAct2006InvolvementDuties}.
 *
 * @example
 * ```ts
 * const id: NhsAct2006InvolvementDutiesItemId = "nhs-act-2006-s13q";
 * ```
 * @category Frameworks
 */
export type NhsAct2006InvolvementDutiesItemId =
  (typeof NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS)[number];

/**
 * The legal duties to involve the public in the NHS in England, under the National Health
 * Service Act 2006 (as amended by the Health and Social Care Act 2012 and the Health and Care
 * Act 2022). Reference data with effective dates where the source gives them: `effectiveFrom` /
 * `effectiveTo` are set only when frameworks.md states the day; otherwise the `note` says what
 * is known. `details.dutyHolder` says who the duty falls on. Not legal advice.
 *
 * Source: frameworks.md §7.3 (and §2.6 for the individual duties).
 *
 * @example
 * ```ts
 * nhsAct2006InvolvementDuties.items.find((i) => i.id === "nhs-act-2006-s14z45")?.effectiveFrom; // "2022-07-01"
 * ```
 * @category Frameworks
 */
export const nhsAct2006InvolvementDuties = {
  id: "nhs-act-2006-involvement-duties",
  name: "Legal duties to involve (England): National Health Service Act 2006",
  publisher: "UK Parliament (legislation.gov.uk)",
  version:
    "NHS Act 2006 as amended by the Health and Social Care Act 2012 and the Health and Care Act 2022",
  ordered: false,
  complete: false,
  verified: false,
  evidence: "partial",
  source: {
    title:
      "National Health Service Act 2006, Part 12 (Public involvement and scrutiny); Health and Social Care Act 2012 explanatory notes; Health and Care Act 2022",
    url: "https://www.legislation.gov.uk/ukpga/2006/41/part/12",
    section: "frameworks.md §7.3",
  },
  note: "Open reference data: statute is amended and renumbered (CCGs were replaced by ICBs on 1 July 2022: s14Z2 became s14Z45). The Health and Care Act 2022 (s10) extended public involvement duties to cover carers and representatives (detail UNVERIFIED). The NHS Constitution gives people a right to be involved in planning and changes to services.",
  items: [
    {
      id: "nhs-act-2006-s13q",
      code: "s13Q",
      label: "Public involvement and consultation by NHS England",
      summary:
        "NHS England must arrange for the public to be involved (consulted, informed or otherwise) in planning its commissioning, in developing and considering proposals for changes to the range or delivery of services, and in decisions affecting how commissioning arrangements operate.",
      details: {
        dutyHolder:
          "NHS England (formerly the NHS Commissioning Board; renamed by the Health and Care Act 2022 s1)",
        scope: "collective",
      },
      verified: true,
      note: "Inserted by the Health and Social Care Act 2012 (replacing the old PCT duty under s242); commencement date not recorded in the source.",
    },
    {
      id: "nhs-act-2006-s14z45",
      code: "s14Z45",
      label: "Public involvement and consultation by integrated care boards",
      summary:
        "The equivalent public involvement duty for integrated care boards (ICBs); replaced the CCG duty in s14Z2.",
      details: { dutyHolder: "Integrated care boards (ICBs)", scope: "collective" },
      effectiveFrom: "2022-07-01",
      verified: false,
      note: "UNVERIFIED against the statute text (high confidence).",
    },
    {
      id: "nhs-act-2006-s242",
      code: "s242",
      label: "Public involvement and consultation (Part 12, Chapter 2)",
      summary:
        "NHS trusts and foundation trusts must involve service users in planning services, developing and considering proposals for changes, and decisions affecting the operation of services.",
      details: {
        dutyHolder: "NHS trusts and NHS foundation trusts (and certain Welsh NHS trusts)",
        scope: "collective",
      },
      verified: true,
      note: "Verified from the statute page; detail of subsections not collected.",
    },
    {
      id: "nhs-act-2006-s244",
      code: "s244",
      label: "Review and scrutiny by local authorities (Part 12, Chapter 3)",
      summary:
        "Regulations let local authority health overview and scrutiny committees review NHS matters; NHS bodies must consult them on substantial developments or variations in services (SI 2013/218).",
      details: {
        dutyHolder: "Local authorities; NHS bodies must consult them",
        scope: "collective",
      },
      verified: true,
    },
    {
      id: "nhs-act-2006-s14z2",
      code: "s14Z2",
      label: "Public involvement duty of clinical commissioning groups (historic)",
      summary: "The CCG public involvement duty; superseded by s14Z45 when ICBs replaced CCGs.",
      details: { dutyHolder: "Clinical commissioning groups (CCGs)", scope: "collective" },
      effectiveTo: "2022-06-30",
      verified: true,
      note: "Applied from 2013 (exact commencement day not recorded in the source) to 30 June 2022. Verified as cited in 2017 guidance summaries.",
    },
    {
      id: "nhs-act-2006-s13h",
      code: "s13H",
      label: "Duty to promote involvement of each patient (NHS England)",
      summary:
        "NHS England must promote the involvement of each patient in decisions about their own care.",
      details: { dutyHolder: "NHS England", scope: "individual" },
      verified: true,
      note: "Verified as cited in 2017 guidance summaries.",
    },
    {
      id: "nhs-act-2006-s14u",
      code: "s14U",
      label: "Duty to promote involvement of each patient (CCGs, historic)",
      summary:
        "CCGs had to promote the involvement of each patient in decisions about their own care.",
      details: { dutyHolder: "Clinical commissioning groups (CCGs)", scope: "individual" },
      effectiveTo: "2022-06-30",
      verified: true,
      note: "Verified as cited in 2017 guidance summaries; ended with CCGs on 30 June 2022.",
    },
    {
      id: "nhs-act-2006-s14z34",
      code: "s14Z34",
      label: "Duty to promote involvement of each patient (ICBs)",
      summary:
        "The ICB equivalent of the individual involvement duty (promote each patient's involvement in decisions about their own care).",
      details: { dutyHolder: "Integrated care boards (ICBs)", scope: "individual" },
      effectiveFrom: "2022-07-01",
      verified: false,
      note: "UNVERIFIED: the section number is only believed to be s14Z34; the start date assumes it began when ICBs replaced CCGs.",
    },
  ],
} as const satisfies Framework<
  "nhs-act-2006-involvement-duties",
  NhsAct2006InvolvementDutiesItemId
>;
