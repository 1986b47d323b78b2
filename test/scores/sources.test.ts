import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { disclosurePresets } from "../../src/frameworks/disclosure-presets.js";
import type { PolicyPresetId } from "../../src/frameworks/disclosure-presets.js";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { FRE_BANDS } from "../../src/frameworks/flesch-reading-ease-bands.js";
import { publications } from "../../src/frameworks/publications.js";
import { agreement } from "../../src/scores/agreement.js";
import { coproduction } from "../../src/scores/coproduction.js";
import { fft, fftLegacy } from "../../src/scores/fft.js";
import { fftTable } from "../../src/scores/fft-table.js";
import { gripp2Completeness } from "../../src/scores/gripp2-completeness.js";
import { impact } from "../../src/scores/impact.js";
import { involvementDepth } from "../../src/scores/involvement-depth.js";
import { payments } from "../../src/scores/payments.js";
import { peirs22, peirs22Summary } from "../../src/scores/peirs22.js";
import { ppeet } from "../../src/scores/ppeet.js";
import { freBand, readability, readabilityFromCounts } from "../../src/scores/readability.js";
import type { MeasureId } from "../../src/scores/registry.js";
import { MEASURE_IDS, measureSource, scoreDataset } from "../../src/scores/registry.js";
import { representation } from "../../src/scores/representation.js";
import { REPRESENTATION_DIMENSION_IDS } from "../../src/scores/representation-dataset.js";
import type { Score } from "../../src/scores/score.js";
import { standards } from "../../src/scores/standards.js";
import { strategy } from "../../src/scores/strategy.js";
import { isDesignChoice } from "../../src/source.js";
import type { Source, Sources } from "../../src/source.js";

/** A pointer at ppie's internal research notes, which no user has. */
const NOTES = /(frameworks|metrics|DESIGN)\.md|domain[ ]notes|\u00a7|\/work\/shared/;
const bibliography = new Map(publications.map((p) => [p.id, p]));
const choices = new Map(designChoices.map((c) => [c.id, c]));

/** Every score each scorer can give, by a label for the failure message. */
function everyScorer(): [string, Score][] {
  const project = demoDataset.projects.find((p) => p.plainEnglishSummary !== undefined);
  const counts = { veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 };
  const table = Array.from({ length: 89 }, (_, i) => (100 * i) / 88);
  const tree = fftTable([{ id: "a", counts }]);
  const out: [string, Score][] = [
    [
      "agreement",
      agreement([
        [10, 2],
        [2, 6],
      ]),
    ],
    ["coproduction", coproduction([])],
    ["fft", fft(counts)],
    [
      "fftLegacy",
      fftLegacy({
        question: "pre-2020",
        extremelyLikely: 1,
        likely: 0,
        neither: 0,
        unlikely: 0,
        extremelyUnlikely: 0,
        dontKnow: 0,
      }),
    ],
    ["gripp2 short", gripp2Completeness(demoDataset, { project: "p-001", form: "short" })],
    ["gripp2 long", gripp2Completeness(demoDataset, { project: "p-001", form: "long" })],
    ["impact", impact(demoDataset, { period: "2025-26" })],
    ["involvementDepth", involvementDepth(demoDataset, { project: "p-002" })],
    ["payments", payments(demoDataset, { period: "2025-26" })],
    ["peirs22 linear", peirs22(Array(22).fill(3))],
    [
      "peirs22 table",
      peirs22(Array(22).fill(3), { conversion: { table, source: "mine", verified: false } }),
    ],
    ["peirs22Summary", peirs22Summary([75, 80])],
    ["ppeet", ppeet([{ q1: "agree" }], [{ id: "q1", text: "Q" }])],
    ["readability text", readability(project?.plainEnglishSummary ?? "The cat sat on the mat.")],
    ["readability counts", readabilityFromCounts({ words: 100, sentences: 5, syllables: 150 })],
    [
      "readability counts + SMOG",
      readabilityFromCounts({ words: 100, sentences: 30, syllables: 150, polysyllables: 10 }),
    ],
    ["representation", representation({ a: 3, b: 1 }, { a: 0.5, b: 0.5 })],
    ["standards", standards([])],
    ["strategy", strategy(demoDataset, { period: "2025-26" })],
  ];
  if (tree.ok) out.push(["fftTable unit", tree.value.rows[0]!.score]);
  return out;
}

