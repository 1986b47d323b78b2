import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/frameworks/index.js";
import {
  ARNSTEIN_LADDER_GROUP_IDS,
  ARNSTEIN_LADDER_IDS,
  arnsteinLadder,
  BOIVIN_2018_JUSTIFICATION_TYPES,
  boivin2018Evaluation,
  builtinFrameworks,
  CIHR_SPOR_PEF_AREA_IDS,
  CIHR_SPOR_PEF_IDS,
  CIHR_SPOR_PEF_PRINCIPLE_IDS,
  CRUK_ACTIVITY_MODES_IDS,
  CRUK_INVOLVEMENT_DEPTH_IDS,
  cihrSporPef,
  crukActivityModes,
  crukInvolvementDepth,
  FOUR_PI_STANDARDS_IDS,
  fourPiStandards,
  GRIPP2_LF_IDS,
  GRIPP2_LF_UNVERIFIED_SECTIONS,
  GRIPP2_SF_IDS,
  gripp2,
  gripp2LongForm,
  gripp2ShortForm,
  IAP2_SPECTRUM_IDS,
  INVOLVE_APPROACHES_IDS,
  INVOLVE_COPRODUCTION_2018_FEATURE_IDS,
  INVOLVE_COPRODUCTION_2018_IDS,
  INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS,
  INVOLVE_RESEARCH_CYCLE_IDS,
  iap2Spectrum,
  involveApproaches,
  involveCoproduction2018,
  involveResearchCycle,
  NCCPE_EDGE_DIMENSION_IDS,
  NCCPE_EDGE_FOCAL_POINT_IDS,
  NCCPE_EDGE_IDS,
  NCCPE_EDGE_LEVEL_IDS,
  NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS,
  NHS_INVOLVEMENT_SCOPE_IDS,
  NHSE_WORKING_IN_PARTNERSHIP_2022_IDS,
  NIHR_ACTIVITY_MODES_IDS,
  nccpeEdge,
  nhsAct2006InvolvementDuties,
  nhseWorkingInPartnership2022,
  nhsInvolvementScope,
  nihrActivityModes,
  PFMD_PEQG_IDS,
  PIIAF_ASSESSMENT_TYPE_IDS,
  PIIAF_ELEMENT_IDS,
  PIIAF_IDS,
  PIIAF_PHASE_IDS,
  PIRIT_AIM_IDS,
  PIRIT_IDS,
  PIRIT_TOOL_IDS,
  PIRIT_TRACKING_FIELD_IDS,
  PPEET_PRINCIPLES_IDS,
  PPIE_INFLUENCE_LEVEL_IDS,
  PUBLIC_ACTIVITY_MODES,
  pfmdPeqg,
  piiaf,
  pirit,
  ppeetPrinciples,
  ppieInfluenceLevel,
  researchCycle,
  SCIE_COPRODUCTION_PRINCIPLES_IDS,
  SCIE_WHOLE_SYSTEMS_PIECE_IDS,
  scieCoproductionPrinciples,
  TLAP_COPRODUCTION_LADDER_GROUP_IDS,
  TLAP_COPRODUCTION_LADDER_IDS,
  TLAP_CRITICAL_FRIENDS_DEFINITION_IDS,
  tlapCoproductionLadder,
  tlapCriticalFriendsDefinition,
  UCLPARTNERS_PPIE_2025_2028_IDS,
  UK_STANDARDS_2019_IDS,
  UK_STANDARDS_2019_QUESTION_AVAILABILITY,
  UK_STANDARDS_2019_QUESTION_IDS,
  UK_STANDARDS_2019_STANDARD_IDS,
  UK_STANDARDS_DRAFT_2018_IDS,
  UK_STANDARDS_DRAFT_2018_INDICATOR_IDS,
  UK_STANDARDS_DRAFT_2018_STANDARD_IDS,
  uclpartnersPpie20252028,
  ukStandards,
  ukStandards2019,
  ukStandardsDraft2018,
} from "../../src/frameworks/index.js";

const all: readonly Framework[] = builtinFrameworks;

function inList(f: Framework, list: string) {
  return f.items.filter((i) => i.list === list);
}

function inGroup(f: Framework, group: string) {
  return f.items.filter((i) => i.group === group);
}

