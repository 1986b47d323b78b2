/**
 * The listening measure: what an organisation heard in a period through its Patient Advice and
 * Liaison Service (PALS), patient and carer stories and the NHS Friends and Family Test (FFT),
 * and how much of it led to a recorded change (an impact record that names the feedback record
 * in `feedbackIds`).
 *
 * Formula (see docs/definitions.md, "Listening"): the listening records of a period are its
 * PALS contacts, stories and FFT returns (each dated by `feedbackDate`, optionally of one
 * project). The value is
 *
 *     100 × (listening records named by at least one impact record) / (listening records)
 *
 * (`null` when the period has none). Beside it: PALS contacts by category, by outcome (a
 * contact with no outcome counted as "not recorded") and by both; stories, shared or not yet
 * shared, and by forum; FFT % positive and negative over the summed counts (as {@link fft}),
 * and by unit; the most frequent themes; the impact records dated in the period that came from
 * any feedback record; and the same headline figures for the previous period, for trends.
 *
 * Runs in O(n) in the number of feedback and impact records (impacts are indexed by feedback id
 * once), plus sorting the units, themes and forums it lists.
 *
 * Sources: NHS England's FFT guidance and calculation for the FFT figures; which records count
 * as listening, the outcome rows and the share with a recorded change are ppie design choices
 * (docs/design-choices.md#listening).
 *
 * This module imports no zod.
 *
 * @module
 */
import { feedbackInPeriod, impactInPeriod } from "../derive/period.js";
import { CHOICE_IMPACT, CHOICE_LISTENING } from "../frameworks/design-choices.js";
import { FFT_CALCULATIONS, FFT_GUIDANCE_2019, PIRIT_2023 } from "../frameworks/publications.js";
import { formatCount, formatDecimal } from "../format.js";
import type { Dataset } from "../model/dataset.js";
import type { Feedback, FftFeedback, PalsFeedback, StoryFeedback } from "../model/feedback.js";
import { PALS_OUTCOMES } from "../model/vocabulary.js";
import type { Period } from "../model/period.js";
import { previousPeriod } from "../model/period.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import type { FftCounts } from "./fft.js";
import { fft, sumFftCounts } from "./fft.js";
import type { Score } from "./score.js";

/** A PALS contact's category. @category Scores */
export type PalsCategory = PalsFeedback["category"];

/** A PALS contact's outcome, or `not-recorded` when the contact has none. @category Scores */
export type PalsOutcomeRow = NonNullable<PalsFeedback["outcome"]> | "not-recorded";

/** The PALS categories, in the order reports list them. */
export const PALS_CATEGORIES: readonly PalsCategory[] = [
  "concern",
  "complaint",
  "compliment",
  "enquiry",
  "suggestion",
];

/** The PALS outcome rows, in the order reports list them: the outcomes, then "not recorded". */
export const PALS_OUTCOME_ROWS: readonly PalsOutcomeRow[] = [...PALS_OUTCOMES, "not-recorded"];

/** How many themes the measure lists. */
const TOP_THEMES = 10;

/**
 * PALS contacts of the period.
 *
 * @category Scores
 */
export interface ListeningPals {
  /** PALS contacts dated in the period. */
  contacts: number;
  /** Contacts by category. */
  byCategory: Record<PalsCategory, number>;
  /** Contacts by outcome; a contact with no outcome counts as `not-recorded`. */
  byOutcome: Record<PalsOutcomeRow, number>;
  /** Contacts by category, then outcome. */
  byCategoryAndOutcome: Record<PalsCategory, Record<PalsOutcomeRow, number>>;
  /** Contacts named by at least one impact record. */
  withImpact: number;
  /** `withImpact` as a percentage of `contacts`; `null` when there are none. */
  withImpactShare: number | null;
}

/**
 * A forum stories were shared at (a Board meeting, a committee), as written in the records.
 *
 * @category Scores
 */
