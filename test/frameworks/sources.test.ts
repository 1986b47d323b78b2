import { describe, expect, it } from "vitest";
import { designChoices } from "../../src/frameworks/design-choices.js";
import type { Framework, FrameworkItem } from "../../src/frameworks/index.js";
import type { PaymentRate } from "../../src/frameworks/index.js";
import {
  builtinFrameworks,
  FRE_BANDS,
  FRE_BANDS_SOURCE,
  gripp2LongForm,
  gripp2ShortForm,
  itemSource,
  NIHR_PAYMENT_RATES,
  NIHR_RATE_RANGES,
  NIHR_UPLIFT_2025,
  nhsAct2006InvolvementDuties,
  nhsInvolvementScope,
  ppieInfluenceLevel,
  ukStandards2019,
} from "../../src/frameworks/index.js";
import {
  FLESCH_1948,
  HEALTH_SCRUTINY_REGULATIONS_2013,
  NHS_ACT_2006,
  NHSE_PPV_PAYMENT_POLICY,
  NIHR_RATE_UPLIFT_2025,
  publications,
} from "../../src/frameworks/publications.js";
import type { Source } from "../../src/source.js";
import { isDesignChoice } from "../../src/source.js";

const all: readonly Framework[] = builtinFrameworks;
// The internal research notes' names, and the section sign they were cited with.
const INTERNAL_NOTES = /(frameworks|metrics|DESIGN)[.]md|domain\snotes|\u00a7/;

/** The bibliography entry a source cites, or undefined when it cites none. */
function entryOf(source: Source): Source | undefined {
  if (isDesignChoice(source)) return designChoices.find((c) => c.id === source.id);
  return publications.find((p) => p.id === source.id);
}

/** A source cites its bibliography entry: same id, title, publisher and year. */
function expectKnown(source: Source, where: string): void {
  const entry = entryOf(source);
  expect(entry, `${where}: ${source.id} is not in the bibliography`).toBeDefined();
  if (entry === undefined) return;
  if (isDesignChoice(source)) {
    expect(source, where).toEqual(entry);
    return;
  }
  expect(source, where).toMatchObject({
    title: entry.title,
    ...("publisher" in entry ? { publisher: entry.publisher } : {}),
  });
  if (!source.verified) expect(source.note, `${where}: unverified without a note`).toBeTruthy();
}

describe.each(all.map((f) => [f.id, f] as const))("sources of %s", (_id, f) => {
  it("the framework cites a publication of the bibliography or a ppie design choice", () => {
    expectKnown(f.source, f.id);
  });

  it("itemSource gives every item a source from the bibliography", () => {
    for (const item of f.items as readonly FrameworkItem[]) {
      const source = itemSource(f, item);
      expect(source, `${f.id}:${item.id}`).toBeDefined();
      expectKnown(source, `${f.id}:${item.id}`);
    }
  });

  it("names no internal research notes, in any text", () => {
    expect(JSON.stringify(f)).not.toMatch(INTERNAL_NOTES);
  });
});

describe("where a framework comes from", () => {
  it("a ppie-made framework cites its design choice", () => {
    expect(isDesignChoice(ppieInfluenceLevel.source)).toBe(true);
    expect(ppieInfluenceLevel.source.id).toBe("ppie-influence-level");
    for (const f of all) {
      if (f.evidence === "design-choice") expect(isDesignChoice(f.source), f.id).toBe(true);
    }
  });

  it("the GRIPP2 short form cites Table 2 of the BMJ paper", () => {
    expect(gripp2ShortForm.source).toMatchObject({
      id: "staniszewska-2017-bmj",
      section: "Table 2",
    });
    expect(itemSource(gripp2ShortForm, gripp2ShortForm.items[2])).toMatchObject({
      section: "Table 2, item 3",
    });
  });

  it("the GRIPP2 long form's items cite the reproduction they were checked against", () => {
    for (const item of gripp2LongForm.items) {
      expect(itemSource(gripp2LongForm, item)).toMatchObject({
        id: "bmc-rheumatology-2023-ppi-resources",
        section: `Table 2, item ${item.code}`,
        verified: false,
      });
    }
  });

  it("the UK Standards' reflective questions cite the standard's questions, not the framework", () => {
    for (const item of ukStandards2019.items) {
      const source = itemSource(ukStandards2019, item);
      expect(source.id).toBe("uk-standards-2019");
      if (item.list === "reflective-questions") {
        expect(source).toHaveProperty("section", expect.stringContaining("Meeting the standard"));
      } else {
        expect(source).not.toHaveProperty("section");
      }
    }
  });
});

