/**
 * ppie's bibliography: every public publication a framework, rule, measure or report of ppie
 * cites. Each is a named constant (so that importing one framework keeps only its own sources in
 * a bundle), listed once more in {@link publications} for the generated bibliography
 * (`docs/sources.md`).
 *
 * `verified: false` marks a publication whose details, or the facts ppie takes from it, were not
 * checked against the publication itself; its `note` says what is unconfirmed.
 *
 * @packageDocumentation
 */
import type { PublicationSource } from "../source.js";

// --- Reporting and standards -------------------------------------------------------------

/** GRIPP2 in the BMJ: the short and long form checklists. @category Sources */
export const GRIPP2_BMJ_2017: PublicationSource = {
  id: "staniszewska-2017-bmj",
  authors: "Staniszewska S, Brett J, Simera I, et al.",
  title:
    "GRIPP2 reporting checklists: tools to improve reporting of patient and public involvement in research",
  publisher: "BMJ 2017;358:j3453",
  year: 2017,
  date: "2017-08-02",
  doi: "10.1136/bmj.j3453",
  verified: true,
};

/** GRIPP2 in Research Involvement and Engagement (the same checklists, open access). @category Sources */
export const GRIPP2_RIE_2017: PublicationSource = {
  id: "staniszewska-2017-rie",
  authors: "Staniszewska S, Brett J, Simera I, et al.",
  title:
    "GRIPP2 reporting checklists: tools to improve reporting of patient and public involvement in research",
  publisher: "Research Involvement and Engagement 2017;3:13",
  year: 2017,
  doi: "10.1186/s40900-017-0062-2",
  verified: true,
};

/** A reproduction of GRIPP2 long-form sections 1 to 6 used to check their wording. @category Sources */
export const GRIPP2_LF_REPRODUCTION_2023: PublicationSource = {
  id: "bmc-rheumatology-2023-ppi-resources",
  title:
    "Patient and public involvement in research: a review of practical resources for young investigators",
  publisher: "BMC Rheumatology",
  year: 2023,
  doi: "10.1186/s41927-023-00327-w",
  section: "Table 2",
  verified: false,
  note: "A secondary reproduction of the GRIPP2 long form: item wording is taken from it, not from the BMJ paper.",
};

/** Weschke et al.: an audit of how often trials report patient involvement. @category Sources */
export const WESCHKE_2023: PublicationSource = {
  id: "weschke-2023-bmj-open",
  authors: "Weschke S, et al.",
  title:
    "Reporting of patient involvement: a mixed-methods analysis of current practice in health research publications using a targeted search strategy",
  publisher: "BMJ Open 2023;13:e064170",
  year: 2023,
  doi: "10.1136/bmjopen-2022-064170",
  verified: true,
  note: "Used for its worked completeness figures (34, 49 and 51 of 86 publications).",
};

/** The UK Standards for Public Involvement (the standards' own website). @category Sources */
export const UK_STANDARDS_2019: PublicationSource = {
  id: "uk-standards-2019",
  title:
    "UK Standards for Public Involvement: better public involvement for better health and social care research",
  publisher:
    "NIHR, Chief Scientist Office (Scotland), Health and Care Research Wales and the Public Health Agency (Northern Ireland)",
  year: 2019,
  date: "2019-11-18",
  url: "https://sites.google.com/nihr.ac.uk/pi-standards",
  verified: true,
  note: "The six standards and their names are checked; the wording of the reflective questions is not.",
};

/** The paper describing how the UK Standards were developed. @category Sources */
export const UK_STANDARDS_ALL_HANDS_2020: PublicationSource = {
  id: "uk-standards-all-hands-2020",
  title:
    "'All hands-on deck', working together to develop UK standards for public involvement in research",
  publisher: "Research Involvement and Engagement",
  year: 2020,
  doi: "10.1186/s40900-020-00229-y",
  verified: true,
};

/** A paper reproducing the 2018 draft UK Standards. @category Sources */
export const UK_STANDARDS_DRAFT_REPRODUCTION_2018: PublicationSource = {
  id: "rie-2018-east-of-england-standards",
  title:
    "Regional working in the East of England: using the UK National Standards for Public Involvement",
  publisher: "Research Involvement and Engagement",
  year: 2018,
  doi: "10.1186/s40900-018-0130-2",
  section: "Table 1",
  verified: false,
  note: "A secondary reproduction of the draft standards' statements; only indicators 1.1 to 1.3 are checked.",
};

// --- INVOLVE, NIHR and research involvement -----------------------------------------------

/** INVOLVE's guidance on co-producing a research project. @category Sources */
export const INVOLVE_COPRODUCTION_2018: PublicationSource = {
  id: "involve-2018-coproducing",
  authors: "Hickey G, et al.",
  title: "Guidance on co-producing a research project",
  publisher: "INVOLVE (NIHR), Southampton",
  year: 2018,
  date: "2018-03",
  url: "http://www.invo.org.uk/posttypepublication/guidance-on-co-producing-a-research-project/",
  verified: true,
  note: "Republished by NIHR in April 2021; the five key principles are checked, the key features in part.",
};