export interface ListeningForum {
  /** The forum's name, exactly as recorded. */
  forum: string;
  /** Stories of the period shared there at least once. */
  stories: number;
  /** Times stories of the period were shared there. */
  sharings: number;
}

/**
 * One story of the period: where it was shared and the impact records that came from it.
 *
 * @category Scores
 */
export interface ListeningStory {
  /** The story's id. */
  id: string;
  /** Its date. */
  date: string;
  /** The forums it was shared at, as recorded, with the date where given. */
  sharedAt: { forum: string; date: string | null }[];
  /** The impact records that name it, by id, in date order. */
  impactIds: string[];
}

/**
 * Stories of the period.
 *
 * @category Scores
 */
export interface ListeningStories {
  /** Stories dated in the period. */
  count: number;
  /** Of those, stories shared at one forum or more. */
  shared: number;
  /** Stories not (yet) recorded as shared anywhere. */
  notShared: number;
  /** Forums, most stories first (then by name). */
  byForum: ListeningForum[];
  /** Stories named by at least one impact record. */
  withImpact: number;
  /** `withImpact` as a percentage of `count`; `null` when there are none. */
  withImpactShare: number | null;
  /** Each story, in date order (then by id). */
  items: ListeningStory[];
}

/**
 * One FFT unit's counts over the period.
 *
 * @category Scores
 */
export interface ListeningFftUnit {
  /** The unit's id. */
  unitId: string;
  /** Its name as recorded (on its latest return that has one), or `null`. */
  unitName: string | null;
  /** Its parent unit (from the same return as the name, else its latest return), or `null`. */
  parentUnitId: string | null;
  /** FFT returns of the unit in the period. */
  returns: number;
  /** Its counts, summed over those returns. */
  counts: FftCounts;
  /** All responses. */
  responses: number;
  /** % positive over the summed counts (as `fft`), unrounded; `null` with no responses. */
  percentPositive: number | null;
}

/**
 * FFT returns of the period.
 *
 * @category Scores
 */
export interface ListeningFft {
  /** FFT returns (one unit, one period each) dated in the period. */
  returns: number;
  /** All responses, summed over the returns. */
  responses: number;
  /** The counts summed over every return. */
  counts: FftCounts;
  /** % positive over the summed counts (as `fft` and the `fft` measure), unrounded. */
  percentPositive: number | null;
  /** % negative over the summed counts, unrounded. */
  percentNegative: number | null;
  /** Each unit, by id. */
  units: ListeningFftUnit[];
  /** Returns named by at least one impact record. */
  withImpact: number;
  /** `withImpact` as a percentage of `returns`; `null` when there are none. */
  withImpactShare: number | null;
}

/**
 * A theme of the period's PALS contacts and stories.
 *
 * @category Scores
 */
export interface ListeningTheme {
  /** The theme id, as recorded. */
  theme: string;
  /** PALS contacts with the theme. */
  pals: number;
  /** Stories with the theme. */
  stories: number;
}

/**
 * The headline figures of a period, for trends.
 *
 * @category Scores
 */
export interface ListeningHeadline {
  /** The period. */
  period: Period;
  /** PALS contacts. */
  palsContacts: number;
  /** Of those, PALS contacts named by at least one impact record (protected as the period's are). */
  palsWithImpact: number;
  /** Stories. */
  stories: number;
  /** FFT returns. */
  fftReturns: number;
  /** FFT responses. */
  fftResponses: number;
  /** FFT counts, summed over the returns. */
  fftCounts: FftCounts;
  /** FFT % positive, unrounded. */
  fftPercentPositive: number | null;
  /** Listening records with a recorded change, percent. */
  withImpactShare: number | null;
}

/**
 * The figures a {@link listening} score was built from.
 *
 * @category Scores
 */
