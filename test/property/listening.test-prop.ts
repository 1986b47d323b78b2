import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { roundNumber } from "../../src/format.js";
import type { DatasetInput } from "../../src/model/dataset.js";
import { PALS_OUTCOMES } from "../../src/model/feedback.js";
import { parseDataset } from "../../src/model/parse.js";
import { buildReport } from "../../src/reports/index.js";
import type { Block, Report, TableBlock } from "../../src/reports/report.js";
import { PALS_CATEGORIES, PALS_OUTCOME_ROWS } from "../../src/scores/listening.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { baseInput } from "../rules/fixture.js";

/**
 * The listening report shows what `scoreDataset("listening", ...)` computes, on generated
 * datasets of PALS contacts (with and without outcomes), stories shared at forums, FFT returns
 * of named and unnamed units, and impact records that name them: every figure the report shows
 * as a number is the measure's (a count of PALS contacts withheld by the small-number rule is
 * `null` and says nothing), for presets that do not round.
 */

const AT = "2026-04-01T09:00:00Z";
const DAY = fc
  .integer({ min: 0, max: 729 })
  .map((d) => new Date(Date.UTC(2024, 3, 1) + d * 86_400_000).toISOString().slice(0, 10));
const THEME = fc.constantFrom("parking", "communication", "waiting-times", "food", "discharge");
const FORUM = fc.constantFrom(
  "Trust Board",
  "Quality committee",
  "Staff training",
  "Council of Governors",
);

const pals = fc.record({
  date: DAY,
  category: fc.constantFrom(...PALS_CATEGORIES),
  themes: fc.uniqueArray(THEME, { maxLength: 3 }),
  outcome: fc.option(fc.constantFrom(...PALS_OUTCOMES), { nil: undefined }),
});
const story = fc.record({
  date: DAY,
  themes: fc.uniqueArray(THEME, { maxLength: 2 }),
  sharedAt: fc.option(
    fc.array(fc.record({ forum: FORUM, date: fc.option(DAY, { nil: undefined }) }), {
      maxLength: 3,
    }),
    { nil: undefined },
  ),
});
const count = fc.integer({ min: 0, max: 40 });
const fftReturn = fc.record({
  month: fc.integer({ min: 0, max: 23 }),
  unit: fc.constantFrom("w1", "w2", "w3"),
  named: fc.boolean(),
  counts: fc.tuple(count, count, count, count, count, count),
});

const cases = fc.record({
  pals: fc.array(pals, { maxLength: 60 }),
  stories: fc.array(story, { maxLength: 8 }),
  fft: fc.array(fftReturn, { maxLength: 12 }),
  links: fc.array(fc.tuple(DAY, fc.array(fc.nat(), { minLength: 1, maxLength: 3 })), {
    maxLength: 8,
  }),
  period: fc.constantFrom("2024-25", "2025-26", "2025-26-Q2", "2024-10-01..2025-09-30"),
  disclosure: fc.constantFrom("tre-10", "fft"),
});

type Case = typeof cases extends fc.Arbitrary<infer T> ? T : never;

function monthPeriod(m: number): { start: string; end: string } {
  const y = 2024 + Math.floor((m + 3) / 12);
  const mm = ((m + 3) % 12) + 1;
  const end = new Date(Date.UTC(y, mm, 0)).toISOString().slice(0, 10);
  return { start: `${y}-${String(mm).padStart(2, "0")}-01`, end };
}