/** INVOLVE's briefing notes for researchers. @category Sources */
export const INVOLVE_BRIEFING_NOTES_2012: PublicationSource = {
  id: "involve-2012-briefing-notes",
  title:
    "Briefing notes for researchers: public involvement in NHS, public health and social care research",
  publisher: "INVOLVE (NIHR), Eastleigh",
  year: 2012,
  url: "http://www.invo.org.uk/posttyperesource/where-and-how-to-involve-in-the-research-cycle/",
  verified: true,
};

/** NIHR's public involvement toolkit of its Clinical Research Network. @category Sources */
export const NIHR_CRN_TOOLKIT: PublicationSource = {
  id: "nihr-crn-public-involvement-toolkit",
  title: "Public involvement toolkit: getting started",
  publisher: "NIHR Clinical Research Network",
  url: "https://sites.google.com/nihr.ac.uk/crn-public-involvement-toolkit/getting-started",
  verified: true,
  note: "Restates INVOLVE's definitions of involvement, engagement and participation. Undated web page.",
};

/** NIHR payment guidance for researchers and professionals. @category Sources */
export const NIHR_PAYMENT_GUIDANCE_2024: PublicationSource = {
  id: "nihr-payment-guidance",
  title: "Payment guidance for researchers and professionals",
  publisher: "National Institute for Health and Care Research (NIHR)",
  year: 2024,
  version: "version 1.6",
  date: "2024-08",
  url: "https://www.nihr.ac.uk/payment-guidance-researchers-and-professionals",
  verified: true,
  note: "First published 31 August 2022. How to cost and pay public involvement; its detailed table of rates by activity was not available to ppie, so every rate row ppie ships is marked unverified.",
};

/** The NIHR rate uplift of December 2025, known only from trade press. @category Sources */
export const NIHR_RATE_UPLIFT_2025: PublicationSource = {
  id: "carer-uk-2025-nihr-uplift",
  title: "NIHR increases payment rates for public involvement in research",
  publisher: "The Carer UK (trade press)",
  year: 2025,
  url: "https://thecareruk.com/nihr-increases-payment-rates-for-public-involvement-in-research",
  verified: false,
  note: "Reports a 10% uplift to NIHR public involvement rates from 16 December 2025, after which rates range from £13.80 to £495. No NIHR notice of the uplift has been found; check the current NIHR payment guidance before relying on these figures.",
};

/** NIHR's public contributor payment policy (for NIHR's own committees and panels). @category Sources */
export const NIHR_PAYMENT_POLICY_2022: PublicationSource = {
  id: "nihr-payment-policy-2022",
  title: "NIHR public contributor payment policy",
  publisher: "National Institute for Health and Care Research (NIHR)",
  year: 2022,
  version: "version 4.0",
  date: "2022-09",
  verified: false,
  note: "Covers NIHR's own committees, panels and reviews, not research projects; its rates are not shipped.",
};

/** Department of Health's 2009 NIHR programme payment rates. @category Sources */
export const DH_NIHR_PROGRAMMES_RATES_2009: PublicationSource = {
  id: "dh-2009-nihr-programmes-rates",
  title: "NIHR Programmes: payment and reimbursement rates for public involvement",
  publisher: "Department of Health",
  year: 2009,
  verified: false,
  note: "The historic basis of NIHR reviewer payments. Its rates are not shipped.",
};

/** NHS England's policy on paying its patient and public voice partners. @category Sources */
export const NHSE_PPV_PAYMENT_POLICY: PublicationSource = {
  id: "nhse-2021-ppv-payment-policy",
  title:
    "Working with our patient and public voice (PPV) partners: reimbursing expenses and paying involvement payments",
  publisher: "NHS England",
  year: 2021,
  version: "version 3 (publication approval reference PAR869)",
  date: "2021-10-20",
  verified: false,
  note: "The likely origin of the widely quoted £150 a day and £75 a half day (for NHS England's own level 4 PPV partners); the amounts have not been checked against the policy's table of payments. It is not NIHR or INVOLVE guidance: INVOLVE recommended no rates.",
};

// --- Cancer Research UK ---------------------------------------------------------------------

/** Cancer Research UK's involvement guidance for researchers. @category Sources */
export const CRUK_TOOLKIT: PublicationSource = {
  id: "cruk-patient-involvement-toolkit",
  title: "Patient involvement toolkit for researchers",
  publisher: "Cancer Research UK",
  verified: true,
  note: "Undated web guidance. CRUK gives no formal definitions of consult, collaborate and partner.",
};

/** Cancer Research UK's top tips for involving patients. @category Sources */
export const CRUK_TOP_TIPS_2020: PublicationSource = {
  id: "cruk-2020-top-tips",
  title: "Top tips for involving patients in your research",
  publisher: "Cancer Research UK",
  year: 2020,
  date: "2020-09-17",
  verified: true,
};

