/**
 * Where the reports show the registered measures: for each figure a report shows that a
 * measure of the registry computes (`scoreDataset`, `ppie score`), the report kind and block,
 * the measure and its options, and the number of the score the figure is. One list, checked
 * in-process over generated datasets (test/property/one-answer.test-prop.ts) and through the
 * command line (test/cli/one-answer.test.ts), so that "the value `ppie score` gives is the
 * figure the report shows" means the same comparisons in both.
 */
import { expect } from "vitest";
import { roundNumber } from "../src/format.js";
import type { Block, Report } from "../src/reports/index.js";
import type { ReportKind } from "../src/reports/report.js";
import type { MeasureComponents, MeasureId } from "../src/scores/registry.js";
import {
  REPRESENTATION_DIMENSION_IDS,
  representationDimension,
} from "../src/scores/representation-dataset.js";

/** A report as `buildReport` returns it, or as `ppie report --format json` prints it. */
export type ReportLike = Pick<Report, "sections">;

/** A score as `scoreDataset` returns it, or as `ppie score --format json` prints it. */
export interface ScoreLike<M extends MeasureId = MeasureId> {
  value: number | null;
  components: MeasureComponents[M];
}

/** One number a report shows (`undefined` when the report has no such block). */
type Shown = number | null | undefined;

/** A figure of a report and the number of a measure's score it should be. */
export interface Figure<M extends MeasureId = MeasureId> {
  /** The report kind that shows it. */
  kind: ReportKind;
  /** What the figure is, for messages, e.g. `"impact-records"`. */
  name: string;
  /** The measure that computes it. */
  measure: M;
  /** The measure's options besides period and project, e.g. `{ dimension: "sex" }`. */
  options?: Readonly<Record<string, string>>;
  /** The report's options besides period and project, e.g. `{ disclosure: "ukhsa-5" }`. */
  reportOptions?: Readonly<Record<string, string>>;
  /** Whether report and measure are about one project: never, with or without one, or always. */
  project: "none" | "optional" | "required";
  /**
   * Which periods they agree on: `"any"`, the default period included; `"named"`, only a period
   * named by the caller (a project report without one covers the project to date, while a
   * measure takes the default period or, for involvement depth, the whole project); `"none"`,
   * neither takes a period (the GRIPP2 report is about the whole project).
   */
  period: "any" | "named" | "none";
  /** The report may leave the figure out (no records of its kind in the period). */
  optional?: boolean;
  /** The pairs of (figure shown, number computed), or `undefined` when the report has none. */
  pairs: (report: ReportLike, score: ScoreLike<M>) => [Shown, number | null][] | undefined;
}

function blockOf<T extends Block["type"]>(
  report: ReportLike,
  type: T,
  id: string,
): Extract<Block, { type: T }> | undefined {
  return report.sections.find(
    (b): b is Extract<Block, { type: T }> => b.type === type && "id" in b && b.id === id,
  );
}

/** The value of a metric block, or `undefined` when the report has no such block. */
export function metricValue(report: ReportLike, id: string): Shown {
  return blockOf(report, "metric", id)?.value;
}

/** The numbers in one column of a table, or `undefined` when the report has no such table. */
export function tableColumn(report: ReportLike, id: string, column: string): Shown[] | undefined {
  return blockOf(report, "table", id)?.rows.map((row) => row[column]?.value);
}

function figure<M extends MeasureId>(f: Figure<M>): Figure {
  return f as unknown as Figure;
}

/** Metric blocks, each paired with a number of the score. */
function metrics<M extends MeasureId>(
  list: readonly (readonly [id: string, pick: (s: ScoreLike<M>) => number | null])[],
): Figure<M>["pairs"] {
  return (report, score) => {
    if (list.every(([id]) => metricValue(report, id) === undefined)) return undefined;
    return list.map(([id, pick]) => [metricValue(report, id), pick(score)]);
  };
}

/** Columns of a table, row by row against a list of the score. */
function columns<M extends MeasureId, R>(
  id: string,
  rows: (s: ScoreLike<M>) => readonly R[],
  list: readonly (readonly [column: string, pick: (row: R) => number | null])[],
): Figure<M>["pairs"] {
  return (report, score) => {
    const computed = rows(score);
    const out: [Shown, number | null][] = [];
    for (const [column, pick] of list) {
      const shown = tableColumn(report, id, column);
      if (shown === undefined) return undefined;
      expect(shown.length, `rows of table ${id}`).toBe(computed.length);
      computed.forEach((r, i) => {
        out.push([shown[i], pick(r)]);
      });
    }
    return out;
  };
}

