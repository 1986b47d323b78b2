import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { RENDER_FORMATS, render } from "../../src/render/index.js";
import type { PolicyPresetId } from "../../src/scores/disclosure.js";
import { disclosurePresets } from "../../src/scores/disclosure.js";
import { buildReport, REPORT_KINDS } from "../../src/reports/index.js";
import type { ReportKind } from "../../src/reports/report.js";

/** Hostile fragments: markup, script, formula prefixes, Markdown and CSV breakers. */
const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A2)",
  "| pipe | table |",
  "**bold** _x_ [link](javascript:alert(1))",
  "line\nbreak\r\nand\ttab",
  "&amp; &lt; </td></tr>",
] as const;

/** Copy hostile text, with a contributor's own identifiers, into every free-text field. */
function poison(ds: Dataset, pick: (n: number) => number, fragment: string): Dataset {
  const people = ds.contributors.filter((c) => c.identifiers);
  const ident = (i: number): string => {
    const c = people[pick(people.length)];
    const ids = c?.identifiers;
    if (!ids) return fragment;
    return [ids.name, ids.email, ids.phone][i % 3] ?? fragment;
  };
  let k = 0;
  const t = (s: string): string => `${s} ${fragment} ${ident(k++)}`;
  return {
    ...ds,
    organisations: ds.organisations.map((o) => ({ ...o, name: t(o.name) })),
    strategies: ds.strategies.map((s) => ({
      ...s,
      title: t(s.title),
      objectives: s.objectives.map((o) => ({
        ...o,
        title: t(o.title),
        metrics: o.metrics.map((m) => ({ ...m, title: t(m.title) })),
      })),
    })),
    projects: ds.projects.map((p) => ({
      ...p,
      title: t(p.title),
      plainEnglishSummary: t(p.plainEnglishSummary ?? "summary"),
      involvement: {
        aim: t(p.involvement.aim ?? "aim"),
        methods: t(p.involvement.methods ?? "methods"),
        reflections: t(p.involvement.reflections ?? "reflections"),
        definition: t("definition"),
        rationale: t("rationale"),
        impactCapture: t("capture"),
        economicAssessment: t("economics"),
      },
    })),
    groups: ds.groups.map((g) => ({ ...g, name: t(g.name) })),
    activities: ds.activities.map((a) => ({
      ...a,
      title: t(a.title),
      notes: t("notes"),
      outcomes: a.outcomes.map((o) => ({ ...o, summary: t(o.summary) })),
    })),
    events: ds.events.map((e) => ({ ...e, title: t(e.title) })),
    impacts: ds.impacts.map((r) => ({
      ...r,
      youSaid: t(r.youSaid),
      weDid: t(r.weDid),
      evidence: [...r.evidence.map(t), t("evidence")],
    })),
    ppeetItems: ds.ppeetItems.map((i) => ({ ...i, text: t(i.text) })),
    feedback: ds.feedback.map((f) => (f.kind === "story" ? { ...f, summary: t(f.summary) } : f)),
  };
}

const generatedAt = "2026-04-01T09:00:00Z";
const PRESETS = Object.keys(disclosurePresets) as PolicyPresetId[];

test.prop(
  [
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.integer({ min: 12, max: 80 }),
    fc.integer({ min: 3, max: 40 }),
    fc.constantFrom(...HOSTILE),
    fc.constantFrom(...PRESETS),
    fc.infiniteStream(fc.nat()),
  ],
  { numRuns: 25 },
)(
  "no identifier and no small demographic count reaches any report, in any format",
  (seed, activities, contributors, fragment, preset, stream) => {
    const it = stream[Symbol.iterator]();
    const pick = (n: number): number => (n <= 0 ? 0 : (it.next().value as number) % n);
    const ds = poison(
      generateDataset({ seed, activities, contributors, gaps: seed % 2 === 0 }),
      pick,
      fragment,
    );
    const identifiers = ds.contributors
      .flatMap((c) => [c.identifiers?.name, c.identifiers?.email, c.identifiers?.phone])
      .filter((v): v is string => v !== undefined)
      .map((v) => v.toLowerCase());
    const policy = disclosurePresets[preset];
    const project = ds.projects[pick(ds.projects.length)]?.id ?? "p-001";

    for (const kind of REPORT_KINDS as readonly ReportKind[]) {
      const r = buildReport(kind, ds, { generatedAt, project, disclosure: preset });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const outputs = [JSON.stringify(r.value), ...RENDER_FORMATS.map((f) => render(r.value, f))];
      for (const out of outputs) {
        const lower = out.toLowerCase();
        for (const id of identifiers) expect(lower.includes(id)).toBe(false);
      }
      for (const b of r.value.sections) {
        if (b.type !== "table" || !b.id.startsWith("demographics-")) continue;
        for (const row of b.rows) {
          const c = row.count;
          if (!c || c.value === undefined) continue;
          if (c.value === null) {
            expect(c.suppressed).toBeDefined();
            expect(/^\d+$/.test(c.text.replace(/,/g, ""))).toBe(false);
          } else {
            expect(c.value === 0 ? policy.protectZero : c.value < policy.minSafeCount).toBe(false);
          }
        }
      }
    }
  },
);

test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 5 })(
  "identifiers appear only when the caller opts in",
  (seed) => {
    const ds = generateDataset({ seed, activities: 40, contributors: 12 });
    const project = ds.projects[0]?.id ?? "p-001";
    const on = buildReport("project", ds, { generatedAt, project, includeIdentifiers: true });
    expect(on.ok).toBe(true);
    if (!on.ok) return;
    const json = JSON.stringify(on.value);
    const shown = ds.contributors.filter((c) => c.identifiers?.name && json.includes(`(${c.id})`));
    for (const c of shown) expect(json).toContain(c.identifiers?.name as string);
  },
);