// --- Participation and co-production scales -------------------------------------------------

/** The IAP2 Spectrum of Public Participation. @category Sources */
export const IAP2_SPECTRUM: PublicationSource = {
  id: "iap2-spectrum",
  title: "IAP2 Spectrum of Public Participation",
  publisher: "International Association for Public Participation (IAP2)",
  url: "https://iap2canada.ca/page-1020549",
  verified: true,
  note: "The five levels are checked; the year of the version reproduced (2014 or 2018 print) is not.",
};

/** Arnstein's ladder of citizen participation. @category Sources */
export const ARNSTEIN_1969: PublicationSource = {
  id: "arnstein-1969",
  authors: "Arnstein SR",
  title: "A ladder of citizen participation",
  publisher: "Journal of the American Institute of Planners 35(4):216-224",
  year: 1969,
  doi: "10.1080/01944366908977225",
  verified: true,
  note: "The eight rungs and three groups are checked through a reproduction; the DOI is not checked.",
};

/** Think Local Act Personal's ladder of co-production. @category Sources */
export const TLAP_LADDER: PublicationSource = {
  id: "tlap-ladder-of-coproduction",
  title: "Co-production: the ladder of co-production",
  publisher: "Think Local Act Personal (TLAP), National Co-production Advisory Group",
  url: "https://www.thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/",
  verified: false,
  note: "The seven steps are checked through council restatements (Norfolk; Hammersmith and Fulham); the year is not known.",
};

/** The National Co-production Critical Friends' definition of co-production. @category Sources */
export const CRITICAL_FRIENDS_2013: PublicationSource = {
  id: "critical-friends-2013",
  title: "National Co-production Critical Friends: a definition of co-production",
  publisher: "Co-production Practitioners Network and Think Local Act Personal",
  year: 2013,
  date: "2013-01",
  verified: true,
};

/** SCIE Guide 51, co-production in social care. @category Sources */
export const SCIE_GUIDE_51: PublicationSource = {
  id: "scie-guide-51",
  title: "Co-production in social care: what it is and how to do it (SCIE Guide 51)",
  publisher: "Social Care Institute for Excellence (SCIE)",
  year: 2013,
  url: "https://www.scie.org.uk/publications/guides/guide51/what-is-coproduction/principles-of-coproduction.asp",
  verified: true,
};

/** 4Pi national involvement standards, through a reproduction. @category Sources */
export const FOUR_PI_REPRODUCTION_2019: PublicationSource = {
  id: "rie-2019-4pi-domains",
  title: "A paper reproducing the 4Pi national involvement standards",
  publisher: "Research Involvement and Engagement",
  year: 2019,
  doi: "10.1186/s40900-019-0164-0",
  section: "Table 3",
  verified: false,
  note: "The five domains are checked through this reproduction; the 4Pi standards' publisher (National Survivor User Network) and year (2015) are not.",
};

// --- Quality and impact frameworks ----------------------------------------------------------

/** PFMD's Patient Engagement Quality Guidance. @category Sources */
export const PFMD_PEQG_2019: PublicationSource = {
  id: "deane-2019-peqg",
  authors: "Deane K, et al.",
  title:
    "Co-creation of patient engagement quality guidance for medicines development: an international multistakeholder initiative",
  publisher: "BMJ Innovations 2019;5(1):43",
  year: 2019,
  verified: false,
  note: "The seven quality criteria are checked (also in Therapeutic Innovation & Regulatory Science 2022, doi:10.1007/s43441-022-00382-4); the DOI and page range of this paper are not.",
};

/** CIHR's Strategy for Patient-Oriented Research patient engagement framework. @category Sources */
export const CIHR_SPOR_2014: PublicationSource = {
  id: "cihr-2014-spor-pef",
  title: "Strategy for Patient-Oriented Research: Patient Engagement Framework",
  publisher: "Canadian Institutes of Health Research (CIHR)",
  year: 2014,
  url: "https://cihr-irsc.gc.ca/e/48413.html",
  verified: true,
};

/** NCCPE's EDGE tool. @category Sources */
export const NCCPE_EDGE: PublicationSource = {
  id: "nccpe-edge-tool",
  title: "Assess your institutional culture: introducing the EDGE tool",
  publisher: "National Co-ordinating Centre for Public Engagement (NCCPE)",
  year: 2023,
  date: "2023-10-09",
  url: "https://www.publicengagement.ac.uk/",
  verified: true,
};

/** The Public Involvement Impact Assessment Framework guidance. @category Sources */
export const PIIAF_2014: PublicationSource = {
  id: "popay-collins-2014-piiaf",
  authors: "Popay J, Collins M (eds)",
  title: "The Public Involvement Impact Assessment Framework Guidance",
  publisher: "Universities of Lancaster, Liverpool and Exeter",
  year: 2014,
  date: "2014-01",
  url: "http://piiaf.org.uk/",
  verified: true,
};

