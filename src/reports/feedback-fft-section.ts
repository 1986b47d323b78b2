/**
 * The Friends and Family Test section of the `feedback` report: % positive and % negative with
 * their trends, % positive by month, and results by unit, under NHS England's method and
 * publication suppression (NHS England's FFT guidance and its FFT processing code).
 *
 * @module
 */
import { feedbackInPeriod } from "../derive/period.js";
import type { FftFeedback } from "../model/feedback.js";
import type { FftCounts } from "../scores/fft.js";
import { sumFftCounts } from "../scores/fft.js";
import type { FftTableRow, FftUnit } from "../scores/fft-table.js";
import { fftTable } from "../scores/fft-table.js";
import type { FeedbackScope } from "./feedback-scope.js";
import {
  cell,
  formatChange,
  formatCount,
  formatMonth,
  formatPercent,
  formatPeriod,
  NO_DATA,
  plural,
} from "./format.js";
import { measure } from "./measure.js";
import { monthsOf } from "./period-months.js";
import type { Block, Cell, ChartBlock, MetricBlock, TableBlock } from "./report.js";
import { publishedStatistic, WITHHELD, withheldCell } from "./small-numbers.js";

/**
 * The report publishes FFT figures under `fftTable`'s cautious rules, not NHS England's own
 * (the default): a figure for all units, which is the one top-level unit of its table, is
 * hidden when it has 1 to 4 responses (NHS England never hides its national total), and a
 * suppressed unit's number of responses is hidden with its counts (NHS England shows it), so
 * that no number of 1 to 4 responses is ever shown.
 */
const RULES = { rules: "cautious" } as const;

/** A headline percentage's trend against the previous period's figure, in percentage points. */
export function fftTrend(
  a: number | null,
  b: number | null | undefined,
): NonNullable<MetricBlock["trend"]> {
  if (a === null) return { direction: "none", text: "no figure for this period" };
  if (b === null || b === undefined) {
    return { direction: "none", text: "no figure for the previous period" };
  }
  const d = a - b;
  return {
    direction: Math.abs(d) < 0.05 ? "flat" : d > 0 ? "up" : "down",
    text: `${formatChange(d, 1, " percentage points")} since the previous period (${formatPercent(b)})`,
  };
}

/**
 * The period's FFT counts as a headline may publish them, by the same first-level rule as the
 * table by unit: `total` is the published number of responses (`null` when 1 to 4 are hidden).
 */
function fftHeadline(records: readonly FftFeedback[]): { hidden: boolean; total: number | null } {
  return fftHeadlineOf(sumFftCounts(records));
}

/** {@link fftHeadline} of counts already summed (the listening report's, from its measure). */
export function fftHeadlineOf(counts: FftCounts): { hidden: boolean; total: number | null } {
  const t = fftTable([{ id: "all", counts }], RULES);
  const row = t.ok ? t.value.rows[0] : undefined;
  const hidden = row?.suppressed.percentages === true;
  return { hidden, total: row === undefined || row.suppressed.counts ? null : row.total };
}

/**
 * The headline metrics, % positive and % negative with their trends; both are withheld, with
 * the number of responses, when the period's total is suppressed (1 to 4 responses), and a
 * trend is shown only against a previous figure that was itself published.
 */
function fftHeadlineMetrics(
  s: FeedbackScope,
  fftNow: readonly FftFeedback[],
  fftPrev: readonly FftFeedback[],
): MetricBlock[] {
  const { dataset, period, prev, measureScope } = s;
  const now = measure("fft", dataset, { ...measureScope, period });
  const before =
    fftPrev.length > 0 && !fftHeadline(fftPrev).hidden
      ? measure("fft", dataset, { ...measureScope, period: prev })
      : undefined;
  const { hidden, total } = fftHeadline(fftNow);
  // published as shown (1 decimal place), in every format
  const pos = hidden ? null : publishedStatistic(now.value);
  const neg = hidden ? null : publishedStatistic(now.components.percentNegative);
  const units = plural(new Set(fftNow.map((f) => f.unitId)).size, "unit");
  return [
    {
      type: "metric",
      id: "fft-positive",
      label: "FFT: % positive",
      value: pos,
      display: hidden ? WITHHELD : formatPercent(pos),
      detail:
        total === null
          ? `The number of responses (from ${units}) is withheld: NHS England does not publish 1 to 4.`
          : `${formatCount(total)} responses from ${units}.`,
      trend: fftTrend(pos, publishedStatistic(before?.value ?? null)),
    },
    {
      type: "metric",
      id: "fft-negative",
      label: "FFT: % negative",
      value: neg,
      display: hidden ? WITHHELD : formatPercent(neg),
      trend: fftTrend(neg, publishedStatistic(before?.components.percentNegative ?? null)),
    },
  ];
}

