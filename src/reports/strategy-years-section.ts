/**
 * The multi-year view of a strategy report: each pillar's share of metrics met or on track in
 * every year of each strategy's period, as a table and a chart (with its text alternative).
 *
 * @module
 */
import { strategyPillars } from "../frameworks/strategy-pillars.js";
import type { Pillar } from "../model/common.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import { addDays } from "../model/period.js";
import type { StrategyComponents, StrategyRollup } from "../scores/strategy.js";
import { cell, formatCount, formatDate, formatPercent, NO_DATA } from "./format.js";
import { measure } from "./measure.js";
import type { ReportContext } from "./options.js";
import type { Block, Cell, ChartBlock, TableBlock } from "./report.js";

const PILLARS: readonly Pillar[] = ["capability", "capacity", "community", "impact"];

/** At most this many years of one strategy are shown (a longer strategy is cut, and says so). */
const MAX_YEARS = 10;

/** A year of a strategy, with the label a reader knows ("2025-26" for an April-to-March year). */
export interface StrategyYear extends Period {
  label: string;
}

/** The day a year after `iso` (29 February goes to 1 March). */
function nextYearSameDay(iso: string): string {
  const md = iso.slice(4) === "-02-29" ? "-03-01" : iso.slice(4);
  return `${Number(iso.slice(0, 4)) + 1}${md}`;
}

/**
 * The years of a period, from its first day: each runs to the day before the same date a year
 * on, the last cut at the period's end.
 *
 * @param p - the strategy's period
 * @returns the years, at most {@link MAX_YEARS}
 * @example
 * ```ts
 * strategyYears({ start: "2025-04-01", end: "2028-03-31" }).map((y) => y.label);
 * // ["2025-26", "2026-27", "2027-28"]
 * ```
 */
export function strategyYears(p: Period): StrategyYear[] {
  const years: StrategyYear[] = [];
  let start = p.start;
  while (start <= p.end && years.length < MAX_YEARS) {
    const next = nextYearSameDay(start);
    const fullEnd = addDays(next, -1);
    const end = fullEnd < p.end ? fullEnd : p.end;
    const financial = start.slice(4) === "-04-01" && end === fullEnd;
    const y = Number(start.slice(0, 4));
    const label = financial
      ? `${y}-${String((y + 1) % 100).padStart(2, "0")}`
      : `${formatDate(start)} to ${formatDate(end)}`;
    years.push({ start, end, label });
    start = next;
  }
  return years;
}

/** Which years run past the as-of date (the year so far) or begin after it, in words. */
function asOfNote(years: readonly StrategyYear[], asOf: string): string {
  const running = years.filter((y) => y.start <= asOf && y.end > asOf).map((y) => y.label);
  const later = years.filter((y) => y.start > asOf).map((y) => y.label);
  if (running.length === 0 && later.length === 0) return "";
  const parts = [
    ...(running.length > 0 ? [`${running.join(", ")} shows the year so far`] : []),
    ...(later.length > 0 ? [`${later.join(", ")} had not begun`] : []),
  ];
  return ` The figures are as of ${formatDate(asOf)}: ${parts.join("; ")}.`;
}

/** The share of a roll-up as a table cell. */
function shareCell(r: StrategyRollup): Cell {
  return r.share === null ? cell(NO_DATA, null) : cell(formatPercent(r.share), r.share);
}

/** How many of a roll-up's metrics could be judged (a value and a target), as a table cell. */
function assessedCell(r: StrategyRollup): Cell {
  const n = r.met + r.onTrack + r.offTrack;
  return cell(`${formatCount(n)} of ${formatCount(r.metrics)}`, n);
}

/** One strategy's table and chart of each pillar, and the whole strategy, per year. */
function strategyYearsBlocks(
  dataset: Dataset,
  ctx: ReportContext,
  s: StrategyComponents["strategies"][number],
  many: boolean,
): Block[] {
  const years = strategyYears(s.period);
  if (years.length === 0) return [];
  const scored = years.map(
    (y) => measure("strategy", dataset, { period: y, strategyId: s.id }).components,
  );
  const name = (p: Pillar) => strategyPillars.find((x) => x.id === p)?.label ?? p;
  // The strategy's title only when the report covers several (short captions fit a phone).
  const of = many ? `${ctx.text(s.title)}: s` : "S";
  const table: TableBlock = {
    type: "table",
    id: many ? `strategy-years-${s.id}` : "strategy-years",
    caption: `${of}hare of metrics met or on track, by pillar and year`,
    columns: [
      { key: "pillar", label: "Pillar", align: "left" },
      ...years.map((y, i) => ({ key: `y${i}`, label: y.label, align: "right" as const })),
    ],
    rows: [
      ...PILLARS.map((p) => ({
        pillar: cell(name(p)),
        ...Object.fromEntries(scored.map((c, i) => [`y${i}`, shareCell(c.pillars[p])])),
      })),
      {
        pillar: cell("Whole strategy"),
        ...Object.fromEntries(scored.map((c, i) => [`y${i}`, shareCell(c.overall)])),
      },
      {
        pillar: cell("Metrics judged"),
        ...Object.fromEntries(scored.map((c, i) => [`y${i}`, assessedCell(c.overall)])),
      },
    ],
    footnote: `Each year's metrics are judged against the target for that year; a metric with no value, or no target for a year, is not judged in it ("Metrics judged" counts those that are).${asOfNote(years, ctx.asOf)}`,
  };
  const values = (p: Pillar) => scored.map((c) => c.pillars[p].share);
  const chart: ChartBlock = {
    type: "chart",
    id: many ? `strategy-years-chart-${s.id}` : "strategy-years-chart",
    kind: "bar",
    title: `${of}hare of metrics met or on track, by year, for each pillar`,
    description: `Share of each pillar's metrics met or on track, year by year: ${PILLARS.map(
      (p) =>
        `${name(p)} ${years.map((y, i) => `${formatPercent(values(p)[i] ?? null)} in ${y.label}`).join(", ")}`,
    ).join("; ")}.`,
    categories: years.map((y) => y.label),
    series: PILLARS.map((p) => ({ name: name(p), values: values(p) })),
    unit: "%",
    labels: PILLARS.map((p) => values(p).map((v) => formatPercent(v))),
  };
  return [table, chart];
}

/**
 * The "Year by year" section: for each strategy on the scorecard, a table and a bar chart of
 * each pillar's share of metrics met or on track in every year of the strategy's period.
 *
 * @param dataset - the dataset
 * @param ctx - the report's options
 * @param c - the scorecard's components (which strategies it covers)
 * @returns the blocks; none when no strategy is covered (or none has a year to show)
 */
export function strategyYearsSection(
  dataset: Dataset,
  ctx: ReportContext,
  c: StrategyComponents,
): Block[] {
  const blocks: Block[] = [];
  for (const s of c.strategies) {
    blocks.push(...strategyYearsBlocks(dataset, ctx, s, c.strategies.length > 1));
    const years = strategyYears(s.period);
    if (years.length > 0 && years.at(-1)?.end !== s.period.end)
      blocks.push({
        type: "paragraph",
        text: `Only the first ${MAX_YEARS} years of ${ctx.text(s.title)} are shown.`,
      });
  }
  return blocks.length === 0
    ? []
    : [{ type: "heading", level: 2, text: "Year by year" }, ...blocks];
}