/** Cardiff University's Public Involvement in Research Impact Toolkit. @category Sources */
export const PIRIT_2023: PublicationSource = {
  id: "cardiff-pirit",
  title: "Public Involvement in Research Impact Toolkit (PIRIT)",
  publisher: "Cardiff University, Marie Curie Research Centre",
  year: 2023,
  date: "2023-02",
  url: "https://www.cardiff.ac.uk/marie-curie-research-centre/patient-and-public-involvement/public-involvement-in-research-impact-toolkit-pirit",
  verified: true,
};

/** Boivin et al. on evaluating patient and public involvement. @category Sources */
export const BOIVIN_2018: PublicationSource = {
  id: "boivin-2018-bmj",
  authors: "Boivin A, Richards T, Forsythe L, et al.",
  title: "Evaluating patient and public involvement in research",
  publisher: "BMJ 2018;363:k5147",
  year: 2018,
  date: "2018-12-06",
  doi: "10.1136/bmj.k5147",
  verified: true,
};

// --- Engagement instruments -----------------------------------------------------------------

/** PEIRS-22: the 22-item Patient Engagement In Research Scale. @category Sources */
export const PEIRS22_2021: PublicationSource = {
  id: "hamilton-2021-peirs22",
  authors: "Hamilton CB, et al.",
  title:
    "Shortening and validation of the Patient Engagement In Research Scale (PEIRS) for measuring meaningful patient and family caregiver engagement",
  publisher: "Health Expectations 2021;24(3):863-879",
  year: 2021,
  doi: "10.1111/hex.13227",
  verified: true,
  note: "The item wording and the official Rasch-based conversion to 0-100 are not shipped.",
};

/** The Public and Patient Engagement Evaluation Tool. @category Sources */
export const PPEET_2016: PublicationSource = {
  id: "abelson-2016-ppeet",
  authors: "Abelson J, et al.",
  title:
    "Supporting quality public and patient engagement in health system organizations: development and usability testing of the Public and Patient Engagement Evaluation Tool",
  publisher: "Health Expectations 2016;19(4):817-827",
  year: 2016,
  doi: "10.1111/hex.12378",
  verified: true,
  note: "The tool itself (version 2.0) is published by McMaster University under CC BY-NC-SA 4.0; its exact response labels are not checked.",
};

/** McMaster University's PPEET page (the tool and its licence). @category Sources */
export const PPEET_TOOL_PAGE: PublicationSource = {
  id: "mcmaster-ppeet",
  title: "Public and Patient Engagement Evaluation Tool (PPEET)",
  publisher: "Public and Patient Engagement Collaborative, McMaster University",
  version: "version 2.0",
  url: "https://ppe.mcmaster.ca/resources/public-and-patient-engagement-evaluation-tool/",
  verified: true,
};

// --- NHS England ------------------------------------------------------------------------------

/** NHS England's statutory guidance on working with people and communities. @category Sources */
export const NHSE_WORKING_IN_PARTNERSHIP_2022: PublicationSource = {
  id: "nhse-2022-working-in-partnership",
  title: "Working in partnership with people and communities: statutory guidance",
  publisher: "NHS England",
  year: 2022,
  url: "https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/",
  verified: false,
  note: "The ten principles are taken from an integrated care board's restatement and not yet checked against the guidance; the exact publication date is not checked.",
};

/** NHS England's pages on individual and collective participation. @category Sources */
export const NHSE_PARTICIPATION_2017: PublicationSource = {
  id: "nhse-2017-patient-public-participation",
  title: "Patient and public participation in commissioning health and care: statutory guidance",
  publisher: "NHS England",
  year: 2017,
  verified: true,
  note: "With 'Involving people in their own health and care' (2017) and 'Transforming participation in health and care' (2013), the source of the individual and collective scope of involvement.",
};

/** NHS England's current Friends and Family Test guidance. @category Sources */
export const FFT_GUIDANCE_2019: PublicationSource = {
  id: "nhse-2019-fft-guidance",
  title: "Using the Friends and Family Test to improve patient experience",
  publisher: "NHS England and NHS Improvement",
  year: 2019,
  version: "publishing approval reference 000938",
  url: "https://www.england.nhs.uk/fft/",
  verified: true,
  note: "For the question used from 1 April 2020; the address is NHS England's FFT page, which links it.",
};

/** NHS England's 2014 Friends and Family Test guidance (the previous question). @category Sources */
export const FFT_GUIDANCE_2014: PublicationSource = {
  id: "nhse-2014-fft-guidance",
  title: "The Friends and Family Test",
  publisher: "NHS England",
  year: 2014,
  date: "2014-07",
  version: "Publications Gateway reference 01787",
  verified: false,
  note: "Guidance for the previous question (2013 to 2020), seen only through a copy: whether its percentages were taken over all six answers is not confirmed.",
};