export interface ListeningComponents {
  /** The period measured. */
  period: Period;
  /** PALS contacts, stories and FFT returns dated in the period. */
  records: number;
  /** Of those, records named by at least one impact record. */
  withImpact: number;
  /** The score's value: `withImpact` as a percentage of `records`. */
  withImpactShare: number | null;
  /** PALS contacts. */
  pals: ListeningPals;
  /** Stories. */
  stories: ListeningStories;
  /** Friends and Family Test returns. */
  fft: ListeningFft;
  /** The most frequent themes of PALS contacts and stories (up to 10), most frequent first. */
  themes: ListeningTheme[];
  /**
   * The impact records dated in the period that name at least one feedback record in scope
   * (of any kind: PALS, story, FFT, PPEET, ...), by id, in date order.
   */
  impactsFromFeedback: string[];
  /** The same headline figures for the period before. */
  previous: ListeningHeadline;
}

/**
 * Options for {@link listening}.
 *
 * @category Scores
 */
export interface ListeningOptions {
  /** The period. */
  period: Period;
  /** Only the feedback records of this project (by id). */
  projectId?: string | undefined;
}

/**
 * FFT for the figures; ppie's listening definitions; PIRIT for linking a change to what it came
 * from.
 */
export const LISTENING_SOURCES: Sources = [
  CHOICE_LISTENING,
  /* @__PURE__ */ cite(FFT_GUIDANCE_2019, "the question and its six answers"),
  FFT_CALCULATIONS,
  /* @__PURE__ */ cite(PIRIT_2023, "the Tracking Tool"),
  CHOICE_IMPACT,
];

function pct(x: number, n: number): number | null {
  return n === 0 ? null : (100 * x) / n;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

/** Code-point order, so that sorting never depends on the machine's locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The impact records that name each feedback record, built once. */
function impactsByFeedback(dataset: Dataset): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of dataset.impacts) {
    const ids = i.feedbackIds;
    if (ids === undefined) continue;
    for (const fid of new Set(ids)) {
      const list = out.get(fid);
      if (list) list.push(i.id);
      else out.set(fid, [i.id]);
    }
  }
  return out;
}

/** The period's listening records, by kind. */
interface Heard {
  pals: PalsFeedback[];
  stories: StoryFeedback[];
  fft: FftFeedback[];
}

function heardIn(dataset: Dataset, period: Period, projectId: string | undefined): Heard {
  const out: Heard = { pals: [], stories: [], fft: [] };
  for (const f of dataset.feedback) {
    if (projectId !== undefined && f.projectId !== projectId) continue;
    if (f.kind !== "pals" && f.kind !== "story" && f.kind !== "fft") continue;
    if (!feedbackInPeriod(f, period)) continue;
    if (f.kind === "pals") out.pals.push(f);
    else if (f.kind === "story") out.stories.push(f);
    else out.fft.push(f);
  }
  return out;
}

function countLinked(records: readonly Feedback[], links: Map<string, string[]>): number {
  let n = 0;
  for (const r of records) if (links.has(r.id)) n += 1;
  return n;
}

function palsOf(pals: readonly PalsFeedback[], links: Map<string, string[]>): ListeningPals {
  const byCategory = zeros(PALS_CATEGORIES);
  const byOutcome = zeros(PALS_OUTCOME_ROWS);
  const byCategoryAndOutcome = {} as Record<PalsCategory, Record<PalsOutcomeRow, number>>;
  for (const c of PALS_CATEGORIES) byCategoryAndOutcome[c] = zeros(PALS_OUTCOME_ROWS);
  for (const p of pals) {
    const outcome: PalsOutcomeRow = p.outcome ?? "not-recorded";
    byCategory[p.category] += 1;
    byOutcome[outcome] += 1;
    byCategoryAndOutcome[p.category][outcome] += 1;
  }
  const withImpact = countLinked(pals, links);
  return {
    contacts: pals.length,
    byCategory,
    byOutcome,
    byCategoryAndOutcome,
    withImpact,
    withImpactShare: pct(withImpact, pals.length),
  };
}

