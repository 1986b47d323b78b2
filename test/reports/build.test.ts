import { undatedDemo } from "./undated.js";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { CHOICE_GRIPP2, designChoices } from "../../src/frameworks/design-choices.js";
import type { ReferenceTable } from "../../src/frameworks/census.js";
import { REFERENCE_TABLES } from "../../src/frameworks/census.js";
import {
  GRIPP2_BMJ_2017,
  GRIPP2_LF_REPRODUCTION_2023,
  publications,
} from "../../src/frameworks/publications.js";
import { render, RENDER_FORMATS } from "../../src/render/index.js";
import type { PublicationSource, Source } from "../../src/source.js";
import { cite, isDesignChoice } from "../../src/source.js";
import { disclosurePresets } from "../../src/scores/disclosure.js";
import { buildReport, REPORT_KINDS } from "../../src/reports/index.js";
import { scoreDataset } from "../../src/scores/registry.js";
import type { Block, Report, ReportKind, TableBlock } from "../../src/reports/report.js";
import { ReportSchema } from "../../src/reports/report-schema.js";
import { hostileThrowables } from "../hostile-values.js";

const generatedAt = "2026-04-01T09:00:00Z";
const projectFor: Partial<Record<ReportKind, string>> = { gripp2: "p-001", project: "p-001" };