/** The line chart of % positive by month, suppressed as NHS England does for 1 to 4 responses. */
function fftByMonthChart(s: FeedbackScope, fftNow: readonly FftFeedback[]): ChartBlock {
  const { period } = s;
  const months = monthsOf(period);
  const values: (number | null)[] = [];
  const labels: string[] = [];
  for (const m of months) {
    const recs = fftNow.filter((f) => f.period.start.slice(0, 7) === m);
    const counts = sumFftCounts(recs);
    const t = fftTable([{ id: m, counts }], RULES);
    const row = t.ok ? t.value.rows[0] : undefined;
    if (!row || row.total === 0) {
      values.push(null);
      labels.push(NO_DATA);
    } else if (row.suppressed.percentages) {
      values.push(null);
      labels.push(WITHHELD);
    } else {
      values.push(publishedStatistic(row.score.value));
      labels.push(formatPercent(row.score.value));
    }
  }
  const shown = values.filter((v): v is number => v !== null);
  return {
    type: "chart",
    id: "fft-positive-by-month",
    kind: "line",
    title: "FFT % positive by month",
    description:
      shown.length === 0
        ? "No month has enough FFT responses to show."
        : `Percentage of FFT responses that were positive in each month of ${period.label}, from ${formatPercent(Math.min(...shown))} to ${formatPercent(Math.max(...shown))}.`,
    categories: months.map(formatMonth),
    series: [{ name: "All units", values }],
    unit: "%",
    labels: [labels],
  };
}

/**
 * The units of the period's FFT records with their counts summed over the period, each under
 * its parent unit; parents that have no records of their own come first, as bare parents.
 */
function fftUnits(fftNow: readonly FftFeedback[]): FftUnit<FftCounts>[] {
  const unitIds: string[] = [];
  const parents = new Map<string, string | undefined>();
  const byUnit = new Map<string, FftFeedback[]>();
  for (const f of fftNow) {
    if (!byUnit.has(f.unitId)) {
      byUnit.set(f.unitId, []);
      unitIds.push(f.unitId);
      parents.set(f.unitId, f.parentUnitId);
    }
    byUnit.get(f.unitId)?.push(f);
  }
  const parentIds = [
    ...new Set(
      unitIds
        .map((u) => parents.get(u))
        .filter((p): p is string => p !== undefined && !byUnit.has(p)),
    ),
  ].sort();
  return [
    ...parentIds.map((id) => ({ id, level: "parent" })),
    ...[...unitIds].sort().map((id) => {
      const parent = parents.get(id);
      const u: FftUnit<FftCounts> = {
        id,
        level: "unit",
        counts: sumFftCounts(byUnit.get(id) ?? []),
      };
      if (parent !== undefined && parent !== id) u.parent = parent;
      return u;
    }),
  ];
}

/** Table rows in reading order: each parent unit, then its units by id. */
function byParentThenUnit(rows: readonly FftTableRow[]): FftTableRow[] {
  return [...rows].sort((a, b) => {
    const ka = a.parent ?? a.id;
    const kb = b.parent ?? b.id;
    return ka === kb
      ? a.parent === null
        ? -1
        : b.parent === null
          ? 1
          : a.id < b.id
            ? -1
            : 1
      : ka < kb
        ? -1
        : 1;
  });
}

/**
 * A published FFT figure as a cell: `*` (suppressed, for whatever reason) is withheld; a
 * shown figure's number is the one its text shows (a percentage no more precise than printed,
 * which would otherwise give away a hidden number of responses).
 */