/** NHS England's page on how FFT data are calculated and presented. @category Sources */
export const FFT_CALCULATIONS: PublicationSource = {
  id: "nhse-fft-calculations",
  title: "Friends and Family Test: calculation and presentation of FFT data",
  publisher: "NHS England",
  url: "https://www.england.nhs.uk/fft/calculations/",
  verified: true,
};

/** NHS England's own FFT processing code (ranks and suppression). @category Sources */
export const FFT_PIPELINE: PublicationSource = {
  id: "nhse-fft-pipeline",
  title: "fft_pipeline: the Friends and Family Test data processing pipeline",
  publisher: "NHS England (open-source code on GitHub)",
  url: "https://github.com/nhsengland/fft_pipeline",
  verified: true,
  note: "fftTable's ranks and suppression rules are read from its code.",
};

/** NHS Digital's disclosure control method for Hospital Episode Statistics. @category Sources */
export const HES_DISCLOSURE_2018: PublicationSource = {
  id: "nhs-digital-2018-hes-disclosure",
  title: "Change to disclosure control methodology for HES and ECDS from September 2018",
  publisher: "NHS Digital",
  year: 2018,
  date: "2018-09",
  url: "https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018",
  verified: true,
  note: "Counts of 1 to 7 are shown as * and other counts rounded to the nearest 5; how a zero is shown is not checked.",
};

/** UKHSA's summary of statistical disclosure control guidance. @category Sources */
export const UKHSA_SDC_2022: PublicationSource = {
  id: "ukhsa-2022-sdc-aggregate",
  title: "Statistical disclosure control: aggregate data",
  publisher: "UK Health Security Agency, statistics production knowledge hub",
  year: 2022,
  url: "https://github.com/ukhsa-collaboration/statistics-production-knowledge-hub",
  verified: true,
  note: "Summarises the Government Statistical Service, ONS and NHS Digital guidance on small numbers.",
};

/** UK Longitudinal Linkage Collaboration's disclosure control threshold. @category Sources */
export const UKLLC_SDC: PublicationSource = {
  id: "ukllc-sdc",
  title: "UK LLC Guidebook: statistical disclosure control",
  publisher: "UK Longitudinal Linkage Collaboration",
  url: "https://guidebook.ukllc.ac.uk/docs/user_guide/sdc",
  verified: true,
};

// --- Law --------------------------------------------------------------------------------------

/** The National Health Service Act 2006, as amended. @category Sources */
export const NHS_ACT_2006: PublicationSource = {
  id: "nhs-act-2006",
  title: "National Health Service Act 2006 (as amended, including by the Health and Care Act 2022)",
  publisher: "UK Parliament, legislation.gov.uk (2006 c. 41)",
  year: 2006,
  url: "https://www.legislation.gov.uk/ukpga/2006/41/contents",
  verified: true,
};

/** The health scrutiny regulations of 2013 (consultation of local authorities). @category Sources */
export const HEALTH_SCRUTINY_REGULATIONS_2013: PublicationSource = {
  id: "si-2013-218-health-scrutiny",
  title:
    "The Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013",
  publisher: "UK Government, legislation.gov.uk (SI 2013/218)",
  year: 2013,
  url: "https://www.legislation.gov.uk/uksi/2013/218/regulation/23",
  section: "regulation 23 (consultation by responsible persons), as amended by SI 2024/16",
  verified: true,
  note: "Amended from 31 January 2024 (SI 2024/16), which removed local authorities' power to refer proposals to the Secretary of State.",
};

/**
 * The High Court judgment that set out the four requirements of a fair consultation, known as the
 * Gunning (or Sedley) principles. @category Sources
 */
export const GUNNING_1985: PublicationSource = {
  id: "gunning-1985",
  title: "R v Brent London Borough Council, ex parte Gunning",
  short: "R v Brent LBC, ex p Gunning",
  publisher: "High Court (Hodgson J), reported at (1985) 84 LGR 168",
  year: 1985,
  section: "page 189",
  verified: false,
  note: "The four requirements (a formative stage, sufficient reasons for intelligent consideration and response, adequate time, conscientious consideration of the responses) and the page are taken from later judgments and commentaries that quote the report, not from the law report itself; no free copy of the judgment was found.",
};

/**
 * The Supreme Court judgment that endorsed the Gunning principles of fair consultation.
 * @category Sources
 */
export const MOSELEY_2014: PublicationSource = {
  id: "moseley-2014-uksc-56",
  title:
    "R (on the application of Moseley) v London Borough of Haringey [2014] UKSC 56, [2014] 1 WLR 3947",
  short: "R (Moseley) v Haringey LBC",
  publisher: "The Supreme Court of the United Kingdom (case UKSC 2013/0116)",
  year: 2014,
  date: "2014-10-29",
  verified: false,
  note: "The neutral citation, case number and date of judgment (29 October 2014) were read on copies of the judgment; that Lord Wilson's judgment endorses the Gunning principles is taken from commentaries on it, and the paragraph was not checked against the judgment's text. The address of the Supreme Court's own copy was not checked, so none is given.",
};