function build(kind: ReportKind, extra: Record<string, unknown> = {}): Report {
  const project = projectFor[kind];
  const r = buildReport(kind, demoDataset, {
    generatedAt,
    ...(project ? { project } : {}),
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

const identifiers = demoDataset.contributors.flatMap((c) =>
  [c.identifiers?.name, c.identifiers?.email, c.identifiers?.phone].filter(
    (v): v is string => v !== undefined,
  ),
);

describe.each(REPORT_KINDS)("%s report from the demo dataset", (kind) => {
  const report = build(kind);

  it("builds, with a method note and the injected timestamp", () => {
    expect(report.kind).toBe(kind);
    expect(report.generatedAt).toBe(generatedAt);
    const note = report.sections.find((b) => b.type === "paragraph" && b.tone === "note");
    expect(note && note.type === "paragraph" && note.text.startsWith("Method and sources:")).toBe(
      true,
    );
  });

  it("is a valid Report document", () => {
    const parsed = ReportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("holds no NaN or Infinity and no contributor identifier", () => {
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/NaN|Infinity/);
    const lower = json.toLowerCase();
    for (const id of identifiers) expect(lower.includes(id.toLowerCase())).toBe(false);
  });

  it("is the same every time (no clock, no randomness)", () => {
    expect(JSON.stringify(build(kind))).toBe(JSON.stringify(report));
  });

  it("has charts whose labels match their values", () => {
    for (const b of report.sections) {
      if (b.type !== "chart") continue;
      expect(b.labels.length).toBe(b.series.length);
      b.series.forEach((s, i) => {
        expect(s.values.length).toBe(b.categories.length);
        expect(b.labels[i]?.length).toBe(b.categories.length);
      });
    }
  });

  it("matches the Markdown snapshot", async () => {
    await expect(render(report, "markdown")).toMatchFileSnapshot(`__snapshots__/${kind}.md`);
  });

  it("ends with a Sources section: every source its paragraphs cite, once each, in order", () => {
    const [heading, list, ...after] = report.sections.slice(-2);
    expect(after).toEqual([]);
    expect(heading).toEqual({ type: "heading", level: 2, text: "Sources" });
    if (list?.type !== "sources") throw new Error(`${kind}: no sources list at the end`);
    const cited = report.sections.flatMap((b) =>
      b.type === "paragraph" ? [...(b.sources ?? [])] : [],
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(list.items.map(citationKey)).toEqual([...new Set(cited.map(citationKey))]);
    // only one sources list, and only paragraphs cite
    expect(report.sections.filter((b) => b.type === "sources")).toHaveLength(1);
    for (const item of list.items) expectInBibliography(item);
  });

  it("cites public publications, never ppie's internal notes, in every format", () => {
    // Until the census tables name their source as a Source (the frameworks conversion), their
    // own words in the representation footnotes still name an internal note: check the rest.
    if (kind === "representation" && censusInWords) {
      const noFootnotes = report.sections.map((b) =>
        b.type === "table" ? { ...b, footnote: undefined } : b,
      );
      expect(JSON.stringify(noFootnotes)).not.toMatch(INTERNAL_NOTES);
      return;
    }
    for (const format of RENDER_FORMATS) {
      expect(render(report, format), format).not.toMatch(INTERNAL_NOTES);
    }
  });
});

/** What the reports must never cite: research notes that no reader has. */
const INTERNAL_NOTES = /metrics\.md|frameworks\.md|DESIGN\.md|domain notes|§/i;

/** Whether the census tables still name their source in words (before the frameworks conversion). */
const censusInWords = (REFERENCE_TABLES as readonly ReferenceTable[]).some(
  (t) => typeof t.source === "string",
);

/** A source cited for one part of it: its id and section. */
function citationKey(s: Source): string {
  return JSON.stringify([s.id, isDesignChoice(s) ? null : (s.section ?? null)]);
}

/** A cited source is a design choice of ppie, or a publication of the bibliography (maybe cited for a section, with its own flag and note). */
function expectInBibliography(item: Source): void {
  if (isDesignChoice(item)) {
    expect(designChoices).toContainEqual(item);
    return;
  }
  const pub = publications.find((p) => p.id === item.id);
  expect(pub, item.id).toBeDefined();
  const { section: _s, verified: _v, note: _n, ...cited } = item;
  const { section: _ps, verified: _pv, note: _pn, ...published } = pub as PublicationSource;
  expect(cited).toEqual(published);
}

const demographicTables = (r: Report): TableBlock[] =>
  r.sections.filter(
    (b: Block): b is TableBlock => b.type === "table" && b.id.startsWith("demographics-"),
  );

describe("privacy by default", () => {
  it("shows names only when identifiers are opted in", () => {
    const off = JSON.stringify(build("project"));
    const on = JSON.stringify(build("project", { includeIdentifiers: true }));
    const named = demoDataset.contributors.filter((c) => c.identifiers?.name && on.includes(c.id));
    expect(named.some((c) => on.includes(c.identifiers?.name as string))).toBe(true);
    expect(named.some((c) => off.includes(c.identifiers?.name as string))).toBe(false);
  });

  it.each(
    Object.keys(disclosurePresets) as (keyof typeof disclosurePresets)[],
  )("hides every small demographic count under %s, and states the rule", (preset) => {
    const policy = disclosurePresets[preset];
    for (const kind of ["representation", "project"] as const) {
      const r = build(kind, { disclosure: preset });
      const tables = demographicTables(r);
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.footnote).toContain(policy.name);
        for (const row of t.rows) {
          const c = row.count;
          if (!c || c.value === undefined) continue;
          if (c.value === null) {
            expect(c.suppressed).toBeDefined();
            continue;
          }
          const small = c.value === 0 ? policy.protectZero : c.value < policy.minSafeCount;
          expect(small).toBe(false);
        }
      }
    }
  });

  it("uses secondary suppression so a hidden count cannot be recovered from the total", () => {
    const r = build("representation");
    for (const t of demographicTables(r)) {
      const hidden = t.rows.filter((row) => row.count?.value === null).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it("never shows a ratio or share for a hidden count", () => {
    for (const t of demographicTables(build("representation"))) {
      for (const row of t.rows) {
        if (row.count?.value !== null) continue;
        expect(row.ratio?.value ?? null).toBeNull();
        expect(row.share?.value ?? null).toBeNull();
      }
    }
  });
});

describe("report content", () => {
  it("gripp2 fills every short-form item and flags missing ones", () => {
    const r = build("gripp2");
    const list = r.sections.find((b) => b.type === "checklist");
    expect(list?.type === "checklist" && list.items.map((i) => i.code)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
    const long = build("gripp2", { project: "p-002" });
    expect(long.title).toContain("long form");
    const warning = long.sections.find(
      (b) => b.type === "paragraph" && b.tone === "warning" && b.text.includes("not yet verified"),
    );
    expect(warning?.type === "paragraph" && warning.sources?.map((x) => x.id)).toEqual([
      GRIPP2_BMJ_2017.id,
      GRIPP2_LF_REPRODUCTION_2023.id,
    ]);
  });

  it("gripp2's method note cites the GRIPP2 paper for the form used, and ppie's scoring choice", () => {
    for (const [form, part] of [
      ["short", "short form (GRIPP2-SF)"],
      ["long", "long form (GRIPP2-LF)"],
    ] as const) {
      const note = build("gripp2", { form }).sections[0];
      if (note?.type !== "paragraph") throw new Error("no method note");
      expect(note.text).toContain("(Staniszewska et al. 2017)");
      expect(note.sources?.slice(0, 2)).toEqual([cite(GRIPP2_BMJ_2017, part), CHOICE_GRIPP2]);
    }
  });

  it("strategy covers the four pillars with status and trend", () => {
    const r = build("strategy", { period: "2025-26" });
    const headings = r.sections
      .filter((b) => b.type === "heading")
      .map((b) => b.type === "heading" && b.text);
    expect(headings).toEqual(
      expect.arrayContaining(["Capability", "Capacity", "Community", "Impact"]),
    );
    const metrics = r.sections.filter((b) => b.type === "metric" && b.id.startsWith("strategy-m-"));
    expect(metrics.length).toBeGreaterThan(0);
    for (const m of metrics)
      expect(m.type === "metric" && m.status !== undefined && m.trend !== undefined).toBe(true);
  });

  it("project shows a stage by level heat map and the open warnings of checkDataset", () => {
    const r = build("project", { project: "p-002" });
    const heat = r.sections.find((b) => b.type === "chart" && b.kind === "heatmap");
    expect(heat?.type === "chart" && heat.series.length).toBe(7);
    expect(r.sections.some((b) => b.type === "table" && b.id === "project-warnings")).toBe(true);
  });

  it("feedback flags the PEIRS-22 score as not the official score", () => {
    const r = build("feedback");
    expect(
      r.sections.some(
        (b) =>
          b.type === "paragraph" &&
          b.tone === "warning" &&
          b.text.includes("not the official Rasch"),
      ),
    ).toBe(true);
    expect(r.sections.some((b) => b.type === "chart" && b.id === "fft-positive-by-month")).toBe(
      true,
    );
  });

  it("narrows impact, representation and feedback to one project", () => {
    const all = build("impact");
    const one = build("impact", { project: "p-001" });
    const tablesOf = (r: Report) =>
      r.sections.filter((b) => b.type === "table" && b.id.startsWith("impact-records-"));
    expect(tablesOf(all).length).toBeGreaterThan(1);
    expect(tablesOf(one).map((b) => b.type === "table" && b.id)).toEqual(["impact-records-p-001"]);
  });
});

describe("buildReport never throws", () => {
  it("returns diagnostics for bad kinds and options", () => {
    const r = buildReport("nonsense" as ReportKind, demoDataset, { generatedAt });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe("report/unknown-kind");
    const bad = buildReport("strategy", demoDataset, { generatedAt, nope: true } as never);
    expect(bad.ok).toBe(false);
  });

  it("builds every kind from an empty dataset", () => {
    const empty = {
      ...demoDataset,
      activities: [],
      events: [],
      payments: [],
      feedback: [],
      impacts: [],
      training: [],
      strategies: [],
      contributors: [],
      groups: [],
    };
    for (const kind of REPORT_KINDS) {
      const r = buildReport(kind, empty, {
        generatedAt,
        asOf: "2026-03-31",
        ...(projectFor[kind] ? { project: projectFor[kind] } : {}),
      });
      expect(r.ok).toBe(true);
    }
  });

  it("without a period or as-of date, an undated dataset has no default period: the report and the measure say so alike", () => {
    const undated = undatedDemo();
    const r = buildReport("impact", undated, { generatedAt });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["period/no-default", ["opts", "period"]],
    ]);
    const s = scoreDataset("impact", undated, {});
    expect(s.ok).toBe(false);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["period/no-default"]);
    // a project report covers the project's own dates and needs no default period
    expect(buildReport("project", undated, { generatedAt, project: "p-001" }).ok).toBe(true);
  });
});

describe("buildReport on a dataset that throws", () => {
  it("returns report/internal-error whatever is thrown", () => {
    const { "a null-prototype object": nullProto, "a Proxy whose getPrototypeOf throws": noProto } =
      hostileThrowables();
    for (const thrown of [nullProto, noProto]) {
      const ds = Object.defineProperty({ ...demoDataset }, "activities", {
        get() {
          throw thrown;
        },
      });
      const r = buildReport("strategy", ds, { generatedAt });
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["report/internal-error"]);
    }
  });
});

describe("buildReport with dates outside 1900-01-01..9998-12-31", () => {
  it("rejects such an as-of date or period with a diagnostic", () => {
    const asOf = buildReport("strategy", demoDataset, { generatedAt, asOf: "9999-12-31" });
    expect(asOf.ok).toBe(false);
    expect(asOf.diagnostics.map((d) => d.path)).toContainEqual(["opts", "asOf"]);
    for (const period of ["9999", "9999-00", "0001"]) {
      const r = buildReport("strategy", demoDataset, { generatedAt, period });
      expect(r.ok, period).toBe(false);
    }
  });
});