/** Each source is in ppie's bibliography or its design choices, as a citation of that entry. */
function expectKnown(label: string, sources: Sources): void {
  expect(sources.length, label).toBeGreaterThan(0);
  for (const s of sources) {
    if (isDesignChoice(s)) {
      expect(choices.get(s.id), `${label}: ${s.id}`).toEqual(s);
      continue;
    }
    const entry = bibliography.get(s.id);
    expect(entry, `${label}: ${s.id} is not in publications`).toBeDefined();
    // a citation is the entry with a section (and perhaps a note or verified flag) of its own
    const { section: _s, note: _n, verified: _v, ...cited } = s;
    const { section: _es, note: _en, verified: _ev, ...listed } = entry!;
    expect(cited, `${label}: ${s.id}`).toEqual(listed);
    if (!s.verified) expect(s.note, `${label}: ${s.id} says what is unverified`).toBeTruthy();
  }
}

/** Whether `part` lists sources of `whole`, in the same order. */
function isSubsequence(part: readonly Source[], whole: readonly Source[]): boolean {
  let i = 0;
  for (const s of whole) if (i < part.length && part[i]!.id === s.id) i++;
  return i === part.length;
}

describe("Score.source of every scorer", () => {
  it("cites only publications of the bibliography and ppie's design choices", () => {
    for (const [label, score] of everyScorer()) expectKnown(label, score.source);
  });

  it("never points at ppie's internal notes, in the source or anywhere else in a score", () => {
    for (const [label, score] of everyScorer()) {
      expect(JSON.stringify(score), label).not.toMatch(NOTES);
    }
  });

  it("cites the design choice only where ppie makes it", () => {
    const ids = (s: Score) => s.source.map((x) => x.id);
    expect(ids(peirs22(Array(22).fill(3)))).toEqual([
      "hamilton-2021-peirs22",
      "ppie-peirs22-linear",
    ]);
    const table = Array.from({ length: 89 }, (_, i) => (100 * i) / 88);
    expect(
      ids(peirs22(Array(22).fill(3), { conversion: { table, source: "mine", verified: true } })),
    ).toEqual(["hamilton-2021-peirs22"]);
    expect(ids(readability("The cat sat on the mat."))).toEqual([
      "flesch-1948",
      "kincaid-1975",
      "mclaughlin-1969",
      "ppie-readability-counting",
    ]);
    expect(ids(readabilityFromCounts({ words: 6, sentences: 1, syllables: 6 }))).toEqual([
      "flesch-1948",
      "kincaid-1975",
    ]);
    const smog = readabilityFromCounts({
      words: 100,
      sentences: 30,
      syllables: 150,
      polysyllables: 10,
    });
    expect(ids(smog)).toEqual(["flesch-1948", "kincaid-1975", "mclaughlin-1969"]);
    expect(
      ids(
        agreement([
          [10, 2],
          [2, 6],
        ]),
      ),
    ).toEqual(["cohen-1960", "landis-koch-1977"]);
    expect(
      ids(fft({ veryGood: 1, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 })),
    ).toEqual(["nhse-2019-fft-guidance", "nhse-fft-calculations", "nhse-fft-pipeline"]);
  });
});