/** The Equality Act 2010. @category Sources */
export const EQUALITY_ACT_2010: PublicationSource = {
  id: "equality-act-2010",
  title: "Equality Act 2010",
  publisher: "UK Parliament, legislation.gov.uk (2010 c. 15)",
  year: 2010,
  url: "https://www.legislation.gov.uk/ukpga/2010/15/section/4",
  section: "section 4 (the protected characteristics)",
  verified: true,
};

// --- Official statistics -------------------------------------------------------------------

/** ONS Census 2021 ethnic group (table TS021). @category Sources */
export const ONS_TS021: PublicationSource = {
  id: "ons-census-2021-ts021",
  title: "Ethnic group, England and Wales: Census 2021 (table TS021)",
  publisher: "Office for National Statistics (ONS)",
  year: 2022,
  date: "2022-11-29",
  url: "https://www.ons.gov.uk/peoplepopulationandcommunity/culturalidentity/ethnicity/bulletins/ethnicgroupenglandandwales/census2021",
  verified: true,
};

/** ONS Census 2021 disability (table TS038). @category Sources */
export const ONS_TS038: PublicationSource = {
  id: "ons-census-2021-ts038",
  title: "Disability, England and Wales: Census 2021 (table TS038)",
  publisher: "Office for National Statistics (ONS)",
  year: 2023,
  date: "2023-01-19",
  url: "https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/healthandwellbeing/bulletins/disabilityenglandandwales/census2021",
  verified: true,
};

/** ONS Census 2021 population by age and sex (tables TS007A and TS008). @category Sources */
export const ONS_POPULATION_2021: PublicationSource = {
  id: "ons-census-2021-population",
  title:
    "Population and household estimates, England and Wales: Census 2021 (tables TS007A and TS008)",
  publisher: "Office for National Statistics (ONS)",
  year: 2022,
  date: "2022-06-28",
  url: "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/bulletins/populationandhouseholdestimatesenglandandwales/census2021",
  verified: true,
  note: "The headline age and sex figures ppie uses are from this first Census 2021 release; which later release first carried tables TS007A and TS008 is not checked.",
};

/** The English Indices of Deprivation 2019. @category Sources */
export const IMD_2019: PublicationSource = {
  id: "mhclg-2019-imd",
  title: "English indices of deprivation 2019",
  publisher: "Ministry of Housing, Communities and Local Government",
  year: 2019,
  date: "2019-09-26",
  url: "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019",
  verified: true,
  note: "The 32,844 LSOAs and the month of publication are checked; the day (26 September 2019) is not yet verified.",
};

/** The English Indices of Deprivation 2025. @category Sources */
export const IMD_2025: PublicationSource = {
  id: "mhclg-2025-imd",
  title: "English indices of deprivation 2025",
  publisher: "Ministry of Housing, Communities and Local Government",
  year: 2025,
  date: "2025-10-30",
  url: "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025",
  verified: true,
};

// --- Accessible information and Easy Read ------------------------------------------------

/**
 * The Department of Health's guidance on Easy Read (revised edition, 2010): the guidance ppie's
 * `easy-read` letters follow. @category Sources
 */
export const DH_EASY_READ_2010: PublicationSource = {
  id: "dh-2010-easy-read",
  title:
    "Making written information easier to understand for people with learning disabilities: guidance for people who commission or produce Easy Read information",
  publisher: "Department of Health",
  year: 2010,
  version: "revised edition 2010 (gateway reference 15123)",
  date: "2010-11-18",
  verified: false,
  note: "The title, publisher, edition, date (18 November 2010) and gateway reference were read in copies of the document's information reader box; no web address on an official site was found, so none is given. The figures ppie uses by default (body text of at least 14 point, sentences of at most 15 words, pictures on the left and words on the right, at most 20 pages) were seen only in secondary sources that quote the Department of Health's earlier 'Basic guidelines for people who commission Easy Read information' (2009), which this edition replaced, not in the 2010 text itself: ppie makes the size and the sentence length options.",
};

/** Mencap's guidelines for accessible writing. @category Sources */
export const MENCAP_CLEAR_2000: PublicationSource = {
  id: "mencap-2000-am-i-making-myself-clear",
  title: "Am I making myself clear? Mencap's guidelines for accessible writing",
  publisher: "Mencap",
  year: 2000,
  version: "reprinted 2002",
  section: "Key points",
  verified: true,
  note: "Read in copies of the 2002 reprint held on document-sharing sites; no copy on Mencap's own site was found, so no web address is given. Its key points: clear and simple text with short sentences, a clear typeface, plenty of spacing, simple punctuation and no jargon, and larger print of at least 12 point.",
};

/**
 * NHS England's Accessible Information Standard: how NHS and adult social care services record
 * and meet people's information and communication needs. @category Sources
 */