const PILLARS = ["capability", "capacity", "community", "impact"] as const;

/**
 * A statistic about people as reports publish it: rounded as shown (docs/reports.md, "Small
 * numbers"), so the report's number is the measure's, rounded to one decimal place.
 */
const asPublished = (v: number | null): number | null => (v === null ? null : roundNumber(v, 1));

/**
 * The seldom-heard reach section (strategy and impact reports): its headline, then every row of
 * its tables (one per organisation), against the measure's groups (and, with one organisation,
 * its line for anyone from the groups).
 */
function seldomHeardPairs(
  report: ReportLike,
  s: ScoreLike<"seldom-heard-reach">,
): [Shown, number | null][] | undefined {
  const headline = metricValue(report, "seldom-heard-involved");
  if (headline === undefined) return undefined;
  const rows = report.sections.flatMap((b) =>
    b.type === "table" && (b.id === "seldom-heard" || b.id.startsWith("seldom-heard-"))
      ? b.rows
      : [],
  );
  const c = s.components;
  const lines = c.groups.map((g) => [g.involved, g.active, g.reached, g.previous.involved]);
  if (c.organisations.length === 1) lines.push([c.involved, c.active, null, c.previousInvolved]);
  expect(rows.length, "rows of the seldom-heard tables").toBe(lines.length);
  const out: [Shown, number | null][] = [[headline, s.value]];
  rows.forEach((row, i) => {
    const [involved, active, reached, previous] = lines[i] as (number | null)[];
    out.push([row.involved?.value, involved ?? null]);
    out.push([row.active?.value, active ?? null]);
    out.push([row.reached?.value, reached ?? null]);
    out.push([row.previous?.value, previous ?? null]);
  });
  return out;
}