describe("the measure registry's sources", () => {
  const opts: { [M in MeasureId]?: Record<string, unknown> } = {
    readability: { project: demoDataset.projects.find((p) => p.plainEnglishSummary)?.id },
    "gripp2-completeness": { project: "p-001" },
    "involvement-depth": { project: "p-002" },
  };
  /** Measures whose Score cites the data it used: a sub-list of the registry's sources. */
  const citesData: readonly MeasureId[] = ["gripp2-completeness", "representation"];

  it("are known sources for every measure", () => {
    for (const m of MEASURE_IDS) expectKnown(m, measureSource(m));
  });

  it("are what scoreDataset's Score cites, for every measure on the demo dataset", () => {
    for (const m of MEASURE_IDS) {
      const r = scoreDataset(m, demoDataset, (opts[m] ?? {}) as never);
      if (!r.ok) throw new Error(`${m}: ${JSON.stringify(r.diagnostics)}`);
      if (citesData.includes(m))
        expect(isSubsequence(r.value.source, measureSource(m)), m).toBe(true);
      else expect(r.value.source, m).toEqual(measureSource(m));
    }
  });

  it("for GRIPP2 completeness: the form's sources, the long form's reproduction only for the long form", () => {
    for (const form of ["short", "long"] as const) {
      const r = scoreDataset("gripp2-completeness", demoDataset, { project: "p-001", form });
      if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
      expect(isSubsequence(r.value.source, measureSource("gripp2-completeness"))).toBe(true);
      expect(r.value.source.some((s) => s.id === "bmc-rheumatology-2023-ppi-resources")).toBe(
        form === "long",
      );
    }
  });

  it("for representation: the reference table and disclosure preset used, then the method", () => {
    const tables: Record<string, string> = {
      "ethnic-group": "ons-census-2021-ts021",
      sex: "ons-census-2021-population",
      age: "ons-census-2021-population",
      disability: "ons-census-2021-ts038",
      "imd-decile": "mhclg-2025-imd",
    };
    const presets: Record<PolicyPresetId, string> = {
      fft: "nhse-fft-pipeline",
      "hes-2018": "nhs-digital-2018-hes-disclosure",
      "ukhsa-5": "ukhsa-2022-sdc-aggregate",
      "tre-10": "ukllc-sdc",
    };
    for (const dimension of REPRESENTATION_DIMENSION_IDS) {
      for (const disclosure of Object.keys(disclosurePresets) as PolicyPresetId[]) {
        const r = scoreDataset("representation", demoDataset, {
          period: "2025-26",
          dimension,
          disclosure,
        });
        if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
        const ids = r.value.source.map((s) => s.id);
        const label = `${dimension} ${disclosure}`;
        expect(ids.slice(0, 2), label).toEqual([tables[dimension], presets[disclosure]]);
        expect(isSubsequence(r.value.source, measureSource("representation")), label).toBe(true);
        expect(r.value.explanation, label).not.toMatch(NOTES);
      }
    }
    // IMD 2019 was the reference until 29 October 2025
    const old = scoreDataset("representation", demoDataset, {
      period: "2024-25",
      dimension: "imd-decile",
    });
    if (!old.ok) throw new Error(JSON.stringify(old.diagnostics));
    expect(old.value.source[0]?.id).toBe("mhclg-2019-imd");
  });
});

describe("readability bands", () => {
  it("are Flesch's seven labels (Flesch 1948, Table 5), with 'very difficult' below 30", () => {
    const flesch = [
      "very easy",
      "easy",
      "fairly easy",
      "standard",
      "fairly difficult",
      "difficult",
      "very difficult",
    ];
    expect(FRE_BANDS.map((b) => b.band)).toEqual(flesch);
    const seen = new Set<string>();
    for (let x = -50; x <= 130; x += 0.5) seen.add(freBand(x) ?? "none");
    expect([...seen].sort()).toEqual([...flesch].sort());
    expect(freBand(29.9)).toBe("very difficult");
    expect(freBand(0)).toBe("very difficult");
    expect(freBand(30)).toBe("difficult");
    const hard = readabilityFromCounts({ words: 10, sentences: 1, syllables: 25 });
    expect(hard.band).toBe("very difficult");
    expect(hard.explanation).toContain("(very difficult)");
  });
});
