import { cite } from "../source.js";
import { HEALTH_SCRUTINY_REGULATIONS_2013, NHS_ACT_2006 } from "./publications.js";
import type { Framework } from "./types.js";

/** legislation.gov.uk address of one section of the NHS Act 2006. */
const SECTION_URL = "https://www.legislation.gov.uk/ukpga/2006/41/section/";

/**
 * Item ids of the involvement provisions ppie carries: sections of the NHS Act 2006 and the
 * regulation on consulting local authorities made under its section 244. An open set: statute is
 * amended and renumbered, so treat these as reference data, not a closed union.
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
  "si-2013-218-reg-23",
  "nhs-act-2006-s14z2",
  "nhs-act-2006-s13h",
  "nhs-act-2006-s14u",
  "nhs-act-2006-s14z36",
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
 * Act 2022). Integrated care boards' duties are in the sections from 14Z34 onwards that the
 * Health and Care Act 2022 inserted. Reference data with effective dates where they are known:
 * `effectiveFrom` / `effectiveTo` are set only where the day is known (or, for an ICB duty, taken
 * as the day ICBs replaced CCGs, which its `note` says); otherwise the `note` says what is
 * known. Each item cites its section (its `source`, with the legislation.gov.uk address of the
 * section). `details.dutyHolder` says who the duty falls on. Not legal advice.
 *
 * Source: the National Health Service Act 2006 (legislation.gov.uk, 2006 c. 41), sections 13H,
 * 13Q, 14U, 14Z2, 14Z36, 14Z45, 242 and 244; regulation 23 of the Local Authority (Public Health,
 * Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 (SI 2013/218).
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
  source: NHS_ACT_2006,
  note: "Open reference data: statute is amended and renumbered (CCGs were replaced by ICBs on 1 July 2022: the CCG duty in s14Z2 was replaced by the ICB duty in s14Z45). The Health and Care Act 2022 (s10) extended public involvement duties to cover carers and representatives (detail not yet verified). The NHS Constitution gives people a right to be involved in planning and changes to services.",
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
      source: { .../* @__PURE__ */ cite(NHS_ACT_2006, "section 13Q"), url: `${SECTION_URL}13Q` },
      verified: true,
      note: "Inserted by the Health and Social Care Act 2012 (explanatory notes, paragraph 226), replacing the old PCT duty under s242; commencement date not recorded here.",
    },
    {
      id: "nhs-act-2006-s14z45",
      code: "s14Z45",
      label: "Public involvement and consultation by integrated care boards",
      summary:
        "Integrated care boards (ICBs) must arrange for the people they commission services for, and their carers and representatives, to be involved (consulted, informed or otherwise) in planning commissioning, in developing and considering proposals for changes, and in decisions affecting how commissioning arrangements operate. It replaced the CCG duty in s14Z2.",
      details: { dutyHolder: "Integrated care boards (ICBs)", scope: "collective" },
      source: {
        .../* @__PURE__ */ cite(NHS_ACT_2006, "section 14Z45", {
          note: "Section number confirmed through an integrated care board's constitution, which quotes section 14Z45(2); the consolidated text of the section was not read.",
        }),
        url: `${SECTION_URL}14Z45`,
      },
      effectiveFrom: "2022-07-01",
      verified: true,
      note: "Inserted by the Health and Care Act 2022, in force from 1 July 2022, when ICBs replaced CCGs.",
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
      source: { .../* @__PURE__ */ cite(NHS_ACT_2006, "section 242"), url: `${SECTION_URL}242` },
      verified: true,
      note: "Checked against the 2009 text of the section (as amended by the Local Government and Public Involvement in Health Act 2007), which covers NHS trusts and NHS foundation trusts; the current consolidated wording of its subsections was not read. Strategic health authorities and primary care trusts, also once covered, were abolished in 2013.",
    },
    {
      id: "nhs-act-2006-s244",
      code: "s244",
      label: "Review and scrutiny by local authorities (Part 12, Chapter 3)",
      summary:
        "Regulations under this section let local authority health overview and scrutiny committees review NHS matters, and require NHS bodies to consult them on substantial developments or variations in services (see si-2013-218-reg-23).",
      details: {
        dutyHolder: "Local authorities; NHS bodies must consult them",
        scope: "collective",
      },
      source: { .../* @__PURE__ */ cite(NHS_ACT_2006, "section 244"), url: `${SECTION_URL}244` },
      verified: true,
      note: "Confirmed as the power under which the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 (SI 2013/218) were made. The section's heading was not seen verbatim.",
    },
    {
      id: "si-2013-218-reg-23",
      code: "SI 2013/218 reg 23",
      label: "Consultation of local authorities by responsible persons",
      summary:
        "A responsible person (NHS England or an integrated care board, in this context) must consult the local authority on any proposal under consideration for a substantial development or variation of the health service in its area.",
      details: {
        dutyHolder: "NHS England, integrated care boards and other responsible persons",
        scope: "collective",
      },
      source: HEALTH_SCRUTINY_REGULATIONS_2013,
      effectiveFrom: "2013-04-01",
      verified: true,
      note: "Made under section 244 of the NHS Act 2006; in force from 1 April 2013. Amended from 31 January 2024 (SI 2024/16), which removed local authorities' power to refer proposals to the Secretary of State.",
    },
    {
      id: "nhs-act-2006-s14z2",
      code: "s14Z2",
      label: "Public involvement duty of clinical commissioning groups (historic)",
      summary: "The CCG public involvement duty; replaced by s14Z45 when ICBs replaced CCGs.",
      details: { dutyHolder: "Clinical commissioning groups (CCGs)", scope: "collective" },
      source: { .../* @__PURE__ */ cite(NHS_ACT_2006, "section 14Z2"), url: `${SECTION_URL}14Z2` },
      effectiveTo: "2022-06-30",
      verified: true,
      note: "Applied from 2013 (exact commencement day not recorded here) to 30 June 2022. Checked as cited in summaries of NHS England's 2017 guidance.",
    },
    {
      id: "nhs-act-2006-s13h",
      code: "s13H",
      label: "Duty to promote involvement of each patient (NHS England)",
      summary:
        "NHS England must promote the involvement of each patient in decisions about their own care.",
      details: { dutyHolder: "NHS England", scope: "individual" },
      source: { .../* @__PURE__ */ cite(NHS_ACT_2006, "section 13H"), url: `${SECTION_URL}13H` },
      verified: true,
      note: "Checked as cited in summaries of NHS England's 2017 guidance.",
    },
    {
      id: "nhs-act-2006-s14u",
      code: "s14U",
      label: "Duty to promote involvement of each patient (CCGs, historic)",
      summary:
        "CCGs had to promote the involvement of each patient in decisions about their own care.",
      details: { dutyHolder: "Clinical commissioning groups (CCGs)", scope: "individual" },
      source: { .../* @__PURE__ */ cite(NHS_ACT_2006, "section 14U"), url: `${SECTION_URL}14U` },
      effectiveTo: "2022-06-30",
      verified: true,
      note: "Checked as cited in summaries of NHS England's 2017 guidance; ended with CCGs on 30 June 2022.",
    },
    {
      id: "nhs-act-2006-s14z36",
      code: "s14Z36",
      label: "Duty to promote involvement of each patient (ICBs)",
      summary:
        "The ICB equivalent of the individual involvement duty (promote each patient's involvement in decisions about their own care).",
      details: { dutyHolder: "Integrated care boards (ICBs)", scope: "individual" },
      source: {
        .../* @__PURE__ */ cite(NHS_ACT_2006, "section 14Z36", {
          verified: false,
          note: "The section number is believed to be 14Z36 (section 14Z34 is the ICB duty on the quality of services) but has not been checked against the text of the Act.",
        }),
        url: `${SECTION_URL}14Z36`,
      },
      effectiveFrom: "2022-07-01",
      verified: false,
      note: "Not yet verified: the section number is believed to be s14Z36 (not s14Z34, which is the duty on quality); the start date assumes the duty began when ICBs replaced CCGs on 1 July 2022.",
    },
  ],
} as const satisfies Framework<
  "nhs-act-2006-involvement-duties",
  NhsAct2006InvolvementDutiesItemId
>;