/** Every figure the reports show that a registered measure computes. */
export const FIGURES: readonly Figure[] = [
  figure({
    kind: "strategy",
    name: "strategy scorecard",
    measure: "strategy",
    project: "none",
    period: "any",
    pairs: (report, s) => [
      [metricValue(report, "strategy-overall"), s.value],
      ...PILLARS.map((p): [Shown, number | null] => [
        metricValue(report, `pillar-${p}`),
        s.components.pillars[p].share,
      ]),
      ...s.components.metrics.map((m): [Shown, number | null] => [
        metricValue(report, `strategy-${m.metricId}`),
        m.value,
      ]),
    ],
  }),
  figure({
    kind: "impact",
    name: "impact",
    measure: "impact",
    project: "optional",
    period: "any",
    pairs: metrics<"impact">([
      ["impact-loop-closed", (s) => s.value],
      ["impact-records", (s) => s.components.records],
      ["impact-outcome-share", (s) => s.components.outcomeShare],
    ]),
  }),
  figure({
    kind: "engagement",
    name: "engagement",
    measure: "engagement",
    project: "optional",
    period: "any",
    pairs: (report, s) => {
      const c = s.components;
      const recorded = (f: { total: number; recorded: number }) =>
        f.recorded === 0 ? null : f.total;
      const head = metrics<"engagement">([
        ["engagement-agenda-share", (x) => x.value],
        ["engagement-events", (x) => x.components.events],
        ["engagement-in-person", (x) => recorded(x.components.inPerson)],
        ["engagement-online", (x) => recorded(x.components.online)],
        ["engagement-bursary-places", (x) => x.components.bursaryPlaces],
      ])(report, s);
      if (head === undefined) return undefined;
      const kinds = (Object.keys(c.byKind) as (keyof typeof c.byKind)[]).filter(
        (k) => c.byKind[k].events > 0,
      );
      const rows = [...kinds.map((k) => c.byKind[k]), c];
      const table =
        c.events === 0
          ? []
          : columns("engagement-by-kind", () => rows, [
              ["events", (r) => r.events],
              ["inPerson", (r) => recorded(r.inPerson)],
              ["online", (r) => recorded(r.online)],
              ["onAgenda", (r) => r.onAgenda],
              ["bursaryPlaces", (r) => r.bursaryPlaces],
            ])(report, s);
      const roles = columns(
        "engagement-agenda-roles",
        (x: ScoreLike<"engagement">) => [
          ...Object.values(x.components.byRole),
          { people: x.components.agendaPeople, places: x.components.agendaPlaces },
        ],
        [
          ["people", (r) => r.people],
          ["places", (r) => r.places],
        ],
      )(report, s);
      return [...head, ...(table ?? []), ...(roles ?? [])];
    },
  }),
  figure({
    kind: "strategy",
    name: "seldom-heard reach",
    measure: "seldom-heard-reach",
    project: "none",
    period: "any",
    optional: true,
    pairs: seldomHeardPairs,
  }),
  figure({
    kind: "engagement",
    name: "seldom-heard reach",
    measure: "seldom-heard-reach",
    project: "optional",
    period: "any",
    optional: true,
    pairs: seldomHeardPairs,
  }),
  figure({
    kind: "impact",
    name: "seldom-heard reach",
    measure: "seldom-heard-reach",
    project: "optional",
    period: "any",
    optional: true,
    pairs: seldomHeardPairs,
  }),
  figure({
    kind: "feedback",
    name: "fft",
    measure: "fft",
    project: "optional",
    period: "any",
    optional: true,
    pairs: metrics<"fft">([
      ["fft-positive", (s) => asPublished(s.value)],
      ["fft-negative", (s) => asPublished(s.components.percentNegative)],
    ]),
  }),
  figure({
    kind: "feedback",
    name: "peirs22",
    measure: "peirs22",
    project: "optional",
    period: "any",
    optional: true,
    pairs: metrics<"peirs22">([["peirs22-mean", (s) => asPublished(s.components.mean)]]),
  }),
  figure({
    kind: "feedback",
    name: "ppeet",
    measure: "ppeet",
    project: "optional",
    period: "any",
    optional: true,
    pairs: columns("ppeet-items", (s: ScoreLike<"ppeet">) => s.components.items, [
      ["n", (i) => i.n],
      ["agree", (i) => i.percentAgree],
      ["neutral", (i) => i.percentNeutral],
      ["disagree", (i) => i.percentDisagree],
      ["dontKnow", (i) => i.percentDontKnow],
    ]),
  }),
  figure({
    kind: "listening",
    name: "listening",
    measure: "listening",
    project: "optional",
    period: "any",
    pairs: (report, s) => [
      ...(metrics<"listening">([
        ["listening-changed", (x) => asPublished(x.value)],
        ["listening-pals-contacts", (x) => x.components.pals.contacts],
        ["listening-stories", (x) => x.components.stories.count],
        ["listening-fft-positive", (x) => asPublished(x.components.fft.percentPositive)],
      ])(report, s) ?? []),
      ...(columns(
        "listening-story-forums",
        (x: ScoreLike<"listening">) => x.components.stories.byForum,
        [
          ["stories", (f) => f.stories],
          ["sharings", (f) => f.sharings],
        ],
      )(report, s) ?? []),
    ],
  }),
  // at the default disclosure control, and at a smaller threshold that hides fewer counts
  ...[undefined, "ukhsa-5"].flatMap((disclosure) =>
    REPRESENTATION_DIMENSION_IDS.map((dimension) =>
      figure({
        kind: "representation",
        name: `representation ${dimension}${disclosure === undefined ? "" : ` ${disclosure}`}`,
        measure: "representation",
        options: disclosure === undefined ? { dimension } : { dimension, disclosure },
        ...(disclosure === undefined ? {} : { reportOptions: { disclosure } }),
        project: "optional",
        period: "any",
        optional: true,
        pairs: metrics<"representation">([
          [`dissimilarity-${representationDimension(dimension).key}`, (s) => s.value],
        ]),
      }),
    ),
  ),
  figure({
    kind: "project",
    name: "project involvement depth",
    measure: "involvement-depth",
    project: "required",
    period: "named",
    pairs: metrics<"involvement-depth">([
      ["project-depth-index", (s) => s.value],
      ["project-activities", (s) => s.components.involvementActivities],
      ["project-stages", (s) => s.components.stagesCovered],
      ["project-hours", (s) => s.components.hours],
    ]),
  }),
  figure({
    kind: "project",
    name: "project payments",
    measure: "payments",
    project: "required",
    period: "named",
    pairs: metrics<"payments">([
      ["project-paid", (s) => s.value],
      ["project-paid-on-time", (s) => s.components.daysToPay.withinTargetShare],
    ]),
  }),
  figure({
    kind: "project",
    // a project has few PEIRS-22 respondents: the smaller threshold shows some means
    name: "project peirs22 ukhsa-5",
    measure: "peirs22",
    reportOptions: { disclosure: "ukhsa-5" },
    project: "required",
    period: "named",
    pairs: metrics<"peirs22">([["project-peirs22", (s) => asPublished(s.components.mean)]]),
  }),
  figure({
    kind: "gripp2",
    name: "gripp2 completeness",
    measure: "gripp2-completeness",
    project: "required",
    period: "none",
    pairs: metrics<"gripp2-completeness">([["gripp2-completeness", (s) => s.value]]),
  }),
  figure({
    kind: "gripp2",
    name: "gripp2 stages",
    measure: "involvement-depth",
    project: "required",
    period: "none",
    pairs: columns("gripp2-stages", (s: ScoreLike<"involvement-depth">) => s.components.stages, [
      ["activities", (st) => st.activities],
      ["deepest", (st) => st.deepest],
      ["typical", (st) => st.median],
    ]),
  }),
];