function dataset(c: Case) {
  const base = baseInput();
  const feedback: unknown[] = [
    ...c.pals.map((p, i) => ({ id: `pals-${i}`, kind: "pals", ...p })),
    ...c.stories.map((s, i) => ({ id: `story-${i}`, kind: "story", summary: `Story ${i}.`, ...s })),
    ...c.fft.map((f, i) => {
      const [veryGood, good, neither, poor, veryPoor, dontKnow] = f.counts;
      const period = monthPeriod(f.month);
      return {
        id: `fft-${i}`,
        kind: "fft",
        date: period.end,
        unitId: f.unit,
        ...(f.named ? { unitName: `Ward ${f.unit.slice(1)}` } : {}),
        parentUnitId: "site",
        period,
        counts: { veryGood, good, neither, poor, veryPoor, dontKnow },
      };
    }),
  ];
  const ids = feedback.map((f) => (f as { id: string }).id);
  const impacts = c.links.map(([date, picks], i) => ({
    id: `i-${i}`,
    date,
    type: "service",
    youSaid: "Something we heard.",
    weDid: "Something we changed.",
    direction: "positive",
    status: "observed",
    feedbackIds: ids.length === 0 ? [] : picks.map((k) => ids[k % ids.length]),
  }));
  const r = parseDataset({ ...base, feedback, impacts } as DatasetInput);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

function find<T extends Block["type"]>(r: Report, type: T, id: string) {
  return r.sections.find(
    (b): b is Extract<Block, { type: T }> => b.type === type && "id" in b && b.id === id,
  );
}

/** The numbers of a table's column, `null` for a withheld cell. */
function column(t: TableBlock | undefined, key: string): (number | null | undefined)[] {
  return t?.rows.map((row) => row[key]?.value) ?? [];
}

/** Each shown number equals the computed one; a withheld one is `null`. */
function agree(
  shown: readonly (number | null | undefined)[],
  computed: readonly (number | null)[],
) {
  expect(shown.length).toBe(computed.length);
  shown.forEach((v, i) => {
    expect(v).not.toBeUndefined();
    if (v !== null) expect(v).toBe(computed[i]);
  });
}

const asShown = (v: number | null) => (v === null ? null : roundNumber(v, 1));

describe("the listening report and the listening measure give one answer", () => {
  test.prop([cases], { numRuns: 60 })("for every figure the report shows", (c) => {
    const ds = dataset(c);
    const built = buildReport("listening", ds, {
      generatedAt: AT,
      period: c.period,
      disclosure: c.disclosure,
    });
    const score = scoreDataset("listening", ds, { period: c.period });
    if (!built.ok || !score.ok) throw new Error("failed");
    const r = built.value;
    const m = score.value.components;
    const metric = (id: string) => find(r, "metric", id)?.value;
    agree(
      [metric("listening-pals-contacts"), metric("listening-stories"), metric("listening-changed")],
      [m.pals.contacts, m.stories.count, asShown(score.value.value)],
    );
    if (m.pals.contacts > 0) {
      agree(column(find(r, "table", "listening-pals-by-category"), "contacts"), [
        ...PALS_CATEGORIES.map((k) => m.pals.byCategory[k]),
        m.pals.contacts,
      ]);
      agree(column(find(r, "table", "listening-pals-by-outcome"), "contacts"), [
        ...PALS_OUTCOME_ROWS.map((k) => m.pals.byOutcome[k]),
        m.pals.contacts,
      ]);
      // a count of 1 to the threshold - 1 is never shown
      const min = c.disclosure === "tre-10" ? 10 : 5;
      for (const v of column(find(r, "table", "listening-pals-by-category"), "contacts"))
        if (v !== null && v !== undefined && c.disclosure === "tre-10")
          expect(v).toBeGreaterThanOrEqual(min);
    }
    if (m.themes.length > 0) {
      const themes = find(r, "table", "listening-themes");
      agree(
        column(themes, "stories"),
        m.themes.map((t) => t.stories),
      );
      agree(
        column(themes, "pals"),
        m.themes.map((t) => t.pals),
      );
    }
    if (m.stories.count > 0) {
      expect(find(r, "table", "listening-stories")?.rows.length).toBe(m.stories.count);
      if (m.stories.byForum.length > 0) {
        const forums = find(r, "table", "listening-story-forums");
        agree(
          column(forums, "stories"),
          m.stories.byForum.map((f) => f.stories),
        );
        agree(
          column(forums, "sharings"),
          m.stories.byForum.map((f) => f.sharings),
        );
      }
    }
    const share = find(r, "table", "listening-change-share");
    agree(column(share, "records"), [m.pals.contacts, m.stories.count, m.fft.returns]);
    agree(column(share, "share"), [
      asShown(m.pals.withImpactShare),
      asShown(m.stories.withImpactShare),
      asShown(m.fft.withImpactShare),
    ]);
    // a withheld number of PALS contacts with a change cannot be worked out from a share
    if (m.pals.contacts > 0 && column(share, "changed")[0] === null) {
      expect(column(share, "share")[0]).toBeNull();
      expect(metric("listening-changed")).toBeNull();
    }
    const fftPositive = metric("listening-fft-positive");
    if (fftPositive !== null && fftPositive !== undefined)
      expect(fftPositive).toBe(asShown(m.fft.percentPositive));
    expect(find(r, "table", "listening-impacts")?.rows.length ?? 0).toBe(
      m.impactsFromFeedback.length,
    );
  });
});