export const NHSE_ACCESSIBLE_INFORMATION_2017: PublicationSource = {
  id: "nhse-2017-accessible-information-standard",
  title: "DCB1605 Accessible Information: Specification",
  publisher: "NHS England",
  year: 2017,
  version: "version 1.1",
  date: "2017-08",
  url: "https://www.england.nhs.uk/about/equality/equality-hub/patient-equalities-programme/equality-frameworks-and-information-standards/accessibleinfo/",
  verified: true,
  note: "The standard sets out a consistent approach to identifying, recording, flagging, sharing and meeting the information and communication support needs of patients, service users, carers and parents with a disability, impairment or sensory loss; organisations providing NHS care or publicly funded adult social care have had to follow it since 1 August 2016. In 2025 NHS England published an updated version under the reference DAPB1605, which adds a sixth step, review.",
};

/** The UK government's guidance on accessible communication formats. @category Sources */
export const GOVUK_ACCESSIBLE_FORMATS: PublicationSource = {
  id: "govuk-accessible-communication-formats",
  title: "Accessible communication formats",
  publisher: "GOV.UK, Inclusive communication",
  year: 2026,
  date: "2026-06-17",
  url: "https://www.gov.uk/government/publications/inclusive-communication/accessible-communication-formats",
  section: "Easy Read",
  verified: false,
  note: "Its Easy Read advice (sentences of no more than 10 to 15 words with one idea each, 14 point text, at most 24 pages, full words rather than acronyms, pictures that support the text) was seen in a 2020 quotation of this page, not checked on the version updated on 17 June 2026 that ppie cites. Which government department publishes the page was not checked.",
};

// --- Statistics and readability --------------------------------------------------------------

/** Flesch's reading ease formula. @category Sources */
export const FLESCH_1948: PublicationSource = {
  id: "flesch-1948",
  authors: "Flesch R",
  title: "A new readability yardstick",
  publisher: "Journal of Applied Psychology 32(3):221-233",
  year: 1948,
  doi: "10.1037/h0057532",
  verified: true,
};

/** Kincaid et al.: the Flesch-Kincaid grade level. @category Sources */
export const KINCAID_1975: PublicationSource = {
  id: "kincaid-1975",
  authors: "Kincaid JP, Fishburne RP, Rogers RL, Chissom BS",
  title:
    "Derivation of new readability formulas (Automated Readability Index, Fog Count and Flesch Reading Ease Formula) for Navy enlisted personnel",
  publisher: "Naval Technical Training Command, Research Branch Report 8-75",
  year: 1975,
  verified: true,
};

/** McLaughlin's SMOG grading. @category Sources */
export const MCLAUGHLIN_1969: PublicationSource = {
  id: "mclaughlin-1969",
  authors: "McLaughlin GH",
  title: "SMOG grading: a new readability formula",
  publisher: "Journal of Reading 12(8):639-646",
  year: 1969,
  verified: true,
};

/** Landis and Koch's bands for kappa. @category Sources */
export const LANDIS_KOCH_1977: PublicationSource = {
  id: "landis-koch-1977",
  authors: "Landis JR, Koch GG",
  title: "The measurement of observer agreement for categorical data",
  publisher: "Biometrics 33(1):159-174",
  year: 1977,
  doi: "10.2307/2529310",
  verified: true,
};

/** Cohen's kappa. @category Sources */
export const COHEN_1960: PublicationSource = {
  id: "cohen-1960",
  authors: "Cohen J",
  title: "A coefficient of agreement for nominal scales",
  publisher: "Educational and Psychological Measurement 20(1):37-46",
  year: 1960,
  doi: "10.1177/001316446002000104",
  verified: true,
};

/** Duncan and Duncan's index of dissimilarity. @category Sources */
export const DUNCAN_1955: PublicationSource = {
  id: "duncan-duncan-1955",
  authors: "Duncan OD, Duncan B",
  title: "A methodological analysis of segregation indexes",
  publisher: "American Sociological Review 20(2):210-217",
  year: 1955,
  doi: "10.2307/2088328",
  verified: true,
};

/** Simpson's diversity index. @category Sources */
export const SIMPSON_1949: PublicationSource = {
  id: "simpson-1949",
  authors: "Simpson EH",
  title: "Measurement of diversity",
  publisher: "Nature 163:688",
  year: 1949,
  doi: "10.1038/163688a0",
  verified: true,
};

/** Shannon's entropy. @category Sources */
export const SHANNON_1948: PublicationSource = {
  id: "shannon-1948",
  authors: "Shannon CE",
  title: "A mathematical theory of communication",
  publisher: "Bell System Technical Journal 27(3):379-423",
  year: 1948,
  doi: "10.1002/j.1538-7305.1948.tb01338.x",
  verified: true,
};

