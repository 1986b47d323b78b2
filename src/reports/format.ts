/**
 * Display helpers for report builders: dates, lists, plurals, cells and score values, written
 * out here once so that Markdown, HTML, CSV and JSON all show the same text. Numbers are
 * written by `src/format.ts`, which scores, rules and the CLI share (its functions are
 * re-exported here for the builders). Pure string arithmetic (no `Intl`, no locale or time zone
 * of the machine), so output is byte-identical wherever it runs. British English conventions:
 * `1,250`, `93.9%`, `£1,250.00`, `1 April 2026`.
 */
import type { CrosswalkRow } from "../frameworks/crosswalk.js";
import { toInfluenceLevel } from "../frameworks/crosswalk.js";
import { involveResearchCycle } from "../frameworks/involve-research-cycle.js";
import { involvementScales } from "../frameworks/involvement-scales.js";
import { ppieInfluenceLevel } from "../frameworks/ppie-influence-level.js";
import { formatCount, formatMoney, formatNumber, formatPercent } from "../format.js";
import type { Score, ScoreUnit } from "../scores/score.js";
import type { Cell } from "./report.js";

export {
  formatChange,
  formatCount,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProportion,
  formatQuantity,
  NO_DATA,
} from "../format.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Write an ISO `YYYY-MM-DD` date the way a person reads it. Anything that is not an ISO date
 * is returned unchanged.
 *
 * @param iso - the date
 * @returns e.g. `"1 April 2026"`
 * @example
 * ```ts
 * formatDate("2026-04-01"); // "1 April 2026"
 * ```
 * @category Report formatting
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month === undefined ? iso : `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * Write an ISO date and time (`YYYY-MM-DDTHH:MM[:SS[.sss]]` with `Z` or an offset) the way a
 * person reads it, in the time zone it was written in (the machine's time zone plays no
 * part). A plain ISO date is written as {@link formatDate} writes it; anything else is
 * returned unchanged.
 *
 * @param iso - the date and time
 * @returns e.g. `"1 April 2026 at 09:00 UTC"`, `"1 April 2026 at 10:30 (UTC+01:00)"`
 * @example
 * ```ts
 * formatDateTime("2026-04-01T09:00:00Z"); // "1 April 2026 at 09:00 UTC"
 * formatDateTime("2026-04-01T10:30:00+01:00"); // "1 April 2026 at 10:30 (UTC+01:00)"
 * ```
 * @category Report formatting
 */
export function formatDateTime(iso: string): string {
  const m =
    /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/.exec(
      iso,
    );
  if (!m) return formatDate(iso);
  const day = formatDate(m[1] as string);
  if (day === m[1]) return iso;
  const zone = m[4];
  const offset =
    zone === undefined
      ? ""
      : zone === "Z" || /^[+-]00:?00$/.test(zone)
        ? " UTC"
        : ` (UTC${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone})`;
  return `${day} at ${m[2]}:${m[3]}${offset}`;
}

/**
 * Write a calendar month (`YYYY-MM`) as a short label for chart axes.
 *
 * @param ym - `"YYYY-MM"` (a longer ISO date is cut to its month)
 * @returns e.g. `"Apr 2025"`
 * @example
 * ```ts
 * formatMonth("2025-04"); // "Apr 2025"
 * ```
 * @category Report formatting
 */
export function formatMonth(ym: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  if (!m) return ym;
  const month = MONTHS[Number(m[2]) - 1];
  return month === undefined ? ym : `${month.slice(0, 3)} ${m[1]}`;
}

/**
 * Write the days something took place: one day, or the first and last day of a campaign,
 * festival or other event over several days (an end date on or before the start is one day).
 *
 * @param start - the first (or only) day, ISO
 * @param end - the last day, ISO, when there is one
 * @returns e.g. `"12 May 2026"`, `"12 to 18 May 2026"`, `"30 April to 2 May 2026"`
 * @example
 * ```ts
 * formatDateRange("2026-05-12", "2026-05-18"); // "12 to 18 May 2026"
 * formatDateRange("2025-12-29", "2026-01-04"); // "29 December 2025 to 4 January 2026"
 * ```
 * @category Report formatting
 */
export function formatDateRange(start: string, end?: string): string {
  const from = formatDate(start);
  if (end === undefined || end <= start) return from;
  const to = formatDate(end);
  const [a, b] = [from.split(" "), to.split(" ")];
  if (from === start || to === end || a.length !== 3 || b.length !== 3) return `${from} to ${to}`;
  if (a[2] !== b[2]) return `${from} to ${to}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} to ${to}`;
  return `${a[0]} to ${to}`;
}

/**
 * Write a period as a range of dates.
 *
 * @param period - `{ start, end }` ISO dates
 * @returns e.g. `"1 April 2025 to 31 March 2026"`
 * @example
 * ```ts
 * formatPeriod({ start: "2025-04-01", end: "2026-03-31" }); // "1 April 2025 to 31 March 2026"
 * ```
 * @category Report formatting
 */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatDate(period.start)} to ${formatDate(period.end)}`;
}