function storiesOf(
  stories: readonly StoryFeedback[],
  links: Map<string, string[]>,
  impactDate: Map<string, string>,
): ListeningStories {
  const forums = new Map<string, ListeningForum>();
  let shared = 0;
  const items: ListeningStory[] = [];
  for (const s of stories) {
    const sharedAt = s.sharedAt ?? [];
    if (sharedAt.length > 0) shared += 1;
    const seen = new Set<string>();
    for (const at of sharedAt) {
      let f = forums.get(at.forum);
      if (!f) {
        f = { forum: at.forum, stories: 0, sharings: 0 };
        forums.set(at.forum, f);
      }
      f.sharings += 1;
      if (!seen.has(at.forum)) {
        seen.add(at.forum);
        f.stories += 1;
      }
    }
    const impactIds = [...(links.get(s.id) ?? [])].sort(
      (a, b) => byCodePoint(impactDate.get(a) ?? "", impactDate.get(b) ?? "") || byCodePoint(a, b),
    );
    items.push({
      id: s.id,
      date: s.date,
      sharedAt: sharedAt.map((at) => ({ forum: at.forum, date: at.date ?? null })),
      impactIds,
    });
  }
  items.sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id));
  const withImpact = countLinked(stories, links);
  return {
    count: stories.length,
    shared,
    notShared: stories.length - shared,
    byForum: [...forums.values()].sort(
      (a, b) => b.stories - a.stories || b.sharings - a.sharings || byCodePoint(a.forum, b.forum),
    ),
    withImpact,
    withImpactShare: pct(withImpact, stories.length),
    items,
  };
}

/**
 * Whether return `a` is later than `b` (by the start of its period, then id): the latest
 * return's name and parent are the unit's, whatever order the records come in.
 */
function later(a: FftFeedback, b: FftFeedback): boolean {
  const x = a.period.start;
  const y = b.period.start;
  return x > y || (x === y && a.id > b.id);
}

function fftOf(returns: readonly FftFeedback[], links: Map<string, string[]>): ListeningFft {
  const byUnit = new Map<
    string,
    { list: FftFeedback[]; latest: FftFeedback; named?: FftFeedback }
  >();
  for (const f of returns) {
    const u = byUnit.get(f.unitId);
    if (!u) {
      byUnit.set(
        f.unitId,
        f.unitName === undefined ? { list: [f], latest: f } : { list: [f], latest: f, named: f },
      );
      continue;
    }
    u.list.push(f);
    if (later(f, u.latest)) u.latest = f;
    if (f.unitName !== undefined && (u.named === undefined || later(f, u.named))) u.named = f;
  }
  const units: ListeningFftUnit[] = [...byUnit.keys()].sort(byCodePoint).map((unitId) => {
    const u = byUnit.get(unitId) as {
      list: FftFeedback[];
      latest: FftFeedback;
      named?: FftFeedback;
    };
    const counts = sumFftCounts(u.list);
    const s = fft(counts);
    const from = u.named ?? u.latest;
    return {
      unitId,
      unitName: u.named?.unitName ?? null,
      parentUnitId: from.parentUnitId ?? null,
      returns: u.list.length,
      counts,
      responses: s.components.total ?? 0,
      percentPositive: s.components.percentPositive,
    };
  });
  const counts = sumFftCounts(returns);
  const all = fft(counts);
  const withImpact = countLinked(returns, links);
  return {
    returns: returns.length,
    responses: all.components.total ?? 0,
    counts,
    percentPositive: all.components.percentPositive,
    percentNegative: all.components.percentNegative,
    units,
    withImpact,
    withImpactShare: pct(withImpact, returns.length),
  };
}

function themesOf(heard: Heard): ListeningTheme[] {
  const themes = new Map<string, ListeningTheme>();
  const add = (t: string, key: "pals" | "stories") => {
    let e = themes.get(t);
    if (!e) {
      e = { theme: t, pals: 0, stories: 0 };
      themes.set(t, e);
    }
    e[key] += 1;
  };
  for (const p of heard.pals) for (const t of new Set(p.themes)) add(t, "pals");
  for (const s of heard.stories) for (const t of new Set(s.themes)) add(t, "stories");
  return [...themes.values()]
    .sort((a, b) => b.pals + b.stories - (a.pals + a.stories) || byCodePoint(a.theme, b.theme))
    .slice(0, TOP_THEMES);
}