/** A period and a project that a report and a measure are asked for. */
export interface Scope {
  period?: string;
  project?: string;
}

/** One comparison: a figure, and the report and measure to compute for it. */
export interface Comparison {
  figure: Figure;
  /** The report to build: its kind and options (period, project, and the figure's own). */
  report: { kind: ReportKind; options: Readonly<Record<string, string>> };
  /** The measure to compute: its id and options. */
  measure: { id: MeasureId; options: Readonly<Record<string, string>> };
}

/**
 * Every comparison of {@link FIGURES} for some periods (`undefined` for the default) and
 * projects.
 *
 * @param periods - the periods, `undefined` for the default one
 * @param projects - project ids, for the figures about one project
 * @returns the comparisons
 */
export function comparisons(
  periods: readonly (string | undefined)[],
  projects: readonly string[],
): Comparison[] {
  const out: Comparison[] = [];
  for (const figure of FIGURES) {
    const ps =
      figure.period === "none"
        ? [undefined]
        : figure.period === "named"
          ? periods.filter((p) => p !== undefined)
          : periods;
    const prs =
      figure.project === "none"
        ? [undefined]
        : figure.project === "required"
          ? projects
          : [undefined, ...projects];
    for (const period of ps) {
      for (const project of prs) {
        const scope: Scope = {
          ...(period === undefined ? {} : { period }),
          ...(project === undefined ? {} : { project }),
        };
        out.push({
          figure,
          report: { kind: figure.kind, options: { ...scope, ...figure.reportOptions } },
          measure: { id: figure.measure, options: { ...scope, ...figure.options } },
        });
      }
    }
  }
  return out;
}

/** A name for a comparison, in messages. */
export function describeComparison(c: Comparison): string {
  const o = c.measure.options;
  const given = Object.entries(o).map(([k, v]) => `${k} ${v}`);
  if (o.period === undefined && c.figure.period !== "none") given.unshift("default period");
  return `${c.figure.name} in the ${c.report.kind} report (${given.join(", ")})`;
}

/**
 * Check that a report shows what a measure computes: every figure shown as a number is the
 * score's number (a figure hidden by disclosure control is `null` and says nothing).
 *
 * @param c - the comparison
 * @param report - the report built for it
 * @param score - the score computed for it
 * @returns how many numbers were compared (shown and computed, both not `null`)
 */
export function agree(c: Comparison, report: ReportLike, score: ScoreLike): number {
  const where = describeComparison(c);
  const pairs = c.figure.pairs(report, score);
  if (pairs === undefined) {
    expect(c.figure.optional, `${where}: the ${c.report.kind} report has no such figure`).toBe(
      true,
    );
    return 0;
  }
  let compared = 0;
  pairs.forEach(([shown, computed], i) => {
    expect(shown, `${where} #${i}: not in the ${c.report.kind} report`).not.toBeUndefined();
    if (shown === null) return;
    expect(shown, `${where} #${i}`).toBe(computed);
    if (computed !== null) compared += 1;
  });
  return compared;
}