/**
 * Join words into an English list.
 *
 * @param items - the words
 * @returns e.g. `"a, b and c"`, or `"none"` for an empty list
 * @example
 * ```ts
 * formatList(["aims", "methods", "reflections"]); // "aims, methods and reflections"
 * ```
 * @category Report formatting
 */
export function formatList(items: readonly string[]): string {
  if (items.length === 0) return "none";
  if (items.length === 1) return items[0] as string;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Say how many of something there are, with the right plural.
 *
 * @param n - the count
 * @param one - the singular noun
 * @param many - the plural noun (default: singular + "s")
 * @returns e.g. `"1 activity"`, `"3 activities"`
 * @example
 * ```ts
 * plural(3, "activity", "activities"); // "3 activities"
 * ```
 * @category Report formatting
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * Where in a record a finding is, for the person who will mend it: the field names as the data
 * holds them, an item of a list by its place counted from 1, from `skip` steps into the path
 * (a table about one record leaves out the record's own place in the dataset).
 *
 * @param path - the diagnostic's path into the dataset
 * @param skip - how many leading steps to leave out
 * @returns the place in words
 * @example
 * ```ts
 * whereInRecord(["serviceChanges", 0, "affected", "seldomHeardGroups", 1], 2); // "affected › seldomHeardGroups › item 2"
 * ```
 */
export function whereInRecord(path: readonly (string | number)[], skip = 0): string {
  const steps = path.slice(skip).map((p) => (typeof p === "number" ? `item ${p + 1}` : p));
  return steps.length === 0 ? "the record itself" : steps.join(" › ");
}

/**
 * Turn an id such as `"designing-and-managing"` into words for a person.
 *
 * @param id - a kebab-case id
 * @returns e.g. `"Designing and managing"`
 * @example
 * ```ts
 * humanize("outcome-measures"); // "Outcome measures"
 * ```
 * @category Report formatting
 */
export function humanize(id: string): string {
  const s = id.replace(/[-_]+/g, " ").trim();
  return s.length === 0 ? id : `${s[0]?.toUpperCase()}${s.slice(1)}`;
}

/**
 * Make a table cell: the text a person reads and, where there is one, the number behind it.
 * (A figure disclosure control hides is `withheldCell()`, in `small-numbers.ts`.)
 *
 * @param text - what is shown
 * @param value - the number behind the text (`null` when missing)
 * @returns the cell, with optional fields left out when not given
 * @example
 * ```ts
 * cell("93.9%", 93.93); // { text: "93.9%", value: 93.93 }
 * ```
 * @category Report formatting
 */
export function cell(text: string, value?: number | null): Cell {
  const c: Cell = { text };
  if (value !== undefined) c.value = value === null || Number.isFinite(value) ? value : null;
  return c;
}

/** Decimals a score's value is shown with, by unit: the same in every report and in the CLI. */
const SCORE_DECIMALS: Readonly<Record<ScoreUnit, number>> = {
  percent: 1,
  proportion: 3,
  ratio: 2,
  index: 3,
  count: 0,
  pence: 2,
  minutes: 0,
  days: 1,
  grade: 1,
  points: 1,
  nats: 3,
};

/**
 * A score's value as a person reads it, rounded once from the unrounded value: `"93.9%"`,
 * `"£2,037.50"`, `"0.037 index"`; `"no value"` when there is none.
 *
 * @param score - the score
 * @returns the text
 * @example
 * ```ts
 * formatScoreValue({ value: 93.925, unit: "percent" }); // "93.9%"
 * ```
 * @category Reports
 */
export function formatScoreValue(score: Pick<Score, "value" | "unit">): string {
  const v = score.value;
  if (v === null || !Number.isFinite(v)) return "no value";
  switch (score.unit) {
    case "percent":
      return formatPercent(v, SCORE_DECIMALS.percent);
    case "pence":
      return formatMoney(v);
    case "count":
      return formatCount(v);
    default:
      return `${formatNumber(v, SCORE_DECIMALS[score.unit])} ${score.unit}`;
  }
}

/**
 * A research stage's label as the INVOLVE research cycle names it (`"Designing and managing"`);
 * `"Stage not recorded"` for `"unspecified"`, and the id made readable for anything else.
 *
 * @param id - the stage id
 * @returns the label
 * @example
 * ```ts
 * stageLabel("designing-and-managing"); // "Designing and managing"
 * stageLabel("unspecified"); // "Stage not recorded"
 * ```
 * @category Report formatting
 */
export function stageLabel(id: string): string {
  if (id === "unspecified") return "Stage not recorded";
  return involveResearchCycle.items.find((s) => s.id === id)?.label ?? humanize(id);
}

/**
 * The order impact records are listed in: by date, then by id.
 *
 * @param a - one record
 * @param b - another
 * @returns negative, zero or positive, for `Array.prototype.sort`
 * @example
 * ```ts
 * [{ date: "2025-02-01", id: "b" }, { date: "2025-01-01", id: "a" }].sort(byDateThenId)[0]?.id; // "a"
 * ```
 * @category Report formatting
 */
export function byDateThenId(
  a: { date: string; id: string },
  b: { date: string; id: string },
): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Orders activities by start date, then id: the one order every report lists activities in.
 *
 * @category Report formatting
 */
export function byStartThenId(
  a: { startDate: string; id: string },
  b: { startDate: string; id: string },
): number {
  return byDateThenId({ date: a.startDate, id: a.id }, { date: b.startDate, id: b.id });
}

/** The public influence level's label at each level, 0 to 6 ("No influence" to "Public-led"). */
function influenceLabel(level: number): string {
  return ppieInfluenceLevel.items.find((i) => i.ordinal === level)?.label ?? String(level);
}

/**
 * The name of the involvement scale a level was recorded on, as its publisher names it
 * (`"Cancer Research UK: consult, collaborate, partner"`); a scale ppie does not ship is named
 * from its id, made readable.
 *
 * @param scaleId - the scale's framework id, as in an activity's `level.scale`
 * @returns the scale's name
 * @example
 * ```ts
 * scaleName("iap2-spectrum"); // "IAP2 Spectrum of Public Participation"
 * scaleName("our-own-ladder"); // "Our own ladder"
 * ```
 * @category Report formatting
 */
export function scaleName(scaleId: string): string {
  return Object.hasOwn(involvementScales, scaleId)
    ? involvementScales[scaleId as keyof typeof involvementScales].name
    : humanize(scaleId);
}

/**
 * An activity's level as a report shows it: the word on the scale the activity used (the
 * organisation's own words, e.g. "Partner" on Cancer Research UK's consult, collaborate,
 * partner), then where it sits on ppie's common public influence level (0 to 6) by the
 * crosswalk (`toInfluenceLevel`). A level recorded on the common scale itself is written once;
 * one with no crosswalk says so rather than guessing. Every report that shows an activity's
 * level writes it with this function.
 *
 * @param level - the activity's `level` (scale and item ids)
 * @param overrides - crosswalk rows of your own, checked before ppie's
 * @returns e.g. `"Partner (public influence level 5, Co-producing)"`
 * @example
 * ```ts
 * formatLevel({ scale: "cruk-involvement-depth", item: "partner" }); // "Partner (public influence level 5, Co-producing)"
 * formatLevel({ scale: "ppie-influence-level", item: "pil-3-involved" }); // "Involved (public influence level 3)"
 * formatLevel({ scale: "our-own-ladder", item: "steering" }); // "Steering (not on the public influence level)"
 * ```
 * @category Report formatting
 */
export function formatLevel(
  level: { readonly scale: string; readonly item: string },
  overrides: readonly CrosswalkRow[] = [],
): string {
  const scale = Object.hasOwn(involvementScales, level.scale)
    ? involvementScales[level.scale as keyof typeof involvementScales]
    : undefined;
  const items: readonly { readonly id: string; readonly label: string }[] = scale?.items ?? [];
  const word = items.find((i) => i.id === level.item)?.label ?? humanize(level.item);
  const common = toInfluenceLevel(level.scale, level.item, overrides);
  if (common === undefined) return `${word} (not on the public influence level)`;
  if (level.scale === ppieInfluenceLevel.id) return `${word} (public influence level ${common})`;
  return `${word} (public influence level ${common}, ${influenceLabel(common)})`;
}