/** The impact records dated in the period that name a feedback record in scope, in date order. */
function impactsFromFeedback(
  dataset: Dataset,
  period: Period,
  projectId: string | undefined,
): string[] {
  const inScope = new Set<string>();
  for (const f of dataset.feedback)
    if (projectId === undefined || f.projectId === projectId) inScope.add(f.id);
  return dataset.impacts
    .filter((i) => impactInPeriod(i, period) && (i.feedbackIds ?? []).some((id) => inScope.has(id)))
    .sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id))
    .map((i) => i.id);
}

function headline(heard: Heard, period: Period, links: Map<string, string[]>): ListeningHeadline {
  const records = heard.pals.length + heard.stories.length + heard.fft.length;
  const linked =
    countLinked(heard.pals, links) +
    countLinked(heard.stories, links) +
    countLinked(heard.fft, links);
  const fftCounts = sumFftCounts(heard.fft);
  const s = fft(fftCounts);
  return {
    period: { start: period.start, end: period.end },
    palsContacts: heard.pals.length,
    palsWithImpact: countLinked(heard.pals, links),
    stories: heard.stories.length,
    fftReturns: heard.fft.length,
    fftResponses: s.components.total ?? 0,
    fftCounts,
    fftPercentPositive: s.components.percentPositive,
    withImpactShare: pct(linked, records),
  };
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : `${formatDecimal(x, 1)}%`;
}

/**
 * What was heard in a period through PALS, stories and the Friends and Family Test, and how
 * much of it led to a recorded change: see the module description for the formula.
 *
 * @param dataset - a parsed dataset
 * @param opts - the period, and optionally a project whose feedback records alone count
 * @returns the score: the percentage of listening records named by an impact record
 * @example
 * ```ts
 * const s = listening(demoDataset, { period: { start: "2025-04-01", end: "2026-03-31" } });
 * s.unit; // "percent"
 * s.components.previous.period; // { start: "2024-04-01", end: "2025-03-31" }
 * // s.value: the % of PALS contacts, stories and FFT returns named by an impact record
 * ```
 * @category Scores
 */
export function listening(dataset: Dataset, opts: ListeningOptions): Score<ListeningComponents> {
  const { period, projectId } = opts;
  const links = impactsByFeedback(dataset);
  const impactDate = new Map<string, string>();
  for (const i of dataset.impacts) impactDate.set(i.id, i.date);
  const heard = heardIn(dataset, period, projectId);
  const pals = palsOf(heard.pals, links);
  const stories = storiesOf(heard.stories, links, impactDate);
  const fftPart = fftOf(heard.fft, links);
  const records = pals.contacts + stories.count + fftPart.returns;
  const withImpact = pals.withImpact + stories.withImpact + fftPart.withImpact;
  const value = pct(withImpact, records);
  const prev = previousPeriod(period);
  return {
    id: "listening",
    value,
    unit: "percent",
    range: [0, 100],
    components: {
      period: { start: period.start, end: period.end },
      records,
      withImpact,
      withImpactShare: value,
      pals,
      stories,
      fft: fftPart,
      themes: themesOf(heard),
      impactsFromFeedback: impactsFromFeedback(dataset, period, projectId),
      previous: headline(heardIn(dataset, prev, projectId), prev, links),
    },
    explanation:
      `${records} listening records from ${period.start} to ${period.end}: ${pals.contacts} PALS contacts, ${stories.count} stories (${stories.shared} shared at a forum) and ${fftPart.returns} FFT returns (${formatCount(fftPart.responses)} responses, ${fmt(fftPart.percentPositive)} positive). ` +
      `${withImpact} of them ${withImpact === 1 ? "is" : "are"} named by an impact record, so a change is recorded for ${fmt(value)}.`,
    source: LISTENING_SOURCES,
    diagnostics: [],
  };
}