describe("framework registry", () => {
  it("ships every framework id, in registry order, once", () => {
    expect(all.map((f) => f.id)).toEqual([
      "nihr-activity-modes",
      "cruk-activity-modes",
      "involve-approaches",
      "cruk-involvement-depth",
      "iap2-spectrum",
      "arnstein-ladder",
      "tlap-coproduction-ladder",
      "nhs-involvement-scope",
      "ppie-influence-level",
      "involve-research-cycle",
      "involve-coproduction-2018",
      "tlap-critical-friends-definition",
      "scie-coproduction-principles",
      "uk-standards-2019",
      "uk-standards-draft-2018",
      "gripp2-sf",
      "gripp2-lf",
      "nhse-working-in-partnership-2022",
      "nhs-act-2006-involvement-duties",
      "pfmd-peqg",
      "cihr-spor-pef",
      "nccpe-edge",
      "piiaf",
      "pirit",
      "boivin-2018-evaluation",
      "ppeet-principles",
      "4pi-standards",
      "uclpartners-ppie-2025-2028",
    ]);
  });
});

describe("item counts", () => {
  it("activity modes: 3 (canonical, NIHR, CRUK)", () => {
    expect(PUBLIC_ACTIVITY_MODES).toHaveLength(3);
    expect(nihrActivityModes.items).toHaveLength(3);
    expect(crukActivityModes.items).toHaveLength(3);
    expect([...nihrActivityModes.items.map((i) => i.id)].sort()).toEqual(
      [...PUBLIC_ACTIVITY_MODES].sort(),
    );
    expect([...crukActivityModes.items.map((i) => i.id)].sort()).toEqual(
      [...PUBLIC_ACTIVITY_MODES].sort(),
    );
  });
  it("INVOLVE approaches 4, CRUK depth 3, IAP2 5", () => {
    expect(involveApproaches.items).toHaveLength(4);
    expect(crukInvolvementDepth.items).toHaveLength(3);
    expect(iap2Spectrum.items).toHaveLength(5);
  });
  it("Arnstein: 8 rungs in 3 groups (2 / 3 / 3)", () => {
    expect(arnsteinLadder.items).toHaveLength(8);
    expect(arnsteinLadder.groups).toHaveLength(3);
    expect(inGroup(arnsteinLadder, "nonparticipation").map((i) => i.ordinal)).toEqual([1, 2]);
    expect(inGroup(arnsteinLadder, "tokenism").map((i) => i.ordinal)).toEqual([3, 4, 5]);
    expect(inGroup(arnsteinLadder, "citizen-power").map((i) => i.ordinal)).toEqual([6, 7, 8]);
  });
  it("TLAP ladder: 7 steps in 3 groups (2 / 3 / 2)", () => {
    expect(tlapCoproductionLadder.items).toHaveLength(7);
    expect(tlapCoproductionLadder.groups).toHaveLength(3);
    expect(inGroup(tlapCoproductionLadder, "doing-to")).toHaveLength(2);
    expect(inGroup(tlapCoproductionLadder, "doing-for")).toHaveLength(3);
    expect(inGroup(tlapCoproductionLadder, "doing-with")).toHaveLength(2);
  });
  it("NHS scope 2, PIL 7 (0-6), research cycle 7", () => {
    expect(nhsInvolvementScope.items).toHaveLength(2);
    expect(ppieInfluenceLevel.items.map((i) => i.ordinal)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(involveResearchCycle.items).toHaveLength(7);
    expect(researchCycle).toBe(involveResearchCycle);
    expect(involveResearchCycle.cyclic).toBe(true);
  });
  it("INVOLVE co-production: 5 principles, 7 features (features list incomplete)", () => {
    expect(inList(involveCoproduction2018, "principles")).toHaveLength(5);
    expect(inList(involveCoproduction2018, "features")).toHaveLength(7);
    const features = involveCoproduction2018.lists.find((l) => l.id === "features");
    expect(features?.complete).toBe(false);
    expect(involveCoproduction2018.complete).toBe(false);
    // first four features verified, 5-7 not yet verified
    expect(inList(involveCoproduction2018, "features").map((i) => i.verified)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it("Critical Friends: 1 definition; SCIE: 4 principles (+4 whole-systems pieces)", () => {
    expect(tlapCriticalFriendsDefinition.items).toHaveLength(1);
    expect(scieCoproductionPrinciples.items).toHaveLength(4);
    expect(SCIE_WHOLE_SYSTEMS_PIECE_IDS).toHaveLength(4);
  });
  it("UK Standards 2019: 6 standards; only Impact (4) and Support and learning (4) questions", () => {
    expect(inList(ukStandards2019, "standards")).toHaveLength(6);
    expect(inList(ukStandards2019, "reflective-questions")).toHaveLength(8);
    expect(inGroup(ukStandards2019, "impact")).toHaveLength(4);
    expect(inGroup(ukStandards2019, "support-and-learning")).toHaveLength(4);
    expect(ukStandards2019.complete).toBe(false);
    expect(ukStandards).toBe(ukStandards2019);
    const unavailable = Object.entries(UK_STANDARDS_2019_QUESTION_AVAILABILITY)
      .filter(([, v]) => !v.available)
      .map(([k]) => k)
      .sort();
    expect(unavailable).toEqual(
      ["communications", "governance", "inclusive-opportunities", "working-together"].sort(),
    );
    for (const id of unavailable) expect(inGroup(ukStandards2019, id)).toHaveLength(0);
  });
  it("UK Standards draft 2018: 6 numbered standards and only the 3 verified indicators", () => {
    expect(inList(ukStandardsDraft2018, "standards").map((i) => i.code)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
    ]);
    expect(inList(ukStandardsDraft2018, "indicators").map((i) => i.code)).toEqual([
      "1.1",
      "1.2",
      "1.3",
    ]);
    expect(ukStandardsDraft2018.complete).toBe(false);
  });
  it("GRIPP2-SF: 5 items numbered 1-5", () => {
    expect(gripp2ShortForm.items.map((i) => i.code)).toEqual(["1", "2", "3", "4", "5"]);
    expect(gripp2ShortForm.complete).toBe(true);
    expect(gripp2.shortForm).toBe(gripp2ShortForm);
  });
  it("GRIPP2-LF: 17 items of sections 1-6 with exact codes, complete false, expected 34", () => {
    expect(gripp2LongForm.items).toHaveLength(17);
    expect(gripp2LongForm.complete).toBe(false);
    expect(gripp2LongForm.expectedItemCount).toBe(34);
    expect(gripp2LongForm.items.map((i) => i.code)).toEqual([
      "1a",
      "1b",
      "1c",
      "1d",
      "1e",
      "2a",
      "2b",
      "2c",
      "3",
      "4a",
      "4b",
      "4c",
      "4d",
      "5a",
      "5b",
      "5c",
      "6",
    ]);
    for (const item of gripp2LongForm.items) expect(item.id.startsWith(item.code)).toBe(true);
    // sections 7-9 are described, not itemised
    expect(GRIPP2_LF_UNVERIFIED_SECTIONS.map((s) => s.section)).toEqual(["7", "8", "9"]);
    expect(GRIPP2_LF_UNVERIFIED_SECTIONS.every((s) => !s.verified)).toBe(true);
    for (const g of ["7-study-results", "8-discussion-and-conclusions"]) {
      expect(inGroup(gripp2LongForm, g)).toHaveLength(0);
    }
    expect(gripp2LongForm.items.some((i) => /^[789]/.test(i.code))).toBe(false);
    expect(gripp2.longForm).toBe(gripp2LongForm);
  });
  it("NHS England 2022: 10 principles; NHS Act duties carry effective dates", () => {
    expect(nhseWorkingInPartnership2022.items).toHaveLength(10);
    const duties: Framework = nhsAct2006InvolvementDuties;
    const byId = new Map(duties.items.map((i) => [i.id, i]));
    expect(byId.get("nhs-act-2006-s14z45")?.effectiveFrom).toBe("2022-07-01");
    expect(byId.get("nhs-act-2006-s14z2")?.effectiveTo).toBe("2022-06-30");
    expect(byId.get("nhs-act-2006-s14z36")?.verified).toBe(false);
    expect(nhsAct2006InvolvementDuties.complete).toBe(false);
  });
  it("PFMD 7; CIHR 4 principles + 4 areas; EDGE 4 levels x 9 focal points in 3 dimensions", () => {
    expect(pfmdPeqg.items).toHaveLength(7);
    expect(inList(cihrSporPef, "principles")).toHaveLength(4);
    expect(inList(cihrSporPef, "areas")).toHaveLength(4);
    expect(inList(nccpeEdge, "levels")).toHaveLength(4);
    expect(inList(nccpeEdge, "focal-points")).toHaveLength(9);
    expect(nccpeEdge.groups).toHaveLength(3);
    for (const d of NCCPE_EDGE_DIMENSION_IDS) expect(inGroup(nccpeEdge, d)).toHaveLength(3);
  });
  it("PiiAF 4 elements / 4 phases / 3 assessment types; PIRIT 3 / 2 / 6", () => {
    expect(inList(piiaf, "elements")).toHaveLength(4);
    expect(inList(piiaf, "phases")).toHaveLength(4);
    expect(inList(piiaf, "assessment-types")).toHaveLength(3);
    expect(inList(pirit, "aims")).toHaveLength(3);
    expect(inList(pirit, "tools")).toHaveLength(2);
    expect(inList(pirit, "tracking-fields")).toHaveLength(6);
  });
  it("Boivin: no items, 2 justification types; PPEET 4; 4Pi 5; UCLPartners 4 pillars", () => {
    expect(boivin2018Evaluation.items).toHaveLength(0);
    expect(BOIVIN_2018_JUSTIFICATION_TYPES).toHaveLength(2);
    expect(ppeetPrinciples.items).toHaveLength(4);
    expect(fourPiStandards.items).toHaveLength(5);
    expect(uclpartnersPpie20252028.items).toHaveLength(4);
  });
});

describe("id tuples match the items they name", () => {
  const pairs: [readonly string[], Framework][] = [
    [NIHR_ACTIVITY_MODES_IDS, nihrActivityModes],
    [CRUK_ACTIVITY_MODES_IDS, crukActivityModes],
    [INVOLVE_APPROACHES_IDS, involveApproaches],
    [CRUK_INVOLVEMENT_DEPTH_IDS, crukInvolvementDepth],
    [IAP2_SPECTRUM_IDS, iap2Spectrum],
    [ARNSTEIN_LADDER_IDS, arnsteinLadder],
    [TLAP_COPRODUCTION_LADDER_IDS, tlapCoproductionLadder],
    [NHS_INVOLVEMENT_SCOPE_IDS, nhsInvolvementScope],
    [PPIE_INFLUENCE_LEVEL_IDS, ppieInfluenceLevel],
    [INVOLVE_RESEARCH_CYCLE_IDS, involveResearchCycle],
    [INVOLVE_COPRODUCTION_2018_IDS, involveCoproduction2018],
    [TLAP_CRITICAL_FRIENDS_DEFINITION_IDS, tlapCriticalFriendsDefinition],
    [SCIE_COPRODUCTION_PRINCIPLES_IDS, scieCoproductionPrinciples],
    [UK_STANDARDS_2019_IDS, ukStandards2019],
    [UK_STANDARDS_DRAFT_2018_IDS, ukStandardsDraft2018],
    [GRIPP2_SF_IDS, gripp2ShortForm],
    [GRIPP2_LF_IDS, gripp2LongForm],
    [NHSE_WORKING_IN_PARTNERSHIP_2022_IDS, nhseWorkingInPartnership2022],
    [NHS_ACT_2006_INVOLVEMENT_DUTIES_IDS, nhsAct2006InvolvementDuties],
    [PFMD_PEQG_IDS, pfmdPeqg],
    [CIHR_SPOR_PEF_IDS, cihrSporPef],
    [NCCPE_EDGE_IDS, nccpeEdge],
    [PIIAF_IDS, piiaf],
    [PIRIT_IDS, pirit],
    [PPEET_PRINCIPLES_IDS, ppeetPrinciples],
    [FOUR_PI_STANDARDS_IDS, fourPiStandards],
    [UCLPARTNERS_PPIE_2025_2028_IDS, uclpartnersPpie20252028],
  ];
  it.each(pairs.map(([ids, f]) => [f.id, ids, f] as const))("%s", (_id, ids, f) => {
    expect(f.items.map((i) => i.id)).toEqual([...ids]);
  });
  it("per-list id tuples match their lists", () => {
    const lists: [readonly string[], Framework, string][] = [
      [INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS, involveCoproduction2018, "principles"],
      [INVOLVE_COPRODUCTION_2018_FEATURE_IDS, involveCoproduction2018, "features"],
      [UK_STANDARDS_2019_STANDARD_IDS, ukStandards2019, "standards"],
      [UK_STANDARDS_2019_QUESTION_IDS, ukStandards2019, "reflective-questions"],
      [UK_STANDARDS_DRAFT_2018_STANDARD_IDS, ukStandardsDraft2018, "standards"],
      [UK_STANDARDS_DRAFT_2018_INDICATOR_IDS, ukStandardsDraft2018, "indicators"],
      [CIHR_SPOR_PEF_PRINCIPLE_IDS, cihrSporPef, "principles"],
      [CIHR_SPOR_PEF_AREA_IDS, cihrSporPef, "areas"],
      [NCCPE_EDGE_LEVEL_IDS, nccpeEdge, "levels"],
      [NCCPE_EDGE_FOCAL_POINT_IDS, nccpeEdge, "focal-points"],
      [PIIAF_ELEMENT_IDS, piiaf, "elements"],
      [PIIAF_PHASE_IDS, piiaf, "phases"],
      [PIIAF_ASSESSMENT_TYPE_IDS, piiaf, "assessment-types"],
      [PIRIT_AIM_IDS, pirit, "aims"],
      [PIRIT_TOOL_IDS, pirit, "tools"],
      [PIRIT_TRACKING_FIELD_IDS, pirit, "tracking-fields"],
    ];
    for (const [ids, f, list] of lists) {
      expect(inList(f, list).map((i) => i.id)).toEqual([...ids]);
    }
  });
  it("group id tuples match declared groups", () => {
    expect(arnsteinLadder.groups.map((g) => g.id)).toEqual([...ARNSTEIN_LADDER_GROUP_IDS]);
    expect(tlapCoproductionLadder.groups.map((g) => g.id)).toEqual([
      ...TLAP_COPRODUCTION_LADDER_GROUP_IDS,
    ]);
  });
});

describe.each(all.map((f) => [f.id, f] as const))("structural rules: %s", (_id, f) => {
  it("has unique, kebab-case item ids", () => {
    const ids = f.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it("has a framework id and a non-empty summary on every item", () => {
    expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const item of f.items) {
      expect(item.summary.length).toBeGreaterThan(0);
      expect(item.label.length).toBeGreaterThan(0);
    }
  });
  it("has contiguous ordinals when ordered (starting at 1, or 0 for PIL)", () => {
    if (!f.ordered) return;
    const ordinals = f.items.map((i) => i.ordinal);
    const start = f.id === "ppie-influence-level" ? 0 : 1;
    expect(ordinals).toEqual(f.items.map((_, k) => start + k));
  });
  it("has contiguous ordinals within each ordered list", () => {
    for (const list of f.lists ?? []) {
      if (!list.ordered) continue;
      expect(inList(f, list.id).map((i) => i.ordinal)).toEqual(
        inList(f, list.id).map((_, k) => k + 1),
      );
    }
  });
  it("references only declared groups and lists, and every item belongs to a list when lists exist", () => {
    const groups = new Set((f.groups ?? []).map((g) => g.id));
    const lists = new Set((f.lists ?? []).map((l) => l.id));
    for (const item of f.items) {
      if (item.group !== undefined) expect(groups.has(item.group)).toBe(true);
      if (lists.size > 0) expect(item.list !== undefined && lists.has(item.list)).toBe(true);
      else expect(item.list).toBeUndefined();
    }
  });
  it("declares counts that agree with the shipped items", () => {
    for (const list of f.lists ?? []) {
      const shipped = inList(f, list.id).length;
      if (list.complete && list.expectedItemCount !== undefined) {
        expect(shipped).toBe(list.expectedItemCount);
      }
      if (list.expectedItemCount !== undefined) {
        expect(shipped).toBeLessThanOrEqual(list.expectedItemCount);
      }
    }
    if (f.complete) expect((f.lists ?? []).every((l) => l.complete)).toBe(true);
    if (f.expectedItemCount !== undefined) {
      expect(f.items.length).toBeLessThan(f.expectedItemCount);
      expect(f.complete).toBe(false);
    }
  });
  it("is verified only when its evidence is primary or a design choice", () => {
    expect(f.verified).toBe(f.evidence === "primary" || f.evidence === "design-choice");
  });
  it("flags every item whose note says it is not yet verified or checked only against a restatement", () => {
    for (const item of f.items) {
      if (item.note !== undefined && /not yet verified|checked only against/i.test(item.note)) {
        expect(item.verified).toBe(false);
      }
    }
  });
  it("carries well-formed ISO dates", () => {
    if (f.publishedDate !== undefined) {
      expect(f.publishedDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    for (const item of f.items) {
      if (item.effectiveFrom !== undefined)
        expect(item.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (item.effectiveTo !== undefined) expect(item.effectiveTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it("ships no official text field", () => {
    for (const item of f.items) expect(Object.hasOwn(item, "officialText")).toBe(false);
  });
});