function publishedCell(text: string): Cell {
  if (text === "*") return withheldCell();
  if (text === "") return cell(NO_DATA, null);
  const v = Number(text.replace(/[%,]/g, ""));
  // a whole number of responses is written with thousands separators, as every count is
  const shown = /^\d+$/.test(text) ? formatCount(v) : text;
  return cell(shown, Number.isFinite(v) ? v : null);
}

/** How the FFT tables by unit say what was suppressed. */
const FFT_SUPPRESSION_NOTE =
  "Suppressed: units with 1 to 4 responses (first level), the next-smallest unit beside one (second level), and the smallest units under a suppressed unit (cascade), as NHS England publishes FFT data, with ppie's stricter handling of ties and totals (see the method note).";

/**
 * A table of FFT results by unit, grouped under parent units, with NHS England's first-level,
 * second-level and cascade suppression (the `feedback` and `listening` reports' tables);
 * `undefined` when the units do not make a table.
 *
 * @param units - the units, parents first
 * @param spec - the table's id and caption, what a unit is called, and a note before the
 *   suppression note
 * @returns the table
 */
export function fftUnitsTable(
  units: readonly FftUnit<FftCounts>[],
  spec: { id: string; caption: string; label: (id: string) => string; note?: string },
): TableBlock | undefined {
  const table = fftTable(units, { ...RULES, percentDecimals: 1 });
  if (!table.ok) return undefined;
  const { label } = spec;
  return {
    type: "table",
    id: spec.id,
    caption: spec.caption,
    columns: [
      { key: "unit", label: "Unit", align: "left" },
      { key: "responses", label: "Responses", align: "right" },
      { key: "positive", label: "% positive", align: "right" },
      { key: "negative", label: "% negative", align: "right" },
    ],
    rows: byParentThenUnit(table.value.rows).map((r) => ({
      unit: cell(
        r.parent === null ? `${label(r.id)} (all units)` : `${label(r.parent)} / ${label(r.id)}`,
      ),
      responses: publishedCell(r.published.total),
      positive: publishedCell(r.published.percentPositive),
      negative: publishedCell(r.published.percentNegative),
    })),
    footnote:
      spec.note === undefined ? FFT_SUPPRESSION_NOTE : `${spec.note} ${FFT_SUPPRESSION_NOTE}`,
  };
}

/**
 * The table of FFT results by unit over the period, grouped under parent units, with NHS
 * England's first-level, second-level and cascade suppression; `undefined` when the units do
 * not make a table.
 */
function fftByUnitTable(s: FeedbackScope, fftNow: readonly FftFeedback[]): TableBlock | undefined {
  return fftUnitsTable(fftUnits(fftNow), {
    id: "fft-by-unit",
    caption: `FFT results by unit, ${s.period.label}`,
    label: (id) => id,
  });
}

/**
 * The Friends and Family Test section: its heading, then the headline metrics, the chart by
 * month and the table by unit, or a sentence saying that no results were recorded.
 */
export function fftSection(s: FeedbackScope): Block[] {
  const { dataset, period, prev, forProject } = s;
  const fftAll = dataset.feedback.filter(
    (f): f is FftFeedback => f.kind === "fft" && forProject(f),
  );
  const fftNow = fftAll.filter((f) => feedbackInPeriod(f, period));
  const fftPrev = fftAll.filter((f) => feedbackInPeriod(f, prev));
  const heading: Block = { type: "heading", level: 2, text: "Friends and Family Test" };
  if (fftNow.length === 0) {
    return [
      heading,
      {
        type: "paragraph",
        text: `No Friends and Family Test results were recorded for ${formatPeriod(period)}.`,
      },
    ];
  }
  const blocks: Block[] = [
    heading,
    ...fftHeadlineMetrics(s, fftNow, fftPrev),
    fftByMonthChart(s, fftNow),
  ];
  const byUnit = fftByUnitTable(s, fftNow);
  if (byUnit !== undefined) blocks.push(byUnit);
  return blocks;
}
