/**
 * What an impact record ("you said, we did") came from, in words a board or the public reads:
 * the activities (title, date and level), the engagement events (title and days) and the
 * feedback records (a PALS concern, a story and the forums it was shared at, FFT returns for a
 * named unit and month), never their ids.
 *
 * @module
 */
import { facts } from "../derive/facts.js";
import type { Activity } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { EngagementEvent } from "../model/event.js";
import type { Feedback, FftFeedback, StoryFeedback } from "../model/feedback.js";
import type { ImpactRecord } from "../model/impact.js";
import { formatDate, formatDateRange, formatLevel, formatList, formatPeriod } from "./format.js";

/**
 * Sources in words joined for a sentence or a cell: by semicolons, as each source's own words
 * hold commas ("Science café, 12 May 2026; a PALS concern, 3 May 2026").
 *
 * @param sources - the sources in words
 * @returns the joined words
 */
export function joinSources(sources: readonly string[]): string {
  return sources.join("; ");
}

/** Feedback records by id (the first of a duplicated id wins), built once per dataset. */
function feedbackById(dataset: Dataset): ReadonlyMap<string, Feedback> {
  return facts(dataset).cached("reports/feedbackById", () => {
    const m = new Map<string, Feedback>();
    for (const f of dataset.feedback) if (!m.has(f.id)) m.set(f.id, f);
    return m;
  });
}

/**
 * An activity in words: its title, its first day and, when recorded, its level on the scale it
 * used beside the common level ("Workshop, 1 March 2025, level Partner (public influence level
 * 5, Co-producing)").
 */
export function activityInWords(a: Activity, text: (s: string) => string): string {
  const level = a.level === undefined ? "" : `, level ${formatLevel(a.level)}`;
  return `${text(a.title)}, ${formatDate(a.startDate)}${level}`;
}

/** An engagement event in words: its title and the day or days it ran ("Science café, 12 May 2026"). */
export function eventInWords(e: EngagementEvent, text: (s: string) => string): string {
  return `${text(e.title)}, ${formatDateRange(e.date, e.endDate)}`;
}

/** An FFT period in words: a whole calendar month by its name ("April 2026"), else its days. */
function fftPeriodWords(f: FftFeedback): string {
  const { start, end } = f.period;
  const month = /^(\d{4})-(\d{2})-01$/.exec(start);
  if (month !== null) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (end === `${month[1]}-${month[2]}-${String(last).padStart(2, "0")}`)
      return formatDate(start).replace(/^1 /, "");
  }
  return formatPeriod(f.period);
}

/** Where a story was shared, in words: "shared at the Trust Board on 4 June 2026 and …". */
function storyWords(f: StoryFeedback, text: (s: string) => string): string {
  const forums = f.sharedAt ?? [];
  if (forums.length === 0) return `a story, ${formatDate(f.date)}`;
  const where = forums.map(
    (s) => `${text(s.forum)}${s.date === undefined ? "" : ` on ${formatDate(s.date)}`}`,
  );
  return `a story shared at ${formatList(where)}`;
}

/**
 * A feedback record in words, by kind: "a PALS concern, 3 May 2026", "a story shared at the
 * Trust Board on 4 June 2026", "FFT returns for Ward 7, April 2026", "a PPEET questionnaire
 * response, 2 May 2026".
 *
 * @param f - the feedback record
 * @param text - the report's privacy filter for recorded text
 * @returns the words
 */
export function feedbackInWords(f: Feedback, text: (s: string) => string): string {
  switch (f.kind) {
    case "pals":
      return `a PALS ${f.category}, ${formatDate(f.date)}`;
    case "story":
      return storyWords(f, text);
    case "fft":
      return `FFT returns for ${f.unitName === undefined ? "one unit" : text(f.unitName)}, ${fftPeriodWords(f)}`;
    case "ppeet":
      return `a PPEET questionnaire response, ${formatDate(f.date)}`;
    case "peirs22":
      return `a PEIRS-22 questionnaire response, ${formatDate(f.date)}`;
    case "coproduction":
      return `a co-production self-assessment, ${formatDate(f.date)}`;
    case "standards":
      return `a UK Standards for Public Involvement self-assessment, ${formatDate(f.date)}`;
    default: {
      const never: never = f;
      return never;
    }
  }
}

/**
 * What an impact record came from, each source in words, in the record's order: activities,
 * then engagement events, then feedback records; an id listed twice is one source. A linked id
 * that is not in the dataset is said to be missing, never shown as an id.
 *
 * @param dataset - the whole dataset (not a project's view: a record may name feedback that
 *   belongs to no project)
 * @param r - the impact record
 * @param text - the report's privacy filter for recorded text
 * @returns the sources in words; empty when the record names none
 */
export function impactSourcesInWords(
  dataset: Dataset,
  r: ImpactRecord,
  text: (s: string) => string,
): string[] {
  const index = facts(dataset);
  const feedback = feedbackById(dataset);
  const out: string[] = [];
  for (const id of new Set(r.activityIds)) {
    const a = index.activities.get(id)?.record;
    out.push(a === undefined ? "an activity not in the dataset" : activityInWords(a, text));
  }
  for (const id of new Set(r.eventIds ?? [])) {
    const e = index.events.get(id)?.record;
    out.push(e === undefined ? "an engagement event not in the dataset" : eventInWords(e, text));
  }
  for (const id of new Set(r.feedbackIds ?? [])) {
    const f = feedback.get(id);
    out.push(f === undefined ? "a feedback record not in the dataset" : feedbackInWords(f, text));
  }
  return out;
}