describe("corrected facts", () => {
  const rows = NIHR_PAYMENT_RATES as readonly PaymentRate[];

  it("£150 a day and £75 a half day are NHS England's PPV partner payments, unverified, not INVOLVE's or NIHR's", () => {
    for (const pence of [15000, 7500]) {
      const found = rows.filter((r) => r.pence === pence);
      expect(found).toHaveLength(1);
      for (const r of found) {
        expect(r.source?.id).toBe(NHSE_PPV_PAYMENT_POLICY.id);
        expect(r.verified).toBe(false);
        expect(r.source).toMatchObject({ verified: false });
        expect(r.scheme).not.toBe("NIHR-research");
        expect(r.activityCode).toMatch(/^NHSE_PPV_/);
        expect(r.sourceVersion).not.toMatch(/INVOLVE|NIHR/);
        expect(r.note).toMatch(/not been checked/);
        expect(r.note).toMatch(/effectiveFrom is the date of version 3 .* an assumption/);
        expect(r.effectiveFrom).toBe(NHSE_PPV_PAYMENT_POLICY.date);
      }
    }
  });

  it("no bundled rate prices a research activity coded DAY or HALF_DAY", () => {
    expect(rows.some((r) => r.activityCode === "DAY" || r.activityCode === "HALF_DAY")).toBe(false);
  });

  it("the NIHR range of £13.80 to £495 and the 10% uplift are known only from trade press", () => {
    const post = NIHR_RATE_RANGES.find((r) => r.effectiveFrom === "2025-12-16");
    expect(post).toMatchObject({ minPence: 1380, maxPence: 49500, verified: false });
    expect(post?.source?.id).toBe(NIHR_RATE_UPLIFT_2025.id);
    expect(NIHR_UPLIFT_2025).toMatchObject({
      factor: 1.1,
      effectiveFrom: "2025-12-16",
      verified: false,
    });
    expect(NIHR_UPLIFT_2025.source.id).toBe(NIHR_RATE_UPLIFT_2025.id);
    for (const r of rows) expect(r.verified, `${r.activityCode} ${r.pence}`).toBe(false);
  });

  it("each NHS Act duty cites its own section, and the ICB patient duty is s14Z36, not 14Z34", () => {
    const duties: Framework = nhsAct2006InvolvementDuties;
    const byCode = new Map(duties.items.map((i) => [i.code, i]));
    expect([...byCode.keys()]).not.toContain("s14Z34");
    for (const item of duties.items) {
      const source = itemSource(duties, item);
      if (item.code?.startsWith("s")) {
        const section = item.code.slice(1);
        expect(source).toMatchObject({
          id: NHS_ACT_2006.id,
          section: `section ${section}`,
          url: `https://www.legislation.gov.uk/ukpga/2006/41/section/${section}`,
        });
      }
    }
    const patient = byCode.get("s14Z36");
    expect(patient).toMatchObject({ id: "nhs-act-2006-s14z36", verified: false });
    expect(patient?.label).toMatch(/involvement of each patient \(ICBs\)/);
    expect(itemSource(duties, patient as FrameworkItem)).toMatchObject({ verified: false });
    expect(patient?.note).toMatch(/14Z34.*quality/);
    expect(byCode.get("s14Z45")).toMatchObject({ verified: true, effectiveFrom: "2022-07-01" });
    expect(byCode.get("s14Z45")?.summary).toMatch(/replaced the CCG duty in s14Z2/);
    expect(byCode.get("s13Q")?.verified).toBe(true);
    expect(byCode.get("s242")?.details?.dutyHolder).toMatch(/NHS trusts and NHS foundation trusts/);
    const scrutiny = byCode.get("SI 2013/218 reg 23");
    expect(scrutiny?.source?.id).toBe(HEALTH_SCRUTINY_REGULATIONS_2013.id);
    expect(scrutiny?.note).toMatch(/section 244/);
  });

  it("the NHS scope framework names s14Z36 for ICBs, flagged as not yet verified", () => {
    const individual = nhsInvolvementScope.items.find((i) => i.id === "individual");
    expect(individual?.details.legalHook).toMatch(/s14Z36 \(not yet verified\)/);
    expect(individual?.details.legalHook).not.toMatch(/14Z34/);
  });

  it("Flesch 0-29 is 'very difficult', cited to Table 5 of Flesch 1948", () => {
    const lowest = FRE_BANDS.at(-1);
    expect(lowest).toEqual({ min: Number.NEGATIVE_INFINITY, band: "very difficult" });
    expect(FRE_BANDS.find((b) => b.min === 30)?.band).toBe("difficult");
    expect(FRE_BANDS.some((b) => (b.band as string) === "very confusing")).toBe(false);
    expect(FRE_BANDS_SOURCE).toMatchObject({
      id: FLESCH_1948.id,
      doi: FLESCH_1948.doi,
      section: "Table 5",
    });
  });
});