/** Wilson's score interval for a proportion. @category Sources */
export const WILSON_1927: PublicationSource = {
  id: "wilson-1927",
  authors: "Wilson EB",
  title: "Probable inference, the law of succession, and statistical inference",
  publisher: "Journal of the American Statistical Association 22(158):209-212",
  year: 1927,
  doi: "10.1080/01621459.1927.10502953",
  verified: true,
};

/** Pearson's chi-square goodness-of-fit test. @category Sources */
export const PEARSON_1900: PublicationSource = {
  id: "pearson-1900",
  authors: "Pearson K",
  title:
    "On the criterion that a given system of deviations from the probable in the case of a correlated system of variables is such that it can be reasonably supposed to have arisen from random sampling",
  publisher: "Philosophical Magazine, series 5, 50(302):157-175",
  year: 1900,
  doi: "10.1080/14786440009463897",
  verified: true,
};

// --- Organisational strategies -------------------------------------------------------------

/** UCLPartners' PPIE strategy 2025-2028. @category Sources */
export const UCLPARTNERS_STRATEGY_2025: PublicationSource = {
  id: "uclpartners-2025-ppie-strategy",
  title: "Patient and Public Involvement and Engagement strategy 2025-2028",
  publisher: "UCLPartners",
  year: 2025,
  url: "https://uclpartners.com/about-us/ppie-strategy",
  verified: true,
};

/** NIHR Imperial BRC's involvement strategy 2022-2027. @category Sources */
export const IMPERIAL_BRC_STRATEGY_2022: PublicationSource = {
  id: "imperial-brc-2022-ppiep-strategy",
  title: "Public involvement, engagement and participation in research strategy 2022-2027",
  publisher: "NIHR Imperial Biomedical Research Centre",
  year: 2022,
  url: "https://imperialbrc.nihr.ac.uk/public-involvement-engagement-and-participation-in-research-strategy-2022-2027",
  verified: true,
};

/**
 * Every publication in ppie's bibliography, in the order above. `docs/sources.md` is generated
 * from this list and from what cites each entry.
 *
 * @example
 * ```ts
 * publications.length > 30; // true
 * publications.every((p) => p.id.length > 0); // true
 * ```
 * @category Sources
 */
export const publications: readonly PublicationSource[] = [
  GRIPP2_BMJ_2017,
  GRIPP2_RIE_2017,
  GRIPP2_LF_REPRODUCTION_2023,
  WESCHKE_2023,
  UK_STANDARDS_2019,
  UK_STANDARDS_ALL_HANDS_2020,
  UK_STANDARDS_DRAFT_REPRODUCTION_2018,
  INVOLVE_COPRODUCTION_2018,
  INVOLVE_BRIEFING_NOTES_2012,
  NIHR_CRN_TOOLKIT,
  NIHR_PAYMENT_GUIDANCE_2024,
  NIHR_RATE_UPLIFT_2025,
  NIHR_PAYMENT_POLICY_2022,
  DH_NIHR_PROGRAMMES_RATES_2009,
  NHSE_PPV_PAYMENT_POLICY,
  CRUK_TOOLKIT,
  CRUK_TOP_TIPS_2020,
  IAP2_SPECTRUM,
  ARNSTEIN_1969,
  TLAP_LADDER,
  CRITICAL_FRIENDS_2013,
  SCIE_GUIDE_51,
  FOUR_PI_REPRODUCTION_2019,
  PFMD_PEQG_2019,
  CIHR_SPOR_2014,
  NCCPE_EDGE,
  PIIAF_2014,
  PIRIT_2023,
  BOIVIN_2018,
  PEIRS22_2021,
  PPEET_2016,
  PPEET_TOOL_PAGE,
  NHSE_WORKING_IN_PARTNERSHIP_2022,
  NHSE_PARTICIPATION_2017,
  FFT_GUIDANCE_2019,
  FFT_GUIDANCE_2014,
  FFT_CALCULATIONS,
  FFT_PIPELINE,
  HES_DISCLOSURE_2018,
  UKHSA_SDC_2022,
  UKLLC_SDC,
  NHS_ACT_2006,
  HEALTH_SCRUTINY_REGULATIONS_2013,
  GUNNING_1985,
  MOSELEY_2014,
  EQUALITY_ACT_2010,
  ONS_TS021,
  ONS_TS038,
  ONS_POPULATION_2021,
  IMD_2019,
  IMD_2025,
  DH_EASY_READ_2010,
  MENCAP_CLEAR_2000,
  NHSE_ACCESSIBLE_INFORMATION_2017,
  GOVUK_ACCESSIBLE_FORMATS,
  FLESCH_1948,
  KINCAID_1975,
  MCLAUGHLIN_1969,
  LANDIS_KOCH_1977,
  COHEN_1960,
  DUNCAN_1955,
  SIMPSON_1949,
  SHANNON_1948,
  WILSON_1927,
  PEARSON_1900,
  UCLPARTNERS_STRATEGY_2025,
  IMPERIAL_BRC_STRATEGY_2022,
];
